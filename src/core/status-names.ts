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
