/**
 * The search box behaviour shared by the header dialog and the /search/ page: query as you
 * type, render hits, choose with the arrow keys and Enter. Loaded on first use with the worker
 * behind it. Hits are built with DOM calls and `textContent` only: messages come from
 * documents errdex does not control, and must never be parsed as markup here.
 *
 * A keystroke must show its results within a frame: rows that did not change are kept as
 * they are (the browser then has nothing to lay out or paint again for them), attributes are
 * only written when they change, and the address follows the query only when typing pauses,
 * as updating it costs more than the rest of a keystroke.
 */
import { ownDirection } from '../i18n/translate';
import { splitByRanges, type Range } from '../search/highlight';
import type { SearchHit } from '../search/search';
import { routes } from './routes';
import { searchClient as client } from './search-client';
import { t } from './translate';

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
/** How long typing must pause before the address (and the link to the search page) follows. */
const ADDRESS_PAUSE_MS = 400;

/** A rendered hit and what it was rendered from: the same key needs no new row. */
type Row = HTMLLIElement & { errdexKey?: string };

export function attachSearch(options: SearchViewOptions): void {
	const { input, results, status, limit } = options;
	let latest = 0;
	let answered = false;
	let current: Promise<SearchHit[]> = Promise.resolve([]);
	let hits: SearchHit[] = [];
	let active = -1;
	let addressTimer: ReturnType<typeof setTimeout> | undefined;

	input.setAttribute('role', 'combobox');
	input.setAttribute('aria-controls', results.id);
	input.setAttribute('aria-autocomplete', 'list');
	input.setAttribute('aria-expanded', 'false');
	results.setAttribute('role', 'listbox');

	const setAttribute = (element: Element, name: string, value: string) => {
		if (element.getAttribute(name) !== value) element.setAttribute(name, value);
	};

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

	const syncAddress = () => {
		clearTimeout(addressTimer);
		const url = routes.search(input.value.trim());
		if (options.syncAddress && url !== location.pathname + location.search)
			history.replaceState(history.state, '', url);
		if (options.pageLink) setAttribute(options.pageLink, 'href', url);
	};

	const show = (query: string, found: SearchHit[]) => {
		hits = found;
		if (active !== -1) setActive(-1);
		render(results, found);
		setAttribute(input, 'aria-expanded', String(found.length > 0));
		const said =
			query === ''
				? ''
				: found.length === 0
					? t('errdex.search.noResults', { query })
					: t(
							found.length === limit
								? 'errdex.search.resultCountMore'
								: 'errdex.search.resultCount',
							{
								count: found.length,
							},
						);
		if (status.textContent !== said) status.textContent = said;
		results.closest('[data-search-view]')?.toggleAttribute('data-has-results', found.length > 0);
		// Which query the list shows: for tests and the browser benchmark to wait on.
		results.dataset['query'] = query;
	};

	const run = () => {
		const query = input.value.trim();
		const ticket = ++latest;
		clearTimeout(addressTimer);
		addressTimer = setTimeout(syncAddress, ADDRESS_PAUSE_MS);
		if (query === '') {
			current = Promise.resolve([]);
			show('', []);
			return;
		}
		current = client.search(query, limit);
		let settled = false;
		// Only the first query waits for the index; say so if that takes a moment, unless the
		// query has its answer (or its failure) by then.
		if (!answered)
			setTimeout(() => {
				if (ticket === latest && !settled) status.textContent = t('errdex.search.loading');
			}, SLOW_MS);
		current.then(
			(found) => {
				settled = answered = true;
				if (ticket === latest) show(query, found);
			},
			(error: unknown) => {
				settled = true;
				if (ticket !== latest) return;
				show(query, []);
				// Said until the next query, which loads the index again. The reason is the server's
				// or the browser's (`/search-index.json: HTTP 500`): it keeps its own direction.
				status.textContent = t('errdex.search.unavailable', {
					error: ownDirection(error instanceof Error ? error.message : String(error)),
				});
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
			syncAddress();
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
	// Following a result, or the link to the search page, takes the query along first.
	results.addEventListener('click', syncAddress);
	options.pageLink?.addEventListener('pointerdown', syncAddress);
	options.pageLink?.addEventListener('focus', syncAddress);
	// Leaving or reloading the page while typing keeps what was typed in the address.
	addEventListener('pagehide', syncAddress);

	if (input.value.trim() !== '') run();
}

/** Makes the list show `found`, keeping the rows that already show one of them. */
function render(results: HTMLOListElement, found: readonly SearchHit[]): void {
	const kept = new Map<string, Row>();
	for (const row of results.children as HTMLCollectionOf<Row>)
		if (row.errdexKey !== undefined) kept.set(row.errdexKey, row);
	found.forEach((hit, i) => {
		const key = keyOf(hit);
		const id = `${results.id}-${i}`;
		let row = kept.get(key);
		if (row) {
			kept.delete(key);
			const link = row.firstElementChild!;
			if (link.id !== id) link.id = id;
		} else {
			row = renderHit(hit, id);
			row.errdexKey = key;
		}
		const at = results.children[i];
		if (at !== row) results.insertBefore(row, at ?? null);
	});
	while (results.children.length > found.length) results.lastElementChild!.remove();
}

const keyOf = (hit: SearchHit) =>
	JSON.stringify([
		hit.url,
		hit.kind,
		hit.codeRanges,
		hit.messageRanges,
		hit.alias,
		hit.aliasRanges,
	]);

function renderHit(hit: SearchHit, id: string): Row {
	// The link is the option itself: an option that held a link would nest one control in
	// another. Arrow keys keep focus in the search box (aria-activedescendant); Tab still
	// reaches the links, so a long list can be scrolled from the keyboard.
	const item: Row = document.createElement('li');
	item.setAttribute('role', 'none');
	item.dataset['kind'] = hit.kind;
	const link = document.createElement('a');
	link.href = hit.url;
	link.id = id;
	link.setAttribute('role', 'option');
	link.setAttribute('aria-selected', 'false');

	const head = element('span', 'errdex-hit-head');
	// Codes read left to right whatever the page; what documents wrote, in its own direction.
	head.append(marked(element('code', 'errdex-hit-code', 'ltr'), hit.code, hit.codeRanges));
	// The result is the code; the name the query found it by is said beside it.
	if (hit.alias !== null) {
		const also = element('span', 'errdex-hit-alias');
		for (const part of t.parts('errdex.common.also', ['name']))
			also.append(
				typeof part === 'string'
					? part
					: marked(element('code', 'errdex-hit-alias-name', 'ltr'), hit.alias, hit.aliasRanges),
			);
		head.append(also);
	}
	if (hit.status !== null)
		head.append(
			element(
				'span',
				'errdex-hit-status',
				undefined,
				t('errdex.common.httpStatus', { status: hit.status }),
			),
		);
	// The title isolated inside, so that the span itself is set by the page's direction.
	const source = element('span', 'errdex-hit-source');
	source.append(element('bdi', '', undefined, hit.sourceTitle));
	head.append(source);
	link.append(head);
	if (hit.message)
		link.append(
			marked(element('span', 'errdex-hit-message', 'auto'), hit.message, hit.messageRanges),
		);
	item.append(link);
	return item;
}

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className: string,
	dir?: 'ltr' | 'auto',
	text?: string,
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (dir !== undefined) node.dir = dir;
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
