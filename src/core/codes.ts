/**
 * What an error code looks like. Codes come as decimal, negative, hex (`0x8024A000`, or a status
 * word without the prefix: `6A86`), HTTP classes, ranges, SQLSTATEs (`22P02`, `42K0A`),
 * alphanumeric (`E0001`, `DL3000`), CONSTANT_CASE, PascalCase (`AccessDenied`), camelCase
 * (`accessDenied`), snake_case, kebab-case (`do-not-honor`), dotted (`ces.0001`) or namespaced
 * (`auth/invalid-email`) identifiers, and constants named with their classes.
 */
const SHAPES: { name: string; pattern: RegExp }[] = [
	{ name: 'decimal', pattern: /^[-−]?\d+$/ },
	// Long hex words are written in groups (`0xE000_0000`), as C and Rust allow.
	{ name: 'hex', pattern: /^[-−]?0[xX][0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*$/ },
	// A class keeps its wildcards (`4xx`, `0xE1XX_XXXX`): one code for every code it covers. A hex
	// class needs its prefix and a digit before its wildcards, so words (`XXX`, `Xbox`) stay words.
	{
		name: 'class',
		pattern: /^\d{1,3}[xX]{1,3}$|^0[xX][0-9A-Fa-f]+[xX][0-9A-Fa-fxX]*(?:_[0-9A-Fa-fxX]+)*$/,
	},
	{
		// Of numbers (`4000–4999`, `1000~1999`, `1000 to 1999`) or of lettered codes (`V000 ~ V099`,
		// `E100 – E199`), with a dash, `to`, or the tilde CJK documents write (`~`, `〜`, `～`): one
		// code, written whole. A hyphen between lettered codes is a range only with spaces round it
		// (`E-100` is a code).
		name: 'range',
		pattern:
			/^(?:[-−]?\d+|0[xX][0-9A-Fa-f]+)\s*(?:[-–—~〜～]|\sto\s)\s*(?:[-−]?\d+|0[xX][0-9A-Fa-f]+)$|^[A-Za-z]{1,3}\d+\s*(?:[–—~〜～]|\s-\s|\sto\s)\s*[A-Za-z]{1,3}\d+$/,
	},
	{ name: 'alphanumeric', pattern: /^[A-Za-z]{1,8}[-_.]?\d+[A-Za-z]?$/ },
	{ name: 'sqlstate', pattern: /^(?=[0-9A-Z]*\d)[0-9][0-9A-Z]{4}$/ },
	{ name: 'hexword', pattern: /^(?=[0-9A-F]*\d)(?=[0-9A-F]*[A-F])[0-9A-F]{4,8}$/ },
	{ name: 'constant', pattern: /^[A-Z][A-Z0-9]*(?:[_.][A-Z0-9]+)+$|^[A-Z]{3,}$/ },
	// A constant written with the classes that hold it (`NldPayContant.ErrorCode.PARAM_IS_NULL`), as
	// Java and C# code names it: one code, written whole. A package (`com.example.Foo`) or a setting
	// (`server.port`) ends in no constant.
	{
		name: 'constant',
		pattern: /^(?:[A-Z][A-Za-z0-9]*\.)+(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{3,})$/,
	},
	{
		// Two or more capitals and a small letter, so a leading acronym counts as a word
		// (`APIRequestLimitExceeded`, `PSNInaccessible`) and a single word (`Success`) is no code.
		name: 'pascal',
		pattern:
			/^(?=[A-Za-z0-9]*[a-z])(?=(?:[a-z0-9]*[A-Z]){2})[A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)*$/,
	},
	// A segment may be snake_case (`network.http.request_too_large`, an id an API returns).
	{ name: 'namespaced', pattern: /^[a-z][a-z0-9]*(?:[/.][a-z0-9]+(?:[-_][a-z0-9]+)*)+$/ },
	{ name: 'snake', pattern: /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/ },
	{ name: 'kebab', pattern: /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/ },
	{ name: 'camel', pattern: /^[a-z]+[0-9]*(?:[A-Z][a-z0-9]*)+$/ },
];

export function codeShape(text: string): string | null {
	return SHAPES.find((shape) => shape.pattern.test(text))?.name ?? null;
}

/**
 * Reads the code out of a code cell, as a reader sees it. Writers often put a name beside the
 * code (`404 (NOT FOUND)`, `E0001: duplicate key`); that part is kept as the note.
 */
export function readCode(text: string): { code: string; note: string } {
	// A dash or colon left at the end (`TransactionException —`) announced a text that is not there.
	const cell = text.trim().replace(/(?<=\S)\s+[-–—:]$/, '');
	if (codeShape(cell) || CAPITALS_PHRASE.test(cell)) return { code: cell, note: '' };
	const marked = FOOTNOTE_MARK.exec(cell);
	if (marked && footnoted(marked[1]!)) return { code: marked[1]!, note: '' };
	const match = /^(\S+?)[,:]?\s+(?:[-–—:]\s*)?[([]?(.*?)[)\]]?$/.exec(cell);
	if (match && codeShape(match[1]!) && wholeCode(cell, match[1]!, match[2]!))
		return { code: cell, note: '' };
	if (match && codeShape(match[1]!)) return { code: match[1]!, note: match[2]!.trim() };
	const lead = match && FOOTNOTE_MARK.exec(match[1]!);
	if (lead && footnoted(lead[1]!)) return { code: lead[1]!, note: match[2]!.trim() };
	const explained = EXPLAINED_PHRASE.exec(cell);
	if (explained) return { code: explained[1]!, note: explained[2]! };
	return { code: cell, note: '' };
}

/**
 * Whether a cell that opens with a code-shaped word is one code whole: a name and the error's
 * number (`WoW Error 132`, `Xbox Code 0x80070005`), as a product's errors are called, or a
 * sentence that opens with an acronym and goes on in another script (`CSV ファイルに無効な…`),
 * where the acronym is a word of the sentence and not a code beside it.
 */
function wholeCode(cell: string, first: string, rest: string): boolean {
	if (cell !== `${first} ${rest}`) return false;
	return (
		(/^\p{L}+$/u.test(first) && NUMBERED_NAME.test(rest)) ||
		(/^[A-Z]{2,}$/.test(first) && OTHER_SCRIPT.test(rest))
	);
}
/** The words that call a number an error's (`Error 132`, `code #43`), after a product's name. */
const NUMBERED_NAME =
	/^(?:error|err|code|fehler|erreur|error code)\s*#?\s*(?:\d+|0[xX][0-9A-Fa-f]+)$/i;
/** A letter of a script written without spaces between its words. */
const OTHER_SCRIPT = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * A few words in capitals, nothing else (`ALL GOOD`, `ACCESS DENIED`): one name, as a device's
 * states or a protocol's replies are written, not a code (`ALL`) with a word beside it.
 */
const CAPITALS_PHRASE = /^[A-Z]{2,}(?: [A-Z]{2,}){1,3}$/;

/**
 * A name of a few words with a sentence in brackets after it (`Slow even blink (toggles every 600
 * ms with blue)`): the name is what a reader calls the code, the sentence what it means.
 */
const EXPLAINED_PHRASE =
	/^(\p{L}[\p{L}\d/'’-]*(?: [\p{L}\d/'’-]+){0,3}) \(([^()]+(?: [^()]+){2,})\)$/u;

