/**
 * Which of a row's two identifiers is its code, where two columns could be (`SQLCODE | SQLSTATE`,
 * `Name | Value`, `Hex | Bin | Code`): the one that gives each row its own, the other an alias.
 */
import { readCodeCell } from '../../core/code-cell';
import { codeShape, isIdentifier, numericValue } from '../../core/codes';
import type { Cell } from '../../core/types';
import type { Profile } from './columns';
import { THRESHOLDS } from './tuning';
import { MESSAGE_WORD, TYPE_HEADER, namesDescription } from './words';

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
	const named = namedOverOtherForms(columns, candidates);
	if (named) return named;
	const own = candidates.filter(
		(c) => distinctInDocument(columns[c.i]!.label) === 1 && !columns[c.i]!.nameLike,
	);
	return own.length > 0 && own.length < candidates.length ? own : candidates;
}

/**
 * Of candidates alike, one headed as the type of error (`ERROR_TYPE`, `Error type`) beside one
 * that is not (`ERROR_CAUSE`): the type is the class the rows fall in, the other the error a
 * client tells apart (NEAR's `HANDLER_ERROR` over `UNKNOWN_BLOCK`).
 */
export function typesGiveWay<T extends { i: number }>(columns: Profile[], candidates: T[]): T[] {
	const typed = (c: T) => headedAsType(columns[c.i]!.label);
	// Alike: names both (`HANDLER_ERROR`, `UNKNOWN_BLOCK`); a number beside a type is weighed as
	// numbers are, whatever the type's header.
	if (candidates.some((c) => columns[c.i]!.numbers >= THRESHOLDS.aliasShare)) return candidates;
	const finer = candidates.filter((c) => !typed(c));
	return finer.length > 0 && finer.length < candidates.length ? finer : candidates;
}

/** Whether a header calls its column the type of error (`ERROR_TYPE`, `Error type`, `类型`). */
const headedAsType = (label: string) => TYPE_HEADER.test(label.replace(/[_.]/g, ' '));

/**
 * Where the header settles it: one column headed as the code (`Error Code`, `Code`) and every
 * other candidate headed as another form of it, a value, a variant or a base (`Hex Value`,
 * `Variant`), the header's code is the code however its values repeat (SMPP's `Reserved` rows,
 * a node's `-1` for two failures), the other forms its aliases; undefined where the header does
 * not settle it.
 */
function namedOverOtherForms<T extends { i: number }>(
	columns: Profile[],
	candidates: T[],
): T[] | undefined {
	const named = candidates.filter((c) => namesTheCode(columns[c.i]!));
	const forms = candidates.filter((c) => namesAnotherForm(columns[c.i]!.label));
	return named.length === 1 && forms.length > 0 && named.length + forms.length === candidates.length
		? named
		: undefined;
}

/** Whether a header names the code itself, not a form of it nor a name for it. */
const namesTheCode = (column: Profile) => column.strength === 2 && !namesAnotherForm(column.label);

/**
 * A header of another form of a code: its value, its variant, or the code in another base
 * (`Hex Value`, `Variant`, `Dec`, `Wert`).
 */
export const namesAnotherForm = (label: string) => OTHER_FORM_HEADER.test(label.trim());
const OTHER_FORM_HEADER =
	/^(?:(?:hex(?:adecimal)?|dec(?:imal)?|bin(?:ary)?|oct(?:al)?|numeric|integer)(?:\s+(?:values?|codes?|numbers?))?|(?:enum\s+)?values?|variants?|valor|valeur|wert|variante|值|取值|数值|數值|値|十六进制(?:值)?)$/i;

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
	return full.length > 0 && candidates.some((c) => sparse(columns[c.i]!)) ? full : candidates;
}

/**
 * Whether a column leaves more rows without a code than a code column can: a share of them, and
 * more than `THRESHOLDS.unwrittenCodes` (a success row with no error code, or a slip).
 */
