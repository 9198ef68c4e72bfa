/**
 * Statuses that repeat down a column of situations, class rows over groups of codes, ranges of
 * statuses and statuses written in the meaning (issue 16, batches unseen-29 and unseen-30). The
 * classify and entries stages alone, and each kind's small document under tests/fixtures/ through
 * the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { isStatusRange } from '../../src/core/status';
import { headsGroup } from '../../src/pipeline/entries/class-rows';
import { statedStatus } from '../../src/pipeline/entries/stated-status';
import { buildFixture } from './helpers';
import { classifyAlone, tableText } from './table-text';

describe('situations mapped to statuses that repeat', () => {
	const situations = {
		context: ['The following errors can come back from the API:'],
		header: ['Error', 'HTTP Code', 'Description'],
		rows: [
			['Bad request', '400', 'The request body could not be read.'],
			['Wrong locker_id', '400', 'Use a locker id of twelve digits.'],
			['Wrong pickup_window', '400', 'Give the pickup window in ISO 8601.'],
			['Parcel too large', '400', 'The parcel does not fit any free compartment.'],
			['Unauthorized', '401', 'Send a valid token in the x-api-key header.'],
			['Locker not found', '404', 'No locker has that id, or it was retired.'],
		],
	};

	it('takes the statuses for the codes, repeats and all, and the situations for their names', () => {
		const c = classifyAlone(situations);
		expect([c.accepted, c.code, c.aliases, c.message]).toEqual([true, 1, [0], 2]);
	});

	it('leaves numbers that repeat beside no situations (a list of values) unread', () => {
		const c = classifyAlone({
			context: ['Retry settings per status:'],
			header: ['Setting', 'HTTP Code', 'Value'],
			rows: [
				['retries', '429', '3'],
				['backoff', '429', '2s'],
				['retries', '503', '5'],
				['backoff', '503', '10s'],
			],
		});
		expect(c.accepted).toBe(false);
	});

	it('reads every situation of the document as its own entry of its status', () => {
		const catalog = buildFixture('situations-named-beside-repeated-statuses.md');
		expect(catalog.entries.map((entry) => [entry.code, entry.status])).toEqual([
			['400', 400],
			['400', 400],
			['400', 400],
			['400', 400],
			['401', 401],
			['404', 404],
			['409', 409],
		]);
		expect(catalog.entries[0]!.aliases).toEqual(['Bad request']);
		expect(catalog.entries[0]!.message).toBe('The request body could not be read.');
	});
});

describe('class rows that head groups of codes', () => {
	const rows = (...cells: string[][]) =>
		tableText({ header: ['Error code', 'Meaning'], rows: cells }).rows;

	it('takes a class with a group title above codes of that class for the title of the rows below', () => {
		const table = rows(
			['0x0001xx', 'File errors'],
			['0x000100', 'Failed to create or open file'],
			['0x000101', 'Failed to lock file'],
		);
		expect([0, 1, 2].map((row) => headsGroup(table, row, 0, 1))).toEqual([true, false, false]);
	});

	it('keeps a class among codes of other classes, a table of classes alone, and a class that says a sentence', () => {
		expect(headsGroup(rows(['404', 'Not found'], ['5xx', 'Server error']), 1, 0, 1)).toBe(false);
		expect(
			headsGroup(
				rows(['0xE1XX_XXXX', 'Field bus error'], ['0xE2XX_XXXX', 'Communication error']),
				0,
				0,
				1,
			),
		).toBe(false);
		expect(
			headsGroup(
				rows(['0x0001xx', 'The file could not be read.'], ['0x000100', 'Failed to open file']),
				0,
				0,
				1,
			),
		).toBe(false);
	});

	it('reads the codes of each group under its title, and a class with its own meaning as a code', () => {
		const catalog = buildFixture('class-rows-over-hex-groups.md');
		expect(catalog.entries.map((entry) => entry.code)).toEqual([
			'0x010100',
			'0x010101',
			'0x010102',
			'0x010200',
			'0x010201',
			'404',
			'429',
			'5xx',
		]);
		const report = catalog.sources[0]!.tablesRead[0]!;
		expect(report.rowsRead?.headings).toBe(2);
	});
});

describe('a range of statuses', () => {
	it('is no one status, however it is written', () => {
		expect(['500-511', '400 – 499', '500~599', '500 to 599'].map(isStatusRange)).toEqual([
			true,
			true,
			true,
			true,
		]);
		expect(['500', '404 Not Found', '400-level', '001-010'].map(isStatusRange)).toEqual([
			false,
			false,
			false,
			false,
		]);
	});

	it('gives its row no status, where each status of the table gives its own', () => {
		const catalog = buildFixture('status-ranges-beside-statuses.md');
		expect(catalog.entries.map((entry) => [entry.code, entry.status])).toEqual([
			['200', 200],
			['400', 400],
			['404', 404],
			['429', 429],
			['500-511', null],
		]);
	});
});

describe('a status stated in the meaning', () => {
	it('reads a status said as a sentence, the start of one, or named as the status', () => {
		expect(
			[
				'The slug is claimed by another app. 409.',
				'We could not start the work in time. 503, with `blame: PLATFORM`.',
				'The export is refused with HTTP 413 when it is too large.',
				'The API returns 429 until the window resets.',
			].map(statedStatus),
		).toEqual([409, 503, 413, 429]);
	});

	it('reads no status from a number about something else, nor from two statuses', () => {
		expect(
			[
				'At most 500 requests a minute.',
				'Use 1-63 characters.',
				'Connect to port 443 first.',
				'Either 400 or 404. Depends on the route.',
				'Sent after 404.5 seconds.',
			].map(statedStatus),
		).toEqual([null, null, null, null, null]);
	});

	it("gives a code the status its meaning states where the table has no status column, and a status column's over it", () => {
		const catalog = buildFixture('statuses-stated-in-meanings.md');
		expect(catalog.entries.map((entry) => [entry.code, entry.status])).toEqual([
			['SLUG_TAKEN', 409],
			['WORKER_BUSY', 503],
			['BATCH_TOO_LARGE', null],
			['EXPORT_TOO_LARGE', 413],
			['QUOTA_LOW', 402],
		]);
	});
});
