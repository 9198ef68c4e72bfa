import type { Catalog, EntryRef } from '../core/types';
import { changesOf, type Changes } from '../outputs/changes';
import { historyIndex, type HistoryIndex } from '../outputs/history';
import { pageRefs } from '../outputs/page-refs';
import { routes } from './site';
import { readCatalog } from './store';

let refs: { version: number; refs: Map<string, EntryRef> } | undefined;
let history: { version: number; index: HistoryIndex; changes?: Changes } | undefined;

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

/** The history of the pages errdex published, with this build recorded, as the pages read it. */
export function getHistory(): HistoryIndex {
	const published = readCatalog();
	if (history?.version !== published.version)
		history = { version: published.version, index: historyIndex(published.history, routes) };
	return history.index;
}

/** The changes of the history, as `/changes/` and its feed list them. */
export function getChanges(): Changes {
	const index = getHistory();
	return (history!.changes ??= changesOf(index, routes));
}
