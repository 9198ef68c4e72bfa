import type { CodesFacet } from '../core/routes';
import {
	filterQuery,
	isEmptyFilter,
	matchesFilter,
	parseFilter,
	type CodeFilter,
} from '../views/code-filter';
import { routes } from './routes';
import { t } from './translate';

/**
 * The filters of `/codes/` as they change. The address is the state: opening it again, or
 * sharing it, shows the same rows. On a catalog cut into pages (`data-split`), the source and
 * status are pages of their own, reached by links; the text filters the rows of the page shown.
 */
export function startCodeFilter(form: HTMLFormElement): void {
	const split = form.dataset['split'] !== undefined;
	const rows = [...document.querySelectorAll<HTMLTableRowElement>('#codes tbody tr')].map(
		(element) => ({
			element,
			source: element.dataset['source'] ?? '',
			status: element.dataset['status'] ? Number(element.dataset['status']) : null,
			text: element.textContent ?? '',
		}),
	);
	const count = document.getElementById('codes-count')!;
	const empty = document.getElementById('codes-empty')!;
	const initial = parseFilter(new URLSearchParams(location.search));

	if (split) {
		form.hidden = false;
		const facets: string[] | null = form.dataset['facets']
			? JSON.parse(form.dataset['facets'])
			: null;
		const facet: CodesFacet = {
			source: initial.source,
			status: initial.status,
			class: initial.status ? '' : initial.class,
		};
		// A filter in the query (the address the one-page table kept, or the form sent before
		// the script ran) is a facet here: its page, or none when no code has it.
		if (facets && (facet.source || facet.status || facet.class)) {
			if (facets.includes(routes.codesFacet(facet))) {
				const text = filterQuery({ q: initial.q, source: '', status: '', class: '' });
				location.replace(routes.codesFacet(facet, 1, text));
			} else {
				for (const row of rows) row.element.hidden = true;
				empty.hidden = false;
			}
			return;
		}
	}

	const total = count.textContent;
	const apply = (filter: CodeFilter) => {
		let shown = 0;
		for (const row of rows) {
			const match = matchesFilter(row, filter);
			row.element.hidden = !match;
			if (match) shown++;
		}
		count.textContent = isEmptyFilter(filter)
			? total
			: t(split ? 'errdex.codes.shownOnPage' : 'errdex.codes.shown', { shown, count: rows.length });
		empty.hidden = shown > 0;
	};

	const fromForm = (): CodeFilter => {
		const query = new URLSearchParams();
		for (const [key, value] of new FormData(form)) query.set(key, String(value));
		return parseFilter(query);
	};

	const update = () => {
		const filter = fromForm();
		apply(filter);
		const query = filterQuery(filter);
		// A page of a cut catalog keeps its own path; only the text is in the query.
		const path = split ? location.pathname : routes.codes();
		history.replaceState(history.state, '', query ? `${path}?${query}` : path);
	};

	for (const [key, value] of Object.entries(initial)) {
		const control = form.elements.namedItem(key);
		if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement)
			control.value = value;
	}
	apply(fromForm());
	form.addEventListener('input', update);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		update();
	});
}
