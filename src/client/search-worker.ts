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

let load: Extract<SearchRequest, { type: 'load' }> | undefined;
let engine: Promise<SearchEngine> | undefined;
/** The newest query received: older ones still waiting when it comes are not worth answering. */
let newest = 0;

function loadEngine(): Promise<SearchEngine> {
	const { indexUrl, routes } = load!;
	const loading = fetch(indexUrl)
		.then((response) => {
			if (!response.ok) throw new Error(`${indexUrl}: HTTP ${response.status}`);
			return response.json() as Promise<SearchIndexData>;
		})
		.then((data) => new SearchEngine(data, createRoutes(routes)));
	// What only some queries need is built once the first query waiting for the index has its
	// answer, a step per task, so that a keystroke is answered between two steps rather than
	// after all of them.
	loading.then(
		(ready) => {
			const steps = ready.prepare();
			const step = () => {
				if (!steps.next().done) setTimeout(step);
			};
			setTimeout(step);
		},
		() => undefined,
	);
	return loading;
}

self.addEventListener('message', async (event: MessageEvent<SearchRequest>) => {
	const request = event.data;
	if (request.type === 'load') {
		load = request;
		engine ??= loadEngine();
		return;
	}
	const { id, query, limit } = request;
	newest = Math.max(newest, id);
	let reply: SearchResponse;
	try {
		engine ??= loadEngine();
		const ready = await engine;
		reply = id < newest ? { id, superseded: true } : { id, hits: ready.search(query, limit) };
	} catch (error) {
		// Let the next query try again rather than fail forever on one network hiccup.
		engine = undefined;
		reply = { id, error: error instanceof Error ? error.message : String(error) };
	}
	self.postMessage(reply);
});
