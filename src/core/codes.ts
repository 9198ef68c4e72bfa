/**
 * What an error code looks like. Codes come as decimal, negative, hex (`0x8024A000`, or a status
 * word without the prefix: `6A86`), HTTP classes, ranges, SQLSTATEs (`22P02`, `42K0A`),
 * alphanumeric (`E0001`, `DL3000`), CONSTANT_CASE, PascalCase (`AccessDenied`), camelCase
 * (`accessDenied`), snake_case, kebab-case (`do-not-honor`), dotted (`ces.0001`) or namespaced
 * (`auth/invalid-email`) identifiers.
 */
const SHAPES: { name: string; pattern: RegExp }[] = [
	{ name: 'decimal', pattern: /^[-−]?\d+$/ },
	{ name: 'hex', pattern: /^[-−]?0[xX][0-9A-Fa-f]+$/ },
	{ name: 'class', pattern: /^\d{1,3}[xX]{1,3}$/ },
	{
		name: 'range',
		pattern: /^(?:[-−]?\d+|0[xX][0-9A-Fa-f]+)\s*[-–—~〜～]\s*(?:[-−]?\d+|0[xX][0-9A-Fa-f]+)$/,
	},
	{ name: 'alphanumeric', pattern: /^[A-Za-z]{1,8}[-_.]?\d+[A-Za-z]?$/ },
	{ name: 'sqlstate', pattern: /^(?=[0-9A-Z]*\d)[0-9][0-9A-Z]{4}$/ },
	{ name: 'hexword', pattern: /^(?=[0-9A-F]*\d)(?=[0-9A-F]*[A-F])[0-9A-F]{4,8}$/ },
	{ name: 'constant', pattern: /^[A-Z][A-Z0-9]*(?:[_.][A-Z0-9]+)+$|^[A-Z]{3,}$/ },
	{
		// Two or more capitals and a small letter, so a leading acronym counts as a word
		// (`APIRequestLimitExceeded`, `PSNInaccessible`) and a single word (`Success`) is no code.
		name: 'pascal',
		pattern:
			/^(?=[A-Za-z0-9]*[a-z])(?=(?:[a-z0-9]*[A-Z]){2})[A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)*$/,
	},
	{ name: 'namespaced', pattern: /^[a-z][a-z0-9]*(?:[/.][a-z0-9]+(?:-[a-z0-9]+)*)+$/ },
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
	const cell = text.trim();
	if (codeShape(cell)) return { code: cell, note: '' };
	const match = /^(\S+?)[,:]?\s+(?:[-–—:]\s*)?[([]?(.*?)[)\]]?$/.exec(cell);
	if (match && codeShape(match[1]!)) return { code: match[1]!, note: match[2]!.trim() };
	return { code: cell, note: '' };
}

/**
 * What writers put between several codes on one line, most telling first: `A, B`, `A; B`,
 * `A · B`, `A、B`, and `A/B` for a pair (`1451/1452`); a slash in longer runs is a date.
 */
const LIST_SEPARATORS: { pattern: RegExp; most: number }[] = [
	{ pattern: /\s*[,，]\s*/, most: Infinity },
	{ pattern: /\s*;\s*/, most: Infinity },
	{ pattern: /\s*[·・]\s*/, most: Infinity },
	{ pattern: /\s*、\s*/, most: Infinity },
	{ pattern: /\s*\/\s*/, most: 2 },
];

/**
 * The codes of a line that lists several, or null: every part between the separators is a code,
 * and of the same shape, so that a code beside its name (`E0001, DUPLICATE_KEY`) or a namespaced
 * code (`auth/invalid-email`) stays one code.
 */
function listedCodes(line: string): string[] | null {
	for (const { pattern, most } of LIST_SEPARATORS) {
		const parts = line.trim().split(pattern);
		if (parts.length < 2 || parts.length > most) continue;
		const shape = codeShape(parts[0]!);
		if (shape && parts.every((part) => codeShape(part) === shape)) return parts;
	}
	return null;
}

/** Shapes of a symbol's name: `ERROR_ACCESS_DENIED`, `AccessDenied`, `accessDenied`, `access_denied`. */
const NAME_SHAPES = new Set(['constant', 'pascal', 'camel', 'snake']);

