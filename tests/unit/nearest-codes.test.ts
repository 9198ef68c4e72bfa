/**
 * The codes a removed code's page offers as nearest now (`NearestCodes`), called directly on
 * invented indexes.
 */
import { describe, expect, it } from 'vitest';
import type { CodeIndex, IndexedCode } from '../../src/outputs/code-index';
import { nearestCodesOf } from '../../src/views/nearest-codes';
import { suggestCodes } from '../../src/views/not-found';

function code(source: string, name: string, aliases: string[] = []): IndexedCode {
	const slug = name.toLowerCase();
	return {
		source,
		code: name,
		url: `/${source}/${slug}/`,
		short: `/e/${slug}/`,
		...(aliases.length
			? { aliases: aliases.map((alias) => ({ name: alias, short: `/e/${alias.toLowerCase()}/` })) }
			: {}),
		statuses: [],
		message: `${name} happened.`,
	};
}

function indexOf(codes: IndexedCode[]): CodeIndex {
	const sources = [...new Set(codes.map((c) => c.source))];
	return {
		sources: sources.map((id) => ({ id, title: `${id} errors`, url: `/${id}/` })),
		codes,
	};
}

const names = (suggestions: { code: IndexedCode }[]) =>
	suggestions.map((s) => `${s.code.source}:${s.code.code}`);

describe('the codes nearest to a removed one', () => {
	it('offer the same code in another source first, then the nearest numbers of its own source', () => {
		const index = indexOf([
			...Array.from({ length: 40 }, (_, i) => code('acme', String(20000 + i * 2))),
			code('other', '20011'),
			code('other', '20012'),
		]);
		const nearest = nearestCodesOf(index).nearest('acme', '20011', 4);
		expect(names(nearest)).toEqual(['other:20011', 'acme:20010', 'acme:20012', 'acme:20008']);
		expect(nearest.map((s) => s.reason)).toEqual([
			'same code',
			'nearest number',
			'nearest number',
			'nearest number',
		]);
	});

	it('offer the code that now has the removed name as another name', () => {
		const index = indexOf([
			code('acme', 'RATE_LIMITED', ['ThrottledError']),
			code('acme', 'NOT_FOUND'),
		]);
		const [first] = nearestCodesOf(index).nearest('acme', 'ThrottledError', 6);
		expect(first).toMatchObject({ code: { code: 'RATE_LIMITED' }, reason: 'same code' });
	});

	it('offer codes of the same family and codes spelt alike, and nothing unrelated', () => {
		const index = indexOf([
			code('pay', 'card_declined'),
			code('pay', 'card_expired'),
			code('pay', 'payment_timeout'),
			code('pay', 'zzz'),
		]);
		const nearest = nearestCodesOf(index);
		expect(names(nearest.nearest('pay', 'card_expird', 6))[0]).toBe('pay:card_expired');
		expect(names(nearest.nearest('pay', 'card_stolen', 6))).toEqual([
			'pay:card_declined',
			'pay:card_expired',
		]);
		expect(nearest.nearest('pay', 'qqqqqqqq', 6)).toEqual([]);
	});

	it('are what weighing every code of the catalog offers, in a catalog of numbers', () => {
		const codes = ['acme', 'bolt', 'core'].flatMap((source, s) =>
			Array.from({ length: 300 }, (_, i) => code(source, String(10_000 * (s + 1) + i * 3))),
		);
		const index = indexOf(codes);
		const nearest = nearestCodesOf(index);
		for (const [source, removed] of [
			['acme', '10004'],
			['acme', '20003'],
			['bolt', '20400'],
			['core', '30899'],
			['core', '39999'],
		] as const)
			expect(names(nearest.nearest(source, removed, 6))).toEqual(
				names(suggestCodes({ source, code: removed }, index, codes, 6)),
			);
	});

	it('are found once per index, however many pages ask', () => {
		const index = indexOf([code('acme', 'E1')]);
		expect(nearestCodesOf(index)).toBe(nearestCodesOf(index));
	});
});
