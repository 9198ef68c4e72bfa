/**
 * The entries stage on its own: a classified table in, entries out, with what became of each row
 * and the other names (aliases) of each code.
 */
import { describe, expect, it } from 'vitest';
import { classifyTable } from '../../src/pipeline/classify/classify';
import { tableEntries } from '../../src/pipeline/entries/entries';
import { type TableSketch, tableText } from './table-text';

function entriesOf(sketch: TableSketch) {
	const table = tableText(sketch);
	const classification = classifyTable(table, undefined, () => {}, 'front matter');
	expect(classification.accepted, classification.reason).toBe(true);
	return tableEntries(table, classification, { file: 'content/doc.md', table: 0 });
}
const aliases = (read: ReturnType<typeof entriesOf>) =>
	Object.fromEntries(read.entries.map((entry) => [entry.code, entry.aliases]));

describe('entries: aliases', () => {
	it("keeps an enum member's name that only capitalises the word it sends (`Declined` for `declined`) as an alias", () => {
		const read = entriesOf({
			section: ['CreditCardErrorTag', 'Values'],
			context: ['The type of error returned'],
			header: ['Name', 'Value'],
			rows: [
				['Declined', 'declined'],
				['DeclinedInvalidAmount', 'declined_invalid_amount'],
				['DeclinedInvalidCvv', 'declined_invalid_cvv'],
				['DeclinedInvalidMerchant', 'declined_invalid_merchant'],
				['DeclinedInvalidNumber', 'declined_invalid_number'],
				['DeclinedExpired', 'declined_expired'],
				['DeclinedCallIssuer', 'declined_call_issuer'],
				['DeclinedUnsupported', 'declined_unsupported'],
			],
		});
		expect(aliases(read)).toMatchObject({
			declined: ['Declined'],
			declined_invalid_cvv: ['DeclinedInvalidCvv'],
		});
	});

	it("keeps a device's light pattern (`---R`) as an alias, and no ditto mark or dash", () => {
		const read = entriesOf({
			section: ['Error codes'],
			header: ['Hex', 'Bin', 'Description'],
			rows: [
				['0x1', '---R', 'No memory card detected.'],
				['0x2', '--W-', 'The sound file is missing.'],
				['0x3', 'W--R', 'The battery is low.'],
				['0x4', '-', 'The lid is open.'],
			],
		});
		expect(aliases(read)).toEqual({ '0x1': ['---R'], '0x2': ['--W-'], '0x3': ['W--R'], '0x4': [] });
	});

	it('reads a constant and its exception class in one cell as one entry with an alias', () => {
		const read = entriesOf({
			section: ['Codes and exceptions'],
			header: ['Code / Exception', 'HTTP', 'Meaning'],
			rows: [
				['RATE_LIMITED<br>ThrottledError', '429', 'Too many requests in the last minute.'],
				['DeclinedError<br>CARD_DECLINED', '402', 'The issuer declined the card.'],
				['RATE_EXPIRED / QuoteExpiredError', '409', 'The exchange rate quoted has expired.'],
				['IDEMPOTENCY_REUSED', '409', 'The idempotency key was used with another body.'],
			],
		});
		expect(aliases(read)).toEqual({
			RATE_LIMITED: ['ThrottledError'],
			CARD_DECLINED: ['DeclinedError'],
			RATE_EXPIRED: ['QuoteExpiredError'],
			IDEMPOTENCY_REUSED: [],
		});
		expect(read.rowsRead.entries).toBe(4);
	});

	it('gives a decimal column and a hex column of one value one entry, the code in the column the table leads with', () => {
		const read = entriesOf({
			section: ['Reason codes'],
			header: ['Reason (dec)', 'Reason (hex)', 'Description'],
			rows: [
				['4097', '0x1001', 'The terminal lost its connection.'],
				['4098', '0x1002', 'The card was removed too early.'],
			],
		});
		expect(aliases(read)).toEqual({ '4097': ['0x1001'], '4098': ['0x1002'] });
		// The hex column stays a detail as well, under its own header.
		expect(read.entries[0]!.details).toEqual([
			{ label: 'Reason (hex)', text: '0x1001', html: '0x1001' },
		]);
	});

	it('takes every name column and the signed decimal of a hex code, in table order', () => {
		const read = entriesOf({
			section: ['General Errors'],
			header: ['Hex', 'Decimal', 'Symbol', 'Description'],
			rows: [
				['0x8A150001', '-1978335231', 'APPINSTALLER_CLI_ERROR_INTERNAL_ERROR', 'Internal Error'],
				[
					'0x8A150002',
					'-1978335230',
					'APPINSTALLER_CLI_ERROR_INVALID_CL_ARGUMENTS',
					'Invalid command line arguments',
				],
			],
		});
		expect(aliases(read)['0x8A150001']).toEqual([
			'-1978335231',
			'APPINSTALLER_CLI_ERROR_INTERNAL_ERROR',
		]);
	});

	it("never takes the code itself, an empty cell or a ditto mark for an alias; a status's reason phrase is one", () => {
		const read = entriesOf({
			section: ['Errors'],
			header: ['Code', 'Name', 'Message'],
			rows: [
				['E1', 'e1', 'The first thing failed.'],
				['E2', '', 'The second thing failed.'],
				['E3', '"', 'The third thing failed.'],
				['E4', 'DISK_FULL', 'The disk is full.'],
				['E5', 'QUOTA_GONE', 'No quota is left.'],
				['E6', 'NET_DOWN', 'The network is down.'],
			],
		});
		expect(aliases(read)).toEqual({
			E1: [],
			E2: [],
			E3: [],
			E4: ['DISK_FULL'],
			E5: ['QUOTA_GONE'],
			E6: ['NET_DOWN'],
		});
		const statuses = entriesOf({
			section: ['HTTP status codes'],
			header: ['Status', 'Message'],
			rows: [
				['401 (UNAUTHORIZED)', 'The token is missing.'],
				['404 (NOT_FOUND)', 'No such thing.'],
				['409 (EDIT_CONFLICT)', 'Someone else changed it.'],
			],
		});
		expect(aliases(statuses)).toEqual({
			'401': ['UNAUTHORIZED'],
			'404': ['NOT_FOUND'],
			'409': ['EDIT_CONFLICT'],
		});
		// The name HTTP gives a status, and a titled name beside a message, are names; words in lower
		// case are a note.
		const phrases = entriesOf({
			section: ['HTTP status codes'],
			header: ['Status', 'Message'],
			rows: [
				['200 - Ok', 'The call succeeded.'],
				['404 (Not Found)', 'No such thing.'],
				['422 - Validation Error', 'A field is invalid.'],
				['429 - too many at once', 'Slow down.'],
			],
		});
		expect(aliases(phrases)).toEqual({
			'200': ['Ok'],
			'404': ['Not Found'],
			'422': ['Validation Error'],
			'429': [],
		});
	});
});

