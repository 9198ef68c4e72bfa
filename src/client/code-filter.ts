import {
	filterQuery,
	isEmptyFilter,
	matchesFilter,
	parseFilter,
	type CodeFilter,
} from '../views/code-filter';
import { routes } from './routes';

/**
 * The filters of `/codes/` as they change. The address is the state: opening it again, or
 * sharing it, shows the same rows.
 */
export function startCodeFilter(form: HTMLFormElement): void {
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

	const apply = (filter: CodeFilter) => {
		let shown = 0;
		for (const row of rows) {
			const match = matchesFilter(row, filter);
			row.element.hidden = !match;
			if (match) shown++;
		}
		count.textContent = isEmptyFilter(filter)
			? `${rows.length} codes`
			: `${shown} of ${rows.length} codes`;
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
		history.replaceState(history.state, '', routes.codes(filterQuery(filter)));
	};

	const initial = parseFilter(new URLSearchParams(location.search));
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
