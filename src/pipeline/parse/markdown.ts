import { mdast2hastGridTablesHandler } from '@adobe/mdast-util-gridtables';
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Nodes, Root as MdastRoot, Table as MdastTable, TableRow, Yaml } from 'mdast';
import { definitions } from 'mdast-util-definitions';
import { defaultHandlers, toHast, type Handlers } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { codeShape, readCode } from '../../core/codes';
import { normalizeSpace } from '../../core/text';
import { keptAsText, limitHtmlDepth } from './depth';
import type { Flavour } from './emphasis';
import { blankAttributeLines, dropSpanAttributes } from './kramdown';
import { evenDelimiterRows } from './lenient-tables';
import { readYfmTables } from './yfm-tables';
import { blockTitle } from './block-titles';
import { cellText, isSentence, markHeaderRows, namesColumns } from './header-rows';
import type { ParseProblem } from './limits';
import { parseFragment, parseSyntaxTree } from './syntax-tree';
import { THRESHOLDS } from './thresholds';
import { replaceRange, SKIP, walkTree } from './walk';

/** One cell as found in the document: its hast content, not yet sanitised. */
export interface RawCell {
	nodes: ElementContent[];
	/** Whether it was written as a header cell (`<th>`). */
	header: boolean;
}

export interface RawRow {
	line: number;
	/** One per column: a cell spanning several columns or rows fills each slot it covers. */
	cells: RawCell[];
	/**
	 * A row that titles the rows below it rather than holding data: a body row of `<th>` cells
	 * only, or one cell across the whole table (`Class 22 — Data Exception`).
	 */
	heading: boolean;
	/**
	 * A row that names the columns rather than holding data: sub-column names right under the
	 * header, or the header written again (see `header-rows.ts`).
	 */
	header?: boolean;
}

/** A table of the document, Markdown or raw HTML, in one shape. */
export interface RawTable {
	kind: 'markdown' | 'html';
	line: number;
	/** Heading path above the table, outermost first. */
	section: string[];
	header: RawRow;
	rows: RawRow[];
	/**
	 * What the document says the table is, other than in a heading: its `<caption>`, a title row
	 * above its header, the sentence right above it that introduces it (`The API returns these
	 * codes:`).
	 */
	around: string[];
	/** The table's element in `ParsedDocument.hast`, replaced when the page is rendered. */
	element: Element;
}

export interface ParsedDocument {
	/** Front matter YAML and the line it starts on, if the document has any. */
	frontMatter: { yaml: string; line: number } | null;
	/** The whole body as hast; raw HTML outside tables stays as `raw` nodes. */
	hast: HastRoot;
	tables: RawTable[];
	/** Headings outside tables, in document order: the ones the rendered page gives ids. */
	headings: { depth: number; text: string }[];
	/** Text of the first level-1 heading, if any. */
	title: string | null;
	/** What was kept as written rather than read, past the parse stage's `LIMITS`. */
	problems: ParseProblem[];
}

/** A decimal, negative or hex number: a value, which no writer uses to name a column. */
const NUMBER = /^[-−]?(?:\d+|0[xX][0-9A-Fa-f]+)$/;

/**
 * Grid tables become HTML tables (`<thead>`, `<th>`), which are read as raw HTML tables are. A
 * row is told whether it is its table's first with a table of one or two rows: the default
 * handler looks itself up among all its siblings, which made a table of 100,000 rows take
 * 5 billion comparisons.
 */
const handlers: Handlers = {
	gridTable: mdast2hastGridTablesHandler(),
	table: (state, node: MdastTable) => {
		if (holdsHtml(node)) return defaultHandlers.table(state, node);
		const shell: Element = { type: 'element', tagName: 'table', properties: {}, children: [] };
		state.patch(node, shell);
		return state.applyData(node, shell);
	},
	tableRow: (state, node, parent) =>
		defaultHandlers.tableRow(
			state,
			node,
			parent?.type === 'table'
				? {
						...parent,
						children: parent.children[0] === node ? [node] : [parent.children[0]!, node],
					}
				: parent,
		),
};

/**
 * Whether a Markdown table holds raw HTML, which may be a table of its own (read, like any raw
 * table, from the document's hast). Any other Markdown table is read from its mdast rows
 * (`fromMarkdownTable`) and rebuilt when the page is rendered, so the document's hast holds
 * only its element, empty: converting its cells there too made every cell twice, and the
 * document's hast, kept until its page is rendered, held a copy of every table.
 */
function holdsHtml(table: MdastTable): boolean {
	let found = false;
	walkTree<Nodes, null>(table, null, (node) => {
		found ||= node.type === 'html';
		return found ? SKIP : null;
	});
	return found;
}

/**
 * Parses a Markdown document with GFM tables, in its flavour (MDX has no indented code); raw
 * HTML tables are parsed with an HTML parser.
 */
