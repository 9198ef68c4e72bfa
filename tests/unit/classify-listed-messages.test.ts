/**
 * The classify stage on tables that list what a library throws without a code (batch unseen-30):
 * the messages themselves, or the modules that throw them beside their messages; and on a plan's
 * risk matrix, whose levels look like short names. A table in, a verdict with its evidence out:
 * each decoy loses on the balance, and the error table it is shaped like still reads.
 */
import { describe, expect, it } from 'vitest';
import type { Classification } from '../../src/pipeline/classify/classify';
import { isThrownMessage } from '../../src/pipeline/classify/listed-messages';
import { buildFixture } from './helpers';
import { type TableSketch, classifyAlone } from './table-text';

const signals = (c: Classification) => c.evidence.map((e) => e.signal);

describe('classify: thrown messages listed without codes', () => {
	const messages: TableSketch = {
		section: ['Errors and validation messages', 'Common errors'],
		header: ['Message', 'Thrown when'],
		rows: [
			['MerchantID is empty.', 'No merchant was given to the client.'],
			['HashKey is empty. / HashIV is empty.', 'The client was made without its keys.'],
			['The invoice date format is invalid.', 'The date is not `Y-m-d`.'],
		],
	};

	it('weighs a column headed as the message and holding sentences against the table', () => {
		const c = classifyAlone(messages);
		expect(c.accepted).toBe(false);
		expect(signals(c)).toContain('listedMessages');
		expect(c.reason).toMatch(/"Message" is headed as messages and 100% of it are sentences/);
	});

	it('weighs a module column beside messages against the table, though a heading names errors', () => {
		const c = classifyAlone({
			section: ['Errors and validation messages', 'Common errors of queries and refunds'],
			header: ['Module', 'Message', 'Note'],
			rows: [
				['GetInvoice / GetInvalidInvoice', 'The invoice no is empty.', 'Queries need the number.'],
				['AllowanceInvoice', 'The allowance type is invalid.、Customer name is empty.', 'Checked.'],
				['AllowanceInvalid', 'The allowance no length should be 16.', 'Sixteen characters.'],
				['InvoiceNotify', 'Phone number or mail should be set.', 'One of them.'],
			],
		});
		expect(c.accepted).toBe(false);
		expect(signals(c)).toEqual(expect.arrayContaining(['listedMessages', 'otherHeader']));
	});

	it('still reads codes whose messages are sentences, and messages under a header of codes', () => {
		expect(
			classifyAlone({
				...messages,
				header: ['Code', 'Message'],
				rows: [
					['4001', 'The signature is invalid.'],
					['4002', 'The merchant is not enabled.'],
					['5001', 'The service is busy.'],
				],
			}).accepted,
		).toBe(true);
		const displayed = classifyAlone({
			...messages,
			header: ['Error code', 'Cause'],
		});
		expect(displayed.accepted).toBe(true);
		expect(signals(displayed)).not.toContain('listedMessages');
	});

	it('tells a thrown sentence from a code of a few words', () => {
		expect(isThrownMessage('MerchantID is empty.')).toBe(true);
		expect(isThrownMessage('HashKey is empty. / HashIV is empty.')).toBe(true);
		expect(isThrownMessage('Bad request')).toBe(false);
		expect(isThrownMessage('Invalid token.')).toBe(false);
		expect(isThrownMessage('MERCHANT_ID_EMPTY')).toBe(false);
	});
});

describe('classify: a risk matrix on a page of errors', () => {
	const risks: TableSketch = {
		section: ['Error catalog', 'Error catalog specific risks'],
		header: ['Risk', 'Impact', 'Probability', 'Mitigation Strategy'],
		rows: [
			[
				'Codes collide across services',
				'High',
				'Medium',
				'Register prefixes; fail the build on a duplicate.',
			],
			[
				'Messages leak internal details',
				'High',
				'Low',
				'Review every message; never pass an exception through.',
			],
			[
				'Translations go missing',
				'Medium',
				'High',
				'Fall back to English; fail CI on a missing key.',
			],
			['Clients parse messages', 'Medium', 'Medium', 'Document the code as the contract.'],
		],
	};

	it('weighs levels in the code column and the headers of a plan against the table', () => {
		const c = classifyAlone(risks);
		expect(c.accepted).toBe(false);
		expect(signals(c)).toEqual(expect.arrayContaining(['levelCodes', 'planTable']));
		expect(c.reason).toMatch(/are levels \(low, high, P1\), not codes/);
	});

	it('still reads an error table with a severity beside each code', () => {
		const c = classifyAlone({
			...risks,
			header: ['Code', 'Severity', 'Meaning'],
			rows: [
				['CAT_NOT_FOUND', 'High', 'The catalog entry does not exist.'],
				['CAT_LOCKED', 'Medium', 'The entry is locked and cannot be changed.'],
				['CAT_INVALID_SLUG', 'Low', 'The slug has characters that are not allowed.'],
			],
		});
		expect(c.accepted).toBe(true);
		expect(signals(c)).not.toContain('levelCodes');
	});
});

describe('the fixtures, as documents', () => {
	const codes = (name: string) => buildFixture(name).entries.map((entry) => entry.code);

	it('reads the result codes of a page of thrown messages, and none of the messages', () => {
		expect(codes('thrown-messages-without-codes.md')).toEqual(['4001', '4002', '5001']);
	});

	it('reads the codes of an error catalog, and no level of its risk matrix', () => {
		expect(codes('risk-matrix.md')).toEqual(['CAT_NOT_FOUND', 'CAT_LOCKED', 'CAT_INVALID_SLUG']);
	});
});
