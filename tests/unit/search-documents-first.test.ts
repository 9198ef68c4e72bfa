/**
 * Where one document lists a code several times (once per operation), the top results show
 * which documents have the code before that document's second and third entry of it; and where
 * one document holds the words typed in several codes, which documents hold them.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, codeTable, routes } from './helpers';
import { buildSearchIndex } from '../../src/outputs/search-index';
import { SearchEngine } from '../../src/search/search';

const catalog = buildCatalog([
	{
		file: 'content/events.md',
		text: `# Events\n\n## Create\n\n${codeTable([['409', 'The topic already exists.']])}\n## Update\n\n${codeTable([['409', 'The topic is being updated.']])}\n## Delete\n\n${codeTable([['409', 'The topic is being deleted.']])}`,
	},
	{ file: 'content/orders.md', text: `# Orders\n\n${codeTable([['409', 'The order changed.']])}` },
	{ file: 'content/users.md', text: `# Users\n\n${codeTable([['409', 'The user exists.']])}` },
]);
const engine = new SearchEngine(JSON.parse(JSON.stringify(buildSearchIndex(catalog))), routes);
const top = (query: string, limit = 3) =>
	engine.search(query, limit).map((hit) => `${hit.source} ${hit.message}`);

describe('a code several documents have, one of them several times', () => {
	it('lists each document once before a second entry of the same document', () => {
		expect(top('409')).toEqual([
			'events The topic already exists.',
			'orders The order changed.',
			'users The user exists.',
		]);
	});

	it("keeps the document's other entries of the code, after the other documents", () => {
		expect(top('409', 10)).toEqual([
			'events The topic already exists.',
			'orders The order changed.',
			'users The user exists.',
			'events The topic is being updated.',
			'events The topic is being deleted.',
		]);
	});

	it('still ranks first the variant whose message the query holds', () => {
		expect(top('409 The topic is being deleted.', 1)).toEqual([
			'events The topic is being deleted.',
		]);
	});
});

describe('words several codes of one document hold', () => {
	const catalog = buildCatalog([
		{
			file: 'content/trading.md',
			text: `# Trading\n\n${codeTable([
				['11100', 'Insufficient balance to place the order.'],
				['11101', 'Insufficient balance to withdraw.'],
				['11105', 'Insufficient balance to transfer.'],
			])}`,
		},
		{
			file: 'content/wallet.md',
			text: `# Wallet\n\n${codeTable([['400014', 'The account has an insufficient balance for this payment.']])}`,
		},
	]);
	const engine = new SearchEngine(JSON.parse(JSON.stringify(buildSearchIndex(catalog))), routes);
	const top = (query: string) => engine.search(query, 3).map((hit) => `${hit.source} ${hit.code}`);

	it("list each document's first before the second and third", () => {
		expect(top('insuficient balance')).toContain('wallet 400014');
	});
});
