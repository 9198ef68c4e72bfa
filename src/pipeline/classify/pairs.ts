/**
 * Tables that write a code and its message in one cell and set several such cells side by side
 * in a row (`E100 Invalid login | E821 Pass was not deleted`), as an appendix fits a long list
 * onto a page: each cell is an entry, read left to right.
 */
import { readCodeCell } from '../../core/code-cell';
import { codeShape } from '../../core/codes';
import type { Cell } from '../../core/types';
import { THRESHOLDS } from './tuning';

/**
 * The columns besides the code column whose cells, like the code column's, each hold one code of
 * the same shape followed by its message; none where the code column's cells do not.
 */
export function pairColumns(rows: Cell[][], codeIndex: number, status: number): number[] {
	const shape = pairedShape(rows.map((row) => row[codeIndex]));
	if (shape === null) return [];
	const width = Math.max(0, ...rows.map((row) => row.length));
	return [...Array(width).keys()].filter(
		(i) => i !== codeIndex && i !== status && pairedShape(rows.map((row) => row[i])) === shape,
	);
}

/** The shape of the codes a column's cells start, each before its message, if they mostly do. */
function pairedShape(cells: (Cell | undefined)[]): string | null {
	const written = cells.filter((cell): cell is Cell => !!cell?.text);
	const shapes = written.map((cell) => {
		const read = codeWithMessage(cell);
		return read ? codeShape(read.code) : null;
	});
	const first = shapes.find((shape) => shape !== null) ?? null;
	const same = shapes.filter((shape) => shape !== null && shape === first).length;
	return first !== null && written.length > 0 && same / written.length >= THRESHOLDS.pairShare
		? first
		: null;
}

/**
 * The code and the message a cell writes together (`E001 – encoding of mobile video failed`), or
 * null: one code, then words enough to say something (`404 (NOT FOUND)` is a name).
 */
export function codeWithMessage(cell: Cell): { code: string; message: string } | null {
	const { codes, note } = readCodeCell(cell.lines);
	return codes.length === 1 && note.split(/\s+/).length >= THRESHOLDS.messageWords
		? { code: codes[0]!, message: note }
		: null;
}
