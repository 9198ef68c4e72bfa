/**
 * Which column plays which role: the codes and the HTTP status (the message: `message-column.ts`;
 * other names of the codes: `other-names.ts`). Whether the table is an error table at all is the evidence's to say
 * (`evidence.ts`); these choose the columns that evidence is about.
 */
import { readCodeCell } from '../../core/code-cell';
import { FIRST_ERROR_STATUS, isHttpStatus } from '../../core/status';
import { isStatusConstant, reasonPhrase } from '../../core/status-names';
import { normalizeSpace } from '../../core/text';
import type { Cell } from '../../core/types';
import { namesOtherThanCodes, type Profile } from './columns';
import { rowIdsGiveWay } from './row-ids';
import { THRESHOLDS } from './tuning';
import {
	classesGiveWay,
	fewGiveWay,
	namesOfSharedValues,
	typesGiveWay,
	valueOfName,
} from './two-names';
import {
	ASIDE_WORD,
	CODE_WORD,
	MESSAGE_WORD,
	STATUS_HEADER,
	namesDescription,
	FAILURE_WORD,
} from './words';

/** The HTTP status column: headed as a status, its cells statuses; -1 when there is none. */
export function statusColumn(columns: Profile[], labels: string[], forbidden?: number): number {
	return columns.findIndex(
		(column, i) =>
			i !== forbidden &&
			(STATUS_HEADER.test((labels[i] ?? '').replace(/_/g, ' ')) ||
				namedStatuses(columns, i) ||
				classOfCodes(columns, i)) &&
			!numbersNeighbour(labels, i) &&
			!ownNumbers(column) &&
			column.count > 0 &&
			column.statusShare >= THRESHOLDS.statusShare,
	);
}

/**
 * Whether a column of three-digit numbers numbers the API's own results, not HTTP's (`Status`:
 * `000`, `209`, `300`, `990`, as a body's `status.code` carries them): some are numbers no HTTP
 * status could be, and more than a few are statuses HTTP does not define. A status table may add
 * a few of its own, but never `000`.
 */
export function ownNumbers(column: Profile): boolean {
	return column.beyondHttp && column.unregistered >= THRESHOLDS.ownNumbersShare;
}

/**
 * A column of statuses written with their reason phrases (`401 Unauthorized`) beside another
 * column headed as the codes (`Code | Result or X-Message Code`): the statuses, whatever the header.
 */
function namedStatuses(columns: Profile[], i: number): boolean {
	return (
		columns[i]!.reasonStatuses >= THRESHOLDS.statusShare &&
		columns.some((other, j) => j !== i && other.strength === 2 && other.statusCodes === 0)
	);
}

/**
 * A column of HTTP error statuses under a header that does not say so (`Code | Type | Error`:
 * `400`, `400`, `401`, `500`), beside a column headed as the codes that holds none: every cell a
 * client or server error HTTP defines, few of them, repeated down the rows as a status is over the
 * errors that answer with it. The statuses, whatever the header.
 */
function classOfCodes(columns: Profile[], i: number): boolean {
	const column = columns[i]!;
	return (
		column.errorStatuses === 1 &&
		column.filled >= THRESHOLDS.statusShare &&
		column.unique < THRESHOLDS.distinctShare &&
		columns.some((other, j) => j !== i && other.strength === 2 && other.statusCodes === 0)
	);
}

/**
 * A column of HTTP error statuses, every cell one (`Code | Error Name`: `400 | MISSING_FIELDS`),
 * that gave way as the code to the identifiers beside it, each a row's own: the statuses the
 * errors answer with; -1 where there is none.
 */
export function statusesOfNames(columns: Profile[], codeIndex: number): number {
	const names = columns[codeIndex]!;
	if (
		names.numbers >= THRESHOLDS.aliasShare ||
		names.identifiers + names.constants < THRESHOLDS.aliasShare
	)
		return -1;
	return columns.findIndex(
		(column, i) =>
			i !== codeIndex && column.errorStatuses === 1 && column.filled >= THRESHOLDS.statusShare,
	);
}

/**
 * Share of a column's written cells that are, word for word, the HTTP reason phrase of the status
 * in the same row (`404 | Not Found`): the names of those statuses, written as HTTP writes them.
 * `NOT_FOUND` is not: an identifier is a code an API returns, whatever it spells; a library's
 * constant for the status (`StatusNotFound`) is, as its prefix says.
 */
