import remarkGridTables from '@adobe/remark-gridtables';
import type { Nodes, Root as MdastRoot, RootContent, Table } from 'mdast';
import type { Point } from 'unist';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { LIMITS } from './limits';
import { cutPieces, definitionLines } from './pieces';
import { swallowedTables } from './swallowed';
import { SKIP, walkTree } from './walk';

/** Something in a document errdex kept as written rather than read, and the line it is on. */
export interface ParseProblem {
	line: number;
	message: string;
}

/**
 * CommonMark with GitHub's tables, and Pandoc's grid tables (`+---+` borders, a `+===+` line under
 * the header): documents converted by Pandoc from Word, reStructuredText or HTML write every table
 * whose cells hold several lines or paragraphs that way.
 */
export const markdown = unified()
	.use(remarkParse)
	.use(remarkGfm)
	.use(remarkGridTables)
	.use(remarkFrontmatter, ['yaml']);

/** The same reading with emphasis and strikethrough left as text: linear on any input. */
const withoutEmphasis = markdown()
	.use(function noEmphasis(this: Processor) {
		const data = this.data();
		(data.micromarkExtensions ??= []).push({
			disable: { null: ['attention', 'strikethrough'] },
		});
	})
	.freeze();

/** Nodes whose children are one run of inline text, each resolved for emphasis on its own. */
const INLINE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * Parses a document into mdast (positions kept, pointing into `source`) within the parse
 * stage's `LIMITS`: a long document a piece at a time, a block with too many emphasis runs
 * with its runs kept as written, and content nested too deep as its text.
 */
export function parseSyntaxTree(
	source: string,
	pieceChars: number = LIMITS.pieceChars,
): { tree: MdastRoot; problems: ParseProblem[] } {
	const problems: ParseProblem[] = [];
	const tree = parseInPieces(source, pieceChars, problems) ?? parseText(source, 0, problems);
	limitDepth(tree, source, problems);
	swallowedTables(tree, problems);
	return { tree, problems };
}

/** A fragment of a document (the Markdown inside an HTML cell), within the same limits. */
export function parseFragment(text: string): MdastRoot {
	const problems: ParseProblem[] = [];
	const tree = parseText(text, 0, problems);
	limitDepth(tree, text, problems);
	return tree;
}

/**
 * The pieces of a long document parsed one by one (`pieces.ts`), their trees put together; null
 * when a table cut between two pieces was not read as one table on both sides of the cut.
 */
function parseInPieces(
	source: string,
	pieceChars: number,
	problems: ParseProblem[],
): MdastRoot | null {
	const pieces = cutPieces(source, pieceChars);
	if (pieces.length === 1) return null;
	let definitions = definitionLines(source);
	if (definitions.length > LIMITS.pieceChars / 4) definitions = '';
	const root: MdastRoot = {
		type: 'root',
		children: [],
		position: { start: { line: 1, column: 1, offset: 0 }, end: endOf(source) },
	};
	for (const piece of pieces) {
		// The first piece holds the front matter, so the definitions go after it; any other piece
		// starts with a line that is not its own, so that no `---` of it reads as front matter.
		const first = piece.offset === 0;
		const head = first ? '' : `${definitions}\n\n${piece.tableHead ?? ''}`;
		const body = source.slice(piece.offset, piece.end);
		const text = first && definitions ? `${body}\n\n${definitions}` : head + body;
		const found: ParseProblem[] = [];
		const lines = piece.line - 1 - lineCount(head);
		const tree = parseText(text, lines, found);
		shiftPositions(tree, lines, piece.offset - head.length, piece);
		const from = piece.offset - (piece.tableHead?.length ?? 0);
		const children = tree.children.filter((node) => {
			const start = node.position!.start.offset!;
			return start >= from && start < piece.end;
		});
		if (piece.tableHead !== null) {
			const previous = root.children.at(-1);
			const table = children.shift();
			if (
				previous?.type !== 'table' ||
				table?.type !== 'table' ||
				previous.position!.end.line !== piece.line - (piece.continuesRow ? 0 : 1) ||
				table.children[1]?.position!.start.line !== piece.line ||
				table.children[0]!.children.length !== previous.children[0]!.children.length
			)
				return null;
			appendRows(previous, table, piece.continuesRow);
		}
		for (const node of children) root.children.push(node);
		for (const problem of found) problems.push(problem);
	}
	return root;
}

/**
 * The rows of a table's continuation (its header row, repeated for the parse, left out); with
 * `continuesRow`, the cells of its first row are the rest of the table's last row.
 */
function appendRows(table: Table, continuation: Table, continuesRow: boolean) {
	const rows = continuation.children;
	let from = 1;
	if (continuesRow) {
		const last = table.children.at(-1)!;
		const rest = rows[from++]!;
		for (const cell of rest.children) last.children.push(cell);
		last.position!.end = rest.position!.end;
	}
	for (let i = from; i < rows.length; i++) table.children.push(rows[i]!);
	table.position!.end = continuation.position!.end;
}

/**
 * Parses a text. A block of lines with more emphasis runs than `LIMITS.delimiterRuns` is first
 * parsed without emphasis, to find the paragraphs, headings and cells that hold too many; their
 * runs are hidden from the parser behind characters of the same length, then put back.
 * `lineShift` places the lines of problems in the document.
 */
