import type { Entry } from './types';

/**
 * What an entry says in one line: its message, or, in a table without a message column, its
 * first other column. Used wherever a code is listed with a line about it.
 */
export function summaryOf(entry: Pick<Entry, 'message' | 'details'>): string {
	return entry.message || entry.details[0]?.text || '';
}