/**
 * A footnote mark after a code (`E14*`, `E18†`, `1001¹`), pointing to a note below the table: no
 * code ends in one, so the reader's code is what comes before it. The row keeps it as written.
 */
const FOOTNOTE_MARK = /^(\S+?)(?:\*{1,3}|[†‡§]{1,2}|[¹²³⁰-⁹]+)$/u;

/**
 * Whether what a mark follows is a code that can carry a footnote: not a number of one or two
 * digits, where stars stand for the digits a class leaves open (`4**`, `5*`).
 */
function footnoted(code: string): boolean {
	return codeShape(code) !== null && !/^\d{1,2}$/.test(code);
}

/** Shapes of a symbol's name: `ERROR_ACCESS_DENIED`, `AccessDenied`, `accessDenied`, `access_denied`. */
const NAME_SHAPES = new Set(['constant', 'pascal', 'camel', 'snake']);

/** The class a library throws: `ThrottledError`, `QuotaExceededException`, `api::NotFoundErr`. */
const EXCEPTION_NAME = /(?:^|::|\.)[A-Z][A-Za-z0-9]*(?:Error|Exception|Err|Fault|Failure)$/;

export function isExceptionName(text: string): boolean {
	return EXCEPTION_NAME.test(text);
}

/**
 * One identifier in Latin letters, digits and the joiners names use (`accountlocked`,
 * `api::NotFoundErr`, `WWW-Authenticate`), no spaces.
 */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*(?:(?:::|[./:-])[A-Za-z0-9_]+)*$/;

