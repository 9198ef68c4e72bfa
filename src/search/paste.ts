/**
 * Reading what was pasted: a JSON error body, a log line, an exception with its stack trace,
 * or a few words. Which texts in it may be a code, how surely, and which may be the message.
 */
import { isHttpStatus, STATUS_DIGITS } from '../core/status';

/** A text that may be a code, and how surely the query names a code with it. */
export interface Mention {
	text: string;
	/** 0–1, from `STRENGTH`. */
	strength: number;
}

/** What one query says about the error, read once and shared by the tiers of the search. */
export interface QueryReading {
	/** Texts that may be codes, each once with its surest reading, in the order met. */
	mentions: Mention[];
	/** Texts that may be the message: a JSON body's messages, or the whole query. */
	messages: string[];
	/**
	 * Names a JSON body gives in a field of its own (`"spec": "sys.api::RateLimitErr"`): the type
	 * of the error, written as a documents' table writes it. Their words count as the messages'.
	 */
	names: string[];
	/** Whether the query held a JSON body. */
	json: boolean;
	/** The HTTP status it states, if any. */
	status: number | null;
}

/**
 * How surely a text names a code, by how it is written and where it stands. Strengths of a
 * text's readings do not add up: the surest one counts. A mention of at least `named` puts the
 * codes it finds among the first results on its own; a weaker one only helps an entry whose
 * message or words the query also matches.
 */
export const STRENGTH = {
	/** After a key that says code (`code = X`, `SQLSTATE: X`, `"errorCode": X`): the writer said so. */
	keyed: 1,
	/** Alone in brackets, `[50013]`, `(0x6985)`, when also written like a code. */
	bracketed: 0.9,
	/** Letters and digits (`E0425`, `42P01`), or words joined by `_`, `/`, `.` (`NOT_FOUND`). */
	shaped: 0.8,
	/** All capitals (`DENIED`) or camelCase (`DeadlineExceeded`, `PSAvoidUsingWriteHost`): how identifiers are written. */
	capitals: 0.7,
	/** A number of three digits or more, or negative. */
	number: 0.6,
	/** Any other value of a JSON body: ids and timestamps are rarely codes, but may be. */
	jsonValue: 0.4,
	/** Two or three words that together spell a code (`manifest invalid` for `MANIFEST_INVALID`). */
	phrase: 0.3,
	/** A word of prose, or a one- or two-digit number: a code only with other evidence. */
	word: 0.2,
	/** A log level (`ERROR`, `WARN`): says how bad, not which error. */
	logLevel: 0.1,
	/** Added when the text heads a clause, `denied: …`, as Go errors and log prefixes put codes. */
	label: 0.3,
	/** Part of a dotted or slashed name (`PERMISSION_DENIED` in `StatusCode.PERMISSION_DENIED`). */
	segment: 0.9,
	/** The least that counts as naming a code. */
	named: 0.5,
} as const;

const LOG_LEVELS = new Set([
	'error',
	'err',
	'warn',
	'warning',
	'info',
	'debug',
	'trace',
	'fatal',
	'critical',
	'notice',
	'severe',
]);
/** Field names of JSON bodies that hold a code, compared without case: `code`, `errorCode`, `resultCd`, `status_detail`, `codigo_respuesta`, `type`, `reason`. */
const CODE_KEY =
	/code|c[oó]digo|cd$|errno|err$|error|sqlstate|state|status|reason|type|kind|name|result|detail|fault/i;
/** Field names that say error code, not only code or state: `error_code`, `errorCode`, `err_no`. */
const ERROR_CODE_KEY = /err(?:or)?[ _-]?(?:code|no|num)/i;
/**
 * Field names that say code (`code`, `reasonCode`, `codigo`): a name under one is the code the
 * body reports, where another field names the error's kind too (`"error": "not_found"` beside
 * `"code": "NoSuchKey"`), as the status's own name.
 */
const NAME_CODE_KEY = /code|c[oó]digo/i;
/**
 * Words after which a log line or exception gives a code: `code = X`, `errorCode: X`, `SQLSTATE X`,
 * a process's `exit status 2` (Python's `CalledProcessError`, Go's `exec.ExitError`), and what a
 * shell prints the last exit code with (`echo $?`, `echo %ERRORLEVEL%`, `$LASTEXITCODE`): the
 * number on the line after it is the code.
 */
