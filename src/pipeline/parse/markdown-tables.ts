/**
 * GFM and grid tables as mdast has them: the handlers that convert them to hast, where each is
 * found by its offset, and a GFM table's rows read from mdast (`fromMarkdownTable`).
 */
import { mdast2hastGridTablesHandler } from '@adobe/mdast-util-gridtables';
import type { Element } from 'hast';
import type { Nodes, Root as MdastRoot, Table as MdastTable, TableRow } from 'mdast';
import { definitions } from 'mdast-util-definitions';
import { defaultHandlers, toHast, type Handlers } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { withHeaderAbove } from './header-above';
import { markLazyLines } from './lazy-lines';
import type { RawTable } from './raw-tables';
import { SKIP, walkTree } from './walk';

/**
 * Grid tables become HTML tables (`<thead>`, `<th>`), which are read as raw HTML tables are. A
 * row is told whether it is its table's first with a table of one or two rows: the default
 * handler looks itself up among all its siblings, which made a table of 100,000 rows take
 * 5 billion comparisons.
 */
export const handlers: Handlers = {
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

/** The document's GFM tables by offset, and the offsets of its grid tables. */
export function collectMarkdownTables(
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

export function fromMarkdownTable(
	md: MdastTable,
	element: Element,
	section: string[],
	definition: ReturnType<typeof definitions>,
	source: string,
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
	markLazyLines(
		rows,
		source,
		md.children.map((row) => [row.position!.start.offset!, row.position!.end.offset!]),
	);
	return withHeaderAbove(
		{
			kind: 'markdown',
			line: md.position!.start.line,
			section,
			header: rows[0]!,
			rows: rows.slice(1),
			around: [],
			element,
		},
		source,
		md.position!.start.offset!,
	);
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