describe('entries: names beside numbers', () => {
	it("takes a column of state names beside exit codes for their aliases, a range's sentence aside", () => {
		const read = entriesOf({
			section: ['Exit codes'],
			header: ['Exit Code', 'Meaning (short)', 'Meaning (extended)'],
			rows: [
				['0', 'OK', 'The check ran and everything was within its thresholds.'],
				['1', 'WARNING', 'The check ran and something was not within its thresholds.'],
				['2', 'CRITICAL', 'The check ran and something was far outside its thresholds.'],
				['3', 'UNKNOWN', 'The check could not run: missing permissions or libraries.'],
				['4-255', 'reserved for future use', ''],
			],
		});
		expect(aliases(read)).toEqual({
			'0': ['OK'],
			'1': ['WARNING'],
			'2': ['CRITICAL'],
			'3': ['UNKNOWN'],
			'4-255': [],
		});
	});
});

describe('entries: header rows', () => {
	it('makes no entry of a row that names the columns, and counts it with the heading rows', () => {
		const read = entriesOf({
			section: ['Extended codes'],
			header: ['Code', 'Meaning'],
			rows: [
				['E100', 'The SIM card is missing.'],
				['Code', 'Meaning'],
				['E200', 'The network refused the registration.'],
			],
			headerRows: [1],
		});
		expect(read.entries.map((entry) => entry.code)).toEqual(['E100', 'E200']);
		expect(read.rowsRead).toMatchObject({ entries: 2, headings: 1 });
		expect(read.entries[1]!.row).toBe(2);
	});
});

describe('entries: kinds of unseen-14 and unseen-15', () => {
	it('makes no entry of words among numbered codes, and counts the row as unreadable', () => {
		const read = entriesOf({
			section: ['Delivery failure codes'],
			header: ['Code', 'Description'],
			rows: [
				['3101', 'Destination rejected by the carrier'],
				['3102', 'Message body is malformed'],
				['3201', 'Sender is blocked'],
				['new code', 'new code info'],
			],
		});
		expect(read.entries.map((entry) => entry.code)).toEqual(['3101', '3102', '3201']);
		expect([read.rowsRead.entries, read.rowsRead.unreadable]).toEqual([3, 1]);
		expect(read.warnings[0]!.message).toContain('its code cell "new code" is words');
	});

	it("takes a status's reason phrase in a column of its own as an alias, one word or several", () => {
		const read = entriesOf({
			header: ['Status code', 'Definition', 'Message'],
			rows: [
				['410', 'GONE', 'This resource is gone'],
				['500', 'INTERNAL SERVER ERROR', 'Something is horribly wrong'],
				['503', 'SERVICE UNAVAILABLE', 'The service is overloaded'],
			],
		});
		expect(aliases(read)).toEqual({
			'410': ['GONE'],
			'500': ['INTERNAL SERVER ERROR'],
			'503': ['SERVICE UNAVAILABLE'],
		});
	});
});