const CODE_KEY_WORD = /(?:code|cd|errno|sqlstate|exit status|\$\?|%errorlevel%|\$lastexitcode)$/i;
/**
 * A word that links a key word to its value in prose (`Return code of 127`, `exit status was 2`):
 * no code itself; the value after it is the code.
 */
const LINK_WORD = /^(?:of|is|was|for)$/i;
const LINK_AFTER_KEY = /\s+(?:of|is|was|for)$/i;
const MAX_DEPTH = 8;
/** Brackets tried as the start of a pasted body: a log line's prefix holds a few (a time, a code). */
const MAX_BODY_STARTS = 8;
/** Enough for any error body or stack trace: beyond this a paste is a log file. */
const MAX_MENTIONS = 64;

/**
 * A run that may be a code: letters and digits, joined by `_`, or by `-`, `.`, `/` between
 * them, with a leading minus on a number.
 */
const SPAN = /(?<![\p{L}\p{N}_])(?:-(?=\d))?[\p{L}\p{N}](?:[\p{L}\p{N}_]|[-./](?=[\p{L}\p{N}]))*/gu;
const HEX = /^0x[0-9a-f]+$/i;
const BARE_HEX = /^(?=[0-9A-F]*\d)(?=[0-9A-F]*[A-F])[0-9A-F]{1,8}$/;
/** Names joined by `.` or `::` (`sys.api::RateLimitErr`, `HttpStatusCode.Conflict`), nothing else. */
const QUALIFIED_NAME = /^[\p{L}_][\p{L}\p{N}_]*(?:(?:::|\.)[\p{L}_][\p{L}\p{N}_]*)+$/u;
const EXCEPTION_CLASS = /^((?:\p{Lu}\p{Ll}+){2,})(?:Error|Exception)$/u;
/** A tool's prefix of capitals before a name in camelCase: `PS` in `PSAvoidUsingWriteHost`. */
const TOOL_PREFIXED = /^\p{Lu}{2,4}(\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*)+)$/u;
const PLAIN_WORD = /^\p{L}[\p{Ll}\p{M}]*$/u;
/** A name ending in a colon at the head of a text: `BadSessionChallengeAnswer: …`. */
const HEAD_LABEL = /^([\p{L}_][\p{L}\p{N}_]*):\s/u;
/** Words with single spaces between them, and nothing else. */
const PHRASE = /^[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)*$/u;

// A status written in a log line or response head: `HTTP/1.1 404`, `status=404`, `status code: 404`.
// Not a process's `exit status 127`: that is the exit code.
const LOGGED_STATUS = new RegExp(
	`\\b(?:HTTP\\/\\d(?:\\.\\d)?|(?<!exit[ _-]?)status(?:[ _-]?code)?)["']?\\s*[=:]?\\s*(${STATUS_DIGITS})\\b`,
	'i',
);
// A query that is a status, perhaps with its reason phrase: `404`, `HTTP 404`, `404 Not Found`.
const BARE_STATUS = new RegExp(`^\\s*(?:https?\\s*)?(${STATUS_DIGITS})(?:\\s+[\\p{L} ]*)?$`, 'iu');

export function readQuery(text: string): QueryReading {
	const mentions = new Mentions();
	const body = readErrorBody(text);
	if (body) {
		for (const mention of body.mentions) mentions.add(mention.text, mention.strength);
		// Around the body, a log prefix or exception name may name the code too.
		mentionsInText(text.slice(0, body.start), mentions);
		mentionsInText(text.slice(body.end), mentions);
	} else {
		mentionsInText(text, mentions);
	}
	return {
		mentions: mentions.list(),
		messages: body?.messages.length ? body.messages : [text],
		names: body?.names ?? [],
		json: body !== null,
		status: body?.status ?? statusIn(text),
	};
}

/** The HTTP status a log line or response head states, or the status a query is made of. */
export function statusIn(text: string): number | null {
	const found = LOGGED_STATUS.exec(text) ?? BARE_STATUS.exec(text);
	return found ? Number(found[1]) : null;
}

/** What a pasted JSON error body says: every value, by the name of its field. */
interface ErrorBody {
	mentions: Mention[];
	messages: string[];
	names: string[];
	status: number | null;
	/** Of `mentions`, those under a key that says error code (`ERROR_CODE_KEY`). */
	errorCodes: Set<Mention>;
	/** Of `mentions`, the names (with letters) under a key that says code (`NAME_CODE_KEY`). */
	namedCodes: Set<Mention>;
	/** Of `mentions`, those under a key that says code (`CODE_KEY`), with the key and its depth. */
	keyedAt: Map<Mention, { key: string; depth: number }>;
	/** Where the body starts and ends in the pasted text. */
	start: number;
	end: number;
}

