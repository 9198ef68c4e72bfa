/**
 * Which column is the code, and what of a code cell is the code (issue 16, batches unseen-23 and
 * unseen-24): distinct identifiers beside repeating statuses and classes, where a sparse column is
 * headed as the code; an API's own numbers in the range of HTTP's statuses beside constants; codes
 * written as ranges with a tilde; a footnote mark after a code; an enum's meanings in a list
 * above its table; a column of reason phrases that names one status its own way. The code cell and the classify and entries stages alone, and each kind's small document under tests/fixtures/ through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { readCodeCell } from '../../src/core/code-cell';
import { codeShape } from '../../src/core/codes';
import { fromHtml } from 'hast-util-from-html';
import { tableEntries } from '../../src/pipeline/entries/entries';
import { withMeaningsElsewhere } from '../../src/pipeline/entries/meanings-elsewhere';
import { aliasColumns } from '../../src/pipeline/classify/other-names';
import { buildFixture } from './helpers';
import { type TableSketch, classifyAlone, profilesOf, tableText } from './table-text';

describe('distinct identifiers beside repeating statuses and classes are the codes', () => {
	const sketch = {
		section: ['Payment errors'],
		header: ['HTTP Status', 'Kind', 'Category', 'Description', 'Network code'],
		rows: [
			['500', 'server_fault', 'gateway_internal_error', 'Something went wrong on our side.', ''],
			[
				'409',
				'request_error',
				'duplicate_merchant_ref',
				'A charge with this reference exists.',
				'',
			],
			['404', 'request_error', 'route_not_found', 'The requested URL does not exist.', ''],
			['401', 'request_error', 'api_key_revoked', 'The API key has been revoked.', ''],
			['401', 'request_error', 'api_key_expired', 'The API key has expired.', ''],
			['402', 'card_decline', 'not_enough_balance', 'The card has insufficient funds.', '51'],
			['402', 'card_decline', 'card_expired', 'The card has expired.', '54'],
			['402', 'card_decline', 'refused_by_issuer', 'The issuer refused the charge.', ''],
		],
	};

	it('takes the column that gives every row its own identifier over a sparse one headed as the code', () => {
		const c = classifyAlone(sketch);
		expect([c.accepted, c.code, c.status]).toEqual([true, 2, 0]);
	});

	it('keeps a sparse code column where the full column beside it names exceptions, not codes', () => {
		const c = classifyAlone({
			section: ['JSON-RPC errors'],
			header: ['Code', 'Exception', 'Message'],
			rows: [
				['-32000', 'InvalidInputError', 'Missing or invalid parameters'],
				['', 'ResourceNotFoundError', 'Requested resource not found'],
				['', 'ResourceUnavailableError', 'Requested resource not available'],
				['-32001', 'TransactionRejectedError', 'Transaction creation failed'],
			],
		});
		expect(c.code).toBe(0);
	});

	it('reads the document: each identifier its own entry, with the status of its row', () => {
		const catalog = buildFixture('identifiers-beside-repeating-statuses.md');
		expect(catalog.entries.map((entry) => entry.code)).toEqual([
			'gateway_internal_error',
			'duplicate_merchant_ref',
			'route_not_found',
			'api_key_revoked',
			'api_key_expired',
			'amount_below_minimum',
			'currency_not_supported',
			'not_enough_balance',
			'card_expired',
			'wrong_pin',
			'refused_by_issuer',
			'capture_failed',
		]);
		const entry = catalog.entries.find((e) => e.code === 'duplicate_merchant_ref')!;
		expect(entry.status).toBe(409);
		expect(entry.message).toBe('A charge with this reference already exists.');
	});
});

describe("an API's own numbers in the range of HTTP's statuses", () => {
	it('takes numbers headed as the code, few of them HTTP error statuses, over the constants beside them', () => {
		const c = classifyAlone({
			section: ['Request errors'],
			header: ['Code', 'Error', 'Description'],
			rows: [
				['200', 'ERR_GENERIC', 'Unknown error'],
				['201', 'ERR_BAD_SYNTAX', 'Malformed request body'],
				['202', 'ERR_NO_AUTH', 'Authorization error'],
				['207', 'ERR_KEY_DISABLED', 'API key disabled by the owner'],
				['213', 'ERR_TOO_FAST', 'Sending rate exceeded'],
			],
		});
		expect([c.code, c.aliases, c.statusFromCode]).toEqual([0, [1], false]);
	});

	it('still takes the codes beside SIP statuses that repeat (`SIP Code | Q.850 Code`)', () => {
		const c = classifyAlone({
			section: ['Call failures'],
			header: ['SIP Code', 'Cause Code', 'Description'],
			rows: [
				['404', '1', 'Unallocated number'],
				['404', '3', 'No route to destination'],
				['486', '17', 'User busy'],
				['480', '18', 'No user responding'],
				['503', '34', 'No circuit available'],
			],
		});
		expect(c.code).toBe(1);
	});

	it('reads the document: the numbers as the codes, the bold constants as their aliases, no status', () => {
		const catalog = buildFixture('own-numbers-in-status-range.md');
		expect(catalog.entries.map((entry) => [entry.code, ...entry.aliases])).toEqual([
			['200', 'ERR_GENERIC'],
			['201', 'ERR_BAD_SYNTAX'],
			['202', 'ERR_NO_AUTH'],
			['204', 'ERR_ACCOUNT_BLOCKED'],
			['207', 'ERR_KEY_DISABLED'],
			['211', 'ERR_ADDRESS_DENIED'],
			['213', 'ERR_TOO_FAST'],
		]);
		expect(catalog.entries[0]!.status).toBeNull();
		expect(catalog.entries[0]!.message).toBe('Unknown error');
	});
});

describe('codes written as ranges with a tilde', () => {
	it('reads a range of lettered codes, with a tilde, a dash or `to`, as one code written whole', () => {
		for (const range of [
			'V000 ~ V099',
			'A100 〜 A199',
			'A200 ～ A299',
			'B300~B399',
			'E100 – E199',
			'E100 to E199',
			'1000 to 1999',
		])
			expect([codeShape(range), readCodeCell([range]).codes]).toEqual(['range', [range]]);
		// A typo's range (`R900 ~ V999`) is still the one code the document writes.
		expect(readCodeCell(['R900 ~ V999']).codes).toEqual(['R900 ~ V999']);
		// A hyphen in a code, and a code before its message, are no range.
		expect(codeShape('E-100')).toBe('alphanumeric');
		expect(readCodeCell(['E1 - bad key']).codes).toEqual(['E1']);
	});

	it('reads the document: every range one entry', () => {
		const catalog = buildFixture('code-ranges-with-tildes.md');
		expect(catalog.entries.map((entry) => entry.code)).toEqual([
			'0000',
			'A000 ~ A099',
			'A100 〜 A199',
			'A200 ～ A299',
			'B300~B399',
			'B900 ~ A999',
		]);
	});
});

describe('a footnote mark after a code', () => {
	it('reads the code without the mark', () => {
		expect(readCodeCell(['E07*']).codes).toEqual(['E07']);
		expect(readCodeCell(['E11†']).codes).toEqual(['E11']);
		expect(readCodeCell(['1001¹']).codes).toEqual(['1001']);
		expect(readCodeCell(['E07* High pressure'])).toMatchObject({
			codes: ['E07'],
			note: 'High pressure',
		});
		// Stars that stand for a class's open digits are no mark.
		expect(readCodeCell(['4**']).codes).toEqual(['4**']);
		expect(readCodeCell(['5*']).codes).toEqual(['5*']);
	});

	it('reads the document: the codes without their marks, the row as written', () => {
		const catalog = buildFixture('footnote-marks-after-codes.md');
		expect(catalog.entries.map((entry) => entry.code)).toEqual([
			'E01',
			'E02',
			'E07',
			'E08',
			'E11',
			'E12',
		]);
		expect(catalog.entries[2]!.message).toBe('High pressure');
		const source = catalog.sources[0]!;
		expect(JSON.stringify(source)).toContain('E07*');
	});
});

describe("an enum's meanings in a list of the document", () => {
	const values: TableSketch = {
		section: ['SyncErrorCode', 'Values'],
		header: ['Name', 'Value'],
		rows: [
			['QUOTA_EXCEEDED', 'quota_exceeded'],
			['STALE_CURSOR', 'stale_cursor'],
			['UNKNOWN', 'unknown'],
		],
	};
	const drafts = () =>
		tableEntries(tableText(values), classifyAlone(values), { file: 'doc.md', table: 0 }).entries;
	const list = (items: string[]) =>
		fromHtml(`<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`, { fragment: true });

	it("gives an entry whose row says only the code's names the meaning a list item gives", () => {
		const document = list([
			'<code>quota_exceeded</code> - The account has used all of its storage',
			'<code>stale_cursor</code> - The cursor is older than the last full sync',
		]);
		const read = withMeaningsElsewhere(drafts(), [tableText(values)], [false], document);
		expect(read.map((e) => [e.code, e.message])).toEqual([
			['quota_exceeded', 'The account has used all of its storage'],
			['stale_cursor', 'The cursor is older than the last full sync'],
			['unknown', 'UNKNOWN'],
		]);
	});

	it('takes nothing from a list that gives one of the codes', () => {
		const document = list([
			'quota_exceeded - The account has used all of its storage',
			'Retry later',
		]);
		const read = withMeaningsElsewhere(drafts(), [tableText(values)], [false], document);
		expect(read.map((e) => e.message)).toEqual(['QUOTA_EXCEEDED', 'STALE_CURSOR', 'UNKNOWN']);
	});

	it('reads the document: each value its meaning, the constant its alias', () => {
		const catalog = buildFixture('enum-meanings-in-list-above.md');
		expect(catalog.entries.map((entry) => [entry.code, entry.message, ...entry.aliases])).toEqual([
			['quota_exceeded', 'The account has used all of its storage', 'QUOTA_EXCEEDED'],
			['stale_cursor', 'The cursor is older than the last full sync', 'STALE_CURSOR'],
			['remote_gone', 'The remote folder was deleted', 'REMOTE_GONE'],
			['write_conflict', 'Both sides changed the same file', 'WRITE_CONFLICT'],
			['sync_failed', 'SYNC_FAILED', 'SYNC_FAILED'],
		]);
	});
});

describe('a column of reason phrases names every status, one its own way', () => {
	const sketch: TableSketch = {
		header: ['Status', 'Bedeutung', 'Erklärung'],
		rows: [
			['200', 'OK', 'Die Anfrage wurde verarbeitet.'],
			['301', 'Moved', 'Die Adresse hat sich dauerhaft geändert.'],
			['304', 'Not modified', 'Die Ressource ist unverändert.'],
			['400', 'Bad request', 'Die Anfrage ist fehlerhaft.'],
			['404', 'Not found', 'Die Ressource gibt es nicht.'],
		],
	};

	it('takes the column as the names of the codes', () => {
		const table = tableText(sketch);
		expect(aliasColumns(profilesOf(table), table.rows, 0, [0])).toEqual([1]);
	});

	it('takes no column that spells the reason phrase in a few rows only', () => {
		const table = tableText({
			...sketch,
			rows: sketch.rows.map((row, i) => (i < 2 ? row : [row[0]!, 'Siehe Handbuch', row[2]!])),
		});
		expect(aliasColumns(profilesOf(table), table.rows, 0, [0])).toEqual([]);
	});

	it('reads the document: each status its name as the document writes it', () => {
		const catalog = buildFixture('status-names-in-own-words.md');
		expect(catalog.entries.map((entry) => [entry.code, entry.status, ...entry.aliases])).toEqual([
			['200', 200, 'OK'],
			['301', 301, 'Moved For Good'],
			['304', 304, 'Not modified'],
			['400', 400, 'Bad Request'],
			['404', 404, 'Not found'],
			['503', 503, 'Service Unavailable'],
		]);
	});
});
