/**
 * Which columns give each code another name: its constant, symbol or exception class, its number
 * beside a name, its value in another base.
 */
import { readCodeCell, saysNoCode } from '../../core/code-cell';
import { isStatusRange } from '../../core/status';
import {
	codeShape,
	isCapitalsName,
	isEnhancedStatus,
	isExceptionName,
	isSymbolName,
	isTitledName,
	numericValue,
	sameValue,
} from '../../core/codes';
import { normalizeSpace } from '../../core/text';
import type { Cell } from '../../core/types';
import { namesOtherThanCodes, type Profile } from './columns';
import { reasonPhraseShare } from './roles';
import { namesSituation } from './situations';
import { namesValues } from './two-names';
import { THRESHOLDS } from './tuning';
import {
	ALIAS_WORD,
	ASIDE_WORD,
	CODE_WORD,
	ERROR_WORD,
	KEY_WORD,
	MESSAGE_WORD,
	STATUS_HEADER,
	namesDescription,
} from './words';

/** Whether a column says in sentences what the codes mean, rather than what to do about them. */
function explains(column: Profile): boolean {
	return column.prose >= THRESHOLDS.proseShare && !ASIDE_WORD.test(column.label);
}

/**
 * Columns that give each code another name: its constant, symbol or exception class beside it
 * (`Symbol`, `Exception`, `Name (BSD sysexits.h)`, `Identifier`), its number beside a name code
 * (`Id`, `Value`), or the same value in another base (a `Decimal` column beside the hex code).
 * Each holds one identifier per row, under a header that names it so, or names beside numbers (a
 * row that says a sentence instead, as a range's `reserved for future use` does, aside); a
 * twin in another base needs no header. A name names one code, so a column of names is distinct
 * (one that repeats names the codes of another column); an exception class may stand for several
 * codes. The message column counts where it holds names and nothing else (`Code | Name` of a
 * system's crash codes). Not the status, prose, or a column that numbers the rows.
 */
export function aliasColumns(
	columns: Profile[],
	rows: Cell[][],
	codeIndex: number,
	taken: number[],
): number[] {
	const firsts = (i: number) =>
		rows.flatMap((row) => (row[i]?.text ? [readCodeCell(row[i]!.lines).codes[0] ?? ''] : []));
	const share = (codes: string[], test: (code: string) => boolean) =>
		codes.length === 0 ? 0 : codes.filter(test).length / codes.length;
	// A row with no code of its own (`N/A | APIConnectionError`) or a range of them (`>=500`) says
	// nothing of what the codes are.
	const codesAreNumbers =
		share(
			firsts(codeIndex).filter((code) => !saysNoCode(code) && !isStatusRange(code)),
			(code) => numericValue(code) !== null,
		) >= THRESHOLDS.aliasShare;
	return [...columns.keys()].filter((i) => {
		const column = columns[i]!;
		if (taken.includes(i) || column.count === 0) return false;
		// A status's name as a constant (`Status Type`: `PATH_NOT_EXIST`) names the code; a column of
		// statuses does not.
		if (STATUS_HEADER.test(column.label) && column.constants < THRESHOLDS.aliasShare) return false;
		if (titledNames(columns, rows, i, taken)) return true;
		// A column of the statuses' reason phrases (`200 | OK`, `404 | Not found`) names every row's
		// status, the few it names otherwise too (`302 | Moved Permanently`, as the document calls it),
		// where a column of sentences beside it says what they mean; not one headed as their
		// description (`Descripción`), nor the only text beside the codes: either is the message.
		if (reasonPhrases(columns, i, taken)) return true;
		if (
			!namesDescription(column.label) &&
			columns.some((other, j) => j !== i && !taken.includes(j) && explains(other)) &&
			reasonPhraseShare(rows, codeIndex, i) >= THRESHOLDS.aliasShare
		)
			return true;
		if (namesSituation(columns, codeIndex, i)) return true;
		if (codesAreNumbers && namesInCapitals(columns, rows, i, taken)) return true;
		if (column.prose > THRESHOLDS.aliasProse) return false;
		const names = firsts(i);
		if (namesOtherThanCodes(column.label))
			return codesAreNumbers && constantsOfOneCode(column, names);
		if (!codesAreNumbers && valuesOfNames(columns[codeIndex]!, column)) return true;
		if (twins(rows, codeIndex, i) >= THRESHOLDS.aliasShare) return true;
		if (enhancedTwins(rows, codeIndex, i) >= THRESHOLDS.aliasShare) return true;
		if (spelledInOtherBase(column)) return true;
		if (messageKeys(columns, i, taken)) return true;
		if (share(names, isExceptionName) >= THRESHOLDS.aliasShare) return true;
		if (column.unique < THRESHOLDS.aliasDistinct || column.counts) return false;
		if (column.codeScore + column.identifiers < THRESHOLDS.aliasShare) return false;
		return (
			OTHER_NAME_WORD.test(column.label) ||
			(codesAreNumbers &&
				share(
					names.filter((name) => !/\s/.test(name)),
					(name) => isSymbolName(name) || /^[A-Z]{2,}$/.test(name),
				) >= THRESHOLDS.aliasShare) ||
			constantsOfOtherCodes(columns[codeIndex]!, column, names)
		);
	});
}