/**
 * Reads the JSON error body in a pasted text (possibly with a log prefix, a response head or
 * a stack trace around it); null when there is none. Every string and number is a candidate
 * code, surer under a field named like a code; every text with spaces is a candidate message.
 */
export function readErrorBody(text: string): ErrorBody | null {
	const end = Math.max(text.lastIndexOf('}'), text.lastIndexOf(']'));
	const found = parsedBody(text, end);
	if (!found) return null;
	const { start, parsed } = found;
	const body: ErrorBody = {
		mentions: [],
		messages: [],
		names: [],
		status: null,
		errorCodes: new Set(),
		namedCodes: new Set(),
		keyedAt: new Map(),
		start,
		end: end + 1,
	};
	walk(parsed, '', body, 0);
	causeFirst(body);
	errorCodeFirst(body);
	statusBesideName(body);
	return body.mentions.length || body.messages.length || body.status !== null ? body : null;
}

/**
 * Where the body in a pasted text starts, and what it parses to. A log line's brackets before it
 * (`[2026-11-02 10:14:07] production.ERROR: … {"code": …}`, `TypedError: [-32000] … {"name": …}`)
 * round a time or a code, not the body: the body is the first bracket from which the text parses
 * to the last closing one, and holds an object (`[50013] Missing permissions`, `[1715698123]
 * SERVICE ALERT` hold none).
 */
