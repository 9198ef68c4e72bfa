/**
 * A query that holds a generic message and more words: the entry whose message holds the other
 * words too ranks before the many that hold the generic message alone.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, codeTable } from './helpers';
import { engineOf, otherMessages } from './search-fixtures';

const catalog = buildCatalog([
	...['shop', 'bank', 'mail', 'maps'].map((name) => ({
		file: `content/${name}.md`,
		text: `# ${name}\n\n${codeTable([
			['E100', 'The item was not found.'],
			['E101', 'Internal Server Error'],
			['E102', 'The request timed out.'],
		])}`,
	})),
	// Other messages, as a real catalog has, so that the generic words are not the commonest.
	{
		file: 'content/widgets.md',
		text: `# widgets\n\n${codeTable(
			Array.from({ length: 40 }, (_, i) => [
				`W${i}`,
				i % 8 === 0 ? `Widget ${i} failed; check the logs.` : `Widget ${i} is out of stock.`,
			]),
		)}`,
	},
	{
		file: 'content/volley.md',
		text: `# volley\n\n${codeTable([
			['E200', 'You may not see this item.'],
			['E201', 'Intrnal server error (check logs)'],
			['E202', 'The request took too long.'],
		])}`,
	},
]);
const engine = engineOf(catalog);

describe('a query that holds a generic message and more words', () => {
	it('finds first the entry that holds the other words too', () => {
		expect(engine.search('Internal server error check logs', 3)[0]).toMatchObject({
			source: 'volley',
			code: 'E201',
		});
	});

	it('still finds the generic message pasted alone in every document', () => {
		expect(
			engine
				.search('Internal Server Error', 5)
				.map((hit) => hit.source)
				.slice(0, 4)
				.sort(),
		).toEqual(['bank', 'mail', 'maps', 'shop']);
	});
});

describe('a word of the query that is both a code and its whole message', () => {
	const named = buildCatalog([
		...['auth', 'gate', 'hub'].map((name) => ({
			file: `content/${name}.md`,
			text: `# ${name}\n\n${codeTable([
				['UNAUTHORIZED', 'Unauthorized'],
				['FORBIDDEN', 'Forbidden'],
			])}`,
		})),
		otherMessages(),
		{
			file: 'content/banking.md',
			text: `# banking\n\n| Code | Message | Description |\n|---|---|---|\n| 4130 | Invalid role | A signon has been attempted by a user in a role other than the authorized role. |\n| 4131 | Invalid user | The user is not known. |\n`,
		},
	]);
	const search = engineOf(named);

	it('in prose, does not rank a message that spans little of the query as if its code were pasted', () => {
		expect(search.search('signon attempted by user in unauthorized role', 3)[0]).toMatchObject({
			source: 'banking',
			code: '4130',
		});
	});

	it('typed alone, still finds the code', () => {
		expect(search.search('unauthorized', 3)[0]?.code).toBe('UNAUTHORIZED');
	});
});
