/** Error bodies written into a cell, as JSON or as `key: value` pairs: the code they carry. */
import { codeShape } from './codes';

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
