import { codeIdentity } from '../../core/identity';
import type { Routes } from '../../core/routes';
import type { Entry, Heading } from '../../core/types';
import type { DraftedSource, LinkedCatalog, LinkedSource } from '../types';
import { linkPages } from './cross-links';
import { pageScope, slugOf, SlugScope, sourceSlug } from './slugs';

/**
 * Link stage: the id of every source, the slug of every code, the anchor of every row and
 * heading, the short link of every code, then the pages and the links between them. Sources
 * are linked in the order given; ids that collide go to the first.
 */
export function linkCatalog(drafted: readonly DraftedSource[], routes: Routes): LinkedCatalog {
	const ids = new SlugScope(routes.reserved());
	const sources = drafted.map((source) => linkSource(source, ids));
	const entries = sources.flatMap((source) => source.entries);
	return { sources, pages: linkPages(entries, shortLinkSlugs()) };
}

function linkSource(drafted: DraftedSource, ids: SlugScope): LinkedSource {
	const { document, settings, file } = drafted;
	const id = ids.claim(sourceSlug(file, settings.slug));
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
		return {
			...draft,
			source: id,
			slug,
			variant,
			anchor: variant === 0 ? slug : scope.claim(`${slug}-${variant + 1}`),
		};
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

/**
 * The slug of a code page's short link, asked for each page in catalog order. Codes that are the
 * same code (`codeIdentity`) share one, wherever they are documented; the first names it.
 */
function shortLinkSlugs(): (entry: Entry) => string {
	const scope = new SlugScope();
	const slugs = new Map<string, string>();
	return (entry) => {
		const identity = codeIdentity(entry.code);
		let slug = slugs.get(identity);
		if (slug === undefined) {
			slug = scope.claim(slugOf(entry.code));
			slugs.set(identity, slug);
		}
		return slug;
	};
}
