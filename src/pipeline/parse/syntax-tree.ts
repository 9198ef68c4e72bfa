import type { Nodes, Root as MdastRoot, Table } from 'mdast';
import type { Point } from 'unist';
import { limitMarkdownDepth } from './depth';
import { type CrowdedBlock, crowdedProblem, type Flavour, parseText } from './emphasis';
import { LIMITS, type ParseProblem } from './limits';
import { cutPieces, definitionLines } from './pieces';
import { swallowedTables } from './swallowed';
import { SKIP, walkTree } from './walk';

/**
 * Parses a document into mdast (positions kept, pointing into `source`) within the parse
 * stage's `LIMITS`: a long document a piece at a time, a block with too many emphasis runs
 * with its runs kept as written, and content nested too deep as its text.
 */
export function parseSyntaxTree(
	source: string,
	pieceChars: number = LIMITS.pieceChars,
	flavour: Flavour = 'commonmark',
): { tree: MdastRoot; problems: ParseProblem[] } {
	const crowded: CrowdedBlock[] = [];
	const tree =
		parseInPieces(source, pieceChars, crowded, flavour) ?? parseText(source, 0, crowded, flavour);
	// One problem for the document, whether it was read whole or in pieces.
	const problems = crowdedProblem(crowded);
	limitMarkdownDepth(tree, source, problems);
	swallowedTables(tree, problems);
	return { tree, problems };
}

/** A fragment of a document (the Markdown inside an HTML cell), within the same limits. */
export function parseFragment(text: string): MdastRoot {
	const problems: ParseProblem[] = [];
	const tree = parseText(text, 0, []);
	limitMarkdownDepth(tree, text, problems);
	return tree;
}

/**
 * The pieces of a long document parsed one by one (`pieces.ts`), their trees put together; null
 * when a table cut between two pieces was not read as one table on both sides of the cut.
 */
function parseInPieces(
	source: string,
	pieceChars: number,
	crowded: CrowdedBlock[],
	flavour: Flavour,
): MdastRoot | null {
	const pieces = cutPieces(source, pieceChars);
	if (pieces.length === 1) return null;
	// Kept apart until every piece is read: where the pieces give way to the whole, it finds them.
	const kept: CrowdedBlock[] = [];
	let definitions = definitionLines(source);
	if (definitions.length > LIMITS.repeatedChars) definitions = '';
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
		const found: CrowdedBlock[] = [];
		const lines = piece.line - 1 - lineCount(head);
		const tree = parseText(text, lines, found, flavour);
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
		for (const block of found) kept.push(block);
	}
	for (const block of kept) crowded.push(block);
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