function sparse(column: Profile): boolean {
	const rows = column.filled > 0 ? column.count / column.filled : 0;
	return column.filled < THRESHOLDS.codeRows && rows - column.count > THRESHOLDS.unwrittenCodes;
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
 * They keep it too where two signals agree that each table numbers its own codes: the header
 * calls the numbers the code (`name | code | desc`), and no table repeats one (HTTP/2's error
 * codes and gRPC's statuses each from 0, on one page); a table of one row repeats none, and
 * says nothing of it.
 */
export function namesOfSharedValues(
	columns: Profile[],
	chosen: number,
	distinctInDocument: (label: string) => number,
): number {
	const values = columns[chosen]!;
	if (values.numbers < THRESHOLDS.aliasShare || distinctInDocument(values.label) === 1)
		return chosen;
	if (values.strength === 2 && values.unique === 1 && values.count > 1) return chosen;
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
const VALUE_HEADER =
	/^(?:values?|string values?|wire values?|api values?|valor|valeur|wert|值|取值|数值|數值|値)$/i;

/**
 * Numbers headed as the code that repeat down the rows (`400` nine times, a WebSocket's `2001`
 * seven), beside distinct names that leave some failures unnamed (`404 | Not found | |`, `500 | |
 * System error`): a column that leaves errors without a name cannot be what identifies every
 * error, so the numbers are the codes, every repeat kept, and the names their other names. Not
 * where only a success is unnamed (`200 | OK | |`): a success is no error to name; and not where
 * the names name every row (`Status Code | Tipo | Categoria`), whose readers take the names.
 * The header settles it too where the names are headed as names of another kind, what a program
 * calls the error (`enumeration name`, `枚举`, `Exception`, `Class`): a CLI's exit code `2` for four
 * exception classes, a module's `20000` for four enum members, are what the program returns and
 * a reader looks up, every row its own entry, the names their aliases. Not HTTP statuses beside
 * names (`400 | invalid_request`), where the names tell apart what one status answers.
 */
export function numbersNamingEveryError(
	columns: Profile[],
	rows: Cell[][],
	codeIndex: number,
): number {
	const names = columns[codeIndex]!;
	if (names.numbers >= THRESHOLDS.aliasShare || names.unique < THRESHOLDS.aliasDistinct)
		return codeIndex;
	const numbers = columns.findIndex(
		(column, i) =>
			i !== codeIndex &&
			column.strength === 2 &&
			column.numbers >= THRESHOLDS.aliasShare &&
			column.filled >= THRESHOLDS.codeRows &&
			column.unique < 1,
	);
	if (numbers < 0) return codeIndex;
	if (namesOfAnotherKind(names.label) && columns[numbers]!.statusCodes < THRESHOLDS.statusShare)
		return numbers;
	const unnamedFailure = rows.some((row) => {
		if (row[codeIndex]?.text) return false;
		const value = numericValue(readCodeCell(row[numbers]?.lines ?? []).codes[0] ?? '');
		return value !== null && value !== 0 && (value < 200 || value > 299);
	});
	return unnamedFailure ? numbers : codeIndex;
}

/**
 * Whether a header calls its column the names a program gives its errors rather than the codes it
 * returns: an enum's member, an exception's class, a constant (`enumeration name(枚举)`,
 * `Exception Class`, `Error Enum`).
 */
const namesOfAnotherKind = (label: string) => NAME_KIND_HEADER.test(label.replace(/[_.]/g, ' '));
const NAME_KIND_HEADER =
	/\b(?:enum(?:eration)?s?(?:\s+(?:names?|members?|constants?))?|exceptions?(?:\s+class(?:es)?)?|class(?:es)?(?:\s+names?)?|constants?(?:\s+names?)?|symbols?)\b|枚举|枚舉|列挙|열거|异常|例外|常量|定数|상수/iu;

/**
 * A column headed as the code (`Code`, `Status code`) whose cells are each one token of their own
 * (`tecPATH_DRY`, `2.1.0`), beside the column the shapes chose, headed as a name of it or another
 * form (`Name`, `Value`, `Hex`): the header says which is the code, the shapes only which looks
 * more like one (a ledger's result names beside their numbers, dotted status codes beside their
 * constants), so the header's column is the code and the other its alias. Not HTTP statuses, whose
 * names tell apart what one status answers, and not a column whose values repeat (a class).
 */
export function codeNamedByHeader(
	columns: Profile[],
	rows: Cell[][],
	codeIndex: number,
	statusIndex: number,
): number {
	const chosen = columns[codeIndex]!;
	if (namesTheCode(chosen) || !(chosen.nameLike || namesAnotherForm(chosen.label)))
		return codeIndex;
	const named = columns.findIndex(
		(column, i) =>
			i !== codeIndex &&
			i !== statusIndex &&
			namesTheCode(column) &&
			column.unique >= THRESHOLDS.aliasDistinct &&
			column.filled >= THRESHOLDS.codeRows &&
			column.statusCodes < THRESHOLDS.statusShare &&
			rows.every((row) => writtenAsCode(row[i]?.text.trim() ?? '')),
	);
	return named >= 0 ? named : codeIndex;
}
/**
 * Whether a cell is empty or one code written as itself: a code's shape, an identifier
 * (`tecPATH_DRY`), or numbers joined by dots (`2.1.0`); not a phrase (`0x00连接已接受`).
 */
const writtenAsCode = (text: string) =>
	text === '' || codeShape(text) !== null || isIdentifier(text) || DOTTED_NUMBER.test(text);
const DOTTED_NUMBER = /^\d+(?:\.\d+)+$/;
