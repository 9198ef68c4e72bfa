/**
 * The entries stage on rows with an empty code cell (batch unseen-27): where the row's own HTTP
 * status says the request failed, the status is all the row says of its error and is its code;
 * where it says the request went well (`200 | OK | |`), the row names no error and makes no
 * entry, neither under its status nor joined to the entry above it.
 */
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/outputs/report';
import { tableEntries } from '../../src/pipeline/entries/entries';
import { buildFixture, routes } from './helpers';
import { type TableSketch, classifyAlone, tableText } from './table-text';

const responses: TableSketch = {
	section: ['HTTP response codes'],
	header: ['HTTP Response Code', 'Status', 'Code', 'Description'],
	rows: [
		['200', 'ok', '', 'Everything worked as expected.'],
		['400', 'error', 'ValidationError', 'The request is malformed or has invalid parameters.'],
		['404', 'error', 'NotFound', 'Entry not found.'],
		['202', 'accepted', '', 'The job was queued and will run soon.'],
		['503', 'error', '', 'The service is down for maintenance; try again later.'],
	],
};

describe('entries: a row with no code of its own', () => {
	const read = tableEntries(tableText(responses), classifyAlone(responses), {
		file: 'x.md',
		table: 0,
	});

	it('makes no entry of a success row, first or among the errors, and joins it to none', () => {
		expect(read.entries.map((entry) => entry.code)).toEqual(['ValidationError', 'NotFound', '503']);
		const notFound = read.entries.find((entry) => entry.code === 'NotFound')!;
		expect(notFound.details.map((detail) => detail.text)).not.toContain('accepted');
		expect(read.rowsRead).toMatchObject({ entries: 3, successes: 2, joined: 0, unreadable: 0 });
		expect(read.warnings).toEqual([]);
	});

	it('gives a failed row with no code its HTTP status as the code', () => {
		const down = read.entries.find((entry) => entry.code === '503')!;
		expect(down.status).toBe(503);
	});
});

describe('a document whose success rows leave the code cell empty', () => {
	it('has entries for the errors only, and its report says what became of the other rows', () => {
		const catalog = buildFixture('success-rows-without-code.md');
		expect(catalog.entries.map((entry) => entry.code)).toEqual([
			'INVALID_QUERY',
			'BAD_KEY',
			'429',
			'INTERNAL',
		]);
		expect(formatReport(catalog, routes).join('\n')).toContain('2 success rows');
	});
});
