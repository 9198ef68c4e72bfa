/**
 * The search box behaviour shared by the header dialog and the /search/ page: query as you
 * type, render hits, choose with the arrow keys and Enter. Loaded on first use with the worker
 * behind it. Hits are built with DOM calls and `textContent` only: messages come from
 * documents errdex does not control, and must never be parsed as markup here.
 */
import { splitByRanges, type Range } from '../search/highlight';
import type { SearchHit } from '../search/search';
import { routeOptions, routes } from './routes';
import { SearchClient } from './search-client';

export interface SearchViewOptions {
	input: HTMLInputElement;
	results: HTMLOListElement;
	/** A live region that says how many results there are. */
	status: HTMLElement;
	limit: number;
	/** Keep the query in the address bar (`?q=`), so that the page can be shared as it is. */
	syncAddress: boolean;
	/**
	 * Whether Enter with nothing selected opens the first result. Without it, only an exact
	 * code does: on the search page Enter should not whisk a reader off a list they are reading.
	 */
	enterOpensFirst: boolean;
	/** A link to the search page that follows the query. */
	pageLink?: HTMLAnchorElement;
}

/** How long a query may take before the results area says it is loading. */
const SLOW_MS = 300;

// One worker per page, shared by the dialog and the search page.
const client = new SearchClient(routes.searchIndex(), routeOptions);

export function attachSearch(options: SearchViewOptions): void {
	const { input, results, status, limit } = options;
	let latest = 0;
	let current: Promise<SearchHit[]> = Promise.resolve([]);
	let hits: SearchHit[] = [];
	let active = -1;

	input.setAttribute('role', 'combobox');
	input.setAttribute('aria-controls', results.id);
	input.setAttribute('aria-autocomplete', 'list');
	input.setAttribute('aria-expanded', 'false');
	results.setAttribute('role', 'listbox');

	// Each result's link is its option (see renderHit), inside a presentational <li>.
	const option = (index: number) => results.children[index]?.firstElementChild ?? undefined;
	const setActive = (index: number) => {
		option(active)?.setAttribute('aria-selected', 'false');
		active = index;
		const item = option(active);
		if (item) {
			item.setAttribute('aria-selected', 'true');
			input.setAttribute('aria-activedescendant', item.id);
			item.scrollIntoView({ block: 'nearest' });
		} else {
			input.removeAttribute('aria-activedescendant');
		}
	};

	const show = (query: string, found: SearchHit[]) => {
		hits = found;
		active = -1;
		input.removeAttribute('aria-activedescendant');
		results.replaceChildren(...found.map((hit, i) => renderHit(hit, `${results.id}-${i}`)));
		input.setAttribute('aria-expanded', String(found.length > 0));
		status.textContent =
			query === ''
				? ''
				: found.length === 0
					? `No results for “${query}”`
					: `${found.length}${found.length === limit ? '+' : ''} results`;
		results.closest('[data-search-view]')?.toggleAttribute('data-has-results', found.length > 0);
	};

	const run = () => {
		const query = input.value.trim();
		const ticket = ++latest;
		if (options.syncAddress) history.replaceState(history.state, '', routes.search(query));
		if (options.pageLink) options.pageLink.href = routes.search(query);
		if (query === '') {
			current = Promise.resolve([]);
			show('', []);
			return;
		}
		current = client.search(query, limit);
		// Only the first query waits for the index; say so if that takes a moment.
		setTimeout(() => {
			if (ticket === latest && hits.length === 0 && status.textContent === '')
				status.textContent = 'Loading the search index…';
		}, SLOW_MS);
		current.then(
			(found) => ticket === latest && show(query, found),
			(error: unknown) => {
				if (ticket !== latest) return;
				show(query, []);
				status.textContent = `Search is unavailable: ${error instanceof Error ? error.message : String(error)}`;
			},
		);
	};

	input.addEventListener('input', run);
	input.addEventListener('keydown', async (event) => {
		if (event.isComposing) return;
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			if (hits.length === 0) return;
			const step = event.key === 'ArrowDown' ? 1 : -1;
			setActive(
				active === -1
					? step > 0
						? 0
						: hits.length - 1
					: (active + step + hits.length) % hits.length,
			);
		} else if (event.key === 'Enter') {
			event.preventDefault();
			const chosen = active;
			// The answer for what was typed last may still be on its way; Enter means that query.
			const found = await current.catch(() => []);
			const target =
				found[chosen] ??
				(options.enterOpensFirst || found[0]?.kind === 'code' ? found[0] : undefined);
			if (target) location.assign(target.url);
		}
	});
	results.addEventListener('pointermove', (event) => {
		const item = (event.target as Element).closest('li');
		if (item && item.parentElement === results)
			setActive(Array.prototype.indexOf.call(results.children, item));
	});

	if (input.value.trim() !== '') run();
}

function renderHit(hit: SearchHit, id: string): HTMLLIElement {
	// The link is the option itself: an option that held a link would nest one control in
	// another. Arrow keys keep focus in the search box (aria-activedescendant); Tab still
	// reaches the links, so a long list can be scrolled from the keyboard.
	const item = document.createElement('li');
	item.setAttribute('role', 'none');
	item.dataset['kind'] = hit.kind;
	const link = document.createElement('a');
	link.href = hit.url;
	link.id = id;
	link.setAttribute('role', 'option');
	link.setAttribute('aria-selected', 'false');

	const head = element('span', 'errdex-hit-head');
	head.append(marked(element('code', 'errdex-hit-code'), hit.code, hit.codeRanges));
	if (hit.status !== null) head.append(element('span', 'errdex-hit-status', `HTTP ${hit.status}`));
	head.append(element('span', 'errdex-hit-source', hit.sourceTitle));
	link.append(head);
	if (hit.message)
		link.append(marked(element('span', 'errdex-hit-message'), hit.message, hit.messageRanges));
	item.append(link);
	return item;
}

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className: string,
	text?: string,
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

function marked<T extends HTMLElement>(parent: T, text: string, ranges: readonly Range[]): T {
	for (const run of splitByRanges(text, ranges)) {
		if (run.marked) {
			const mark = document.createElement('mark');
			mark.textContent = run.text;
			parent.append(mark);
		} else {
			parent.append(document.createTextNode(run.text));
		}
	}
	return parent;
}
