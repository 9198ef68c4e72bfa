import { isHttpStatus, STATUS_DIGITS } from '../core/status';

/** What a pasted JSON error body says about the error. */
export interface ErrorBody {
	/** Values that may be the error code. */
	codes: string[];
	/** Texts that may be the message. */
	messages: string[];
	/** The HTTP status it reports, if any. */
	status: number | null;
}

// Field names APIs use in error bodies, compared without case, `_` or `-`.
const CODE_FIELDS = new Set([
	'code',
	'errorcode',
	'errcode',
	'errorid',
	'errno',
	'subcode',
	'type',
	'error',
]);
const MESSAGE_FIELDS = new Set([
	'message',
	'msg',
	'errormessage',
	'errmsg',
	'description',
	'errordescription',
	'detail',
	'details',
	'title',
	'reason',
	'error',
]);
const STATUS_FIELDS = new Set(['status', 'statuscode', 'httpstatus', 'httpcode', 'httpstatuscode']);
const MAX_DEPTH = 5;

// A status written in a log line or response head: `HTTP/1.1 404`, `status=404`, `status code: 404`.
const LOGGED_STATUS = new RegExp(
	`\\b(?:HTTP\\/\\d(?:\\.\\d)?|status(?:[ _-]?code)?)["']?\\s*[=:]?\\s*(${STATUS_DIGITS})\\b`,
	'i',
);
// A query that is a status, perhaps with its reason phrase: `404`, `HTTP 404`, `404 Not Found`.
const BARE_STATUS = new RegExp(`^\\s*(?:https?\\s*)?(${STATUS_DIGITS})(?:\\s+[\\p{L} ]*)?$`, 'iu');

/**
 * Reads the JSON error body in a pasted text (possibly with a log prefix or response head
 * around it) by its field names; null when there is none.
 */
export function readErrorBody(text: string): ErrorBody | null {
	const start = text.search(/[{[]/);
	const end = Math.max(text.lastIndexOf('}'), text.lastIndexOf(']'));
	if (start < 0 || end <= start) return null;
	let body: unknown;
	try {
		body = JSON.parse(text.slice(start, end + 1));
	} catch {
		return null;
	}
	const paste: ErrorBody = { codes: [], messages: [], status: null };
	walk(body, paste, 0);
	return paste.codes.length || paste.messages.length || paste.status !== null ? paste : null;
}

function walk(value: unknown, paste: ErrorBody, depth: number): void {
	if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
	if (Array.isArray(value)) {
		for (const item of value) walk(item, paste, depth + 1);
		return;
	}
	for (const [key, field] of Object.entries(value)) {
		const name = key.toLowerCase().replace(/[_-]/g, '');
		if (typeof field === 'object') walk(field, paste, depth + 1);
		else if (STATUS_FIELDS.has(name) && isHttpStatus(Number(field))) paste.status ??= Number(field);
		else if (typeof field === 'string' && MESSAGE_FIELDS.has(name) && /\s/.test(field.trim()))
			paste.messages.push(field);
		else if (
			(typeof field === 'string' || typeof field === 'number') &&
			(CODE_FIELDS.has(name) || STATUS_FIELDS.has(name))
		) {
			paste.codes.push(String(field));
		}
	}
}

/** The HTTP status a log line or response head states, or the status a query is made of. */
export function statusIn(text: string): number | null {
	const found = LOGGED_STATUS.exec(text) ?? BARE_STATUS.exec(text);
	return found ? Number(found[1]) : null;
}
