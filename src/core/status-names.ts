import statuses from 'statuses';

/** `404 Not Found`: the status with its reason phrase, where HTTP defines one. */
export function describeStatus(status: number): string {
	const reason = statuses.message[status];
	return reason ? `${status} ${reason}` : String(status);
}

/** The reason phrase HTTP defines for a status (`Not Found`), if any. */
export function reasonPhrase(status: number): string | undefined {
	return statuses.message[status];
}

/**
 * The names HTTP gives a status or a class of statuses (`404`: `Not Found`; `4xx`: `Client
 * Error`, as RFC 9110 heads each class, and `Success`, as writers shorten `Successful`).
 */
export function namesOfStatus(code: string): string[] {
	const named = CLASS_NAMES[code.toLowerCase()];
	if (named) return named;
	const reason = /^\d{3}$/.test(code) ? reasonPhrase(Number(code)) : undefined;
	return reason === undefined ? [] : [reason];
}
const CLASS_NAMES: Record<string, string[]> = {
	'1xx': ['Informational'],
	'2xx': ['Successful', 'Success'],
	'3xx': ['Redirection'],
	'4xx': ['Client Error'],
	'5xx': ['Server Error'],
};

/**
 * Whether a name is a library's constant for a status, its reason phrase after `Status` or
 * `Http` (`StatusForbidden` in Go, `HTTP_NOT_FOUND`, `HttpStatusConflict`): a name of the status,
 * not a code an API returns.
 */
export function isStatusConstant(status: number, name: string): boolean {
	const reason = reasonPhrase(status);
	if (reason === undefined) return false;
	const letters = name.toLowerCase().replace(/[^a-z]/g, '');
	const bare = /^(?:http)?(?:status)?(.*)$/.exec(letters)![1]!;
	return bare !== letters && bare === reason.toLowerCase().replace(/[^a-z]/g, '');
}
