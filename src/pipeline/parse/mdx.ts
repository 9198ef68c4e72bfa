/**
 * MDX documents are Markdown with JavaScript around it: `import`/`export` lines and JSX
 * components (`<Tabs>`, `<ManualAnchor id="…" />`). errdex renders none of that, and a component
 * tag read as HTML swallows the Markdown block after it (a heading on the next line stops being a
 * heading). So, outside fenced code, a line that is only ESM or only a component tag is blanked
 * before parsing: replaced by spaces of the same length, so every line and offset still points
 * into the document as published, and what a component wraps is kept.
 */
import type { Flavour } from './emphasis';

const FENCE = /^\s*(`{3,}|~{3,})/;

/**
 * Reads lines in order and says of each whether it is outside fenced code, the fence lines
 * themselves counted inside. A fence may be indented any depth: MDX has no indented code, so a
 * fence inside a component (`    ```json` under `<TabItem>`) is one.
 */
function outsideFences(): (line: string) => boolean {
	let fence: string | null = null;
	return (line) => {
		const marker = FENCE.exec(line)?.[1];
		if (marker && (fence === null || (marker[0] === fence[0] && marker.length >= fence.length))) {
			fence = fence === null ? marker : null;
			return false;
		}
		return fence === null;
	};
}

/** An ESM line as MDX reads one: at the start of its line, importing or exporting. */
const ESM_STATEMENT =
	/^(?:import\s+(?:[\w*{][^'"]*\s+from\s+)?['"]|export\s+(?:const|let|default|function)\b)/;

/**
 * The flavour a document is written in: MDX when it is named `.mdx`, or when, outside fenced
 * code, it imports or exports as MDX does (`import Tabs from '@theme/Tabs';`): a page written
 * for Docusaurus 3, which reads `.md` as MDX too. A Markdown page shows `import` only in code.
 */
export function flavourOf(file: string, text: string): Flavour {
	if (/\.mdx$/i.test(file)) return 'mdx';
	const outside = outsideFences();
	for (const line of text.split('\n')) if (outside(line) && ESM_STATEMENT.test(line)) return 'mdx';
	return 'commonmark';
}
const ESM = /^(?:import|export)\s/;
/** A component tag alone on its line: a capitalised or dotted name, opening, closing or self-closing. */
const COMPONENT_LINE = /^\s*<\/?[A-Z][\w.]*(?:\s[^<>]*)?\/?>\s*$/;
/** A JSX comment alone on its line. */
const COMMENT_LINE = /^\s*\{\/\*.*\*\/\}\s*$/;

export function blankMdxSyntax(text: string): string {
	const outside = outsideFences();
	return text
		.split(/(?<=\n)/)
		.map((line) => {
			if (!outside(line)) return line;
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
	const outside = outsideFences();
	text.split('\n').forEach((line) => {
		byLine.push(open.flatMap((component) => (component.label ? [component.label] : [])));
		if (!outside(line)) return;
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