function parseText(text: string, lineShift: number, problems: ParseProblem[]): MdastRoot {
	if (!manyRuns(text)) return markdown.parse(text) as MdastRoot;
	const crowded: { start: number; end: number; line: number; runs: number }[] = [];
	walkTree<Nodes, null>(withoutEmphasis.parse(text) as MdastRoot, null, (node) => {
		if (!INLINE_BLOCKS.has(node.type)) return null;
		let runs = 0;
		walkTree<Nodes, null>(node, null, (inner) => {
			if (inner.type === 'text') runs += inner.value.match(RUNS)?.length ?? 0;
			return null;
		});
		if (runs > LIMITS.delimiterRuns && node.position)
			crowded.push({
				start: node.position.start.offset!,
				end: node.position.end.offset!,
				line: node.position.start.line,
				runs,
			});
		return SKIP;
	});
	if (crowded.length === 0) return markdown.parse(text) as MdastRoot;
	const stand = standIns(text);
	let hidden = '';
	let at = 0;
	for (const { start, end } of crowded) {
		hidden +=
			text.slice(at, start) +
			text.slice(start, end).replace(RUNS, (run) => run.replace(/[*_~]/g, (c) => stand.of[c]!));
		at = end;
	}
	hidden += text.slice(at);
	const tree = markdown.parse(hidden) as MdastRoot;
	restore(tree, stand.back);
	const [first] = crowded;
	problems.push({
		line: first!.line + lineShift,
		message: `${first!.runs} runs of \`*\`, \`_\` or \`~\` in one paragraph or cell, more than errdex reads as emphasis (${LIMITS.delimiterRuns}), so they are shown as written${crowded.length > 1 ? ` (and in ${crowded.length - 1} more blocks)` : ''}`,
	});
	return tree;
}

const RUNS = /\*+|_+|~+/g;

/** Whether some block of lines (between blank lines) holds more runs than a block may. */
function manyRuns(text: string): boolean {
	let runs = 0;
	let lineStart = true;
	let blank = true;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10) {
			if (blank) runs = 0;
			lineStart = true;
			blank = true;
			continue;
		}
		if (c !== 32 && c !== 9 && c !== 13) blank = false;
		if ((c === 42 || c === 95 || c === 126) && (lineStart || text.charCodeAt(i - 1) !== c)) {
			if (++runs > LIMITS.delimiterRuns) return true;
		}
		lineStart = false;
	}
	return false;
}

/**
 * Characters of the Private Use Area the text does not hold, to stand for `*`, `_` and `~`
 * while the parser reads it: one UTF-16 unit each, so offsets do not move.
 */
function standIns(text: string): { of: Record<string, string>; back: Map<string, string> } {
	const of: Record<string, string> = {};
	const back = new Map<string, string>();
	let code = 0xe000;
	for (const c of ['*', '_', '~']) {
		while (text.includes(String.fromCharCode(code))) code++;
		const stand = String.fromCharCode(code++);
		of[c] = stand;
		back.set(stand, c);
	}
	return { of, back };
}

/** Puts the hidden characters back in every string of every node. */
function restore(tree: MdastRoot, back: Map<string, string>) {
	const pattern = new RegExp(`[${[...back.keys()].join('')}]`, 'g');
	walkTree<Nodes, null>(tree, null, (node) => {
		const fields = node as unknown as Record<string, unknown>;
		for (const key of Object.keys(fields)) {
			const value = fields[key];
			if (typeof value === 'string' && pattern.test(value))
				fields[key] = value.replace(pattern, (c) => back.get(c)!);
			pattern.lastIndex = 0;
		}
		return null;
	});
}

/**
 * Content nested deeper than `LIMITS.depth` becomes the text it was written as: the tree
 * libraries after the parser recurse once per level.
 */
function limitDepth(tree: MdastRoot, source: string, problems: ParseProblem[]) {
	const cut: number[] = [];
	walkTree<Nodes, number>(tree, 0, (node, depth) => {
		if (!('children' in node)) return SKIP;
		if (depth + 1 < LIMITS.depth) return depth + 1;
		const children = node.children as RootContent[];
		children.forEach((child, i) => {
			if (!('children' in child) || !child.position) return;
			cut.push(child.position.start.line);
			children[i] = {
				type: 'text',
				value: source.slice(child.position.start.offset, child.position.end.offset),
				position: child.position,
			};
		});
		return SKIP;
	});
	if (cut.length > 0)
		problems.push({
			line: cut[0]!,
			message: `content nested more than ${LIMITS.depth} levels deep is shown as the text it was written as${cut.length > 1 ? ` (here and in ${cut.length - 1} more places)` : ''}`,
		});
}

/**
 * Moves every position of a tree by `lines` and `offset`: a piece parsed on its own. A piece that
 * starts inside a line moves the columns of that line too.
 */
function shiftPositions(
	tree: MdastRoot,
	lines: number,
	offset: number,
	{ line: firstLine, column }: { line: number; column: number },
) {
	const move = (point: Point): Point => {
		const line = point.line + lines;
		return {
			line,
			column: line === firstLine ? point.column + column - 1 : point.column,
			offset: point.offset! + offset,
		};
	};
	walkTree<Nodes, null>(tree, null, (node) => {
		// Below a grid table's rows, positions count from each cell (see `placeGridRows`).
		if ((node.type as string) === 'gtRow') return SKIP;
		if (node.position)
			node.position = { start: move(node.position.start), end: move(node.position.end) };
		return null;
	});
}

function lineCount(text: string): number {
	let lines = 0;
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
	return lines;
}

function endOf(source: string) {
	const lastNewline = source.lastIndexOf('\n');
	return {
		line: lineCount(source) + 1,
		column: source.length - lastNewline,
		offset: source.length,
	};
}
