import { readCodeCell, sentValue } from '../../core/code-cell';
import {
	codeShape,
	isEnhancedStatus,
	isExceptionName,
	isIdentifier,
	numericValue,
	unbreakJoiners,
} from '../../core/codes';
import { bodyCode } from '../../core/error-body';
import { isStatusText, readStatus } from '../../core/status';
import { reasonPhrase } from '../../core/status-names';
import type { Cell } from '../../core/types';
import { codeWithMessage } from './pairs';
import { THRESHOLDS } from './tuning';
import { ERROR_WORD, FAILURE_WORD, NAME_WORD, NOT_CODE_HEADER, namesCodes } from './words';

/** What the classifier knows of one column, from its header and its cells. */
export interface Profile {
	label: string;
	count: number;
	/** Share of the table's data rows whose cell in this column is written. */
	filled: number;
	/** Share of cells whose code is a number (`8448`, `0x1`, `-32000`). */
	numbers: number;
	/** See `codeScore`. */
	codeScore: number;
	/**
	 * Share of cells that are one identifier without the shape of a code (`accountlocked`,
	 * `api::NotFoundErr`): names a reader takes for codes where the rest of the table says errors.
	 */
	identifiers: number;
	/** Share of distinct values. */
	unique: number;
	/** 2 when the header names codes, 1 errors, 0 neither (or names and symbols). */
	strength: number;
	nameLike: boolean;
	/** Share of cells whose letters are mostly Latin (`Card number error`, not `카드번호 오류`). */
	latin: number;
	/** Share of cells that read as a phrase rather than one token. */
	prose: number;
	/** Whether the cells number the rows: 0 or 1, then one more each row, down the table. */
	counts: boolean;
	/**
	 * Whether the cells number the rows as ids do: whole numbers from 0 or 1 rising down the table,
	 * mostly by one, a row dropped leaving a gap (`1, 2, …, 8, 10`).
	 */
	rowIds: boolean;
	/**
	 * Share of cells whose code has a code's own shape, letters and digits or a constant of several
	 * parts (`AC0101`, `ERR-12`, `E_TIMEOUT`), not a number nor a name that reads as words
	 * (`NotInitialized`, `ACCEPTED`).
	 */
	lettered: number;
	/** Share of cells that hold an error body as JSON, whose code and message it carries. */
	bodies: number;
	/** Share of the table's data rows whose cell in this column uses failure words. */
	failureShare: number;
	/**
	 * Share of cells whose code says in its own words that something failed
	 * (`cc_rejected_high_risk`, `NOT_FOUND`, `InvalidEmail`).
	 */
	failingCodes: number;
	/**
	 * Whether the codes are bits of a flag field: every one a distinct number that is 0 or a power
	 * of two, with `THRESHOLDS.flagBits` powers at least, as `1, 2, 4, 8` decode a check's result.
	 */
	flags: boolean;
	/** Share of cells that are an enhanced mail status (`5.7.1`), a reply's finer code. */
	enhanced: number;
	/** Share of cells whose code is the class a library throws (`NotFoundError`). */
	exceptions: number;
	/** Share of cells whose code is a constant's name (`LOGIN_FAIL_MAINTENANCE`). */
	constants: number;
	/** Share of cells that hold an HTTP status and its reason phrase (`401 Unauthorized`). */
	reasonStatuses: number;
	/** Share of cells that hold an HTTP status (`404`, `HTTP 404`, `404 Not Found`). */
	statusShare: number;
	/** Share of cells whose code is an HTTP status: `404`, `404 (NOT FOUND)`. */
	statusCodes: number;
	/** Share of cells whose code is a status HTTP defines a reason phrase for. */
	registeredCodes: number;
	/** Share of cells whose code is a client or server error status HTTP defines (`400`, `503`). */
	errorStatuses: number;
	/**
	 * Share of cells whose code is three digits HTTP gives no status (`209`, `000`, `990`), and
	 * whether some are beyond any status HTTP could send (`000`, `990`).
	 */
	unregistered: number;
	beyondHttp: boolean;
	/** Share of cells that are an HTTP method or a path. */
	methods: number;
	/** Share of cells that are a type (`string`, `{Data}`, `[]int`) or a member's declaration. */
	types: number;
	/** Share of cells that are a setting's value: a switch (`on`, `true`) or `required`/`optional`. */
	values: number;
	/** Share of cells that are two or three letters and nothing else. */
	lookup: number;
	/** Whether the cells are names rather than sentences (see `isName`). */
	names: boolean;
}

