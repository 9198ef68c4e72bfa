import { STATUS_CODES } from 'node:http';

/** `404 Not Found`: the status with its reason phrase, where HTTP defines one. */
export function describeStatus(status: number): string {
	const reason = STATUS_CODES[status];
	return reason ? `${status} ${reason}` : String(status);
}
