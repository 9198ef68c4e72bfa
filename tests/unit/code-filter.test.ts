import { describe, expect, it } from 'vitest';
import {
	filterQuery,
	isEmptyFilter,
	matchesFilter,
	parseFilter,
} from '../../src/views/code-filter';
import { statusClassOf } from '../../src/core/status';

const parse = (query: string) => parseFilter(new URLSearchParams(query));
const row = (source: string, status: number | null, text: string) => ({ source, status, text });

describe('the /codes/ filter', () => {
	it('is read from the address, tidied, and written back in one order', () => {
		const filter = parse('class=4XX&q=%20member%20%20not%20&source=PluralKit&status=404');
		expect(filter).toEqual({ q: 'member not', source: 'pluralkit', status: '404', class: '4xx' });
		expect(filterQuery(filter)).toBe('q=member+not&source=pluralkit&status=404&class=4xx');
		expect(filterQuery(parse(''))).toBe('');
		expect(isEmptyFilter(parse('q=&source='))).toBe(true);
	});

	it('drops values that cannot mean a status or class', () => {
		expect(parse('status=abc&class=9xx')).toMatchObject({ status: '', class: '' });
		expect(parse('status=none')).toMatchObject({ status: 'none' });
	});

	it('keeps rows that match every part', () => {
		const member = row('pluralkit', 404, "20003 Member '{memberRef}' not found.");
		expect(matchesFilter(member, parse('source=pluralkit&class=4xx&q=MEMBER found'))).toBe(true);
		expect(matchesFilter(member, parse('class=5xx'))).toBe(false);
		expect(matchesFilter(member, parse('status=403'))).toBe(false);
		expect(matchesFilter(member, parse('source=ffxiv-companion'))).toBe(false);
		expect(matchesFilter(member, parse('q=member group'))).toBe(false);
		expect(matchesFilter(row('ffxiv-companion', null, '311006'), parse('status=none'))).toBe(true);
		expect(matchesFilter(member, parse('status=none'))).toBe(false);
	});

	it('names status classes', () => {
		expect(statusClassOf(404)).toBe('4xx');
		expect(statusClassOf(null)).toBeNull();
	});
});
