/**
 * The HTTP status a meaning cell states for its code where the table has no status column
 * (`… is claimed by another app. 409.`, `… in time. 503, with blame: PLATFORM`, `returns HTTP
 * 409`): the status the code comes with, as a reader takes it.
 */
import { FIRST_ERROR_STATUS } from '../../core/status';
import { reasonPhrase, saysReasonPhrase } from '../../core/status-names';

/**
 * A status said as one: a sentence of its own (`409.`), the start of one (`503, with …`), named
 * as the status (`HTTP 409`, `status 409`, `returns 503`, `responds with 409`), or given as a
 * body's `code` (`（乐观锁并发冲突，code=409）`). A status named as one with others (`HTTP
 * 401/403`, `status 502 or 503`) is read with them, so that the meaning states several. A number
 * in words about something else (`over 500 requests`, `1-63 characters`, port `443`) is none.
 */
const STATED = [
	/(?:^|[.!?;]\s+)([45]\d\d)(?=[.,;:]|\s*$)/,
	new RegExp(
		String.raw`\b(?:HTTP(?:\s+status)?|status(?:\s+code)?|returns|responds\s+with|answers\s+with)\s+` +
			String.raw`([45]\d\d(?:\s*(?:\/|,|\bor\b|\band\b)\s*[45]\d\d)*)(?![\d-])`,
		'i',
	),
	/\bcode\s*[=:：]\s*([45]\d\d)(?!\d)/i,
];

/**
 * A code that names the status it stands for (`HTTP_429`, `HTTP-503`), as an app names the
 * statuses it passes on: the status is in the code itself.
 */
const NAMED_IN_CODE = /^HTTP[_-]?([45]\d\d)$/i;

/** The one failing status HTTP defines that a meaning states, or null where it states none or several. */
export function statedStatus(text: string): number | null {
	return onlyOne(statusesStated(text));
}

/**
 * The one failing status that a code's name and its meaning state together, or null where they
 * state none or several (`Missing/invalid auth (HTTP 401/403)`: which of the two is not said).
 */
export function statedByCodeOrMeaning(code: string, text: string): number | null {
	const found = statusesStated(text);
	const named = NAMED_IN_CODE.exec(code);
	if (named) addStatuses(found, named[1]!);
	return onlyOne(found);
}

function statusesStated(text: string): Set<number> {
	const found = new Set<number>();
	for (const pattern of STATED)
		for (const m of text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`)))
			addStatuses(found, m[1]!);
	return found;
}

/** Adds the failing statuses HTTP defines among the numbers written. */
function addStatuses(found: Set<number>, written: string): void {
	for (const number of written.match(/\d{3}/g) ?? [])
		if (reasonPhrase(Number(number)) !== undefined) found.add(Number(number));
}

const onlyOne = (found: Set<number>) => (found.size === 1 ? [...found][0]! : null);

/**
 * The status a number of the API's own is, where its meaning is only the status's reason phrase
 * in some language (`` `401` | No autorizado. `` among payout codes `601`, `812`): the number is
 * HTTP's, sent as the status. Null for any other number or meaning (`401 | token invalid`, a code
 * of the API's own that reuses the number).
 */
export function statusNamedByMeaning(code: string, meaning: string): number | null {
	if (!/^\d{3}$/.test(code)) return null;
	const status = Number(code);
	return status >= FIRST_ERROR_STATUS && saysReasonPhrase(status, meaning) ? status : null;
}
