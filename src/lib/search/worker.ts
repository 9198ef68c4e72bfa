/// <reference lib="webworker" />
/**
 * Runs the search off the main thread: loading a large index (parse, transpose the postings)
 * takes long enough to freeze typing, and so could a query on a slow phone.
 */
import type { SearchIndexData } from './format';
import type { SearchRequest, SearchResponse } from './client';
import { SearchEngine } from './search';

declare const self: DedicatedWorkerGlobalScope;

let engine: Promise<SearchEngine> | undefined;

self.addEventListener('message', async (event: MessageEvent<SearchRequest>) => {
	const { id, query, limit, indexUrl } = event.data;
	engine ??= fetch(indexUrl)
		.then((response) => {
			if (!response.ok) throw new Error(`${indexUrl}: HTTP ${response.status}`);
			return response.json() as Promise<SearchIndexData>;
		})
		.then((data) => new SearchEngine(data));
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
