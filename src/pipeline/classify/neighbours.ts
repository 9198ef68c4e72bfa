import { normalizeSpace } from '../../core/text';
import type { TableText } from '../types';
import { THRESHOLDS } from './tuning';
import { FAILURE_WORD } from './words';

/**
 * Whether other tables of the document written alike say something failed, for each table: a
 * document that lists a game's loading messages and then its error messages in tables of one
 * shape, under one title, tells them apart only by what the rows say. Tables are alike when their
 * headers read the same; one says something failed when any of its data cells does.
 */
export function failingNeighbours(tables: readonly TableText[]): boolean[] {
	const keys = tables.map((table) =>
		table.header.map((cell) => normalizeSpace(cell.text).toLowerCase()).join('|'),
	);
	const failing = tables.map((table) =>
		table.rows.some(
			(row, r) =>
				!table.rowHeaders[r] &&
				!table.rowHeadings[r] &&
				row.some((cell) => FAILURE_WORD.test(cell.text)),
		),
	);
	return keys.map(
		(key, i) =>
			keys.filter((other, j) => j !== i && other === key && failing[j]).length >=
			THRESHOLDS.failingNeighbours,
	);
}
