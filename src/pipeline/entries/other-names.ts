/**
 * The other names of a code in its row: those its cell gives, its alias columns, the name of a
 * status written beside it, its value in another base.
 */
import { bareNote, readCodeCell } from '../../core/code-cell';
import {
	codeShape,
	isCapitalsName,
	isEnhancedStatus,
	isIdentifier,
	isTitledName,
	numericValue,
	sameValue,
	unbreakJoiners,
} from '../../core/codes';
import { namesOfStatus } from '../../core/status-names';
import { normalizeSpace } from '../../core/text';
import type { Cell } from '../../core/types';

/** What a row gives to name its code, by role. */
export interface NamesOfRow {
	/** The other names its code cell gives (`ThrottledError` under `RATE_LIMITED`). */
	cellAliases: string[];
	/** What the code cell says beside the code (`Validation Error` in `422 - Validation Error`). */
	note: string;
	cells: Cell[];
	code: number;
	message: number;
	aliases: number[];
	/** Columns that name most statuses by their reason phrase (see `statusNameColumns`). */
	statusNames: number[];
	/** The code cells' notes name most statuses by their reason phrase (see `notesNameStatuses`). */
	notesNameStatuses?: boolean;
}

/**
 * The other names of a code, as a reader sees them: those its cell gives; the short name written
 * after it in its cell where another column says what it means (`**422 - Validation Error**` |
 * `A validation error occurred`); one per alias column; the reason phrase of a status wherever
 * the row writes it (`400 | Bad Request | …`), the name the status goes by; its value in another
 * base at the start of another cell. Each is one identifier or one such name (no sentence, no
 * ditto mark), given once, never the code itself.
 */
export function otherNamesOf(code: string, row: NamesOfRow): string[] {
	const { cells, note } = row;
	const said = bareNote(note);
	const described = Boolean(cells[row.message]?.text);
	return otherNames(code, [
		...row.cellAliases,
		...(spellsReason(code, note) ||
		(described && /\s/.test(said) && isTitledName(said)) ||
		(described && row.notesNameStatuses && SHORT_NAME.test(said))
			? [{ phrase: said }]
			: []),
		...row.aliases.map((i) => cells[i]),
		...cells
			.filter((cell, i) => i !== row.code && i !== row.message && spellsReason(code, cell.text))
			.map((cell) => ({ phrase: cell.text })),
		...(described ? row.statusNames.map((i) => ownName(code, cells[i])) : []),
		...cells.flatMap((cell, i) => (i === row.code ? [] : leadingTwin(cell.text, code))),
		...constantOfPath(code),
	]);
}

/**
 * The constant a code written with its classes ends in (`SDK_NOT_INIT` of
 * `NldPayContant.ErrorCode.SDK_NOT_INIT`): what a program's log prints and a user pastes.
 */
function constantOfPath(code: string): string[] {
	const last = code.split('.').at(-1)!;
	return last !== code && codeShape(code) === 'constant' && /[a-z]/.test(code) ? [last] : [];
}

/**
 * Whether the code cells of a table write most statuses with HTTP's reason phrase after them
 * (`404 Not found`, `409 Conflict`): the words after the others are the reason phrases the API
 * gives its statuses, though they are not HTTP's (`408 Operation timed out`).
 */
export function notesNameStatuses(notes: { code: string; note: string }[]): boolean {
	const written = notes.filter(({ note }) => note !== '');
	const named = written.filter(({ code, note }) => spellsReason(code, bareNote(note)));
	return written.length > 0 && named.length / written.length >= NAMED_NOTES_SHARE;
}

/** Share of a code column's notes that spell reason phrases for the rest to be reason phrases too. */
const NAMED_NOTES_SHARE = 0.75;

/**
 * Columns beside a column of HTTP statuses that name most of them by their reason phrase
 * (`Subcode`: `BadRequest`, `NotFound`, `TooManyRequests`): a column of the names the API gives
 * its statuses, where the few it names its own way (`504 | Timeout`, `520 | ServiceError`) are
 * those statuses' names too. Not the code column nor the message.
 */
export function statusNameColumns(rows: Cell[][], code: number, message: number): number[] {
	const width = Math.max(0, ...rows.map((row) => row.length));
	return [...Array(width).keys()].filter((i) => {
		if (i === code || i === message) return false;
		const written = rows.filter((row) => row[i]?.text && row[code]?.text);
		const spelled = written.filter((row) =>
			readCodeCell(row[code]!.lines).codes.some((c) => spellsReason(c, row[i]!.text)),
		);
		return written.length > 0 && spelled.length / written.length >= REASON_SHARE;
	});
}

/** Share of a column's cells that must spell their status's reason phrase (see `statusNameColumns`). */
const REASON_SHARE = 0.5;