/**
 * A cell that gives a symbol and its value on lines of their own (`ERROR_ACCESS_DENIED` above
 * `5`, as Pandoc writes a definition list into a table): the number is the code and the name its
 * note, as a column of names gives way to the column of numbers beside it. Null for any other
 * cell, several numbers (one code per line) or a number beside a range among them.
 */
function valueBesideName(lines: readonly string[]): { codes: string[]; note: string } | null {
	const isNumber = (line: string) => ['decimal', 'hex'].includes(codeShape(line) ?? '');
	const numbers = lines.filter(isNumber);
	if (numbers.length !== 1) return null;
	// The other lines name it, in a symbol or in words (`E RROR_ATOMIC_…` where a converter broke
	// the symbol); a range or another kind of code beside the number is a second code.
	const names = lines.filter((line) => !isNumber(line));
	if (!names.every((line) => NAME_SHAPES.has(codeShape(line) ?? '') || !codeShape(line)))
		return null;
	return { codes: numbers, note: names.join(' ') };
}

/** Keys under which an error body carries its code: OAuth's `error`, and the usual `code`. */
const BODY_CODE_KEYS = ['error', 'code', 'error_code', 'errorCode'];
/** Keys under which it says what went wrong: OAuth's `error_description`, and the usual `message`. */
const BODY_MESSAGE_KEYS = [
	'error_description',
	'message',
	'error_message',
	'errorMessage',
	'detail',
	'description',
];

/**
 * A cell that holds an error body as JSON (`{"error": "invalid_grant", "error_description": "…"}`,
 * as OAuth documents write each response, or `{"error": {"code": …}}`), or as `key: value` pairs:
 * its code is the body's, and what the body says of it is the note. Null for any other cell.
 */
export function bodyCode(text: string): { codes: string[]; note: string } | null {
	if (!/^\{[\s\S]*\}$/.test(text)) return pairsCode(text);
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		return null;
	}
	if (!isRecord(body)) return null;
	const holder = isRecord(body['error']) ? body['error'] : body;
	const code = BODY_CODE_KEYS.map((key) => holder[key]).find(
		(value) => typeof value === 'string' || typeof value === 'number',
	);
	if (code === undefined || !codeShape(String(code))) return null;
	const note = BODY_MESSAGE_KEYS.flatMap((key) => [holder[key], body[key]]).find(
		(value): value is string => typeof value === 'string',
	);
	return { codes: [String(code)], note: note ?? '' };
}

/** `key: value` pairs, the values running to the next `, key:` (or `=` for `:`). */
const PAIR = /(?:^|,\s*)([A-Za-z_]+)\s*[:=]\s*/g;

/**
 * An error body written out as `key: value` pairs rather than JSON (`error_code: INVALID_MODEL,
 * error_description: the requested model has invalid properties`): its code and what it says,
 * under the keys a JSON body uses. Null unless the text starts with a code's key and it holds a code.
 */