export function reasonPhraseShare(rows: Cell[][], statusIndex: number, i: number): number {
	let written = 0;
	let named = 0;
	for (const row of rows) {
		const text = normalizeSpace(row[i]?.text ?? '').toLowerCase();
		if (text === '') continue;
		written++;
		const status = Number(readCodeCell(row[statusIndex]?.lines ?? []).codes[0]);
		if (text === reasonPhrase(status)?.toLowerCase() || isStatusConstant(status, text)) named++;
	}
	return written === 0 ? 0 : named / written;
}

/**
 * Whether a column is headed as the code of what the column beside it names (`Status code` beside
 * `Status`, `Reason code` beside `Reason`): its numbers number those values, as a card issuer
 * numbers its states (`PENDING` 100, `REJECTED` 504). They are the document's own codes, whatever
 * their digits, and the named column is their category; an HTTP status column is headed as a
 * status alone.
 */
export function numbersNeighbour(labels: string[], i: number): boolean {
	const label = normalizeSpace(labels[i] ?? '').toLowerCase();
	return labels.some((other, j) => {
		const named = normalizeSpace(other).toLowerCase();
		if (j === i || named === '' || !label.startsWith(`${named} `)) return false;
		const rest = label.slice(named.length).trim();
		return !/\s/.test(rest) && CODE_WORD.test(rest);
	});
}

/**
 * The column of codes, or -1 where no column holds anything a reader could take for one. Header
 * words in any language weigh in; the cells decide: short, identifier-like, mostly distinct
 * values. Where two columns hold codes, a header that names codes beats one that names errors or
 * nothing, a name or symbol column gives way to the code it names, and an HTTP status column
 * gives way to a more specific code beside it.
 *
 * A column that is plainly a code column (shaped like codes, distinct, not headed as something
 * else) is chosen before any other; failing one, the column most like one, whose doubts (a
 * `Type` header, values that repeat, names rather than codes) the evidence then weighs.
 */
export function codeColumn(
	columns: Profile[],
	statusIndex: number,
	aboutErrors: boolean,
	distinctInDocument: (label: string) => number = () => 1,
): number {
	const details = (i: number) => detailsOfStatuses(columns, statusIndex, i);
	const plain = columns.flatMap((column, i) => {
		if (i === statusIndex || column.count === 0 || namesOtherThanCodes(column.label)) return [];
		if (details(i)) return [];
		const needed = column.strength > 0 ? THRESHOLDS.namedCodeShare : THRESHOLDS.unnamedCodeShare;
		if (column.codeScore < needed || column.unique < THRESHOLDS.distinctShare) return [];
		if (column.strength === 0 && !aboutErrors) return [];
		return [{ i, score: rank(column, i) }];
	});
	if (plain.length > 0)
		return namesOfSharedValues(
			columns,
			valueOfName(
				columns,
				preferSpecific(
					columns,
					classesGiveWay(
						columns,
						typesGiveWay(columns, rowIdsGiveWay(columns, fewGiveWay(columns, plain))),
						distinctInDocument,
					),
				),
			),
			distinctInDocument,
		);
	const doubtful = columns.flatMap((column, i) => {
		// What to do about an error, or a remark, is never its code.
		if (i === statusIndex || column.count === 0 || ASIDE_WORD.test(column.label)) return [];
		if (details(i)) return [];
		if (column.codeScore + column.identifiers < THRESHOLDS.doubtfulCodeShare) return [];
		const score =
			rank(column, i) -
			(namesOtherThanCodes(column.label) ? THRESHOLDS.otherHeaderPenalty : 0) +
			column.identifiers * THRESHOLDS.identifierWeight;
		return [{ i, score }];
	});
	if (doubtful.length > 0)
		return namesOfSharedValues(columns, preferSpecific(columns, doubtful), distinctInDocument);
	return displayedMessages(columns, statusIndex, aboutErrors);
}

/**
 * Whether a column headed as what the codes mean (`Bedeutung/Fehlerdetails`, `Description`) lists
 * numbers in its cells (`79010, 79011` in some rows, sentences in others) beside a column of HTTP
 * statuses, each row its own: the statuses are the codes a reader has, and the numbers the
 * service's finer errors that come with each, the status's details rather than codes or other
 * names of it (many errors answer with one status; none of them is the status).
 */
