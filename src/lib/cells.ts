import type { ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { sanitizeHast } from './sanitize';
import type { Cell } from './types';

/** Reads one table cell into the text a reader sees and HTML that is safe to publish. */
export function readCell(nodes: ElementContent[]): Cell {
	const tree = sanitizeHast({ type: 'root', children: structuredClone(nodes) } as Root);
	return {
		text: toText(tree, { whitespace: 'normal' }).replace(/\s+/g, ' ').trim(),
		html: toHtml(tree),
	};
}

/** The hast of a cell, sanitised, for rebuilding the table in the rendered page. */
export function cellHast(nodes: ElementContent[]): ElementContent[] {
	return sanitizeHast({ type: 'root', children: structuredClone(nodes) } as Root)
		.children as ElementContent[];
}
