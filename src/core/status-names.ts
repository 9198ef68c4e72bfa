import statuses from 'statuses';

/** `404 Not Found`: the status with its reason phrase, where HTTP defines one. */
export function describeStatus(status: number): string {
	const reason = statuses.message[status];
	return reason ? `${status} ${reason}` : String(status);
}