function pairsCode(text: string): { codes: string[]; note: string } | null {
	const keys = [...text.matchAll(PAIR)];
	if (keys[0]?.index !== 0 || !BODY_CODE_KEYS.includes(keys[0][1]!)) return null;
	const pairs = new Map(
		keys.map((key, i) => [
			key[1]!,
			text.slice(key.index + key[0].length, keys[i + 1]?.index ?? text.length).trim(),
		]),
	);
	const code = BODY_CODE_KEYS.map((key) => pairs.get(key)).find((value) => value !== undefined);
	if (code === undefined || !codeShape(code)) return null;
	const note = BODY_MESSAGE_KEYS.map((key) => pairs.get(key)).find((value) => value !== undefined);
	return { codes: [code], note: note ?? '' };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads the codes out of a code cell, line by line: a cell may hold several codes one per line
 * (`-4000001<br>-4000006`) or listed on one (`auth/user-not-found, auth/wrong-password`), or a
 * code above its name or a remark (`CODE` / `Since v2.10`). What is not the code is kept as the
 * note; where it is another name of the one code (a symbol, an exception class, its value in
 * another base), it is an alias too.
 */
export function readCodeCell(lines: readonly string[]): CodeCell {
	const read = codesOf(lines);
	if ('aliases' in read) return read;
	const [code] = read.codes;
	return { ...read, aliases: read.codes.length === 1 ? aliasesIn(read.note, code!) : [] };
}

/** What a code cell says: its codes, what else it says (the note), and other names of its code. */
export interface CodeCell {
	codes: string[];
	note: string;
	/** Other names of the one code the cell gives (`ThrottledError` under `RATE_LIMITED`). */
	aliases: string[];
}

function codesOf(lines: readonly string[]): { codes: string[]; note: string } | CodeCell {
	const body = bodyCode(lines.join(' ').trim());
	if (body) return body;
	if (lines.length > 1) {
		const value = valueBesideName(lines);
		if (value) return value;
		const each = lines.map(readCode);
		if (each.every((line) => !line.note && codeShape(line.code))) {
			const named = oneCodeTwoNames(each.map((line) => line.code));
			return named ?? { codes: each.map((line) => line.code), note: '' };
		}
		const first = each[0]!;
		if (codeShape(first.code))
			return {
				codes: [first.code],
				note: [first.note, ...lines.slice(1)].filter(Boolean).join(' '),
			};
	}
	const listed = lines.length === 1 ? listedCodes(lines[0]!) : null;
	if (listed) return { codes: listed, note: '' };
	const { code, note } = readCode(lines.join(' '));
	return { codes: code ? [code] : [], note };
}

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

/** A name a code can go by: shaped like a code, or one identifier. */
export function isIdentifier(text: string): boolean {
	return IDENTIFIER.test(text) || codeShape(text) !== null;
}

/** A symbol's name (`ERROR_ACCESS_DENIED`, `AccessDenied`, `accessDenied`, `access_denied`). */
export function isSymbolName(text: string): boolean {
	return NAME_SHAPES.has(codeShape(text) ?? '');
}

/**
 * Two lines that name one code twice rather than list two (`RATE_LIMITED` above `ThrottledError`,
 * `4097` above `0x1001`): names of two different shapes, or one number in two bases. The code is
 * the one the API returns, not the exception a library throws for it; else the first line.
 */
function oneCodeTwoNames(codes: string[]): CodeCell | null {
	if (codes.length !== 2) return null;
	const [a, b] = codes as [string, string];
	const [x, y] = [numericValue(a), numericValue(b)];
	const twins = x !== null && y !== null && sameValue(x, y);
	const names = NAME_SHAPES.has(codeShape(a) ?? '') && NAME_SHAPES.has(codeShape(b) ?? '');
	if (!twins && !(names && codeShape(a) !== codeShape(b))) return null;
	const [code, alias] = EXCEPTION_NAME.test(a) && !EXCEPTION_NAME.test(b) ? [b, a] : [a, b];
	return { codes: [code], note: '', aliases: [alias] };
}

/**
 * The other name a code's note gives, where it is one: a symbol or an exception class (`5` above
 * `ERROR_ACCESS_DENIED`, `RATE_EXPIRED / QuoteExpiredError`, `404 (NOT_FOUND)`), or the code's
 * value in another base. Words (`404 (NOT FOUND)`, `E1: bad key`) are a note, not a name.
 */
function aliasesIn(note: string, code: string): string[] {
	const name = bareNote(note);
	if (name === '' || /\s/.test(name) || name.toLowerCase() === code.toLowerCase()) return [];
	const value = numericValue(name);
	const codeValue = numericValue(code);
	if (value !== null) return codeValue !== null && sameValue(value, codeValue) ? [name] : [];
	return NAME_SHAPES.has(codeShape(name) ?? '') || EXCEPTION_NAME.test(name) ? [name] : [];
}

/** A note without the separator or brackets it was written with: `/ QuoteExpiredError`, `(NOT_FOUND)`. */
export function bareNote(note: string): string {
	return note
		.trim()
		.replace(/^(?:[/,;:–—]|-(?=\s))\s*/, '')
		.replace(/^[([]\s*(.*?)\s*[)\]]$/, '$1');
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
	if (/^0x[0-9a-f]+$/i.test(code)) return Number.parseInt(code.slice(2), 16);
	return null;
}