/**
 * A status's own name in a column of status names: one identifier of two words or more, run
 * together as a program names things (`ServiceError`, `rate_limited`), or its reason phrase
 * shortened, a word or a run of its words (`Timeout` for 504 Gateway Timeout, `Server Error` for
 * 500 Internal Server Error); not other words (`Requests Limit Reached`) nor one word of a
 * translation (`Verboten`), which could as well describe it.
 */
function ownName(code: string, cell: Cell | undefined): string | Phrase | undefined {
	const text = normalizeSpace(cell?.text ?? '');
	if (OWN_NAME.test(text)) return text;
	const ofReason = namesOfStatus(code).some((reason) => ` ${reason} `.includes(` ${text} `));
	return ofReason && /^\p{L}+(?: \p{L}+)*$/u.test(text) ? { phrase: text } : undefined;
}
const OWN_NAME = /^[A-Z][a-z]+(?:[A-Z][a-z]+)+$|^[a-z]+(?:_[a-z]+)+$|^[A-Z]+(?:_[A-Z]+)+$/;

/** A name in words, which is one where it is short and says no sentence. */
interface Phrase {
	phrase: string;
}

function otherNames(code: string, names: (string | Cell | Phrase | undefined)[]): string[] {
	const found: string[] = [];
	for (const name of names) {
		const text = nameIn(name);
		if (text === '') continue;
		if (found.some((other) => other.toLowerCase() === text.toLowerCase())) continue;
		if (sameName(code, text)) continue;
		found.push(text);
	}
	return found;
}

/**
 * Whether a name is the code again, case aside; not an SDK's constant for the value it sends
 * (`SERVER_ERROR` for `server_error`), nor an enum member's name for the word it sends
 * (`Declined` for `declined`), which are spelled another way for a program to name.
 */
function sameName(code: string, name: string): boolean {
	if (code === name) return true;
	const shape = codeShape(code);
	return code.toLowerCase() === name.toLowerCase() && shape !== null && shape === codeShape(name);
}

/** The name a cell, a phrase or a string gives, or '' where it gives none. */
function nameIn(name: string | Cell | Phrase | undefined): string {
	if (name === undefined) return '';
	if (typeof name === 'string') return isIdentifier(name) ? name : '';
	if ('phrase' in name) {
		const text = normalizeSpace(name.phrase);
		return isIdentifier(text) || SHORT_NAME.test(text) ? text : '';
	}
	// A name a space broke at a joiner is given as written, the way a reader finds it.
	const broken = unbreakJoiners(name.text) !== name.text && isIdentifier(unbreakJoiners(name.text));
	if (broken || PATTERN.test(name.text)) return name.text;
	if (isCapitalsName(normalizeSpace(name.text))) return normalizeSpace(name.text);
	// A column of names in words (`Name`: `Permission Denied`) gives each code one.
	if (PHRASE.test(name.text)) return isTitledName(name.text) ? normalizeSpace(name.text) : '';
	const first = readCodeCell(name.lines).codes[0] ?? '';
	return isIdentifier(first) || isEnhancedStatus(first) ? first : '';
}

/**
 * The hex form of a decimal code written at the start of another cell of its row, run into the
 * words after it (`5 | 0x05连接已拒绝，未授权`): the code's value in another base, another name.
 */
function leadingTwin(text: string, code: string): string[] {
	const value = numericValue(code);
	const hex = /^0[xX][0-9A-Fa-f]+(?![0-9A-Za-z_])/.exec(text)?.[0];
	if (value === null || !hex || /^0x/i.test(code)) return [];
	return sameValue(value, numericValue(hex)!) ? [hex] : [];
}

/**
 * Whether the words beside a status code are its HTTP reason phrase (`200 - Ok`, `401
 * (UNAUTHORIZED)`, `404 | Not found`), or beside a class of statuses its name (`4xx | Client
 * Error`): the name the status goes by.
 */
function spellsReason(code: string, name: string): boolean {
	const letters = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');
	// A class's name is one where written as a name; in lower case (`4xx (client error)`) it
	// describes the class, as the corpus's readers take it.
	if (/^\dxx$/i.test(code) && !isTitledName(normalizeSpace(name))) return false;
	return namesOfStatus(code).some((reason) => letters(reason) === letters(name));
}

/**
 * A pattern of marks a device shows for a code (`---R`, `W--R`: lights off and on), in a column
 * of other names: one token of letters, digits and dashes, with a dash, and a letter or digit,
 * which no ditto mark has.
 */
const PATTERN = /^(?=.*-)(?=.*[A-Za-z0-9])[A-Za-z0-9-]+$/;

/**
 * Words of letters alone (`NOT MODIFIED`, `Gateway Timeout`): a phrase, whose first word is no name
 * of the code, and which is one name only where written as a title.
 */
const PHRASE = /^\p{L}+(?:\s+\p{L}+)+$/u;

/**
 * A name in words (`Internal Server Error`, `Not found`): a capital first, words of letters, no
 * sentence's punctuation; six words at most, as long as HTTP's longest reason phrases.
 */
const SHORT_NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,5}$/u;
