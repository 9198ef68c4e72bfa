/**
 * A number in a catalog's message or example column (`block #1 not found`) is an example of the
 * value a real message states: a message pasted with another number in its place (`block
 * #48213377 not found`) is that one, ahead of messages that hold its words without the number.
 * A short text (`Error 1`) is told apart by its number.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, codeTable } from './helpers';
import { otherMessages, topOf } from './search-fixtures';

const catalog = buildCatalog([
	{
		file: 'content/chain.md',
		text: `# RPC errors\n\n| Code | Message | Message example |\n|---|---|---|\n| -32000 | Server error | "block #1 not found" |\n| -32001 | Unknown peer | "peer 0xf...f is unknown" |\n`,
	},
	{
		file: 'content/ledger.md',
		text: `# Ledger errors\n\n${codeTable([
			['BLOCK_NOT_FOUND', 'Block not found'],
			['TX_NOT_FOUND', 'Transaction not found'],
		])}`,
	},
	{
		file: 'content/steps.md',
		text: `# Step errors\n\n${codeTable([
			['S1', 'Error 1'],
			['S2', 'Error 2'],
		])}`,
	},
	otherMessages(),
]);
const top = topOf(catalog);

describe('a number in a message of the catalog', () => {
	it('stands for the number a pasted message gives in its place', () => {
		expect(top('block #48213377 not found')[0]).toBe('chain -32000');
	});

	it('but not in a text of too few other words to say which message it is', () => {
		expect(top('Error 2')[0]).toBe('steps S2');
	});
});