export function parseMarkdown(text: string, flavour: Flavour = 'commonmark'): ParsedDocument {
	// A byte-order mark would otherwise become part of the first line's text.
	const lenient: ParseProblem[] = [];
	const source = blankAttributeLines(evenDelimiterRows(text.replace(/^\uFEFF/, ''), lenient));
	const { tree: mdast, problems } = parseSyntaxTree(source, undefined, flavour);
	dropSpanAttributes(mdast);
	readYfmTables(mdast, source, problems);
	problems.unshift(...lenient);

	let frontMatter: ParsedDocument['frontMatter'] = null;
	const first = mdast.children[0];
	if (first?.type === 'yaml') {
		frontMatter = { yaml: (first as Yaml).value, line: (first.position?.start.line ?? 1) + 1 };
		mdast.children.shift();
	}

	const markdownTables = new Map<number, MdastTable>();
	const gridTables = new Set<number>();
	collectMarkdownTables(mdast, markdownTables, gridTables, source);
	const definition = definitions(mdast);

	const hast = toHast(mdast, { allowDangerousHtml: true, handlers }) as HastRoot;
	limitHtmlDepth(hast, problems);
	parseRawTables(hast, source);

	const introductions = introducedTables(hast);
	const tables: RawTable[] = [];
	const headings: ParsedDocument['headings'] = [];
	const headingPath: { depth: number; text: string }[] = [];
	let title: string | null = null;
	walk(hast, (node, inTable) => {
		const depth = headingDepth(node);
		if (depth && !inTable) {
			const text = normalizeSpace(toText(node, { whitespace: 'normal' }));
			while (headingPath.length && headingPath.at(-1)!.depth >= depth) headingPath.pop();
			headingPath.push({ depth, text });
			headings.push({ depth, text });
			if (depth === 1 && title === null) title = text;
			return;
		}
		if (node.type === 'element' && node.tagName === 'table') {
			const section = headingPath.map((h) => h.text);
			const offset = node.position?.start.offset;
			const md = offset === undefined ? undefined : markdownTables.get(offset);
			const table = md
				? fromMarkdownTable(md, node, section, definition)
				: fromHtmlTable(
						node,
						section,
						source,
						offset !== undefined && gridTables.has(offset) ? 'markdown' : 'html',
					);
			markHeaderRows(table.header, table.rows);
			const intro = introductions.get(node);
			if (intro) table.around.push(intro);
			tables.push(table);
		}
	});
	return { frontMatter, hast, tables, headings, title, problems };
}

/**
 * The sentence right above each table that introduces it, ending in a colon (`The API returns
 * these codes:`, `Examples of Quantity values:`), its title in bold, or an HTML block of a few
 * words (`blockTitle`): a reader takes the table for what it announces.
 */
function introducedTables(root: HastRoot): Map<Element, string> {
	const found = new Map<Element, string>();
	walkTree<HastRoot | HastContent, null>(root, null, (node) => {
		if (node.type === 'element' && node.tagName === 'table') return SKIP;
		if (!('children' in node)) return null;
		let before: Element | null = null;
		let titled: string | null = null;
		for (const child of node.children) {
			if (child.type === 'text' && child.value.trim() === '') continue;
			if (child.type !== 'element') {
				before = null;
				titled = child.type === 'raw' ? blockTitle(child.value) : null;
				continue;
			}
			if (child.tagName === 'table' && before?.tagName === 'p') {
				const text = normalizeSpace(toText(before, { whitespace: 'normal' }));
				if (/[:：]$/.test(text) || isTitle(before)) found.set(child, text);
			} else if (child.tagName === 'table' && titled) found.set(child, titled);
			before = child;
			titled = null;
		}
		return null;
	});
	return found;
}

/**
 * A paragraph that is bold from end to end (`<p><strong>i. Error Codes</strong></p>`, `**Errors**`
 * on its own line): a writer's title for what follows, a heading in all but name.
 */
function isTitle(paragraph: Element): boolean {
	const written = paragraph.children.filter(
		(child) => !(child.type === 'text' && child.value.trim() === ''),
	);
	return (
		written.length === 1 &&
		written[0]!.type === 'element' &&
		['strong', 'b'].includes(written[0]!.tagName)
	);
}

/** The document's GFM tables by offset, and the offsets of its grid tables. */
function collectMarkdownTables(
	tree: MdastRoot,
	into: Map<number, MdastTable>,
	grids: Set<number>,
	source: string,
) {
	walkTree<Nodes, null>(tree, null, (node) => {
		if (node.type === 'table' && node.position) into.set(node.position.start.offset!, node);
		if (node.type === 'gridTable' && node.position?.start.offset !== undefined) {
			grids.add(node.position.start.offset);
			placeGridRows(node as unknown as GridNode, source);
		}
		return null;
	});
}