function detailsOfStatuses(columns: Profile[], statusIndex: number, i: number): boolean {
	const status = columns[statusIndex];
	const column = columns[i]!;
	return (
		status !== undefined &&
		status.statusCodes >= THRESHOLDS.statusShare &&
		status.unique >= THRESHOLDS.statusShare &&
		status.filled >= THRESHOLDS.statusShare &&
		column.strength < 2 &&
		column.numbers > 0 &&
		(MESSAGE_WORD.test(column.label) || namesDescription(column.label))
	);
}

/**
 * A column headed as the codes whose cells are sentences, each its own (`Código` over `¡Juego
 * cerrado!` and `Error al iniciar el archivo de registro`), beside a column of prose that explains
 * them, among errors: the texts a program shows are what identifies its errors to whoever sees
 * them, so they are the codes the evidence weighs; -1 where there is no such column.
 */
function displayedMessages(columns: Profile[], statusIndex: number, aboutErrors: boolean): number {
	if (!aboutErrors) return -1;
	const shown = columns.findIndex(
		(column, i) =>
			i !== statusIndex &&
			column.count > 0 &&
			column.strength === 2 &&
			column.unique === 1 &&
			column.prose >= THRESHOLDS.proseShare &&
			!namesOtherThanCodes(column.label),
	);
	const explained = columns.some(
		(column, i) =>
			i !== shown && column.prose >= THRESHOLDS.proseShare && !ASIDE_WORD.test(column.label),
	);
	return explained ? shown : -1;
}

/**
 * Whether a table maps HTTP statuses to the classes a library throws for them (`404 |
 * Faraday::ResourceNotFound`), and says nothing else: the statuses are the codes a reader has,
 * the classes their other names, as `ThrottledError` is of `RATE_LIMITED`.
 */
export function statusesNamedByClasses(
	columns: Profile[],
	statusIndex: number,
	codeIndex: number,
): boolean {
	if (statusIndex < 0 || codeIndex < 0 || codeIndex === statusIndex) return false;
	const code = columns[codeIndex]!;
	return (
		code.strength < 2 &&
		code.exceptions >= THRESHOLDS.aliasShare &&
		columns.every((column) => column.prose < THRESHOLDS.proseShare)
	);
}

function rank(column: Profile, i: number): number {
	return (
		column.codeScore +
		column.strength * THRESHOLDS.namedBonus +
		column.unique * THRESHOLDS.uniqueWeight -
		(column.nameLike ? THRESHOLDS.namePenalty : 0) -
		i * THRESHOLDS.positionPenalty
	);
}

function preferSpecific(columns: Profile[], candidates: { i: number; score: number }[]): number {
	candidates.sort((a, b) => b.score - a.score);
	const best = candidates[0]!;
	if (columns[best.i]!.statusCodes >= THRESHOLDS.statusShare && !ownResults(columns[best.i]!)) {
		// Codes whose values repeat more than the statuses' are what the statuses map to (`SIP Code
		// | ITU-T Q.850 Code`), not the table's codes.
		const specific = candidates.find(
			(c) =>
				columns[c.i]!.strength > 0 &&
				columns[c.i]!.statusCodes < THRESHOLDS.statusShare &&
				columns[c.i]!.unique >= columns[best.i]!.unique,
		);
		if (specific) return specific.i;
	}
	return best.i;
}

/**
 * Whether a column headed as the codes numbers the API's own results in the range of HTTP's
 * statuses (`200 | ERR_UNKNOWN | Unknown error`, `209`, `212`): few or none of them are the error
 * statuses HTTP defines, though the table lists errors. An error table of HTTP statuses is mostly
 * 4xx and 5xx, as a SIP or Q.850 table is; these are the codes, and a constant beside each
 * (`ERR_UNKNOWN`) its other name.
 */
function ownResults(column: Profile): boolean {
	return column.strength === 2 && column.errorStatuses < THRESHOLDS.httpErrorShare;
}

/**
 * Whether the three-digit codes are another protocol's replies (`SMTP Code`: `550`, `421`): the
 * header names that protocol, or a column beside gives each an enhanced mail status (`5.7.1`).
 */