function parsedBody(text: string, end: number): { start: number; parsed: object } | null {
	let tries = 0;
	for (const { index: start } of text.matchAll(/[{[]/g)) {
		if (start >= end || ++tries > MAX_BODY_STARTS) return null;
		let parsed: unknown;
		try {
			parsed = JSON.parse(text.slice(start, end + 1));
		} catch {
			continue;
		}
		if (parsed === null || typeof parsed !== 'object') continue;
		if (Array.isArray(parsed) && !parsed.some((item) => item !== null && typeof item === 'object'))
			continue;
		return { start, parsed };
	}
	return null;
}

/**
 * `{"code": "VALIDATION_ERROR", "errors": [{"code": 1059, …}]}`, `{"name": "HANDLER_ERROR",
 * "cause": {"name": "UNKNOWN_BLOCK"}}`: a body that gives a code again under the same key deeper
 * down (an error of its list, its cause, its inner error) says there what went wrong, and above it
 * only the kind. The deeper code is named first; the kind counts as any value of the body.
 */
function causeFirst(body: ErrorBody): void {
	const deepest = new Map<string, number>();
	for (const { key, depth } of body.keyedAt.values())
		deepest.set(key, Math.max(depth, deepest.get(key) ?? 0));
	const outer = new Set(
		[...body.keyedAt].filter(([, { key, depth }]) => depth < deepest.get(key)!).map(([m]) => m),
	);
	if (outer.size === 0) return;
	for (const mention of outer) {
		mention.strength = Math.min(mention.strength, STRENGTH.jsonValue);
		body.errorCodes.delete(mention);
		body.namedCodes.delete(mention);
	}
	body.mentions = [
		...body.mentions.filter((mention) => !outer.has(mention)),
		...body.mentions.filter((mention) => outer.has(mention)),
	];
}

/**
 * `{"state": 12, "error_code": 38}`: a device's or a job's body gives its state, its result and
 * its error side by side, each under a key that may hold a code; the value under a key that says
 * error code is the code the body reports. It is named first, and the others count as any value
 * of the body: the state of a robot is no error of its catalog. Short of such a key, a name under
 * a key that says code is the code, and a name beside it under `error` or `type` its kind.
 */
function errorCodeFirst(body: ErrorBody): void {
	const coded = body.errorCodes.size > 0 ? body.errorCodes : body.namedCodes;
	const first = body.mentions.filter((mention) => coded.has(mention));
	if (first.length === 0) return;
	const others = body.mentions.filter((mention) => !coded.has(mention));
	for (const mention of others) mention.strength = Math.min(mention.strength, STRENGTH.jsonValue);
	body.mentions = [...first, ...others];
}

/**
 * `{"code": 400, "reason": "duplicate_sku"}`: where a body gives a name under a key that says
 * code, an HTTP status under another such key is the status of the response echoed, not the
 * code: it counts as the status, and as a code only with other evidence.
 */
function statusBesideName(body: ErrorBody): void {
	const keyed = body.mentions.filter((mention) => mention.strength === STRENGTH.keyed);
	if (!keyed.some((mention) => /\p{L}/u.test(mention.text))) return;
	for (const mention of keyed) {
		if (!isHttpStatus(Number(mention.text))) continue;
		body.status ??= Number(mention.text);
		mention.strength = STRENGTH.word;
	}
}

function walk(value: unknown, key: string, body: ErrorBody, depth: number): void {
	if (depth > MAX_DEPTH || value === null) return;
	if (Array.isArray(value)) {
		for (const item of value) walk(item, key, body, depth + 1);
	} else if (typeof value === 'object') {
		for (const [name, field] of Object.entries(value)) walk(field, name, body, depth + 1);
	} else if (typeof value === 'number' || typeof value === 'string') {
		const text = String(value).trim();
		if (text === '') return;
		if (/status/i.test(key) && isHttpStatus(Number(text))) body.status ??= Number(text);
		else if (/\s/.test(text)) {
			body.messages.push(text);
			// `"message": "BadSessionChallengeAnswer: The given …"`: a name heading the message, as a
			// log line heads its text with the error's name, is a code.
			const head = HEAD_LABEL.exec(text)?.[1];
			if (head && shapeStrength(head) >= STRENGTH.capitals)
				body.mentions.push({
					text: head,
					strength: Math.min(1, shapeStrength(head) + STRENGTH.label),
				});
		} else {
			const mention = { text, strength: CODE_KEY.test(key) ? STRENGTH.keyed : STRENGTH.jsonValue };
			body.mentions.push(mention);
			if (mention.strength === STRENGTH.keyed)
				body.keyedAt.set(mention, { key: key.toLowerCase(), depth });
			if (ERROR_CODE_KEY.test(key)) body.errorCodes.add(mention);
			else if (NAME_CODE_KEY.test(key) && /\p{L}/u.test(text)) body.namedCodes.add(mention);
			// `"message": "PersistedQueryNotFound"`: a message written as one word is still words; a
			// number (`"msg_ver": 2`) is none.
			if (/message|msg|description|title/i.test(key) && /\p{L}/u.test(text))
				body.messages.push(text);
			else if (QUALIFIED_NAME.test(text)) {
				body.names.push(text);
				// `sys.api::RateLimitErr`: the last part is the name, the rest where it is defined.
				const last = text.split(/::|\./).at(-1)!;
				body.mentions.push({ text: last, strength: STRENGTH.segment * shapeStrength(last) });
			}
		}
	}
}

/** Mentions met so far, each text once, with the surest strength it was read with. */
class Mentions {
	readonly #byText = new Map<string, Mention>();

	add(text: string, strength: number): void {
		const held = this.#byText.get(text);
		if (held) held.strength = Math.max(held.strength, strength);
		else if (this.#byText.size < MAX_MENTIONS) this.#byText.set(text, { text, strength });
	}

	list(): Mention[] {
		return [...this.#byText.values()];
	}
}

/** Reads the texts of a log line, exception or phrase that may be codes. */
function mentionsInText(text: string, mentions: Mentions): void {
	const status = LOGGED_STATUS.exec(text) ?? BARE_STATUS.exec(text);
	// A number that states the HTTP status is the status, not a code.
	const statusAt = status ? status.index + status[0].lastIndexOf(status[1]!) : -1;
	const words: { text: string; at: number; end: number }[] = [];
	for (const match of text.matchAll(SPAN)) {
		const span = match[0];
		const at = match.index;
		const end = at + span.length;
		if (at === statusAt) continue;
		const before = text.slice(Math.max(0, at - 24), at);
		const after = text.slice(end, end + 2);
		const lead = before.replace(/[\s=:'"[(]+$/, '');
		const keyed =
			!LINK_WORD.test(span) &&
			(CODE_KEY_WORD.test(lead) || CODE_KEY_WORD.test(lead.replace(LINK_AFTER_KEY, ''))) &&
			/[\s=:'"[(]$|^$/.test(before);
		const bracketed = /[[(]$/.test(before) && /^[\])]/.test(after);
		const label = /^:(?:\s|$)/.test(after);
		const place = (strength: number) =>
			Math.min(
				1,
				Math.max(
					strength,
					keyed ? STRENGTH.keyed : 0,
					bracketed && strength >= STRENGTH.number ? STRENGTH.bracketed : 0,
				) + (label ? STRENGTH.label : 0),
			);
		readings(
			span,
			place(
				isQuantity(span, text.slice(end, end + UNIT_CHARS)) ? STRENGTH.word : shapeStrength(span),
			),
			mentions,
		);
		// A dotted name splits into its parts; a version or an address (`1.4`, `10.0.0.1`) does not.
		const segments = /\p{L}/u.test(span) ? span.split(/[./]/) : [];
		if (segments.length > 1) {
			segments.forEach((segment, i) => {
				if (segment === '') return;
				// `StatusCode.PERMISSION_DENIED`: the segment after a key segment is keyed.
				const afterKey = i > 0 && CODE_KEY_WORD.test(segments[i - 1]!);
				const strength = STRENGTH.segment * shapeStrength(segment);
				readings(segment, afterKey ? STRENGTH.keyed : place(strength), mentions);
			});
		}
		if (PLAIN_WORD.test(span)) {
			words.push({ text: span, at, end });
			if (words.length > 3) words.shift();
		} else {
			words.length = 0;
		}
		// Two or three words in a row that spell a code: `manifest invalid: …`.
		for (let n = 2; n <= 3 && n <= words.length; n++) {
			const run = words.slice(-n);
			if (!PHRASE.test(text.slice(run[0]!.at, run.at(-1)!.end))) continue;
			mentions.add(
				run.map((word) => word.text).join(' '),
				STRENGTH.phrase + (label ? STRENGTH.label : 0),
			);
		}
	}
}

/**
 * Whether a number is a quantity, not a code: one written with its unit (`14ms`, `180 days`,
 * `50 characters`, `180天`), as a message states a limit or a log line a duration.
 */
function isQuantity(span: string, after: string): boolean {
	return QUANTITY.test(span) || (/^\d+$/.test(span) && UNIT_AFTER.test(after));
}

const UNITS =
	'ms|msecs?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?|[kmgt]i?b|bytes?|chars?|characters?|天|日|秒|分钟?|小时|時間|个月|ヶ月|年';
/** Enough of the text after a number to hold its longest unit, `characters`, and a space. */
const UNIT_CHARS = 12;
/** A number and its unit written as one: `14ms`, `256KB`, `180天`. */
const QUANTITY = new RegExp(`^\\d+(?:\\.\\d+)?(?:${UNITS})$`, 'iu');
/** A unit after a number and a space: `180 days`, `10 seconds`, `3 MB`, `90%`. */
const UNIT_AFTER = new RegExp(`^(?:\\s?(?:${UNITS})(?![\\p{L}\\p{N}])|\\s?%)`, 'iu');

/** A text and the other ways it may write a code. */
function readings(text: string, strength: number, mentions: Mentions): void {
	mentions.add(text, strength);
	// `0x6985` is listed as `6985` as often as not.
	if (HEX.test(text)) mentions.add(text.slice(2), strength);
	// and a debugger prints `0x0000001E` as `1E`: digits and the letters A to F, both.
	else if (BARE_HEX.test(text)) mentions.add(`0x${text}`, strength);
	// An exception's class names its error: `UniqueViolationError` is `UniqueViolation`.
	const stem = EXCEPTION_CLASS.exec(text)?.[1];
	if (stem) mentions.add(stem, strength);
	// Analyzers print a rule with their prefix (`PSAvoidUsingWriteHost`); documents list the rule.
	const rule = TOOL_PREFIXED.exec(text)?.[1];
	if (rule) mentions.add(rule, strength);
}

/** How surely a text names a code from how it is written alone. */
export function shapeStrength(text: string): number {
	if (LOG_LEVELS.has(text.toLowerCase())) return STRENGTH.logLevel;
	if (/^-?\d+$/.test(text))
		return text.replace('-', '').length >= 3 || text.startsWith('-')
			? STRENGTH.number
			: STRENGTH.word;
	const letters = /\p{L}/u.test(text);
	if (letters && /\d/.test(text)) return STRENGTH.shaped;
	// Hyphens alone join words of prose (`read-only`); `_`, `/` and `.` join the parts of names.
	if (/[_./]/.test(text) || (/-/.test(text) && /\p{Lu}/u.test(text))) return STRENGTH.shaped;
	if (/^[\p{Lu}\d_]{3,}$/u.test(text)) return STRENGTH.capitals;
	if (/^\p{Lu}*\p{Ll}+(?:\p{Lu}\p{Ll}*)+$/u.test(text)) return STRENGTH.capitals;
	return STRENGTH.word;
}