declare module 'mdast' {
	interface RootContentMap {
		/** A Pandoc grid table, as `@adobe/remark-gridtables` parses it. */
		gridTable: Parent & { type: 'gridTable' };
	}
}

/** A node of a grid table as `@adobe/mdast-util-gridtables` builds it. */
interface GridNode {
	type: string;
	position?: MdastRoot['position'];
	children?: GridNode[];
}

/**
 * Gives each row of a grid table the line it starts on. The grid table parser reads every cell
 * as a document of its own, so its rows carry positions inside their cells (line 0); a row
 * starts on the line after the border above it (`+----+`, or `+====+` under the header).
 */
function placeGridRows(table: GridNode, source: string) {
	const first = table.position!.start.line;
	const lines = source.split('\n').slice(first - 1, table.position!.end.line);
	const starts = lines.flatMap((line, i) =>
		/^\s*\+/.test(line) && lines[i + 1]?.trimStart().startsWith('|') ? [first + i + 1] : [],
	);
	const rows = (table.children ?? []).flatMap((part) =>
		(part.children ?? []).filter((row) => row.type === 'gtRow'),
	);
	rows.forEach((row, i) => {
		// A row spanning rows of the grid has no border of its own: it keeps the last one found.
		const line = starts[Math.min(i, starts.length - 1)] ?? first;
		row.position = { start: { line, column: 1 }, end: { line, column: 1 } };
	});
}

function fromMarkdownTable(
	md: MdastTable,
	element: Element,
	section: string[],
	definition: ReturnType<typeof definitions>,
): RawTable {
	// Rows are read from mdast rather than from hast because hast drops cells beyond the header's
	// width, and a ragged row must not lose what its writer put in it.
	const rows = md.children.map((row, rowIndex) => ({
		line: row.position!.start.line,
		heading: false,
		// A row converted on its own keeps every cell; once per row, not per cell, as that costs
		// as much for a cell as for a row.
		cells: (
			toHast(withoutPositions(resolveReferences(row, definition)), {
				allowDangerousHtml: true,
			}) as Element
		).children
			.filter((cell): cell is Element => cell.type === 'element')
			.map((cell) => ({ nodes: cell.children, header: rowIndex === 0 })),
	}));
	return {
		kind: 'markdown',
		line: md.position!.start.line,
		section,
		header: rows[0]!,
		rows: rows.slice(1),
		around: [],
		element,
	};
}

/**
 * A row with no positions below it: its cells are kept until the page is rendered, and nothing
 * after the parse reads where in the row a cell's content was (the row keeps its line). Each
 * position is three objects, and the sanitised copy of a cell copies them again: for a table of
 * short rows, most of what its cells held.
 */
function withoutPositions(row: TableRow): TableRow {
	walkTree<Nodes, null>(row, null, (node) => {
		if (node !== row) delete node.position;
		return null;
	});
	return row;
}

/**
 * A row converted on its own cannot see the document's link definitions, so `[E0023][e0023]`
 * would come out as bracketed text; resolve references to plain links first (in a copy, and
 * only in a row that has any).
 */
function resolveReferences(row: TableRow, definition: ReturnType<typeof definitions>): TableRow {
	let references = false;
	walkTree<Nodes, null>(row, null, (node) => {
		references ||= node.type === 'linkReference' || node.type === 'imageReference';
		return references ? SKIP : null;
	});
	if (!references) return row;
	const copy = structuredClone(row);
	visit(copy, (node, index, parent) => {
		if (!parent || index === undefined) return;
		if (node.type === 'linkReference') {
			const target = definition(node.identifier);
			if (target)
				parent.children[index] = {
					type: 'link',
					url: target.url,
					title: target.title ?? null,
					children: node.children,
				};
		} else if (node.type === 'imageReference') {
			const target = definition(node.identifier);
			if (target)
				parent.children[index] = {
					type: 'image',
					url: target.url,
					title: target.title ?? null,
					alt: node.alt ?? null,
				};
		}
	});
	return copy;
}

/** A table read from its HTML: raw HTML in the document, or a grid table converted to it. */
function fromHtmlTable(
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
function parseRawTables(root: HastRoot, source: string) {
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

/** Every node below the root in document order, with whether it is inside a table. */
function walk(root: HastRoot, visit: (node: HastContent, inTable: boolean) => void) {
	walkTree<HastRoot | HastContent, boolean>(root, false, (node, inTable) => {
		if (node.type !== 'root') visit(node, inTable);
		return inTable || (node.type === 'element' && node.tagName === 'table');
	});
}

export function headingDepth(node: HastContent): number {
	if (node.type !== 'element') return 0;
	const match = /^h([1-6])$/.exec(node.tagName);
	return match ? Number(match[1]) : 0;
}
