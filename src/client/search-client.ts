import type { RouteOptions } from '../core/routes';
import type { SearchHit } from '../search/search';
import { routeOptions, routes } from './routes';
import { t } from './translate';

/** The messages the page sends the search worker. */
export type SearchRequest =
	| {
			/** An index is coming: how the site makes its paths, for the links of the hits. */
			type: 'load';
			routes: RouteOptions;
	  }
	/** The index as fetched (its bytes, handed over), or why it could not be. */
	| { type: 'index'; bytes: ArrayBuffer }
	| { type: 'index'; error: string }
	| { type: 'search'; id: number; query: string; limit: number }
	/** Codes written like `query`, for the 404 page to rank (`SearchEngine.codeSuggestions`). */
	| { type: 'suggest'; id: number; query: string; limit: number };

export type SearchResponse =
	| { id: number; hits: SearchHit[] }
	/** `reload` when the index could not be loaded: the next query fetches it again. */
	| { id: number; error: string; reload?: true }
	/** A newer query came before this one was answered: its results would never be shown. */
	| { id: number; superseded: true };

/**
 * The page's side of the search worker: one worker per page, started as soon as search is
 * about to be used, answering queries by id so that a slow answer can never overwrite a newer
 * one. The page fetches the index itself and hands the bytes over: the download then runs
 * while the worker's own script is still being fetched and started.
 */
export class SearchClient {
	readonly #indexUrl: string;
	readonly #routes: RouteOptions;
	#worker: Worker | undefined;
	/** Whether the index is on its way to the worker (or there): false again after a failure. */
	#loading = false;
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
	start(): Worker {
		const worker = (this.#worker ??= this.#startWorker());
		if (!this.#loading) this.#load(worker);
		return worker;
	}

	search(query: string, limit: number): Promise<SearchHit[]> {
		return this.#ask('search', query, limit);
	}

	/** Codes written like `text`: the candidates the 404 page ranks its suggestions from. */
	suggest(text: string, limit: number): Promise<SearchHit[]> {
		return this.#ask('suggest', text, limit);
	}

	#ask(type: 'search' | 'suggest', query: string, limit: number): Promise<SearchHit[]> {
		const worker = this.start();
		const id = ++this.#next;
		return new Promise((resolve, reject) => {
			this.#pending.set(id, { resolve, reject });
			worker.postMessage({ type, id, query, limit } satisfies SearchRequest);
		});
	}

	#startWorker(): Worker {
		// This exact `new Worker(new URL(…, import.meta.url))` shape is what the bundler
		// recognises to build the worker as its own file.
		const worker = new Worker(new URL('./search-worker.ts', import.meta.url), {
			type: 'module',
		});
		// A worker whose script could not be loaded or run answers nothing: its queries fail, and
		// the next query starts a new one.
		worker.addEventListener('error', (event) => {
			event.preventDefault();
			if (this.#worker === worker) {
				this.#worker = undefined;
				this.#loading = false;
			}
			for (const [id, pending] of this.#pending) {
				this.#pending.delete(id);
				pending.reject(new Error(event.message || t('errdex.search.notStarted')));
			}
		});
		worker.addEventListener('message', (event: MessageEvent<SearchResponse>) => {
			const reply = event.data;
			const pending = this.#pending.get(reply.id);
			this.#pending.delete(reply.id);
			if ('error' in reply) {
				// The next query tries again, rather than fail forever on one network hiccup.
				if (reply.reload) this.#loading = false;
				pending?.reject(new Error(reply.error));
			} else {
				pending?.resolve('hits' in reply ? reply.hits : []);
			}
		});
		return worker;
	}

	/** Fetches the index for the worker; told first, the worker holds queries until it comes. */
	#load(worker: Worker): void {
		this.#loading = true;
		worker.postMessage({ type: 'load', routes: this.#routes } satisfies SearchRequest);
		fetch(this.#indexUrl)
			.then((response) => {
				if (!response.ok) throw new Error(`${this.#indexUrl}: HTTP ${response.status}`);
				return response.arrayBuffer();
			})
			.then(
				(bytes) => worker.postMessage({ type: 'index', bytes } satisfies SearchRequest, [bytes]),
				(error: unknown) =>
					worker.postMessage({
						type: 'index',
						error: error instanceof Error ? error.message : String(error),
					} satisfies SearchRequest),
			);
	}
}

/**
 * The page's one search client, shared by the dialog and the search page. Small enough to come
 * with the page, so that the worker and the index start loading the moment the box gets the
 * cursor, while the code of the search box itself is still on its way.
 */
export const searchClient = new SearchClient(routes.searchIndex(), routeOptions);
