import type { Parents, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { utf8Length } from '../core/paging';

/**
 * What one character of a long block's text can weigh on its page: `&` escaped is `&amp;`.
 * Cutting by this keeps a page of `<<<…` within the limit too.
 */
const MOST_BYTES_PER_CHAR = 5;
/** What a page of text weighs beyond its text: the `<pre>` around it and the block's ids. */
const WRAPPER_BYTES = 1024;
/** `&`, `<`, `>`, `"`, `'`: the characters escaping may lengthen. */
const ESCAPED = new Set([38, 60, 62, 34, 39]);

/**
 * The text of a block of the source page too large for a page, as a reader reads it: a table's
 * cells apart (` | `), its rows and paragraphs on lines of their own. Empty cells are left out,
 * so that a header padded to 230,000 empty columns is not 230,000 separators.
 */
export function blockText(html: string): string {
	const tree = fromHtml(html, { fragment: true });
	withoutAnchors(tree);
	const text = toText(tree, { whitespace: 'normal' });
	return text
		.split('\n')
		.map((line) =>
			line
				.split('\t')
				.map((cell) => cell.trim())
				.filter(Boolean)
				.join(' | '),
		)
		.filter(Boolean)
		.join('\n');
}

/** Leaves out the rows' own `#` links, which are errdex's and no text of the document. */
function withoutAnchors(tree: Root): void {
	const stack: Parents[] = [tree];
	for (let node = stack.pop(); node; node = stack.pop()) {
		node.children = node.children.filter(
			(child) =>
				child.type !== 'element' ||
				!(child.properties['className'] as string[] | undefined)?.includes('errdex-anchor'),
		) as typeof node.children;
		for (const child of node.children) if ('children' in child) stack.push(child);
	}
}

/**
 * The text cut into pages of at most `limit` bytes of HTML each, as [from, to) offsets: never
 * inside a character, and not inside a word where a page can end between two.
 */
export function cutText(text: string, limit: number): [number, number][] {
	const pages: [number, number][] = [];
	const room = limit - WRAPPER_BYTES;
	let from = 0;
	while (from < text.length || pages.length === 0) {
		let to = from;
		let bytes = 0;
		// At least a character a page, whatever the limit.
		while (to < text.length && (to === from || bytes + MOST_BYTES_PER_CHAR <= room)) {
			const code = text.charCodeAt(to);
			// A surrogate pair stays whole: its halves are one character.
			const width = code >= 0xd800 && code < 0xdc00 ? 2 : 1;
			bytes += ESCAPED.has(code) ? MOST_BYTES_PER_CHAR : utf8Length(text, to, to + width);
			to += width;
		}
		if (to < text.length) {
			// At a line's end, else between words, where one is in the page's second half.
			const half = from + (to - from) / 2;
			const line = text.lastIndexOf('\n', to);
			const space = text.lastIndexOf(' ', to);
			if (line > half) to = line + 1;
			else if (space > half) to = space + 1;
		}
		pages.push([from, to]);
		from = to;
	}
	return pages;
}

/** One page's share of a long block's text, escaped, carrying the block's ids on its first. */
export function textHtml(
	text: string,
	{ from, to, ids }: { from: number; to: number; ids: readonly string[] },
): string {
	return toHtml({
		type: 'element',
		tagName: 'pre',
		properties: { className: ['errdex-long-block'], id: ids[0] },
		children: [
			...ids.slice(1).map((id) => ({
				type: 'element' as const,
				tagName: 'span',
				properties: { id },
				children: [],
			})),
			{ type: 'text', value: text.slice(from, to) },
		],
	});
}
