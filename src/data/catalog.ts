import { getCollection } from 'astro:content';
import { pageRefs } from '../lib/links';
import type { Catalog, CodePage, EntryRef, Source } from '../lib/types';

let catalog: Promise<Catalog> | undefined;
let refs: Promise<Map<string, EntryRef>> | undefined;

/** A reference to every code page by page id, to resolve a page's cross-links. */
export function getPageRefs(): Promise<Map<string, EntryRef>> {
	refs ??= getCatalog().then(pageRefs);
	return refs;
}

/** The catalog as the content collections hold it, for pages and endpoints. */
export function getCatalog(): Promise<Catalog> {
	catalog ??= load();
	return catalog;
}

async function load(): Promise<Catalog> {
	const sourceItems = (await getCollection('sources')).sort((a, b) =>
		a.data.file < b.data.file ? -1 : 1,
	);
	const sources: Source[] = sourceItems.map(({ data: source, rendered }) => ({
		...source,
		html: rendered?.html ?? '',
	}));
	const order = new Map(sources.map((source, i) => [source.id, i]));
	const pages: CodePage[] = (await getCollection('codes'))
		.map((item) => item.data)
		.sort(
			(a, b) =>
				order.get(a.source)! - order.get(b.source)! || a.variants[0]!.line - b.variants[0]!.line,
		);
	// Every entry is a variant of exactly one code page, so the entries are not stored twice:
	// document order is read back from the source, table and row.
	const entries = pages
		.flatMap((page) => page.variants)
		.sort(
			(a, b) => order.get(a.source)! - order.get(b.source)! || a.table - b.table || a.row - b.row,
		);
	return { sources, entries, pages };
}
