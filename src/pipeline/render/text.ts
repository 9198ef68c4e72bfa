import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { LayoutPiece, SourceLayout } from '../../core/types';

/**
 * Lines of a document errdex could not read shown together in one block: a page of such text
 * can be cut between blocks (`PAGE_LIMITS`), as a page of a document it read can.
 */
const LINES_PER_BLOCK = 100;

/**
 * A document shown as the text it is, for when a stage of the pipeline failed on it: escaped,
 * line by line, in blocks of preformatted text. `anchors` gives the ids of the rows read before
 * the failure, by line, so that the links to them still lead somewhere on the page.
 */
export function renderText(
	text: string,
	anchors: ReadonlyMap<number, readonly string[]> = new Map(),
): { html: string; layout: SourceLayout } {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	let html = '';
	const pieces: LayoutPiece[] = [];
	for (let first = 0; first < lines.length; first += LINES_PER_BLOCK) {
		const children: ElementContent[] = [];
		const ids: string[] = [];
		lines.slice(first, first + LINES_PER_BLOCK).forEach((line, i) => {
			for (const id of anchors.get(first + i + 1) ?? []) {
				children.push(h('span', { id }));
				ids.push(id);
			}
			children.push({ type: 'text', value: i === 0 ? line : `\n${line}` });
		});
		html += toHtml(h('pre', { className: ['errdex-unread'] }, children));
		pieces.push({ end: html.length, ids });
	}
	return { html, layout: { pieces, tables: [] } };
}
