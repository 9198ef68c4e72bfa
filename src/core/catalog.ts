import type { Catalog, CodePage, Entry, Source } from './types';

/**
 * The catalog's one order: sources by file, entries as their documents have them (source, table,
 * row), code pages by their first entry. The pipeline builds in this order; whatever stores the
 * parts apart (the content collections) puts them back together with `assembleCatalog`.
 */
export function compareFiles(a: { file: string }, b: { file: string }): number {
	return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/** A catalog from its sources and code pages, in any order; entries are the pages' variants. */
export function assembleCatalog(sources: readonly Source[], pages: readonly CodePage[]): Catalog {
	const ordered = [...sources].sort(compareFiles);
	const rank = new Map(ordered.map((source, i) => [source.id, i]));
	const byPosition = (a: Entry, b: Entry) =>
		rank.get(a.source)! - rank.get(b.source)! || a.table - b.table || a.row - b.row;
	return {
		sources: ordered,
		pages: [...pages].sort((a, b) => byPosition(a.variants[0]!, b.variants[0]!)),
		entries: pages.flatMap((page) => page.variants).sort(byPosition),
	};
}
