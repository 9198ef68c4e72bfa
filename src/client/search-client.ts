import type { RouteOptions } from '../core/routes';
import type { SearchHit } from '../search/search';
import { routeOptions, routes } from './routes';

/** The messages the page sends the search worker. */
export type SearchRequest =
	| {
			type: 'load';
			indexUrl: string;
			/** How the site makes its paths, for the links of the hits. */
			routes: RouteOptions;
	  }
	| { type: 'search'; id: number; query: string; limit: number };

export type SearchResponse =
	| { id: number; hits: SearchHit[] }
	| { id: number; error: string }
	/** A newer query came before this one was answered: its results would never be shown. */
	| { id: number; superseded: true };

/**
 * The page's side of the search worker: one worker per page, started (and the index loading)
 * as soon as search is about to be used, answering queries by id so that a slow answer can
 * never overwrite a newer one.
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

	/** Starts the worker and the index loading, so that the first query finds them under way. */
	start(): void {
		if (this.#worker) return;
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
			else pending.resolve('hits' in reply ? reply.hits : []);
		});
		worker.postMessage({
			type: 'load',
			indexUrl: this.#indexUrl,
			routes: this.#routes,
		} satisfies SearchRequest);
		this.#worker = worker;
	}

	search(query: string, limit: number): Promise<SearchHit[]> {
		this.start();
		const id = ++this.#next;
		return new Promise((resolve, reject) => {
			this.#pending.set(id, { resolve, reject });
			this.#worker!.postMessage({ type: 'search', id, query, limit } satisfies SearchRequest);
		});
	}
}

/**
 * The page's one search client, shared by the dialog and the search page. Small enough to come
 * with the page, so that the worker and the index start loading the moment the box gets the
 * cursor, while the code of the search box itself is still on its way.
 */
export const searchClient = new SearchClient(routes.searchIndex(), routeOptions);
