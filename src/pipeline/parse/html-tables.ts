/**
 * Raw HTML tables, and grid tables converted to HTML: parsed into the document's tree with lines
 * that point into the document, and read as rows of a grid (`colspan`, `rowspan`), with or
 * without a header row.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { toHast } from 'mdast-util-to-hast';
import { codeShape, readCode } from '../../core/codes';
import { normalizeSpace } from '../../core/text';
import { keptAsText } from './depth';
import { cellText, isSentence, namesColumns } from './header-rows';
import type { RawCell, RawRow, RawTable } from './raw-tables';
import { parseFragment } from './syntax-tree';
import { THRESHOLDS } from './thresholds';
import { replaceRange, SKIP, walkTree } from './walk';

/** A decimal, negative or hex number: a value, which no writer uses to name a column. */
const NUMBER = /^[-−]?(?:\d+|0[xX][0-9A-Fa-f]+)$/;

/** A table read from its HTML: raw HTML in the document, or a grid table converted to it. */
export function fromHtmlTable(
	element: Element,
	section: string[],
	source: string,
	kind: RawTable['kind'],
): RawTable {
	const written: Element[] = [];
	collectRows(element, written);
	// A grid table's cells are Markdown already parsed, with positions that count from the cell
	// rather than from the document; only raw HTML cells may hold Markdown still to parse.
	const rows = grid(written, kind === 'html' ? (td) => cellNodes(td, source) : (td) => td.children);
	const line = element.position?.start.line ?? 1;
	const around = element.children.flatMap((child) =>
		child.type === 'element' && child.tagName === 'caption'
			? [normalizeSpace(toText(child, { whitespace: 'normal' }))].filter(Boolean)
			: [],
	);
	// Vendors mark the header with <thead> or <th>; a table with neither names its columns in
	// its first row (often in bold). A title row across the table may stand above the header: it
	// says what the table is, as a caption does.
	const title =
		rows[0] &&
		rows[0].cells.length > 1 &&
		rows[0].cells.filter((cell) => cell.nodes.length > 0).length === 1 &&
		rows[1] !== undefined &&
		namesColumns(rows[1], rows, 2);
	const headerIndex = title ? 1 : 0;
	if (title) around.push(...rows[0]!.cells.map(cellText).filter(Boolean));
	const none = { line, cells: [], heading: false };
	if (firstRowIsData(rows)) return { kind, line, section, header: none, rows, around, element };
	const header = rows[headerIndex] ?? none;
	return {
		kind,
		line,
		section,
		header: { ...header, heading: false },
		rows: rows.slice(headerIndex + 1),
		around,
		element,
	};
}

/**
 * Whether a table without `<th>` starts with data rather than with the names of its columns:
 * its first row holds a number where the rows below hold numbers (`100 | Transaction was
 * approved.` above `200 | …`), or a sentence (`ABORT | Do not retry this request. It will never
 * succeed.`). Writers name columns in a few words, never with a number or a sentence, so such a
 * table has no header at all.
 */
function firstRowIsData(rows: RawRow[]): boolean {
	const [first, ...rest] = rows;
	if (!first || rest.length === 0 || rows.some((row) => row.cells.some((cell) => cell.header)))
		return false;
	const isNumber = (cell: RawCell | undefined) => !!cell && NUMBER.test(cellText(cell));
	return first.cells.some(
		(cell, i) =>
			isSentence(cellText(cell)) ||
			startsLikeRowsBelow(cell, rest, i) ||
			(isNumber(cell) &&
				rest.filter((row) => isNumber(row.cells[i])).length / rest.length >=
					THRESHOLDS.numberColumnShare),
	);
}

/**
 * Whether a first row's cell starts with a code of the shape the cells below it start with, before
 * words of its own (`E001 – encoding of mobile video failed` above `E002 – …`): a code and its
 * message, as the rows below have them, not the name of the column.
 */
function startsLikeRowsBelow(cell: RawCell, rest: RawRow[], i: number): boolean {
	const lead = (text: string) => {
		const { code, note } = readCode(text);
		return note ? codeShape(code) : null;
	};
	const shape = lead(cellText(cell));
	if (shape === null) return false;
	const below = rest.filter((row) => lead(cellText(row.cells[i])) === shape);
	return below.length / rest.length >= THRESHOLDS.numberColumnShare;
}

/** The `<tr>`s of this table only: a table nested in a cell is a table of its own. */
function collectRows(table: Element, rows: Element[]) {
	walkTree<Element | ElementContent, null>(table, null, (node) => {
		if (node === table) return null;
		if (node.type !== 'element' || node.tagName === 'table') return SKIP;
		if (node.tagName !== 'tr') return null;
		rows.push(node);
		return SKIP;
	});
}

/**
 * The rows as a grid: a cell with `colspan` or `rowspan` fills every slot it covers, so that a
 * column holds the same kind of value in every row (a module name spanning fourteen rows must
 * not shift those rows' codes one column to the left). Covered slots after the first in a row
 * are empty, so a title across the table reads once.
 */
