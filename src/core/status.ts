/**
 * HTTP statuses as documents write them. One pattern for "a status in some text", so that the
 * table reader, the filters and the search agree on what a status is.
 */

/** The digits of a status, as a pattern to build others from (a status in a log line, say). */
export const STATUS_DIGITS = '[1-5]\\d\\d';
const STATUS_IN_TEXT = new RegExp(`(?:^|\\D)(${STATUS_DIGITS})(?!\\d)`);
const STATUS_ONLY = new RegExp(`^${STATUS_DIGITS}$`);
/** A range of statuses (`500-511`, `400 – 499`, `500~599`, `500 to 599`): many statuses, none of them its own. */
const STATUS_RANGE = new RegExp(`^${STATUS_DIGITS}\\s*(?:-|–|—|~|～|to)\\s*${STATUS_DIGITS}$`, 'i');
/** Statuses from one on (`>=500`, `≥ 500`, `500+`): a range open at one end. */
const STATUS_BOUND = new RegExp(`^(?:(?:>=?|≥)\\s*${STATUS_DIGITS}|${STATUS_DIGITS}\\s*\\+)$`);

/**
 * Whether a code names a range of statuses (`500-511`, `500 to 599`, `>=500`): many statuses, none of them
 * its own, as `5xx` is. A column of such ranges still reads as statuses (`HTTP Range`: `400-499`).
 */
export function isStatusRange(text: string): boolean {
	return STATUS_RANGE.test(text) || STATUS_BOUND.test(text);
}

/** The first HTTP status that says a request failed: below it, it succeeded or moved on. */
export const FIRST_ERROR_STATUS = 400;

export function isHttpStatus(value: number): boolean {
	return Number.isInteger(value) && STATUS_ONLY.test(String(value));
}

/** Whether a text is a status and nothing else: `404`. */
export function isStatusText(text: string): boolean {
	return STATUS_ONLY.test(text);
}

/** A 3-digit HTTP status in a cell (`404`, `404 Not Found`, `HTTP 404`), or null. */
export function readStatus(text: string): number | null {
	const match = STATUS_IN_TEXT.exec(text);
	return match ? Number(match[1]) : null;
}

/** `4xx` for 404; null when there is no status. */
export function statusClassOf(status: number | null): string | null {
	return status === null ? null : `${Math.floor(status / 100)}xx`;
}

/** The statuses of some rows, each once, in the order met; rows without one are left out. */
export function distinctStatuses(rows: readonly { status: number | null }[]): number[] {
	return [...new Set(rows.flatMap((row) => (row.status === null ? [] : [row.status])))];
}
