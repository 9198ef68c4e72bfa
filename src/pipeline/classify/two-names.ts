/**
 * Which of a row's two identifiers is its code, where two columns could be (`SQLCODE | SQLSTATE`,
 * `Name | Value`, `Hex | Bin | Code`): the one that gives each row its own, the other an alias.
 */
import type { Profile } from './columns';
import { THRESHOLDS } from './tuning';
import { MESSAGE_WORD, namesDescription } from './words';

/**
 * Of two columns that both read as codes (`SQLCODE | SQLSTATE`), one whose values repeat over the
 * document's tables is a class the rows share, where the other gives each row its own: the other
 * is the code, in every table of the document alike, whichever header names codes more plainly.
 * Not a column headed as the names (`SW | SW name`, where a status word is listed under every
 * command that returns it): a name names a code however often the code is listed.
 */
export function classesGiveWay<T extends { i: number }>(
	columns: Profile[],
	candidates: T[],
	distinctInDocument: (label: string) => number,
): T[] {
	const own = candidates.filter(
		(c) => distinctInDocument(columns[c.i]!.label) === 1 && !columns[c.i]!.nameLike,
	);
	return own.length > 0 && own.length < candidates.length ? own : candidates;
}

/**
 * A column that leaves rows without a code (`Hex | Bin | Code`, a firmware constant for 4 of the
 * 15 patterns a device flashes; `Error Enum | Error No`, 18 of a device's 82 constants without a
 * number; a card network's reason code for the 5 of 27 declines it comes from) names a few of the
 * codes that another column gives every row: the numbers, or the identifiers each row has its own
 * of (`Categoria`: `duplicate_taxpayer_id`), are the codes, whichever header names codes. Not a
 * column headed as what the codes mean (`SQLSTATE | Description and issuing error classes`, the
 * code written once over the classes that issue it), and not names beside a code written once for
 * the rows that follow it (`-32000` over the eight exceptions that return it): a name is never
 * what it names.
 */
export function fewGiveWay<T extends { i: number }>(columns: Profile[], candidates: T[]): T[] {
	const full = candidates.filter((c) => {
		const column = columns[c.i]!;
		if (column.filled < THRESHOLDS.codeRows || namesMeaning(column.label)) return false;
		const ownIdentifiers =
			column.unique >= THRESHOLDS.aliasDistinct &&
			column.exceptions < THRESHOLDS.aliasShare &&
			!column.nameLike;
		return column.numbers >= THRESHOLDS.aliasShare || ownIdentifiers;
	});
	return full.length > 0 && candidates.some((c) => columns[c.i]!.filled < THRESHOLDS.codeRows)
		? full
		: candidates;
}

const namesMeaning = (label: string) => MESSAGE_WORD.test(label) || namesDescription(label);

/**
 * A column of names (`Name`, `Symbol`) gives way to the column of the values they stand for
 * (`Name | Value`, as SDK references list an enum): the value is what the API returns, the name
 * the constant a program writes for it, an alias.
 */
export function valueOfName(columns: Profile[], chosen: number): number {
	if (!columns[chosen]!.nameLike) return chosen;
	const value = columns.findIndex(
		(column) =>
			VALUE_HEADER.test(column.label.trim()) &&
			column.codeScore + column.identifiers >= THRESHOLDS.aliasShare &&
			column.unique >= THRESHOLDS.aliasDistinct,
	);
	return value >= 0 ? value : chosen;
}

/**
 * Numbers that several rows of the document share (`0` the value of every `*_SUCCESS` constant,
 * `1` of two failures) identify no row, where a column of constants beside them names each row
 * once (`Name | Value`, an SDK's result codes grouped by enum): the constants are the codes, the
 * numbers their values, an alias. The counterpart of `classesGiveWay`: a number given twice is a
 * slip, so the numbers keep the code where they repeat fewer than `THRESHOLDS.classRepeats` times.
 */
export function namesOfSharedValues(
	columns: Profile[],
	chosen: number,
	distinctInDocument: (label: string) => number,
): number {
	const values = columns[chosen]!;
	if (values.numbers < THRESHOLDS.aliasShare || distinctInDocument(values.label) === 1)
		return chosen;
	const names = columns.findIndex(
		(column, i) =>
			i !== chosen &&
			column.constants >= THRESHOLDS.aliasShare &&
			column.filled >= THRESHOLDS.aliasShare &&
			column.unique >= THRESHOLDS.aliasDistinct &&
			distinctInDocument(column.label) === 1,
	);
	return names >= 0 ? names : chosen;
}

/** Whether a column is headed as the values that names stand for (`Value`, `值`). */
export const namesValues = (column: Profile) => VALUE_HEADER.test(column.label.trim());

/** A header of the values that names stand for. */
const VALUE_HEADER = /^(?:values?|string values?|wire values?|api values?|valor|valeur|wert|值)$/i;
