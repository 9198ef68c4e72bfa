import type { PhrasingContent, Root as MdastRoot, RootContent, Table, TableCell } from 'mdast';
import type { ParseProblem } from './limits';
import { FENCE } from './pieces';
import { parseFragment } from './syntax-tree';

/**
 * Yandex Flavored Markdown's tables (`#|` … `|#`, a row between `||` and `||`, cells parted by
 * `|`), which Yandex's documentation sites (Diplodoc) render as tables and GFM shows as
 * paragraphs of pipes. Each one written at the top level of a document replaces the nodes GFM
 * made of its lines with the table a reader sees: a cell's Markdown is parsed as any cell's, and
 * each row keeps the line it starts on, so the classifier and the source page treat it as any
 * table. Hand-written rather than `@diplodoc/transform`: that package renders a whole document
 * to HTML through its own markdown-it and sanitiser, with two dozen dependencies, for four marks.
 */
export function readYfmTables(tree: MdastRoot, source: string, problems: ParseProblem[]): void {
	if (!OPEN_ANYWHERE.test(source)) return;
	const lines = source.split('\n');
	const starts = lineStarts(lines);
	let fence: string | null = null;
	for (let i = 0; i < lines.length; i++) {
		const opened = FENCE.exec(lines[i]!)?.[1];
		if (opened && (fence === null || opened.startsWith(fence))) {
			fence = fence === null ? opened : null;
			continue;
		}
		if (fence !== null || !OPEN.test(lines[i]!)) continue;
		let close = i + 1;
		while (close < lines.length && !CLOSE.test(lines[close]!)) close++;
		if (close === lines.length) break;
		const rows = yfmRows(lines, i + 1, close);
		for (const row of rows.filter((row) => row.unclosed))
			problems.push({
				line: row.line + 1,
				message: `this row of the Yandex Flavored Markdown table at line ${i + 1} has no closing \`||\`: it is read as ending where the next row opens; end it with \`||\``,
			});
		const placed = rows.length > 0 && replaceLines(tree, i + 1, close + 1, table(rows, starts));
		if (!placed)
			problems.push({
				line: i,
				message: `the Yandex Flavored Markdown table (\`#|\` … \`|#\`) at line ${i + 1} is not read: it stands inside another block or holds no row`,
			});
		i = close;
	}
}

const OPEN = /^ {0,3}#\|\s*$/;
const OPEN_ANYWHERE = /^ {0,3}#\|[ \t]*$/m;
const CLOSE = /^ {0,3}\|#\s*$/;

interface YfmRow {
	/** Index of the line the row's `||` opens on. */
	line: number;
	cells: string[];
	/** The row lacks its closing `||`: the next line's opening `||` ended it. */
	unclosed?: boolean;
}

/**
 * The rows between the lines `from` and `to`: a row runs from `||` to `||`, over blank lines if
 * it must; `|` inside a code span or written `\|` is text. A line that opens with `||` and goes
 * on (`|| 503 | SlowDown | …`) starts a row, as Diplodoc renders it: a row still open above it
 * lacked its closing `||` and ends there, rather than swallow the row below.
 */
export function yfmRows(lines: readonly string[], from: number, to: number): YfmRow[] {
	const rows: YfmRow[] = [];
	let row: YfmRow | null = null;
	let cell = '';
	for (let l = from; l < to; l++) {
		const line = lines[l]!;
		if (row && OPENS_ROW.test(line)) {
			row.cells.push(cell.trim());
			rows.push({ ...row, unclosed: true });
			row = null;
			cell = '';
		}
		for (let c = 0; c < line.length; c++) {
			const ch = line[c]!;
			if (ch === '\\' && line[c + 1] === '|' && row) {
				cell += '\\|';
				c++;
			} else if (ch === '`' && row) {
				const run = /^`+/.exec(line.slice(c))![0];
				const end = line.indexOf(run, c + run.length);
				const upto = end < 0 ? c + run.length : end + run.length;
				cell += line.slice(c, upto);
				c = upto - 1;
			} else if (ch === '|' && line[c + 1] === '|') {
				if (row) {
					row.cells.push(cell.trim());
					rows.push(row);
					row = null;
				} else row = { line: l, cells: [] };
				cell = '';
				c++;
			} else if (ch === '|' && row) {
				row.cells.push(cell.trim());
				cell = '';
			} else if (row) cell += ch;
		}
		if (row) cell += '\n';
	}
	return rows;
}

/** A line that opens a row and writes its first cell on it (`|| 503 | …`), not a lone `||`. */
const OPENS_ROW = /^\s*\|\|(?!\s*\|)\s*\S/;

function table(rows: YfmRow[], starts: number[]): Table {
	const at = (line: number) => ({ line: line + 1, column: 1, offset: starts[line]! });
	const last = rows.at(-1)!.line;
	return {
		type: 'table',
		align: [],
		position: { start: at(rows[0]!.line), end: at(last) },
		children: rows.map((row) => ({
			type: 'tableRow',
			position: { start: at(row.line), end: at(row.line) },
			children: row.cells.map(tableCell),
		})),
	};
}

/** A cell's Markdown as a GFM cell holds it: its paragraphs one after another, parted by breaks. */
function tableCell(markdown: string): TableCell {
	const children: PhrasingContent[] = [];
	for (const block of parseFragment(markdown).children) {
		if (children.length > 0) children.push({ type: 'break' });
		if (block.type === 'paragraph') children.push(...block.children);
		else if (block.type === 'html') children.push({ type: 'html', value: block.value });
		else
			children.push({
				type: 'text',
				value: markdown.slice(block.position?.start.offset, block.position?.end.offset),
			});
	}
	return { type: 'tableCell', children };
}

/**
 * Replaces the top-level nodes on lines `first` to `last` (1-based) by `node`; false where a
 * node there runs on beyond those lines, or none is there.
 */
function replaceLines(tree: MdastRoot, first: number, last: number, node: RootContent): boolean {
	const inside = (n: RootContent) =>
		n.position !== undefined && n.position.start.line >= first && n.position.end.line <= last;
	const overlaps = (n: RootContent) =>
		n.position !== undefined && n.position.start.line <= last && n.position.end.line >= first;
	const at = tree.children.findIndex(overlaps);
	if (at < 0) return false;
	let end = at;
	while (end < tree.children.length && overlaps(tree.children[end]!)) {
		if (!inside(tree.children[end]!)) return false;
		end++;
	}
	tree.children.splice(at, end - at, node);
	return true;
}

function lineStarts(lines: readonly string[]): number[] {
	const starts: number[] = [];
	let offset = 0;
	for (const line of lines) {
		starts.push(offset);
		offset += line.length + 1;
	}
	return starts;
}
