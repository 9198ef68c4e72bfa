/**
 * What a code cell says: its code or codes, what else it says beside them, and the other names it
 * gives its code. Pure: the pipeline reads cells with it, and the classifier profiles columns.
 */
import {
	codeShape,
	isExceptionName,
	isIdentifier,
	isSymbolName,
	numericValue,
	readCode,
	sameValue,
} from './codes';
import { codeWithVariant, withoutTrailingSeparator } from './code-variants';
import { bodyCode } from './error-body';

/**
 * Reads the codes out of a code cell, line by line: a cell may hold several codes one per line
 * (`-4000001<br>-4000006`) or listed on one (`auth/user-not-found, auth/wrong-password`), or a
 * code above its name or a remark (`CODE` / `Since v2.10`). What is not the code is kept as the
 * note; where it is another name of the one code (a symbol, an exception class, its value in
 * another base), it is an alias too.
 */
export function readCodeCell(written: readonly string[]): CodeCell {
	const closed = closeBrokenNames(written);
	const lines = closed.map((line, n) =>
		n < closed.length - 1 ? withoutTrailingSeparator(line) : line,
	);
	const read = codesOf(lines);
	if ('aliases' in read) return read;
	const [code] = read.codes;
	return {
		...read,
		aliases: read.codes.length === 1 ? aliasesIn(read.note, code!, lines.join(' ')) : [],
	};
}

/**
 * A constant a line break split at a joiner (`CREATE_ROOM_FAIL_ALREADY_<br/>JOINED_ROOM`, as a
 * narrow column is kept narrow), closed up into the one line it is written as.
 */
function closeBrokenNames(lines: readonly string[]): readonly string[] {
	if (!lines.some((line) => BROKEN_END.test(line))) return lines;
	const closed: string[] = [];
	for (const line of lines) {
		const last = closed.at(-1);
		if (last !== undefined && BROKEN_END.test(last) && /^[A-Za-z0-9]/.test(line.trim()))
			closed[closed.length - 1] = last.trimEnd() + line.trim();
		else closed.push(line);
	}
	return closed;
}
const BROKEN_END = /[A-Za-z0-9]_\s*$/;

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
	const sent = wireValue(lines.join(' ').trim());
	if (sent) return sent;
	const assigned = assignedValue(lines.join(' ').trim());
	if (assigned) return assigned;
	if (lines.length > 1) {
		const value = valueBesideName(lines);
		if (value) return value;
		const each = codesEndingLines(lines.map(readCode));
		if (each.every((line) => !line.note && codeShape(line.code))) {
			const codes = each.map((line) => line.code);
			return oneCodeTwoNames(codes) ?? codeWithVariant(codes) ?? { codes, note: '' };
		}
		const first = each[0]!;
		// A generated reference's name cell (`SDSIO_EOS (-6)`, then what it means on the next
		// line): the value beside the name is its other name, the lines below what it means.
		if (codeShape(first.code) && numericValue(first.note) !== null)
			return {
				codes: [first.code],
				note: lines.slice(1).join(' '),
				aliases: [first.note],
			};
		if (codeShape(first.code))
			return {
				codes: [first.code],
				note: [first.note, ...lines.slice(1)].filter(Boolean).join(' '),
			};
	}
	const listed = lines.length === 1 ? listedCodes(lines[0]!) : null;
	if (listed) return codeWithVariant(listed) ?? { codes: listed, note: '' };
	const named = lines.length === 1 ? namedList(lines[0]!) : null;
	if (named) return named;
	const labelled = labelledNumber(lines.join(' ').trim());
	if (labelled) return labelled;
	const { code, note } = readCode(lines.join(' '));
	return { codes: code ? [code] : [], note };
}

/**
 * The value an SDK's enum is sent as, where the cell quotes it (`"server_error"`), alone or with
 * the constant a program names it by, as generated SDK docs of each language declare an enum
 * (Java `SERVER_ERROR("server_error")`, Python and TypeScript `SERVER_ERROR = 'server_error'`, C#
 * `[EnumMember(Value = "server_error")] ServerError`): the quoted value is what the API returns,
 * so it is the code, and the constant its alias. Null where the cell quotes no one identifier.
 */
