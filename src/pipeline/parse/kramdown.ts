/**
 * kramdown's attribute syntax, which Jekyll sites (Braze, GitLab, many GitHub Pages sites) write
 * around their blocks and spans: a line `{: .class role="presentation" }` after a table or
 * paragraph (a block attribute list), `{:toc}` and `{::options … /}` (extensions), `**word**{:
 * .red}` after a span. The published page shows none of it; GFM reads a block line as one more
 * row of the table above it, or as text of the paragraph above it, and a span list as text.
 */
import type { Nodes, Root } from 'mdast';
import { FENCE } from './pieces';
import { walkTree } from './walk';

/**
 * A line that is only a block attribute list, an attribute definition (`{:ref: .cls}`) or an
 * extension tag (`{::toc}`, `{::nomarkdown}`, `{:/}`): braces inside quoted values allowed.
 */
const ATTRIBUTE_LINE = /^ {0,3}\{:(?:[^}"'\n]|"[^"\n]*"|'[^'\n]*')*\}[ \t]*\r?$/;
/** The extension whose content kramdown leaves out of the page, up to `{:/comment}` or `{:/}`. */
const COMMENT_OPEN = /^ {0,3}\{::comment\}[ \t]*\r?$/;
const COMMENT_CLOSE = /^ {0,3}\{:\/(?:comment)?\}[ \t]*\r?$/;

/**
 * The document with, outside fenced code, every attribute line blanked (and a `{::comment}`'s
 * lines): replaced by spaces of the same length, so that every line and offset still points into
 * the document as published. A blank line ends the table or paragraph above, as the attribute
 * line does for kramdown.
 */
export function blankAttributeLines(source: string): string {
	if (!source.includes('{:')) return source;
	const lines = source.split('\n');
	let fence: string | null = null;
	let comment = false;
	let changed = false;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		const opened = FENCE.exec(line)?.[1];
		if (!comment && opened && (fence === null || opened.startsWith(fence))) {
			fence = fence === null ? opened : null;
			continue;
		}
		if (fence !== null) continue;
		const blank = comment || ATTRIBUTE_LINE.test(line);
		if (COMMENT_OPEN.test(line)) comment = true;
		else if (comment && COMMENT_CLOSE.test(line)) comment = false;
		if (!blank) continue;
		lines[i] = line.replace(/[^\r]/g, ' ');
		changed = true;
	}
	return changed ? lines.join('\n') : source;
}

/** A span attribute list at the start of a text: right after the span it gives attributes to. */
const SPAN_ATTRIBUTES = /^\{:(?:[^}"']|"[^"]*"|'[^']*')*\}/;
const SPANS: ReadonlySet<string> = new Set([
	'emphasis',
	'strong',
	'inlineCode',
	'link',
	'linkReference',
	'delete',
]);

/** Drops the span attribute lists written right after a span (`` `E42`{: .code} ``) from the text. */
export function dropSpanAttributes(tree: Root): void {
	walkTree<Nodes, null>(tree, null, (node) => {
		if (!('children' in node)) return null;
		const children = node.children as Nodes[];
		for (let i = children.length - 1; i > 0; i--) {
			const text = children[i]!;
			if (text.type !== 'text' || !SPANS.has(children[i - 1]!.type)) continue;
			const value = text.value.replace(SPAN_ATTRIBUTES, '');
			if (value === text.value) continue;
			if (value) text.value = value;
			else children.splice(i, 1);
		}
		return null;
	});
}