function grid(trs: Element[], read: (td: Element) => ElementContent[]): RawRow[] {
	const pending: { cell: RawCell; rows: number }[] = [];
	return trs.map((tr) => {
		const cells: RawCell[] = [];
		const take = () => {
			while (pending[cells.length]?.rows) {
				const span = pending[cells.length]!;
				span.rows--;
				cells.push(span.cell);
			}
		};
		let spanning = 0;
		for (const td of tr.children) {
			if (td.type !== 'element' || (td.tagName !== 'td' && td.tagName !== 'th')) continue;
			take();
			const cell = { nodes: read(td), header: td.tagName === 'th' };
			const across = Math.min(span(td.properties['colSpan']), 1000);
			const down = span(td.properties['rowSpan']);
			if (across > 1) spanning = Math.max(spanning, across);
			for (let i = 0; i < across; i++) {
				if (down > 1) pending[cells.length] = { cell, rows: down - 1 };
				cells.push(i === 0 ? cell : { nodes: [], header: cell.header });
			}
		}
		take();
		const writtenCells = tr.children.filter(
			(c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'),
		);
		return {
			line: tr.position?.start.line ?? 1,
			cells,
			heading:
				writtenCells.length > 0 &&
				(writtenCells.every((c) => c.tagName === 'th') ||
					(writtenCells.length === 1 && spanning > 1)),
		};
	});
}

function span(value: unknown): number {
	const n = typeof value === 'number' ? value : Number(value);
	return Number.isInteger(n) && n > 1 ? n : 1;
}

/**
 * A cell's content. Markdown written inside an HTML cell after a blank line is Markdown, as
 * CommonMark and MDX read it (`<td>`, a blank line, a `######` heading holding a code span, a
 * blank line, `</td>`): it is parsed, so the heading is a heading and the code span is code.
 */
function cellNodes(td: Element, source: string): ElementContent[] {
	const first = td.children[0]?.position?.start.offset;
	const last = td.children.at(-1)?.position?.end.offset;
	if (first === undefined || last === undefined) return td.children;
	const inner = source.slice(first, last);
	if (!/\n[ \t]*\n/.test(inner) || /<table[\s>]/i.test(inner)) return td.children;
	const tree = toHast(parseFragment(inner), { allowDangerousHtml: true }) as HastRoot;
	return tree.children as ElementContent[];
}

/**
 * Replaces raw HTML that holds a `<table>` by its parsed tree, with lines that point into the
 * document. A table whose HTML is interrupted by blank lines arrives as several sibling nodes;
 * they are parsed together from the document text so the table stays whole.
 */
export function parseRawTables(root: HastRoot, source: string) {
	const parents: (HastRoot | Element)[] = [root];
	for (let parent = parents.pop(); parent; parent = parents.pop())
		parseRawTablesIn(parent, source, parents);
}

/** `parseRawTables` for the children of one parent; the elements among them are put on `parents`. */
function parseRawTablesIn(
	parent: HastRoot | Element,
	source: string,
	parents: (HastRoot | Element)[],
) {
	const children = parent.children as HastContent[];
	for (let i = 0; i < children.length; i++) {
		const node = children[i]!;
		if (node.type === 'element') {
			parents.push(node);
			continue;
		}
		if (node.type !== 'raw' || !/<table[\s>]/i.test(node.value) || !node.position) continue;
		let depth = 0;
		let end = i;
		for (; end < children.length; end++) {
			const sibling = children[end]!;
			// HTML nested too deep was kept as text: the table's HTML ends before it.
			if (keptAsText(sibling)) end = children.length;
			else if (sibling.type === 'raw') {
				depth += count(sibling.value, /<table[\s>]/gi) - count(sibling.value, /<\/table\s*>/gi);
			}
			if (depth <= 0 || end === children.length) break;
		}
		if (end >= children.length) {
			// Never closed: taking the rest of the document would turn every later heading and
			// Markdown table into text of one cell, and their rows would be lost. The table ends
			// where its HTML block does, at the first sibling Markdown made.
			end = i;
			while (
				end + 1 < children.length &&
				children[end + 1]!.type !== 'element' &&
				!keptAsText(children[end + 1]!)
			)
				end++;
			while (children[end]!.type !== 'raw') end--;
		}
		const last = children[end]!;
		const start = node.position.start;
		const html = source.slice(start.offset, last.position?.end.offset ?? node.position.end.offset);
		const fragment = fromHtml(html, { fragment: true });
		shiftPositions(fragment, start.line - 1, start.offset ?? 0);
		replaceRange(children, i, end - i + 1, fragment.children as HastContent[]);
		i += fragment.children.length - 1;
	}
}

function count(text: string, pattern: RegExp): number {
	return text.match(pattern)?.length ?? 0;
}

/**
 * Moves a fragment's positions to where it is in the document. Offsets too: the rendered page
 * finds each table by its offset, and two raw tables that both started at the offset of their
 * own fragment would be taken for one.
 */
function shiftPositions(tree: HastRoot, lines: number, offset: number) {
	walkTree<HastRoot | HastContent, null>(tree, null, (node) => {
		if (node.position) {
			node.position.start.line += lines;
			node.position.end.line += lines;
			if (node.position.start.offset !== undefined) node.position.start.offset += offset;
			if (node.position.end.offset !== undefined) node.position.end.offset += offset;
		}
		return null;
	});
}