/**
 * Whether a column headed as names gives each code a name in words (`Name`: `Validation Error`,
 * `Permission Denied`), distinct, as titles are written, beside another column that says what
 * each code means: the name a code goes by, not what it means.
 */
function titledNames(columns: Profile[], rows: Cell[][], i: number, taken: number[]): boolean {
	const column = columns[i]!;
	if (!column.nameLike || column.unique < THRESHOLDS.aliasDistinct) return false;
	const texts = rows.flatMap((row) => (row[i]?.text ? [normalizeSpace(row[i]!.text)] : []));
	return (
		texts.length > 0 &&
		texts.filter(isTitledName).length / texts.length >= THRESHOLDS.aliasShare &&
		describedElsewhere(columns, i, taken)
	);
}

/**
 * Whether a column gives each number a name of several words in capitals (`유형`, type, over
 * `INPUT DATA IS TOO BIG`, `FORBIDDEN`), distinct, beside another column that says in sentences
 * what each code means: a name as a program's table of codes spells it, not what the code means,
 * however many of its words it takes. Not one headed as the description, which is the message.
 */
function namesInCapitals(columns: Profile[], rows: Cell[][], i: number, taken: number[]): boolean {
	const column = columns[i]!;
	if (column.unique < THRESHOLDS.aliasDistinct || namesDescription(column.label)) return false;
	const texts = rows.flatMap((row) => (row[i]?.text ? [normalizeSpace(row[i]!.text)] : []));
	return (
		texts.length > 0 &&
		texts.some(isCapitalsName) &&
		// A name of one word in capitals (`FORBIDDEN`) among them is one such name too.
		texts.filter((text) => isCapitalsName(text) || /^[A-Z][A-Z0-9]+$/.test(text)).length /
			texts.length >=
			THRESHOLDS.aliasShare &&
		describedElsewhere(columns, i, taken)
	);
}

/**
 * Whether a column gives each code of another shape a constant of its own, in every row, whatever
 * its header (`install-001` beside `Documentation`: `[INVALID_PATH](install-001.md)`, a page named
 * by the constant a program raises): the name a program knows the code by, as a number's constant
 * is. Not beside codes that are constants themselves, where the other column is another code, and
 * not under a header that calls them the message, which is what the document says they are.
 */
function constantsOfOtherCodes(code: Profile, column: Profile, names: string[]): boolean {
	return (
		code.constants === 0 &&
		!MESSAGE_WORD.test(column.label) &&
		column.filled >= THRESHOLDS.aliasShare &&
		names.filter((name) => codeShape(name) === 'constant').length / names.length >=
			THRESHOLDS.aliasShare
	);
}

/**
 * Whether a column gives each numbered code the constant a program names it by, whatever its
 * header calls it (`类型`, type, over `INVALID_APIKEY`; `Code Path` over
 * `pkg/apic/ErrAuthentication`): one distinct constant, class or qualified symbol per row, which
 * no parameter, field or type column holds (`email`, `string`, `user.id`).
 */
function constantsOfOneCode(column: Profile, names: string[]): boolean {
	if (column.unique < THRESHOLDS.aliasDistinct || column.counts) return false;
	return (
		names.filter((name) => isConstantName(name) || isExceptionName(name)).length / names.length >=
		THRESHOLDS.aliasShare
	);
}

/**
 * A constant's or a class's name (`INVALID_APIKEY`, `AccessDenied`), alone or at the end of the
 * package path that holds it (`pkg/apic/ErrAuthentication`, `errors::NotFound`).
 */
function isConstantName(name: string): boolean {
	const segments = name.split(/\/|::/);
	const shapes = segments.length > 1 ? QUALIFIED_SHAPES : BARE_SHAPES;
	return shapes.includes(codeShape(segments.at(-1)!) ?? '');
}

/**
 * A column of the numbers that the constants of the code column stand for (`Name | Value`): each
 * row's value, though several constants share one (`0` for every success), as a program compares
 * the value it is given against them. Not a column of classes that rows share under another header
 * (a `SQLSTATE` beside named conditions).
 */
function valuesOfNames(code: Profile, column: Profile): boolean {
	return (
		code.constants >= THRESHOLDS.aliasShare &&
		namesValues(column) &&
		column.numbers >= THRESHOLDS.aliasShare &&
		column.filled >= THRESHOLDS.aliasShare
	);
}