/**
 * A name in words, as titles are written (`Validation Error`, `Unsupported Media Type`): up to
 * four words of letters, each with a capital, no sentence's punctuation. A status or a code is
 * known by such a name where the document gives it apart from what the code means.
 */
export function isTitledName(text: string): boolean {
	return TITLED_NAME.test(text);
}
const TITLED_NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}$/u;

/**
 * A name of several words in capitals, as a program's table of codes spells a code's type
 * (`INPUT DATA IS TOO BIG`, `CAB INIT. ERROR`, `DATA I/O ERROR`): capitals and digits, the marks
 * a name keeps, a space between words; however many words, where a title takes four at most.
 */
export function isCapitalsName(text: string): boolean {
	return /\s/.test(text) && CAPITALS_NAME.test(text);
}
const CAPITALS_NAME = /^[A-Z][A-Z0-9]*\.?(?:[ /_-][A-Z0-9]+\.?)*$/;

/** A name a code can go by: shaped like a code, or one identifier. */
export function isIdentifier(text: string): boolean {
	return IDENTIFIER.test(text) || codeShape(text) !== null;
}

/**
 * A constant name a space broke at a joiner (`ENGINE_CREATION_ ERROR`, as a translation or a
 * wrapped line leaves it), closed up: the one identifier it is written for.
 */
export function unbreakJoiners(text: string): string {
	return text.replace(BROKEN_JOINER, '_');
}
const BROKEN_JOINER = /(?<=[A-Za-z0-9])(?:_ +| +_)(?=[A-Za-z0-9])/g;

/**
 * Whether a text is an enhanced mail status code (RFC 3463: class, subject, detail, `5.7.1`), a
 * code of its own where a version number of the same digits would be none.
 */
export function isEnhancedStatus(text: string): boolean {
	return ENHANCED_STATUS.test(text);
}
const ENHANCED_STATUS = /^[245]\.\d{1,3}\.\d{1,3}$/;

/** A symbol's name (`ERROR_ACCESS_DENIED`, `AccessDenied`, `accessDenied`, `access_denied`). */
export function isSymbolName(text: string): boolean {
	return NAME_SHAPES.has(codeShape(text) ?? '');
}

/** Whether two numbers are one value: equal, or one 32-bit word read signed and unsigned. */
export function sameValue(a: number, b: number): boolean {
	const word = (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 32;
	return a === b || (word(a) && word(b) && a >>> 0 === b >>> 0);
}

/**
 * The family of a code: the codes a maintainer numbered together. Numeric codes group by their
 * leading digits (`20003` with `20001`–`20010`, `404` with the other 4xx), identifiers by their
 * first word (`BLOB_UNKNOWN` with `BLOB_UPLOAD_INVALID`).
 */
export function familyOf(code: string): string | null {
	const number = /^([-−]?)(\d+)$/.exec(code);
	if (number) {
		const digits = number[2]!;
		if (digits.length < 3) return null;
		return number[1] + digits.slice(0, digits.length >= 5 ? digits.length - 3 : 1);
	}
	const hex = /^0x([0-9a-f]+)$/i.exec(code);
	if (hex) return hex[1]!.length > 4 ? `0x${hex[1]!.slice(0, -4).toLowerCase()}` : null;
	const alnum = /^([A-Za-z]+)[-_.]?(\d+)/.exec(code);
	if (alnum) {
		const digits = alnum[2]!;
		return `${alnum[1]!.toUpperCase()}${digits.slice(0, Math.max(1, digits.length - 2))}`;
	}
	const word = /^([A-Za-z][A-Za-z0-9]*?)(?:[_./-]|(?<=[a-z0-9])(?=[A-Z]))/.exec(code);
	return word ? word[1]!.toLowerCase() : null;
}

/** Orders codes as a reader expects: numerically where they are numbers, else by text. */
export function compareCodes(a: string, b: string): number {
	const na = numericValue(a);
	const nb = numericValue(b);
	if (na !== null && nb !== null) return na - nb;
	return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
}

/** The value of a decimal or hex code, or null for any other code. */
export function numericValue(code: string): number | null {
	if (/^[-−]?\d+$/.test(code)) return Number(code.replace('−', '-'));
	if (/^0x[0-9a-f]+(?:_[0-9a-f]+)*$/i.test(code))
		return Number.parseInt(code.slice(2).replaceAll('_', ''), 16);
	return null;
}
