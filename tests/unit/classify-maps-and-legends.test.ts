/**
 * The classify stage on lookalike tables beside error tables (batches unseen-43 and 46): a map
 * between names error tables above list (`actNotFound | XrplFailure.NotFound`), and a legend of
 * codes that stand for things, which the heading above names (`# Game Codes` over `Code | Game`).
 */
import { describe, expect, it } from 'vitest';
import type { Classification } from '../../src/pipeline/classify/classify';
import { buildFixture } from './helpers';
import { classifyAll, classifyAlone } from './table-text';

const signals = (c: Classification) => c.evidence.map((e) => e.signal);

const kinds = {
	section: ['Failure kinds'],
	header: ['Kind', 'When raised'],
	rows: [
		['LedgerFailure.Rpc', 'The node answered with an error.'],
		['LedgerFailure.Missing', 'The account does not exist.'],
	],
};
const codes = {
	section: ['RPC codes'],
	header: ['Code', 'Name', 'Meaning'],
	rows: [
		['12', 'acctMissing', 'The account does not exist.'],
		['14', 'busy', 'The node is overloaded; retry later.'],
		['19', 'txMissing', 'The transaction is not found.'],
	],
};

describe('classify: a map between names listed above', () => {
	it('weighs a map from second names to codes listed above against the table', () => {
		const [, , map] = classifyAll(kinds, codes, {
			section: ['RPC error name to failure kind mapping'],
			header: ['RPC name', 'Failure kind', 'Notes'],
			rows: [
				['acctMissing', 'LedgerFailure.Missing', 'The account is not found.'],
				['txMissing', 'LedgerFailure.Missing', 'The transaction is not found.'],
				['busy', 'LedgerFailure.Rpc(14, …)', 'Retried automatically.'],
			],
		});
		expect(signals(map!)).toContain('mapsListedNames');
		expect(map!.accepted).toBe(false);
	});

	it('keeps a table that lists the codes again beside names of its own', () => {
		const [, , again] = classifyAll(kinds, codes, {
			section: ['Errors by endpoint'],
			header: ['Code', 'Endpoint', 'Meaning'],
			rows: [
				['12', '/accounts', 'The account does not exist.'],
				['19', '/transactions', 'The transaction is not found.'],
			],
		});
		expect(signals(again!)).not.toContain('mapsListedNames');
	});
});

describe('classify: a legend of codes whose heading names the thing', () => {
	it('weighs codes that the heading gives to a column of things against the table', () => {
		const legend = classifyAlone({
			section: ['Game Codes'],
			header: ['Code', 'Game'],
			rows: [
				['sdvx', 'SOUND VOLTEX EXCEED GEAR'],
				['ddr', 'DanceDanceRevolution GRAND PRIX'],
				['popn-music', "pop'n music Lively"],
				['gitadora', 'GITADORA'],
				['nostalgia', 'NOSTALGIA'],
				['bomber-girl', 'Bombergirl'],
			],
		});
		expect(signals(legend)).toContain('codedThings');
		expect(legend.accepted).toBe(false);
	});

	it('keeps reason codes whose reasons say what failed', () => {
		const declines = classifyAlone({
			section: ['Decline Reason Codes'],
			header: ['Code', 'Reason'],
			rows: [
				['51', 'Insufficient funds'],
				['54', 'Expired card'],
				['57', 'Transaction not permitted'],
			],
		});
		expect(signals(declines)).not.toContain('codedThings');
	});
});

describe('tests/fixtures/names-mapped-and-things-beside-codes.md', () => {
	it('reads the failure kinds and the RPC codes, not the map or the networks', () => {
		const catalog = buildFixture('names-mapped-and-things-beside-codes.md');
		expect(catalog.sources[0]!.tablesRead.map((t) => [t.line, t.accepted])).toEqual([
			[5, true],
			[13, true],
			[22, false],
			[32, false],
		]);
		expect(catalog.entries.find((e) => e.code === '12')!.aliases).toEqual(['acctMissing']);
	});
});
