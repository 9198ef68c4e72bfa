/**
 * A message template is matched wherever every word outside its placeholders is in the query,
 * not only when the query's words choose it among the candidates: what fills a placeholder
 * (`keyId` in `Invalid parameter : {name}`) brings words (`key`, `id`) that other entries hold
 * more of, and those fill the candidate set.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, codeTable } from './helpers';
import { engineOf, otherMessages, topOf } from './search-fixtures';

const catalog = buildCatalog([
	{
		file: 'content/wallet.md',
		text: `# Wallet errors\n\n${codeTable([
			['W000', 'Invalid parameter : {name}'],
			['W001', 'Duplicate parameter : {name}'],
			['W002', 'Fail to decode : {name}'],
		])}`,
	},
	{
		file: 'content/keys.md',
		text: `# Key service errors\n\n${codeTable(
			Array.from({ length: 80 }, (_, i) => [
				`K${i}`,
				`The key id parameter of slot ${i} is invalid.`,
			]),
		)}`,
	},
	otherMessages(),
]);
const top = topOf(catalog);
const first = (query: string) => top(query)[0];

describe('a template whose words the query holds', () => {
	it('is matched though other entries hold more of the query', () => {
		expect(first('Invalid parameter : keyId')).toBe('wallet W000');
		expect(first('Duplicate parameter : keyId')).toBe('wallet W001');
	});

	it('is not matched when a word outside its placeholders is missing', () => {
		expect(first('Invalid key id parameter')).not.toBe('wallet W000');
	});

	it('is ready before the first query when prepared', () => {
		const prepared = engineOf(catalog);
		for (const _ of prepared.prepare());
		expect(prepared.search('Fail to decode : keyId', 1)[0]?.code).toBe('W002');
	});
});
