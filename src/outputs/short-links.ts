import type { CodeIndex, IndexedCode } from './code-index';

/** What one short link `/e/<slug>/` does: send the reader on to one page, or let them choose. */
export interface ShortLink {
	/** Site path of the short link. */
	path: string;
	/** The code as the first page writes it. */
	code: string;
	/** Every code page it can mean, in catalog order; one means a redirect. */
	targets: IndexedCode[];
}

/**
 * One short link per code, as `codeIdentity` tells codes apart: `E0001`, `e-0001` and the same
 * code in two sources share it (the pipeline gave them one short-link slug). A code with several variants on one page is one target: that page already
 * shows every variant, so the link goes straight there.
 */
export function shortLinksOf(index: CodeIndex): ShortLink[] {
	const links = new Map<string, ShortLink>();
	for (const code of index.codes) {
		const link = links.get(code.short);
		if (link) link.targets.push(code);
		else links.set(code.short, { path: code.short, code: code.code, targets: [code] });
	}
	return [...links.values()];
}
