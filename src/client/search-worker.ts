/// <reference lib="webworker" />
/**
 * Runs the search off the main thread: loading a large index (parse, transpose the postings)
 * takes long enough to freeze typing, and so could a query on a slow phone.
 */
import { createRoutes } from '../core/routes';
import type { SearchIndexData } from '../search/format';
import { SearchEngine } from '../search/search';
import type { SearchRequest, SearchResponse } from './search-client';

declare const self: DedicatedWorkerGlobalScope;

let engine: Promise<SearchEngine> | undefined;

self.addEventListener('message', async (event: MessageEvent<SearchRequest>) => {
	const { id, query, limit, indexUrl, routes } = event.data;
	engine ??= fetch(indexUrl)
		.then((response) => {
			if (!response.ok) throw new Error(`${indexUrl}: HTTP ${response.status}`);
			return response.json() as Promise<SearchIndexData>;
		})
		.then((data) => new SearchEngine(data, createRoutes(routes)));
	let reply: SearchResponse;
	try {
		reply = { id, hits: (await engine).search(query, limit) };
	} catch (error) {
		// Let the next query try again rather than fail forever on one network hiccup.
		engine = undefined;
		reply = { id, error: error instanceof Error ? error.message : String(error) };
	}
	self.postMessage(reply);
});
