/**
 * A number written with its unit (`180 days`, `14ms`, `50 characters`, `180天`) is a quantity a
 * message states, a limit or a duration, not a code: the codes that are the same number must
 * not come before the entry whose words the query says.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, codeTable } from './helpers';
import { otherMessages, resultCodes, topOf } from './search-fixtures';
import { readQuery, STRENGTH } from '../../src/search/paste';

const catalog = buildCatalog([
	{
		file: 'content/payments.md',
		text: `# Payment errors\n\n${codeTable([
			['1020', 'Refund period expired: refunds are accepted within 180 days'],
			['1021', 'Refund amount exceeds the payment'],
		])}`,
	},
	...resultCodes(['voip', 'bank', 'maps'], ['180', '181']),
	otherMessages(),
]);
const top = topOf(catalog);
const strengthOf = (query: string, text: string) =>
	readQuery(query).mentions.find((mention) => mention.text === text)?.strength;

describe('a number written with its unit', () => {
	it('is read as a word, not a code', () => {
		expect(strengthOf('refund period expired 180 days', '180')).toBe(STRENGTH.word);
		expect(strengthOf('Completed 503 Service Unavailable in 14ms', '14ms')).toBe(STRENGTH.word);
		expect(strengthOf('（180天）', '180天')).toBe(STRENGTH.word);
		expect(strengthOf('name must be at most 256 characters', '256')).toBe(STRENGTH.word);
	});

	it('is still a code where the text says so, or where no unit follows', () => {
		expect(strengthOf('error code 180 days after', '180')).toBe(STRENGTH.keyed);
		expect(strengthOf('request failed with 180', '180')).toBe(STRENGTH.number);
		expect(strengthOf('error 180 daily', '180')).toBe(STRENGTH.number);
	});

	it('leaves the entry whose words the query says first', () => {
		expect(top('refund period expired 180 days')[0]).toBe('payments 1020');
	});
});
