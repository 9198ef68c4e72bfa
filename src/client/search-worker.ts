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
/** Settles `engine` when the page hands the index over. */
let deliver: ((index: Extract<SearchRequest, { type: 'index' }>) => void) | undefined;
/** The newest query received: older ones still waiting when it comes are not worth answering. */
let newest = 0;

function awaitIndex({ routes }: Extract<SearchRequest, { type: 'load' }>): Promise<SearchEngine> {
	const loading = new Promise<SearchEngine>((resolve, reject) => {
		deliver = (index) => {
			if ('error' in index) return reject(new Error(index.error));
			const data = JSON.parse(new TextDecoder().decode(index.bytes)) as SearchIndexData;
			resolve(new SearchEngine(data, createRoutes(routes)));
		};
	});
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
		engine = awaitIndex(request);
		return;
	}
	if (request.type === 'index') {
		try {
			deliver?.(request);
		} catch (error) {
			// An index that cannot be read fails the queries waiting for it, as a fetch would.
			deliver?.({ type: 'index', error: error instanceof Error ? error.message : String(error) });
		}
		return;
	}
	const { id, query, limit } = request;
	newest = Math.max(newest, id);
	let ready: SearchEngine;
	try {
		ready = await engine!;
	} catch (error) {
		// The index did not load: the page fetches it again for the next query.
		const message = error instanceof Error ? error.message : String(error);
		self.postMessage({ id, error: message, reload: true } satisfies SearchResponse);
		return;
	}
	let reply: SearchResponse;
	try {
		reply =
			id < newest
				? { id, superseded: true }
				: {
						id,
						hits:
							request.type === 'search'
								? ready.search(query, limit)
								: ready.codeSuggestions(query, limit),
					};
	} catch (error) {
		reply = { id, error: error instanceof Error ? error.message : String(error) };
	}
	self.postMessage(reply);
});
