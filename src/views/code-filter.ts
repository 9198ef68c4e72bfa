import { isStatusText, statusClassOf } from '../core/status';
import { normalizeSpace } from '../core/text';

/**
 * The filters of the all-codes table, kept in the address (`/codes/?source=x&class=4xx&q=y`) so
 * that a filtered view can be shared. The same parsing serves the first render and every change.
 */
export interface CodeFilter {
	/** Words that must all appear in the row, case-insensitively. */
	q: string;
	/** A source id, or '' for every source. */
	source: string;
	/** An HTTP status (`404`), `none` for rows without one, or '' for any. */
	status: string;
	/** A status class (`4xx`), or '' for any. */
	class: string;
}

/** One row of the table, as the filter sees it. */
export interface FilterRow {
	source: string;
	status: number | null;
	/** Everything the row shows, for the text filter. */
	text: string;
}

const KEYS = ['q', 'source', 'status', 'class'] as const;

/** Reads a filter from a query string; values that cannot mean anything are dropped. */
export function parseFilter(query: URLSearchParams): CodeFilter {
	const value = (key: string) => (query.get(key) ?? '').trim();
	const status = value('status').toLowerCase();
	const statusClass = value('class').toLowerCase();
	return {
		q: normalizeSpace(value('q')),
		source: value('source').toLowerCase(),
		status: isStatusText(status) || status === 'none' ? status : '',
		class: /^[1-5]xx$/.test(statusClass) ? statusClass : '',
	};
}

/** The query string of a filter, empty parts left out, in a fixed order so one view has one address. */
export function filterQuery(filter: CodeFilter): string {
	const query = new URLSearchParams();
	for (const key of KEYS) if (filter[key] !== '') query.set(key, filter[key]);
	return query.toString();
}

export function isEmptyFilter(filter: CodeFilter): boolean {
	return KEYS.every((key) => filter[key] === '');
}

export function matchesFilter(row: FilterRow, filter: CodeFilter): boolean {
	if (filter.source !== '' && row.source !== filter.source) return false;
	if (filter.status === 'none' && row.status !== null) return false;
	if (filter.status !== '' && filter.status !== 'none' && String(row.status) !== filter.status)
		return false;
	if (filter.class !== '' && statusClassOf(row.status) !== filter.class) return false;
	const text = row.text.toLowerCase();
	return filter.q
		.toLowerCase()
		.split(' ')
		.every((word) => text.includes(word));
}
