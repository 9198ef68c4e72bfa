/**
 * The HTTP status a meaning cell states for its code where the table has no status column
 * (`… is claimed by another app. 409.`, `… in time. 503, with blame: PLATFORM`, `returns HTTP
 * 409`): the status the code comes with, as a reader takes it.
 */
import { FIRST_ERROR_STATUS } from '../../core/status';
import { reasonPhrase, saysReasonPhrase } from '../../core/status-names';

/**
 * A status said as one: a sentence of its own (`409.`), the start of one (`503, with …`), or
 * named as the status (`HTTP 409`, `status 409`, `returns 503`, `responds with 409`). A number
 * in words about something else (`over 500 requests`, `1-63 characters`, port `443`) is none.
 */
const STATED = [
	/(?:^|[.!?;]\s+)([45]\d\d)(?=[.,;:]|\s*$)/,
	/\b(?:HTTP(?:\s+status)?|status(?:\s+code)?|returns|responds\s+with|answers\s+with)\s+([45]\d\d)(?![\d-])/i,
];

/** The one failing status HTTP defines that a meaning states, or null where it states none or several. */
export function statedStatus(text: string): number | null {
	const found = new Set<number>();
	for (const pattern of STATED) {
		const match = new RegExp(pattern.source, `${pattern.flags}g`);
		for (const m of text.matchAll(match)) {
			const status = Number(m[1]);
			if (reasonPhrase(status) !== undefined) found.add(status);
		}
	}
	return found.size === 1 ? [...found][0]! : null;
}

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
