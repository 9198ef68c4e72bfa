import { getCollection } from 'astro:content';
import { assembleCatalog } from '../core/catalog';
import type { Catalog, EntryRef } from '../core/types';
import { pageRefs } from '../outputs/page-refs';
import { routes } from './routes';

let catalog: Promise<Catalog> | undefined;
let refs: Promise<Map<string, EntryRef>> | undefined;

/** The catalog the pipeline built, from the content collections that hold it. */
export function getCatalog(): Promise<Catalog> {
	catalog ??= load();
	return catalog;
}

/** A reference to every code page by page id, to resolve a page's cross-links. */
export function getPageRefs(): Promise<Map<string, EntryRef>> {
	refs ??= getCatalog().then((catalog) => pageRefs(catalog, routes));
	return refs;
}

async function load(): Promise<Catalog> {
	const sources = (await getCollection('sources')).map(({ data, rendered }) => ({
		...data,
		html: rendered?.html ?? '',
	}));
	// Every entry is a variant of exactly one code page, so entries are stored once, as variants.
	const pages = (await getCollection('codes')).map((item) => item.data);
	return assembleCatalog(sources, pages);
}
