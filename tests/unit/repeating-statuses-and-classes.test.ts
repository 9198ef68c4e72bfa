/**
 * Statuses that repeat down a column of situations, class rows over groups of codes, ranges of
 * statuses and statuses written in the meaning (issue 16, batches unseen-29 and unseen-30). The
 * classify and entries stages alone, and each kind's small document under tests/fixtures/ through
 * the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { buildFixture } from './helpers';
import { classifyAlone } from './table-text';

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
