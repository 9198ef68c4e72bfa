/**
 * The header's search: Starlight's accessible dialog (a `<site-search>` element, Ctrl/⌘+K and
 * `/`), with errdex's search inside. Only the small search client comes with the page; opening
 * the dialog starts the worker and the index loading, and imports the search box.
 */
import { searchClient } from './search-client';

/** Whether a key press belongs to something the user is typing into. */
const isTyping = (target: EventTarget | null) =>
	target instanceof HTMLElement &&
	(target.isContentEditable || /^(?:INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export class SiteSearch extends HTMLElement {
	#attached: Promise<void> | undefined;

	constructor() {
		super();
		const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
		const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
		const dialog = this.querySelector('dialog')!;
		const dialogFrame = this.querySelector('.dialog-frame')!;
		const input = this.querySelector('input')!;

		/** Close the modal if a user clicks on a link or outside of the modal. */
		const onClick = (event: MouseEvent) => {
			const isLink = event.target instanceof Element && event.target.closest('a') !== null;
			if (
				isLink ||
				(document.body.contains(event.target as Node) &&
					!dialogFrame.contains(event.target as Node))
			) {
				closeModal();
			}
		};

		const openModal = (event?: MouseEvent) => {
			dialog.showModal();
			document.body.toggleAttribute('data-search-modal-open', true);
			input.focus();
			input.select();
			event?.stopPropagation();
			window.addEventListener('click', onClick);
			this.#attached ??= this.#attach();
		};

		const closeModal = () => dialog.close();

		openBtn.addEventListener('click', openModal);
		openBtn.disabled = false;
		closeBtn.addEventListener('click', closeModal);

		dialog.addEventListener('close', () => {
			document.body.toggleAttribute('data-search-modal-open', false);
			window.removeEventListener('click', onClick);
		});

		window.addEventListener('keydown', (event) => {
			if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') {
				if (dialog.open) closeModal();
				else openModal();
				event.preventDefault();
			} else if (
				event.key === '/' &&
				!dialog.open &&
				!event.metaKey &&
				!event.ctrlKey &&
				!event.altKey &&
				!isTyping(event.target)
			) {
				openModal();
				event.preventDefault();
			}
		});
	}

	/** Loads the search (and the page search, where the site has one) side by side. */
	async #attach(): Promise<void> {
		// The worker and the index first: they take longest, and need nothing from the box.
		searchClient.start();
		const input = this.querySelector('input')!;
		const pages = this.querySelector<HTMLElement>('[data-page-results]');
		const pagefind = this.dataset['pagefind'];
		await Promise.all([
			import('./search-ui').then(({ attachSearch }) =>
				attachSearch({
					input,
					results: this.querySelector<HTMLOListElement>('[data-search-results]')!,
					status: this.querySelector<HTMLElement>('[data-search-status]')!,
					pageLink: this.querySelector<HTMLAnchorElement>('[data-search-page]')!,
					limit: 20,
					syncAddress: false,
					enterOpensFirst: true,
				}),
			),
			pages &&
				pagefind !== undefined &&
				import('./page-search').then(({ attachPageSearch }) =>
					attachPageSearch(input, pages, pagefind),
				),
		]);
	}
}
