import type { ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { sanitizeHast } from './sanitize';
import { normalizeSpace } from '../../core/text';
import type { Cell } from '../../core/types';
import type { ResolveUrl } from './urls';

/** Reads one table cell into the text a reader sees and HTML that is safe to publish. */
export function readCell(nodes: ElementContent[], resolveUrl: ResolveUrl): Cell {
	const children = cellHast(nodes, resolveUrl);
	const tree: Root = { type: 'root', children };
	// Line breaks (`<br>`, paragraphs, a heading) survive in the text until it is flattened; a
	// cell can hold a code above its name, or several codes one per line.
	const read: Root = { type: 'root', children: withoutFootnoteMarks(children) };
	const lines = toText(read, { whitespace: 'normal' })
		.split('\n')
		.map(normalizeSpace)
		.filter(Boolean);
	return {
		text: lines.join(' '),
		html: toHtml(tree),
		lines,
		written: nodes.some((node) =>
			node.type === 'text' ? node.value.trim() !== '' : node.type !== 'comment',
		),
	};
}

/**
 * A footnote's mark after a word (`AvoidGlobalAliases<sup>1</sup>`, `Yes<sup>*</sup>`) points
 * below the table and is no part of the word a reader reads; after a digit a superscript is an
 * exponent (`2<sup>32</sup>`) and stays. The published HTML keeps the mark.
 */
function withoutFootnoteMarks(nodes: ElementContent[]): ElementContent[] {
	return nodes.flatMap((node, i): ElementContent[] => {
		if (node.type !== 'element') return [node];
		const before = nodes[i - 1];
		const mark =
			node.tagName === 'sup' &&
			FOOTNOTE_MARK.test(toText(node)) &&
			before?.type === 'text' &&
			/\p{L}$/u.test(before.value);
		return mark ? [] : [{ ...node, children: withoutFootnoteMarks(node.children) }];
	});
}

const FOOTNOTE_MARK = /^\s*(?:\d{1,2}|[*†‡§¶]{1,3}|\[\d{1,2}\])\s*$/;

// Every cell is read for its entry and again when its table is rendered; sanitising is the
// costly part of both, so it is done once per cell.
const sanitised = new WeakMap<ElementContent[], ElementContent[]>();

/** The hast of a cell, sanitised, for rebuilding the table in the rendered page. */
export function cellHast(nodes: ElementContent[], resolveUrl: ResolveUrl): ElementContent[] {
	let clean = sanitised.get(nodes);
	if (!clean) {
		clean = sanitizeHast({ type: 'root', children: nodes } as Root, resolveUrl)
			.children as ElementContent[];
		sanitised.set(nodes, clean);
	}
	return clean;
}
