import { codeIdentity } from '../../core/identity';
import type { CodePage, Entry, Heading } from '../../core/types';
import type { DraftedSource, LinkedSource } from '../types';
import { linkPages } from './cross-links';
import { pageScope, slugOf, SlugScope } from './slugs';

/**
 * Link stage, for one source with the id it was given (`sourceSlug`, claimed in file order so
 * that ids that collide go to the first): the slug of every code, the anchor of every row and
 * heading. `linkCodePages` then makes the pages and the links between them from every source.
 */
export function linkSource(drafted: DraftedSource, id: string): LinkedSource {
	const { document, settings, file } = drafted;
	// One scope for the whole source page: code slugs first, so that `#<slug>` is always the
	// first row of a code; then later variants; then headings.
	const scope = pageScope();
	const slugOfCode = new Map<string, string>();
	for (const draft of drafted.drafts) {
		if (!slugOfCode.has(draft.code)) slugOfCode.set(draft.code, scope.claim(slugOf(draft.code)));
	}
	const seen = new Map<string, number>();
	const entries: Entry[] = drafted.drafts.map((draft) => {
		const slug = slugOfCode.get(draft.code)!;
		const variant = seen.get(draft.code) ?? 0;
		seen.set(draft.code, variant + 1);
		// Not `{ ...draft, … }`: V8 gives each object spread from one this wide a shape of its
		// own, 500 bytes apiece (50 MB at 100,000 entries, measured in a heap snapshot), and
		// every page that reads entries then reads them slowly.
		return Object.assign({}, draft, {
			source: id,
			slug,
			variant,
			anchor: variant === 0 ? slug : scope.claim(`${slug}-${variant + 1}`),
		});
	});
	const headings: Heading[] = document.headings.map((heading) => ({
		...heading,
		id: scope.claim(slugOf(heading.text)),
	}));
	return {
		...drafted,
		id,
		title: settings.title ?? document.title ?? file.split('/').at(-1)!,
		entries,
		headings,
	};
}

/** The code pages of every linked entry, with their short links and the links between them. */
export function linkCodePages(entries: Entry[]): CodePage[] {
	return linkPages(entries, shortLinkSlugs());
}

/**
 * The slug of the short link of a code, or of another name of one, asked in catalog order.
 * Names that are the same code (`codeIdentity`) share one, wherever they are documented and
 * whether code or alias; the first names it.
 */
function shortLinkSlugs(): (name: string) => string {
	const scope = new SlugScope();
	const slugs = new Map<string, string>();
	return (name) => {
		const identity = codeIdentity(name);
		let slug = slugs.get(identity);
		if (slug === undefined) {
			slug = scope.claim(slugOf(name));
			slugs.set(identity, slug);
		}
		return slug;
	};
}
