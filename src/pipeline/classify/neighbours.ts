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
	const keys = tables.map(headerOf);
	const failing = tables.map(saysSomethingFailed);
	return keys.map(
		(key, i) =>
			keys.filter((other, j) => j !== i && other === key && failing[j]).length >=
			THRESHOLDS.failingNeighbours,
	);
}

/**
 * Whether another table of the document says something failed, for each table: a document that
 * gives its normal responses a table of their own lists its errors apart, in that other table.
 */
export function failingElsewhere(tables: readonly TableText[]): boolean[] {
	const failing = tables.map(saysSomethingFailed);
	return tables.map((_, i) => failing.some((fails, j) => fails && j !== i));
}

/** Whether any data cell of a table says something failed. */
function saysSomethingFailed(table: TableText): boolean {
	return table.rows.some(
		(row, r) =>
			!table.rowHeaders[r] &&
			!table.rowHeadings[r] &&
			row.some((cell) => FAILURE_WORD.test(cell.text)),
	);
}

/**
 * The codes error tables above a table listed, and their second names (`19 | actNotFound`), as
 * their cells read, for the table at `index`: of the tables already judged to be error tables,
 * those whose header differs from its own, since tables headed alike list the same codes for
 * different requests.
 */
export function codesListedAbove(
	tables: readonly TableText[],
	/** The verdicts on the tables above it, each its code and alias columns (`Classification`). */
	verdicts: readonly { accepted: boolean; code: number; aliases: number[] }[],
	index: number,
): Set<string> {
	const header = headerOf(tables[index]!);
	const listed = new Set<string>();
	verdicts.forEach((verdict, j) => {
		const table = tables[j]!;
		if (j >= index || !verdict.accepted || verdict.code < 0 || headerOf(table) === header) return;
		table.rows.forEach((row, r) => {
			if (table.rowHeaders[r] || table.rowHeadings[r]) return;
			for (const column of [verdict.code, ...verdict.aliases]) {
				const text = row[column]?.text;
				if (text) listed.add(normalizeSpace(text));
			}
		});
	});
	return listed;
}

/** A table's header as one key: tables are alike when their headers read the same. */
const headerOf = (table: TableText) =>
	table.header.map((cell) => normalizeSpace(cell.text).toLowerCase()).join('|');
