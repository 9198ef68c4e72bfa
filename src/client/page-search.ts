/**
 * The site's own pages in the search dialog, after errdex's codes, from Starlight's page search
 * (Pagefind), whose index the build writes at the top of the site. Loaded on first use; where it
 * is missing (`astro dev`, a site without page search) the dialog shows codes only.
 */

/** How many pages the dialog lists: codes come first, pages are the fallback. */
const PAGE_RESULTS = 5;

interface PagefindResult {
	data(): Promise<{ url: string; meta: { title?: string }; excerpt: string }>;
}
interface Pagefind {
	options(options: { baseUrl: string }): Promise<void>;
	debouncedSearch(query: string): Promise<{ results: PagefindResult[] } | null>;
}

/** `pagefind` is the folder of Pagefind's index and script, `<base>pagefind/`. */
export function attachPageSearch(
	input: HTMLInputElement,
	section: HTMLElement,
	pagefind: string,
): void {
	const list = section.querySelector('ol')!;
	let loaded: Promise<Pagefind | null> | undefined;
	const load = () =>
		(loaded ??= import(/* @vite-ignore */ `${pagefind}pagefind.js`)
			.then(async (module: Pagefind) => {
				// Pages are addressed from where the site is served: the folder above the index.
				await module.options({ baseUrl: new URL('..', new URL(pagefind, location.href)).pathname });
				return module;
			})
			.catch(() => null));

	let latest = 0;
	const run = async () => {
		const query = input.value.trim();
		const ticket = ++latest;
		const engine = query === '' ? null : await load();
		// A null answer is a search Pagefind dropped for a newer one.
		const found = engine && (await engine.debouncedSearch(query));
		if (ticket !== latest || (engine && found === null)) return;
		const pages = found
			? await Promise.all(found.results.slice(0, PAGE_RESULTS).map((r) => r.data()))
			: [];
		if (ticket !== latest) return;
		list.replaceChildren(
			...pages.map((page) => {
				const item = document.createElement('li');
				const link = document.createElement('a');
				link.href = page.url;
				const title = document.createElement('span');
				title.className = 'errdex-page-title';
				title.textContent = page.meta.title ?? page.url;
				link.append(title);
				const excerpt = document.createElement('span');
				excerpt.className = 'errdex-hit-message';
				excerpt.append(...markedText(page.excerpt));
				link.append(excerpt);
				item.append(link);
				return item;
			}),
		);
		section.hidden = pages.length === 0;
	};
	input.addEventListener('input', run);
	// What was typed while the page search loaded.
	if (input.value.trim() !== '') void run();
}

/**
 * Pagefind's excerpt is text with `<mark>` around the words found, escaped as HTML. It is turned
 * into text and `<mark>` elements here, never parsed as markup.
 */
function markedText(excerpt: string): Node[] {
	const text = (html: string) =>
		new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body.textContent ??
		'';
	return excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).map((part) => {
		const mark = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
		if (!mark) return document.createTextNode(text(part));
		const element = document.createElement('mark');
		element.textContent = text(mark[1]!);
		return element;
	});
}
