import type { Catalog, EntryRef } from '../core/types';
import { pageRefs } from '../outputs/page-refs';
import { routes } from './site';
import { readCatalog } from './store';

let refs: { version: number; refs: Map<string, EntryRef> } | undefined;

/** The catalog the pipeline built, as the pages read it. */
export function getCatalog(): Catalog {
	return readCatalog().catalog;
}

/** A reference to every code page by page id, to resolve a page's cross-links. */
export function getPageRefs(): Map<string, EntryRef> {
	const { catalog, version } = readCatalog();
	if (refs?.version !== version) refs = { version, refs: pageRefs(catalog, routes) };
	return refs.refs;
}