/** A word in capitals (`SELECT`, `JSON`): a code only where it stands alone. */
const ACRONYM = /^[A-Z]{2,}$/;
const THREE_DIGITS = /^\d{3}$/;
const HTTP_METHOD = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/;
const PATH = /^\/\S*$|\/\{|\/:[a-z]/;
/**
 * A type: a name, or a type written in braces or brackets (`{Data}`, `[]string`). Braces around
 * quoted keys and colons hold a JSON value (an error body), not a type; brackets around a name
 * with `::` or a dot hold a link's text whose target the document does not define.
 */
const TYPE_NAME =
	/^(?:string|str|text|int(?:eger)?(?:8|16|32|64)?|u?int\d*|long|short|number|float|double|decimal|bool(?:ean)?|object|array|list|map|dict|enum|date|datetime|timestamp|uuid|null|any|void|bytes?|binary|json|\{[^"':]*\}|\[[^:.]*\])[?[\]]*$/i;
/**
 * A declaration, as API references list a class's members (`fun valueOf(value: String): ErrorCode`,
 * `val code: String`, `static int compare(…)`).
 */
const DECLARATION =
	/^(?:(?:public|private|protected|internal|static|final|abstract|open|override|suspend|async|readonly)\s+)*(?:fun|def|func|function|fn|val|var|let|const|object|class|interface|enum|struct|void|int|long|boolean|bool|String|string)\s+[\w$<>[\].]+\s*[(:<]/;
/** A header of the data type of a field or element: `Data Type`, `Datentyp`, `数据类型`. */
const DATA_TYPE_HEADER =
	/^(?:data\s*type|datatype|value\s*type|datentyp|tipo de dato|tipo de dados|type de données|数据类型|資料類型|データ型|데이터 타입)s?$/i;
/** A setting's value: a switch, whether a parameter must be given, whether a value is valid. */
const SETTING_VALUE =
	/^(?:on|off|true|false|yes|no|enabled?|disabled?|none|auto|required|optional|mandatory|valid|invalid|y|n)$/i;
/**
 * Shapes of codes a catalog makes up, as opposed to numbers and to names that read as words: a
 * constant of one word (`ACCEPTED`, `BUSY`) names a state or a member as a word does.
 */
const LETTERED_SHAPES = new Set(['alphanumeric', 'constant', 'snake', 'kebab', 'namespaced']);
const SINGLE_WORD = /^\p{L}+$/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/**
 * Whether a header names something other than codes (`Field`, `Module`, `类型`): not where its last
 * words are the error code it qualifies (`系统模块错误码`, the system module's error code; `Module
 * error code`), as an SDK heads each module's table of codes with the module's name.
 */
export const namesOtherThanCodes = (label: string) =>
	NOT_CODE_HEADER.test(label) && !ERROR_CODE_LAST.test(label.trim());
const ERROR_CODE_LAST =
	/(?:错误|錯誤|エラー|오류|\berror|\berr)[\s_-]*(?:码|碼|コード|코드|codes?)$/iu;

/** A column's profile from its header, its written cells, and how many data rows the table has. */
export function profile(label: string, written: Cell[], rows: number): Profile {
	const cells = written.map(unbroken);
	const texts = cells.map((cell) => cell.text);
	const share = (test: (text: string) => boolean) =>
		texts.length ? texts.filter(test).length / texts.length : 0;
	const nameLike = NAME_WORD.test(label);
	const firstCodes = cells.map((cell) => readCodeCell(cell.lines).codes[0] ?? '');
	const codeShare = (test: (code: string) => boolean) =>
		cells.length ? firstCodes.filter(test).length / cells.length : 0;
	return {
		label,
		count: texts.length,
		filled: rows ? texts.length / rows : 0,
		numbers: codeShare((code) => numericValue(code) !== null),
		codeScore: codeScore(cells),
		// A word of another script alone in a cell is a word (`재시도`, `请求成功`), not a name.
		// A quoted value (`"unauthorized"`) is the identifier it quotes, as an enum sends it.
		identifiers: share((text) => {
			const name = sentValue(text) ?? text;
			return isIdentifier(name) && codeShape(name) === null && !TYPE_NAME.test(name);
		}),
		unique: texts.length ? new Set(texts).size / texts.length : 0,
		strength: nameLike ? 0 : namesCodes(label) ? 2 : ERROR_WORD.test(label) ? 1 : 0,
		nameLike,
		prose: share(isProse),
		counts: countsRows(texts),
		rowIds: numbersRowIds(texts),
		latin: share(isLatin),
		bodies: share((text) => bodyCode(text) !== null),
		// Of the table's rows, not of the cells written: a column that says something failed in
		// one row of four, and nothing in the others, says little of the table.
		failureShare: rows
			? cells.filter((cell) => FAILURE_WORD.test(sentenceOf(cell))).length / rows
			: 0,
		failingCodes: codeShare((code) => codeShape(code) !== null && FAILURE_WORD.test(wordsOf(code))),
		enhanced: share((text) => isEnhancedStatus(text.trim())),
		exceptions: codeShare(isExceptionName),
		constants: codeShare((code) => codeShape(code) === 'constant'),
		lettered: codeShare(
			(code) => LETTERED_SHAPES.has(codeShape(code) ?? '') && !SINGLE_WORD.test(code),
		),
		flags: bitFlags(firstCodes),
		statusShare: share((text) => readStatus(text) !== null),
		reasonStatuses: share((text) => {
			const status = readStatus(text);
			const reason = status === null ? undefined : reasonPhrase(status);
			return reason !== undefined && text.toLowerCase().includes(reason.toLowerCase());
		}),
		statusCodes: codeShare(isStatusText),
		registeredCodes: codeShare(
			(code) => isStatusText(code) && reasonPhrase(Number(code)) !== undefined,
		),
		errorStatuses: codeShare(
			(code) =>
				isStatusText(code) && Number(code) >= 400 && reasonPhrase(Number(code)) !== undefined,
		),
		unregistered: codeShare((code) => THREE_DIGITS.test(code) && !reasonPhrase(Number(code))),
		beyondHttp: firstCodes.some((code) => THREE_DIGITS.test(code) && !isStatusText(code)),
		methods: share((text) => HTTP_METHOD.test(text) || PATH.test(text)),
		// A column headed as the data type holds types whatever a schema calls them (`Complex`).
		types: DATA_TYPE_HEADER.test(label.trim())
			? 1
			: share((text) => TYPE_NAME.test(text) || DECLARATION.test(text)),
		values: share((text) => SETTING_VALUE.test(text)),
		lookup: share((text) => /^(?:[A-Z]{2,3}|[a-z]{2,3})$/.test(text)),
		names: nameColumn(texts),
	};
}

function bitFlags(codes: string[]): boolean {
	const values = codes.map(numericValue);
	if (values.some((value) => value === null || value < 0)) return false;
	const distinct = new Set(values as number[]);
	const powers = [...distinct].filter((value) => value > 0 && (value & (value - 1)) === 0);
	return (
		distinct.size === values.length &&
		powers.length >= THRESHOLDS.flagBits &&
		powers.length + (distinct.has(0) ? 1 : 0) === distinct.size
	);
}

/** Whether most of a text's letters are Latin ones. */
export function isLatin(text: string): boolean {
	const letters = text.match(/\p{L}/gu) ?? [];
	const latin = text.match(/\p{Script=Latin}/gu) ?? [];
	return letters.length > 0 && latin.length / letters.length >= THRESHOLDS.latinShare;
}

/** The words of an identifier: `cc_rejected_high_risk`, `InvalidEmail` as `Invalid Email`. */
function wordsOf(code: string): string {
	return code.replace(/(?<=[a-z])(?=[A-Z])/g, ' ').replace(/[_\-./:]+/g, ' ');
}

/**
 * A name rather than a sentence: a few words, every one capitalised (`Normal Closure`, `No Status
 * Rcvd`), as registries and enumerations name things. Sentence case (`Parse error`) and terse
 * lowercase messages (`blob unknown to registry`, which is what an API says) are not names, and
 * scripts without case say nothing.
 */
function isName(words: string[]): boolean {
	const cased = words.map((word) => word.replace(/[^\p{L}]/gu, '')).filter(Boolean);
	if (cased.length < 2 || cased.some((word) => word.toLowerCase() === word.toUpperCase()))
		return false;
	return cased.every((word) => word[0] !== word[0]!.toLowerCase());
}

function nameColumn(texts: string[]): boolean {
	const short = texts
		.map((text) => text.split(/\s+/))
		.filter((words) => words.length >= 2 && words.length <= THRESHOLDS.nameWords);
	if (short.length === 0 || short.length < texts.length / 2) return false;
	return short.filter(isName).length / short.length >= THRESHOLDS.nameShare;
}

/** A cell whose constant names a space broke at a joiner, read as the identifiers they are. */
function unbroken(cell: Cell): Cell {
	return { ...cell, text: unbreakJoiners(cell.text), lines: cell.lines.map(unbreakJoiners) };
}

/**
 * How much a column reads as codes: per cell 1 when the cell is a code (alone, or with a short
 * name beside it, or one code per line), ½ when a code starts a longer text, 0 otherwise.
 */
function codeScore(cells: Cell[]): number {
	if (cells.length === 0) return 0;
	let score = 0;
	for (const cell of cells) {
		const { codes, note } = readCodeCell(cell.lines);
		if (codes.length === 0 || !codes.every((code) => codeShape(code) !== null)) continue;
		score += note.split(/\s+/).length <= THRESHOLDS.noteWords ? 1 : 0.5;
	}
	return score / cells.length;
}

/**
 * Whether cells number the rows as ids: whole numbers from 0 or 1, each above the last, most
 * steps one (`THRESHOLDS.rowIdSteps`), as a list keeps its numbers when a row is dropped.
 */
function numbersRowIds(texts: string[]): boolean {
	if (texts.length < THRESHOLDS.rowIdRows || !texts.every((text) => /^\d{1,4}$/.test(text)))
		return false;
	const values = texts.map(Number);
	if (values[0]! > 1) return false;
	const steps = values.slice(1).map((value, n) => value - values[n]!);
	return (
		steps.every((step) => step > 0) &&
		steps.filter((step) => step === 1).length / steps.length >= THRESHOLDS.rowIdSteps
	);
}

/** Whether cells number the rows: 1, 2, 3… (or from 0) down the table. */
function countsRows(texts: string[]): boolean {
	const first = Number(texts[0]);
	return (
		texts.length > 1 &&
		(first === 0 || first === 1) &&
		texts.every((text, n) => text === String(first + n))
	);
}

/**
 * Words rather than a code with a name beside it. A sentence may open with an acronym (`SELECT
 * INTO returned no rows`, `API key is invalid`) or a hyphenated word (`read-only file system`),
 * which are shaped like codes but are words.
 */
/**
 * What a cell says in words: its text where that is prose, or the message written after the code
 * in a code cell (`E001 – encoding of mobile video failed`), as documents write a code and its
 * message in one cell.
 */
function sentenceOf(cell: Cell): string {
	if (isProse(cell.text)) return cell.text;
	return codeWithMessage(cell)?.message ?? '';
}

export function isProse(text: string): boolean {
	if ((text.match(CJK)?.length ?? 0) >= THRESHOLDS.cjkPhrase) return true;
	if (text.split(/\s+/).length < 2) return false;
	const first = readCodeCell([text]).codes[0] ?? '';
	const shape = codeShape(first);
	return shape === null || shape === 'kebab' || ACRONYM.test(first);
}
