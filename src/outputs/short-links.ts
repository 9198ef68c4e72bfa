import type { CodeIndex, IndexedCode } from './code-index';

/** What one short link `/e/<slug>/` does: send the reader on to one page, or let them choose. */
export interface ShortLink {
	/** Site path of the short link. */
	path: string;
	/** The code as the first page writes it, or the alias when no code has the link. */
	code: string;
	/**
	 * Every code page it can mean: those whose code it is, then those whose alias it is, each in
	 * catalog order; one means a redirect.
	 */
	targets: IndexedCode[];
}

/**
 * One short link per code, as `codeIdentity` tells codes apart: `E0001`, `e-0001` and the same
 * code in two sources share it (the pipeline gave them one short-link slug). A code with several
 * variants on one page is one target: that page already shows every variant, so the link goes
 * straight there. Each alias of a code has a short link too, shared, like a code's, with
 * whatever else is that code: another page's code or alias.
 */
export function shortLinksOf(index: CodeIndex): ShortLink[] {
	const links = new Map<string, ShortLink>();
	const add = (path: string, name: string, target: IndexedCode) => {
		const link = links.get(path);
		if (link) link.targets.push(target);
		else links.set(path, { path, code: name, targets: [target] });
	};
	// A code without a page (past its document's budget) has no short link either: where the host
	// serves the 404 page, that page sends its short link on to its row.
	const paged = index.codes.filter((code) => code.pageless === undefined);
	for (const code of paged) add(code.short, code.code, code);
	// After every code, so that a link that is both a code's and an alias is named by the code.
	for (const code of paged)
		for (const alias of code.aliases ?? []) add(alias.short, alias.name, code);
	return [...links.values()];
}
