/**
 * Several codes in one cell (issue 16, batches unseen-44 and unseen-45): numbers in code spans side
 * by side (`` `200` `201` `204` ``) and runs of codes set apart by slashes (`4002 / 4003 / 4004`)
 * are each their own entry. The code cell's reading alone, then the entries stage.
 */
import { describe, expect, it } from 'vitest';
import { readCodeCell } from '../../src/core/code-cell';
import { entriesAlone } from './table-text';

describe('code cell: several codes on one line', () => {
	it('reads numbers side by side, as code spans leave them, as a list', () => {
		expect(readCodeCell(['200 201 204']).codes).toEqual(['200', '201', '204']);
		expect(readCodeCell(['0x01 0x02']).codes).toEqual(['0x01', '0x02']);
		expect(readCodeCell(['E410 E411']).codes).toEqual(['E410', 'E411']);
	});

	it('reads a run of codes set apart by spaced slashes as a list, however long', () => {
		expect(readCodeCell(['4002 / 4003 / 4004']).codes).toEqual(['4002', '4003', '4004']);
		expect(readCodeCell(['TB-4001 / TB-4002 / TB-4003']).codes).toHaveLength(3);
	});

	it('keeps a code beside its name, words in capitals, and a date as they are', () => {
		expect(readCodeCell(['404 Not Found'])).toMatchObject({ codes: ['404'], note: 'Not Found' });
		expect(readCodeCell(['NOT FOUND']).codes).toEqual(['NOT FOUND']);
		expect(readCodeCell(['2024/01/15']).codes).toEqual(['2024/01/15']);
		expect(readCodeCell(['404 NOT_FOUND']).codes).toEqual(['404']);
	});

	it('gives each code of such a cell its own entry, the row’s message each', () => {
		const entries = entriesAlone({
			section: ['Errors'],
			header: ['Status', 'Meaning', 'When you see it'],
			rows: [
				['200 201 204', 'Success', 'The request succeeded.'],
				['400', 'Bad Request', 'The body failed validation.'],
				['404', 'Not Found', 'The resource does not exist.'],
				['409', 'Conflict', 'The resource already exists.'],
			],
		});
		expect(entries.map((e) => [e.code, e.message])).toEqual([
			['200', 'The request succeeded.'],
			['201', 'The request succeeded.'],
			['204', 'The request succeeded.'],
			['400', 'The body failed validation.'],
			['404', 'The resource does not exist.'],
			['409', 'The resource already exists.'],
		]);
	});
});