/**
 * A column headed as the code in another base, written its own way (`Bin` over `---R`, the lights
 * a device flashes for `0x1`): a twin whatever its digits, one distinct token in every row.
 */
function spelledInOtherBase(column: Profile): boolean {
	return (
		BASE_HEADER.test(column.label.trim()) &&
		column.unique >= THRESHOLDS.aliasDistinct &&
		column.filled >= THRESHOLDS.aliasShare &&
		column.prose === 0
	);
}
/**
 * Whether a column is headed as the statuses' reason phrases (`ReasonPhrase`: `Authorization
 * Required`, however the document words them) beside another that says what each status means:
 * the name each status goes by, and the other column its message.
 */
export function reasonPhrases(columns: Profile[], i: number, taken: number[]): boolean {
	return REASON_HEADER.test(columns[i]!.label.trim()) && describedElsewhere(columns, i, taken);
}
/** A header of the statuses' reason phrases, as HTTP names them (`ReasonPhrase`, `Status text`). */
const REASON_HEADER = /^(?:reason[\s_-]*phrase|status[\s_-]*text)s?$/i;
const BASE_HEADER = /^(?:bin(?:ary)?|hex(?:adecimal)?|dec(?:imal)?|oct(?:al)?)$/i;

/** A constant or a class alone; a field's name (`firstName`) is camel-cased too. */
const BARE_SHAPES = ['constant', 'pascal'];
/** At the end of a package path, a variable's name as Go writes it (`errorsErrHealthCheck`). */
const QUALIFIED_SHAPES = [...BARE_SHAPES, 'camel'];

/**
 * Whether a column headed as the message's key holds the keys a translation looks messages up by
 * (`Message key`: `error.user.not.found`), one distinct identifier per row, beside another column
 * that says each in words: another name of the code, and the words are the message. A column
 * headed `Message` alone that holds constants is the message as the document calls it.
 */
export function messageKeys(columns: Profile[], i: number, taken: number[]): boolean {
	const column = columns[i]!;
	return (
		MESSAGE_WORD.test(column.label) &&
		KEY_WORD.test(column.label) &&
		column.prose === 0 &&
		column.unique >= THRESHOLDS.aliasDistinct &&
		column.codeScore + column.identifiers >= THRESHOLDS.aliasShare &&
		describedElsewhere(columns, i, taken)
	);
}

/** Whether another column, not yet given a role, says in words what each row's code means. */
function describedElsewhere(columns: Profile[], i: number, taken: number[]): boolean {
	return columns.some(
		(other, j) =>
			j !== i &&
			!taken.includes(j) &&
			other.prose >= THRESHOLDS.proseShare &&
			!ASIDE_WORD.test(other.label),
	);
}

/** A header of another name of a code, or of its number. */
const OTHER_NAME_WORD = new RegExp(
	[
		ALIAS_WORD,
		CODE_WORD,
		ERROR_WORD,
		/\b(?:id|value|number|no|dec(?:imal)?|hex(?:adecimal)?|numeric)\b/,
	]
		.map((pattern) => pattern.source)
		.join('|'),
	'iu',
);

/**
 * Share of rows whose cell in column `i` holds the same number as their code in another base
 * (`0x8A150001` and `-1978335231`, a 32-bit value signed or not).
 */
function twins(rows: Cell[][], codeIndex: number, i: number): number {
	let both = 0;
	let same = 0;
	for (const row of rows) {
		const code = readCodeCell(row[codeIndex]?.lines ?? []).codes[0] ?? '';
		const other = readCodeCell(row[i]?.lines ?? []).codes[0] ?? '';
		const a = numericValue(code);
		const b = numericValue(other);
		if (a === null || b === null) continue;
		both++;
		if (code !== other && sameValue(a, b)) same++;
	}
	return both === 0 ? 0 : same / both;
}

/**
 * Share of rows whose cell in column `i` is an enhanced mail status code of the class their
 * three-digit reply code starts with (`550 | 5.7.1`, `451 | 4.4.2`): the same reply, written the
 * finer way, however often both repeat down the rows.
 */
function enhancedTwins(rows: Cell[][], codeIndex: number, i: number): number {
	let both = 0;
	let same = 0;
	for (const row of rows) {
		const reply = readCodeCell(row[codeIndex]?.lines ?? []).codes[0] ?? '';
		const enhanced = normalizeSpace(row[i]?.text ?? '');
		if (!/^[245]\d\d$/.test(reply) || !isEnhancedStatus(enhanced)) continue;
		both++;
		if (reply[0] === enhanced[0]) same++;
	}
	return both === 0 ? 0 : same / both;
}
