import type { RouteOptions } from '../core/routes';
import type { SearchHit } from '../search/search';

export interface SearchRequest {
	id: number;
	query: string;
	limit: number;
	indexUrl: string;
	/** How the site makes its paths, for the links of the hits. */
	routes: RouteOptions;
}

export type SearchResponse = { id: number; hits: SearchHit[] } | { id: number; error: string };

/**
 * The page's side of the search worker: one worker per page, created on the first query,
 * answering queries by id so that a slow answer can never overwrite a newer one.
 */
export class SearchClient {
	readonly #indexUrl: string;
	readonly #routes: RouteOptions;
	#worker: Worker | undefined;
	#next = 0;
	readonly #pending = new Map<
		number,
		{ resolve: (hits: SearchHit[]) => void; reject: (error: Error) => void }
	>();

	constructor(indexUrl: string, routes: RouteOptions) {
		this.#indexUrl = indexUrl;
		this.#routes = routes;
	}

	search(query: string, limit: number): Promise<SearchHit[]> {
		const id = ++this.#next;
		return new Promise((resolve, reject) => {
			this.#pending.set(id, { resolve, reject });
			this.#start().postMessage({
				id,
				query,
				limit,
				indexUrl: this.#indexUrl,
				routes: this.#routes,
			} satisfies SearchRequest);
		});
	}

	#start(): Worker {
		if (this.#worker) return this.#worker;
		// This exact `new Worker(new URL(…, import.meta.url))` shape is what the bundler
		// recognises to build the worker as its own file.
		const worker = new Worker(new URL('./search-worker.ts', import.meta.url), {
			type: 'module',
		});
		worker.addEventListener('message', (event: MessageEvent<SearchResponse>) => {
			const reply = event.data;
			const pending = this.#pending.get(reply.id);
			this.#pending.delete(reply.id);
			if (!pending) return;
			if ('error' in reply) pending.reject(new Error(reply.error));
			else pending.resolve(reply.hits);
		});
		this.#worker = worker;
		return worker;
	}
}