function wireValue(text: string): CodeCell | null {
	const value = sentValue(text);
	if (value === null) return null;
	const constant = ENUM_DECLARATIONS.map((pattern) => pattern.exec(text)?.groups?.constant).find(
		Boolean,
	);
	return { codes: [value], note: '', aliases: constant && constant !== value ? [constant] : [] };
}

/**
 * A constant written with the number it stands for, as a C enum declares it (`ERR_FBD_OK=100`,
 * the first of a run of constants numbered from it): the constant is the code, as its column's
 * other cells are, and the number its alias. Null where the cell is not one such declaration.
 */
function assignedValue(text: string): CodeCell | null {
	const groups = ENUM_ASSIGNMENT.exec(text)?.groups;
	if (!groups || codeShape(groups.constant!) !== 'constant') return null;
	return { codes: [groups.constant!], note: '', aliases: [groups.value!] };
}
const ENUM_ASSIGNMENT =
	/^(?<constant>[A-Za-z_]\w*)\s*=\s*(?<value>-?(?:0x[0-9A-Fa-f]+|\d+))\s*[,;]?$/;

/** The quoted value a cell gives as an enum's wire value (see `wireValue`), or null. */
export function sentValue(text: string): string | null {
	for (const pattern of ENUM_DECLARATIONS) {
		const match = pattern.exec(text);
		const value = match?.groups?.value ?? '';
		if (match && isIdentifier(value)) return value;
	}
	return null;
}
/** A quoted value, alone or in an enum member's declaration; `constant` names it where given. */
const ENUM_DECLARATIONS = [
	/^["'“‘](?<value>[^"'”’\s]+)["'”’]$/u,
	/^(?<constant>[A-Za-z_]\w*)\s*\(\s*(?<q>["'])(?<value>[^"'\s]+)\k<q>\s*\)\s*[,;]?$/,
	/^(?<constant>[A-Za-z_]\w*)\s*=\s*(?<q>["'])(?<value>[^"'\s]+)\k<q>\s*[,;]?$/,
	/^\[\s*EnumMember\s*\(\s*Value\s*=\s*(?<q>")(?<value>[^"\s]+)"\s*\)\s*\]\s*(?<constant>[A-Za-z_]\w*)\s*[,;]?$/,
];

/**
 * Lines of one code each where one line says a few words before its code (`Trwa wyjątku
 * ArgumentOutOfRangeException` below `ArgumentException`, where a translation reached into a
 * link's text): that line's code is its last word, of the shape the other lines' codes share.
 */
function codesEndingLines(
	each: { code: string; note: string }[],
): { code: string; note: string }[] {
	const bare = each.filter((line) => !line.note && codeShape(line.code));
	const shape = codeShape(bare[0]?.code ?? '');
	if (bare.length < 2 || bare.length !== each.length - 1) return each;
	if (!bare.every((line) => codeShape(line.code) === shape)) return each;
	return each.map((line) => {
		if (bare.includes(line)) return line;
		const words = `${line.code} ${line.note}`.trim().split(/\s+/);
		const last = words.at(-1)!;
		return words.length <= 4 && codeShape(last) === shape ? { code: last, note: '' } : line;
	});
}

/**
 * What writers put between several codes on one line, most telling first: `A, B`, `A; B`,
 * `A · B`, `A、B`, a slash set apart by spaces in runs of any length (`4002 / 4003 / 4004`), `A/B`
 * for a pair (`1451/1452`), as a slash in longer runs is a date, and spaces between numbers
 * (`200 201 204`, code spans side by side), where words between spaces are a name
 * (`NOT FOUND`).
 */
const LIST_SEPARATORS: { pattern: RegExp; most: number; shapes?: ReadonlySet<string> }[] = [
	{ pattern: /\s*[,，]\s*/, most: Infinity },
	{ pattern: /\s*;\s*/, most: Infinity },
	{ pattern: /\s*[·・]\s*/, most: Infinity },
	{ pattern: /\s*、\s*/, most: Infinity },
	{ pattern: /\s+\/\s+/, most: Infinity },
	{ pattern: /\s*\/\s*/, most: 2 },
	{ pattern: /\s+/, most: Infinity, shapes: new Set(['decimal', 'hex', 'alphanumeric']) },
];

/**
 * The codes of a line that lists several, or null: every part between the separators is a code,
 * and of the same shape, so that a code beside its name (`E0001, DUPLICATE_KEY`) or a namespaced
 * code (`auth/invalid-email`) stays one code.
 */
function listedCodes(line: string): string[] | null {
	const alternatives = codesOrCodes(line);
	if (alternatives) return alternatives;
	for (const { pattern, most, shapes } of LIST_SEPARATORS) {
		const parts = line.trim().split(pattern);
		if (parts.length < 2 || parts.length > most) continue;
		const shape = codeShape(parts[0]!);
		if (!shape || (shapes && !shapes.has(shape))) continue;
		if (parts.every((part) => codeShape(part) === shape)) return parts;
	}
	return null;
}

/**
 * Several codes that share one name after a dash (`500, 502, 503, 504 - Server Errors`): each
 * code its own entry, as a list is, the name the note of each. Null where what comes before the
 * dash is no list of codes.
 */
function namedList(line: string): { codes: string[]; note: string } | null {
	const dash = /\s+[-–—]\s+/.exec(line);
	if (!dash) return null;
	const codes = listedCodes(line.slice(0, dash.index));
	return codes && codes.length > 1
		? { codes, note: line.slice(dash.index + dash[0].length) }
		: null;
}

/**
 * A number a word labels as one (`Code: 101102`, `No. 5`, `郵編：101102`, or the label run into
 * the number in a script written without spaces, `郵遞區號101004`), as a translation or a
 * template writes before the numbers of a code column: the number is the code, the label its
 * note. A label set off by a space alone stays part of the code (`Error 132` is a product's name
 * for its error, see `readCode`). Null for any other cell.
 */
function labelledNumber(text: string): { codes: string[]; note: string } | null {
	const groups = (LABEL_THEN_NUMBER.exec(text) ?? UNSPACED_LABEL_THEN_NUMBER.exec(text))?.groups;
	if (!groups || !['decimal', 'hex'].includes(codeShape(groups.number!) ?? '')) return null;
	return { codes: [groups.number!], note: groups.label! };
}
const LABEL_THEN_NUMBER =
	/^(?<label>\p{L}+(?: \p{L}+)?)(?:\s*[:：]\s*|\.\s+)(?<number>-?\d+|0[xX][0-9A-Fa-f]+)$/u;
const UNSPACED_LABEL_THEN_NUMBER =
	/^(?<label>[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+)(?<number>\d+)$/u;

/**
 * Two codes a row stands for, each with its name, joined by `or` (`404 Not Found or 410 Gone`): a
 * library that throws one class for either status. The names are the statuses' own, which the
 * codes say already.
 */
function codesOrCodes(line: string): string[] | null {
	const parts = line.trim().split(/\s+or\s+/i);
	if (parts.length !== 2) return null;
	const codes = parts.map((part) => readCode(part));
	const shape = codeShape(codes[0]!.code);
	const short = (note: string) => note.split(/\s+/).length <= 2;
	return shape &&
		codes.every(({ code, note }) => codeShape(code) === shape && short(note)) &&
		codes[0]!.code !== codes[1]!.code
		? codes.map(({ code }) => code)
		: null;
}

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
	if (!names.every((line) => isSymbolName(line) || !codeShape(line))) return null;
	return { codes: numbers, note: names.join(' ') };
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
	const names = isSymbolName(a) && isSymbolName(b);
	const id = idBesideNumber(a, b);
	if (id) return id;
	if (!twins && !(names && codeShape(a) !== codeShape(b))) return null;
	const [code, alias] = isExceptionName(a) && !isExceptionName(b) ? [b, a] : [a, b];
	return { codes: [code], note: '', aliases: [alias] };
}

/**
 * A namespaced id above or below a number (`network.http.request_too_large` over `0x03010001`): an
 * API that sends both names its error by the id, which says which error it is; the number is the
 * id's other name. Null for any other pair.
 */
function idBesideNumber(a: string, b: string): CodeCell | null {
	const number = (code: string) => numericValue(code) !== null;
	const id = (code: string) => codeShape(code) === 'namespaced';
	if (id(a) && number(b)) return { codes: [a], note: '', aliases: [b] };
	if (number(a) && id(b)) return { codes: [b], note: '', aliases: [a] };
	return null;
}

/**
 * The other name a code's note gives, where it is one: a symbol or an exception class (`5` above
 * `ERROR_ACCESS_DENIED`, `RATE_EXPIRED / QuoteExpiredError`, `404 (NOT_FOUND)`), the code's
 * value in another base, a network's two-character code beside a number (`497 (B1)`), or one
 * capitalised word in brackets beside a number (`402 (Unauthorized)`). Words
 * (`404 (NOT FOUND)`, `E1: bad key`) are a note, not a name.
 */
function aliasesIn(note: string, code: string, written: string): string[] {
	const name = bareNote(note);
	if (name === '' || /\s/.test(name) || name.toLowerCase() === code.toLowerCase()) return [];
	const value = numericValue(name);
	const codeValue = numericValue(code);
	if (value !== null) return codeValue !== null && sameValue(value, codeValue) ? [name] : [];
	// Two letters or a letter and a digit beside a number are the code a card network gave it
	// (`497 (B1)`, `1298 (XA)`: an ISO 8583 response code the gateway numbers).
	if (codeValue !== null && /^(?=.?[A-Z])[A-Z0-9]{2}$/.test(name)) return [name];
	// One capitalised word in brackets beside a number is the name the document gives it (`402
	// (Unauthorized)`, `301 (Moved)`), whatever HTTP calls it; a remark is lowercase (`(deprecated)`).
	if (codeValue !== null && /^\p{Lu}\p{Ll}+$/u.test(name) && written.includes(`(${name})`))
		return [name];
	return isSymbolName(name) || isExceptionName(name) ? [name] : [];
}

/** A note without the separator or brackets it was written with: `/ QuoteExpiredError`, `(NOT_FOUND)`. */
export function bareNote(note: string): string {
	return note
		.trim()
		.replace(/^(?:[/,;:–—]|-(?=\s))\s*/, '')
		.replace(/^[([]\s*(.*?)\s*[)\]]$/, '$1');
}

/**
 * What a code cell says where a row has no code: not applicable, none, in the languages documents
 * are translated to. A dash is not among them: under a code it says "as above" (see the entries
 * stage's ditto marks).
 */
const NO_CODE_WORDS = [
	'n/a',
	'na',
	'none',
	'null',
	'nil',
	// French, Spanish, Portuguese, Italian, German, Dutch.
	'aucun',
	'aucune',
	'ninguno',
	'ninguna',
	'nenhum',
	'nenhuma',
	'nessuno',
	'nessuna',
	'kein',
	'keine',
	'keiner',
	'geen',
	// Czech, Slovak, Polish, Hungarian, Turkish, Russian and Ukrainian.
	'žádný',
	'žádná',
	'žádné',
	'žiadny',
	'žiadne',
	'brak',
	'nincs',
	'yok',
	'нет',
	'немає',
	// Chinese, Japanese, Korean.
	'无',
	'無',
	'なし',
	'無し',
	'없음',
];
const NO_CODE = new Set(NO_CODE_WORDS.map((word) => word.toLocaleLowerCase()));

/** Whether a code cell says the row has no code (`N/A`, `none`). */
export function saysNoCode(text: string): boolean {
	return NO_CODE.has(
		text
			.trim()
			.replace(/^\((.*)\)$/, '$1')
			.toLocaleLowerCase(),
	);
}
