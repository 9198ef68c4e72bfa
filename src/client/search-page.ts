/**
 * The `/search/` page: the search is loaded on first use, at once if the address carries a
 * query, else when the box is used; with it running, results follow the typing.
 */
import { searchClient } from './search-client';

export function startSearchPage(input: HTMLInputElement): void {
	const form = input.form!;
	let attached: Promise<void> | undefined;
	const attach = () => {
		// The worker and the index first: they take longest, and need nothing from the box.
		searchClient.start();
		const results = document.querySelector<HTMLOListElement>('#search-results')!;
		return (attached ??= import('./search-ui').then(({ attachSearch }) =>
			attachSearch({
				input,
				results,
				// The page's own status, not the header dialog's, which comes first in the page.
				status: results
					.closest('[data-search-view]')!
					.querySelector<HTMLElement>('[data-search-status]')!,
				limit: 50,
				syncAddress: true,
				enterOpensFirst: false,
			}),
		));
	};

	// Submitting would only reload the page with the results it already shows.
	form.addEventListener('submit', (event) => event.preventDefault());
	const query = new URLSearchParams(location.search).get('q') ?? '';
	if (query) {
		input.value = query;
		attach();
	} else {
		input.addEventListener('focus', attach, { once: true });
		input.addEventListener('input', attach, { once: true });
	}
}
