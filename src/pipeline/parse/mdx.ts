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

/** An opening or closing component tag alone on its line, with its name and its attributes. */
const COMPONENT_TAG = /^\s*<(\/?)([A-Z][\w.]*)((?:\s[^<>]*)?)(\/?)>\s*$/;
/** The attributes that label what a component wraps: a tab's `label`, an accordion's `title`. */
const LABEL_ATTRIBUTE =
	/\b(?:label|title)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/;

/**
 * The labels of the components around each line (`<TabItem label="Errors">` around a table), as a
 * reader sees them above what they wrap: outermost first. Fenced code is passed over, as
 * `blankMdxSyntax` passes it over.
 */
export function componentLabels(text: string): (line: number) => string[] {
	const open: { name: string; label: string }[] = [];
	const byLine: string[][] = [];
	let fence: string | null = null;
	text.split('\n').forEach((line) => {
		byLine.push(open.flatMap((component) => (component.label ? [component.label] : [])));
		const marker = FENCE.exec(line)?.[1];
		if (marker && (fence === null || (marker[0] === fence[0] && marker.length >= fence.length))) {
			fence = fence === null ? marker : null;
			return;
		}
		if (fence !== null) return;
		const tag = COMPONENT_TAG.exec(line.replace(/\r$/, ''));
		if (!tag || tag[4]) return;
		const [, closing, name, attributes] = tag;
		if (closing) {
			const at = open.map((component) => component.name).lastIndexOf(name!);
			if (at >= 0) open.splice(at);
			return;
		}
		const label = LABEL_ATTRIBUTE.exec(attributes ?? '');
		open.push({ name: name!, label: (label?.[1] ?? label?.[2] ?? label?.[3] ?? '').trim() });
	});
	return (line) => byLine[line - 1] ?? [];
}
