/**
 * MDX documents are Markdown with JavaScript around it: `import`/`export` lines and JSX
 * components (`<Tabs>`, `<ManualAnchor id="…" />`). errdex renders none of that, and a component
 * tag read as HTML swallows the Markdown block after it (a heading on the next line stops being a
 * heading). So, outside fenced code, a line that is only ESM or only a component tag is blanked
 * before parsing: replaced by spaces of the same length, so every line and offset still points
 * into the document as published, and what a component wraps is kept.
 */
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ESM = /^(?:import|export)\s/;
/** A component tag alone on its line: a capitalised or dotted name, opening, closing or self-closing. */
const COMPONENT_LINE = /^\s*<\/?[A-Z][\w.]*(?:\s[^<>]*)?\/?>\s*$/;
/** A JSX comment alone on its line. */
const COMMENT_LINE = /^\s*\{\/\*.*\*\/\}\s*$/;

export function blankMdxSyntax(text: string): string {
	let fence: string | null = null;
	return text
		.split(/(?<=\n)/)
		.map((line) => {
			const marker = FENCE.exec(line)?.[1];
			if (marker && (fence === null || (marker[0] === fence[0] && marker.length >= fence.length))) {
				fence = fence === null ? marker : null;
				return line;
			}
			if (fence !== null) return line;
			const content = line.replace(/\r?\n$/, '');
			if (ESM.test(content) || COMPONENT_LINE.test(content) || COMMENT_LINE.test(content))
				return ' '.repeat(content.length) + line.slice(content.length);
			return line;
		})
		.join('');
}
