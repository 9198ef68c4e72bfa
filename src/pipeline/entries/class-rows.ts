/**
 * Rows that head a group of codes with their class (`0x0001xx | File errors` above `0x000100`,
 * `0x000101`, …): the class's title over the rows below it, as a heading row is, not a code.
 */
import { readCodeCell } from '../../core/code-cell';
import { normalizeSpace } from '../../core/text';
import type { Cell } from '../../core/types';

/** A class written with wildcard digits at its end (`0x0001xx`, `5XX`, `0xE1XX_XXXX`): the fixed part. */
const CLASS = /^(.*?[0-9A-Fa-f])[xX]{2,}(?:[_-][xX]+)*$/;

/** Most words a group's title has (`Database errors`, `Errors of the file system`); a sentence has more. */
const TITLE_WORDS = 5;

/**
 * Whether a row's code is a class whose codes follow it (the next row's code falls inside it),
 * with a group's title beside it (a few words, no sentence) and nothing else: the title of the
 * rows below. A class row that says what its class means among codes of other classes (`5xx |
 * Server error` after `404`, `429`), or a table of classes alone (`0xE1XX_XXXX`, `0xE2XX_XXXX`),
 * has no rows inside it and stays a code.
 */
export function headsGroup(
	rows: Cell[][],
	row: number,
	codeIndex: number,
	messageIndex: number,
): boolean {
	const cells = rows[row]!;
	const fixed = CLASS.exec(codeOf(cells[codeIndex]))?.[1];
	if (fixed === undefined) return false;
	const title = normalizeSpace(cells[messageIndex]?.text ?? '');
	const words = title.split(' ').filter(Boolean).length;
	if (words === 0 || words > TITLE_WORDS || /[.!?。:]$/.test(title)) return false;
	if (cells.some((cell, i) => i !== codeIndex && i !== messageIndex && cell.text)) return false;
	const next = rows.slice(row + 1).find((other) => codeOf(other[codeIndex]) !== '');
	const member = codeOf(next?.[codeIndex]);
	return (
		member.length === codeOf(cells[codeIndex]).length &&
		member.toLowerCase().startsWith(fixed.toLowerCase()) &&
		!CLASS.test(member)
	);
}

function codeOf(cell: Cell | undefined): string {
	return cell?.text ? (readCodeCell(cell.lines).codes[0] ?? '') : '';
}
