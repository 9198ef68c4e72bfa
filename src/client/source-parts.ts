/**
 * The first page of a source page cut into several: a link to a row or section that is on
 * another page (`/<source>/#<code>`, written before the document grew, or by hand) goes on to
 * that page. `element` carries the address of the source's `parts.json`; without one, the
 * document is one page and every row is here.
 */
export function followRowToItsPage(element: HTMLElement | null): void {
	const file = element?.dataset['parts'];
	if (!file) return;
	let parts: Promise<{ pages: string[]; ids: string[][] }> | undefined;
	const follow = async () => {
		const id = decodeURIComponent(location.hash.slice(1));
		if (!id || document.getElementById(id)) return;
		parts ??= fetch(file).then((response) => response.json());
		const { pages, ids } = await parts;
		const page = ids.findIndex((list) => list.includes(id));
		if (page >= 0) location.replace(`${pages[page]}${location.hash}`);
	};
	follow().catch(() => {});
	addEventListener('hashchange', () => void follow().catch(() => {}));
}
