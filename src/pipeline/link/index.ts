import { codeIdentity } from '../../core/identity';
import type { Catalog, Entry, Heading, SourceWarning } from '../../core/types';
import type { DraftedSource, LinkedSource } from '../types';
import { linkPages } from './cross-links';
import { pageScope, slugOf, SlugScope } from './slugs';

/**
 * The slugs earlier builds published (read from the history), so that a code keeps its address
 * when a code that slugs alike comes or goes: `a_b` stays `/x/a-b-2/` when `a-b` is removed.
 */
export interface RememberedSlugs {
	/** By source id: the slug of each code, as written. */
	pages: Map<string, Map<string, string>>;
	/** By code identity: the slug of its short link. */
	shorts: Map<string, string>;
}

/**
 * The most code pages one document gets by default (`maxCodePagesPerDocument`). A code page and
 * its short link cost a build about 1.3 ms on two cores (10,000 more of them made a table of
 * 130,000 short rows build in 70 s rather than 57 s), and the reading of such a document takes
 * most of the 60 s a document may take: 5,000 pages keep theirs to some 7 s. The largest of the
 * 291 published documents of the corpus has 711 codes; a catalog of more sets the option.
 */
export const MAX_CODE_PAGES_PER_DOCUMENT = 5_000;

/**
 * Link stage, for one source with the id it was given (`sourceSlug`, claimed in file order so
 * that ids that collide go to the first): the slug of every code, the anchor of every row and
 * heading. `linkCodePages` then makes the pages and the links between them from every source.
 * A code an earlier build published keeps its slug (`remembered`). Past the first `maxPages`
 * codes, in document order, a code gets no page of its own (`Entry.pageless`), with a warning.
 */
export function linkSource(
	drafted: DraftedSource,
	id: string,
	remembered?: ReadonlyMap<string, string>,
	maxPages = MAX_CODE_PAGES_PER_DOCUMENT,
): LinkedSource {
	const { document, settings, file } = drafted;
	// One scope for the whole source page: code slugs first, so that `#<slug>` is always the
	// first row of a code (those published before first, at their old slugs); then later
	// variants; then headings.
	const scope = pageScope();
	const slugOfCode = new Map<string, string>();
	if (remembered)
		for (const draft of drafted.drafts) {
			const slug = remembered.get(draft.code);
			if (slug !== undefined && !slugOfCode.has(draft.code))
				slugOfCode.set(draft.code, scope.claim(slug));
		}
	for (const draft of drafted.drafts) {
		if (!slugOfCode.has(draft.code)) slugOfCode.set(draft.code, scope.claim(slugOf(draft.code)));
	}
	const codes = new Set(drafted.drafts.map((draft) => draft.code));
	const paged = codes.size > maxPages ? new Set(codes.values().take(maxPages)) : codes;
	const seen = new Map<string, number>();
	const entries: Entry[] = drafted.drafts.map((draft) => {
		const slug = slugOfCode.get(draft.code)!;
		const variant = seen.get(draft.code) ?? 0;
		seen.set(draft.code, variant + 1);
		// Not `{ ...draft, … }`: V8 gives each object spread from one this wide a shape of its
		// own, 500 bytes apiece (50 MB at 100,000 entries, measured in a heap snapshot), and
		// every page that reads entries then reads them slowly.
		return Object.assign(
			{},
			draft,
			{
				source: id,
				slug,
				variant,
				anchor: variant === 0 ? slug : scope.claim(`${slug}-${variant + 1}`),
			},
			paged.has(draft.code) ? null : PAGELESS,
		);
	});
	const headings: Heading[] = document.headings.map((heading) => ({
		...heading,
		id: scope.claim(slugOf(heading.text)),
	}));
	const warnings =
		paged === codes
			? drafted.warnings
			: [...drafted.warnings, overBudget(entries, codes.size, maxPages)];
	return {
		...drafted,
		warnings,
		id,
		title: settings.title ?? document.title ?? file.split('/').at(-1)!,
		entries,
		headings,
	};
}

/** What `Entry.pageless` holds when set. */
const PAGELESS = { pageless: true } as const;

/** The warning of a document with more codes than `maxCodePagesPerDocument`, at its first code past it. */
function overBudget(entries: readonly Entry[], codes: number, maxPages: number): SourceWarning {
	const first = entries.find((entry) => entry.pageless)!;
	const count = (n: number) => n.toLocaleString('en');
	return {
		file: first.file,
		line: first.line,
		message: `${first.file} has ${count(codes)} codes, more than errdex gives pages to in one document (\`maxCodePagesPerDocument\`, ${count(maxPages)}): the first ${count(maxPages)} have code pages and short links, and the other ${count(codes - maxPages)}, from \`${first.code}\` on, have none: they are at their rows on the source page, where the search, links to them and \`errors.json\` lead; set \`maxCodePagesPerDocument: ${codes}\` to give each its page`,
	};
}

/**
 * The code pages of every linked entry, with their short links and the links between them; the
 * codes past their document's budget (`Entry.pageless`) apart, linked alike, as `pageless`.
 */
export function linkCodePages(
	entries: Entry[],
	remembered?: ReadonlyMap<string, string>,
): Pick<Catalog, 'pages' | 'pageless'> {
	const all = linkPages(entries, shortLinkSlugs(remembered));
	const pageless = all.filter((page) => page.variants[0]!.pageless);
	return pageless.length === 0
		? { pages: all }
		: { pages: all.filter((page) => !page.variants[0]!.pageless), pageless };
}

/**
 * The slug of the short link of a code, or of another name of one, asked in catalog order.
 * Names that are the same code (`codeIdentity`) share one, wherever they are documented and
 * whether code or alias; the first names it. Those an earlier build published (`remembered`, by
 * identity) keep theirs, and no other name takes one, even of a code removed since: its short
 * link still leads to the page that says so.
 */
export function shortLinkSlugs(remembered?: ReadonlyMap<string, string>): (name: string) => string {
	const scope = new SlugScope(remembered?.values());
	const slugs = new Map<string, string>(remembered);
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