function otherProtocol(columns: Profile[], codeIndex: number): boolean {
	if (OTHER_PROTOCOL.test(columns[codeIndex]!.label)) return true;
	return columns.some((column, i) => i !== codeIndex && column.enhanced >= THRESHOLDS.statusShare);
}
/** Protocols whose replies are three-digit numbers as HTTP's statuses are. */
const OTHER_PROTOCOL = /\b(?:e?smtp|lmtp|ftp|sip|rtsp|nntp|imap|pop3?)\b/i;

/**
 * Whether the document gives numbers HTTP calls a success meanings of its own that say something
 * failed (`201 | request header param invalid`, `203 | client_ip_port is not exist`): its own codes
 * that reuse HTTP's numbers, none of them a status. One such row may be a careless description;
 * several are a numbering of the document's own.
 */
function ownMeanings(rows: Cell[][], codeIndex: number): boolean {
	const contradicted = rows.filter((row) => {
		const status = Number(readCodeCell(row[codeIndex]?.lines ?? []).codes[0]);
		const reason =
			isHttpStatus(status) && status < FIRST_ERROR_STATUS ? reasonPhrase(status) : undefined;
		if (reason === undefined) return false;
		const others = row.filter((_, i) => i !== codeIndex).map((cell) => cell.text);
		return (
			others.some(saysFailed) && !others.some((text) => letters(text).includes(letters(reason)))
		);
	});
	return contradicted.length >= THRESHOLDS.contradictedStatuses;
}
/**
 * Whether a text says something failed in a word of its own, not a negation alone: `noch nicht
 * abgeschlossen` (not yet finished) is how `202 Accepted` is described, `invalid` no success.
 */
function saysFailed(text: string): boolean {
	const words = text.match(new RegExp(FAILURE_WORD.source, `${FAILURE_WORD.flags}g`)) ?? [];
	return words.some((word) => !NEGATION.test(word));
}
const NEGATION = /^(?:not|no|nicht|non|não|no se|не|нет|ні|nie|niet|nem|không|değil|tidak)$/iu;

/** A text's Latin letters, lower-cased: how a reason phrase is found in a cell whatever its spacing. */
const letters = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');

/** A class of HTTP statuses: `4xx`. */
const STATUS_CLASS = /^[1-5]xx$/i;

/**
 * Whether a code column of HTTP statuses gives the status too. Not where most of the numbers
 * are not statuses HTTP defines (FTP replies, exit codes) and nothing above the table says they
 * are HTTP's (a CDN's `520`–`527` are), and not where another column names
 * each code with an identifier (`401 | ERROR_PARAM_MISSING`): those numbers are the document's
 * own error ids that happen to look like statuses; unless those names are the statuses' reason
 * phrases (`404 | NOT_FOUND`), or name the several errors that answer with one status.
 */
export function readsAsStatuses(
	columns: Profile[],
	codeIndex: number,
	rows: Cell[][],
	/** The heading or headers name HTTP, which vouches for statuses it does not define (`520`). */
	namesHttp: boolean,
): boolean {
	const code = columns[codeIndex]!;
	if (code.count === 0) return false;
	if (otherProtocol(columns, codeIndex) || ownMeanings(rows, codeIndex)) return false;
	// A class of statuses (`4xx (client error)`) among them is theirs too, with no status of its own.
	const classes =
		rows.filter((row) =>
			STATUS_CLASS.test(readCodeCell(row[codeIndex]?.lines ?? []).codes[0] ?? ''),
		).length / code.count;
	if (code.statusCodes + classes < THRESHOLDS.statusShare || ownNumbers(code)) return false;
	if (code.registeredCodes + classes < THRESHOLDS.registeredShare && !namesHttp) return false;
	return columns.every((c, i) => {
		if (i === codeIndex || c.count === 0 || c.codeScore < THRESHOLDS.statusShare) return true;
		if (c.statusShare > 0) return true;
		// Numbers an API gives its own errors are given once each; numbers that repeat beside
		// distinct names (`400` for nine of them) are the statuses those errors answer with.
		if (code.unique < 1 && c.unique >= THRESHOLDS.aliasDistinct) return true;
		const named = rows.filter((row) => {
			const reason = reasonPhrase(Number(readCodeCell(row[codeIndex]?.lines ?? []).codes[0]));
			return reason !== undefined && letters(row[i]?.text ?? '').includes(letters(reason));
		});
		return named.length / c.count >= THRESHOLDS.reasonShare;
	});
}
