/**
 * A query is cut to what can matter (issue 19): no code is longer than the longest code of the
 * catalog, a paste is read from its start, and the address keeps a bounded query. Before, an
 * 8,000-character token held the search worker for 10 s (`CodeLookup.near` built every string
 * one slip away from it), and a 1 MB paste kept in the address made reloading fail with 431.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { addressQuery, createRoutes } from '../../src/core/routes';
import { buildSearchIndex } from '../../src/outputs/search-index';
import { CODE_SEPARATOR } from '../../src/search/format';
import { CodeLookup } from '../../src/search/code-lookup';
import { SearchEngine } from '../../src/search/search';
import { syntheticCatalog } from '../../bench/synthetic';

const routes = createRoutes();
const lookupOf = (codes: string[]) => new CodeLookup(codes.join(CODE_SEPARATOR), codes.length);

describe('code lookups', () => {
	const lookup = lookupOf(['E0425', 'UNAUTHENTICATED', 'BLOB_UNKNOWN', '20003']);

	it('know the longest code', () => {
		expect(lookup.longest).toBe('unauthenticated'.length);
	});

	it('find nothing for a text longer than any code, without trying its slips', () => {
		const long = `UNAUTHENTICATED${'X'.repeat(8000)}`;
		// `near` cut an 8,000-character key at each of its 8,001 places to try 76 slips there.
		const slices = vi.spyOn(String.prototype, 'slice');
		expect(lookup.exact(long)).toEqual([]);
		expect(lookup.near(long)).toEqual([]);
		expect(lookup.prefixed(long, 10)).toEqual([]);
		expect(slices.mock.calls.length).toBeLessThan(10);
		slices.mockRestore();
	});

	it('still find a code with one slip, or by its start', () => {
		expect(lookup.near('UNAUTHENTICATD').map((e) => lookup.code(e))).toEqual(['UNAUTHENTICATED']);
		expect(lookup.prefixed('UNAUTH', 10).map((e) => lookup.code(e))).toEqual(['UNAUTHENTICATED']);
	});

	it('offer the codes that sort and number next to a missing one', () => {
		const numbers = lookupOf(['5', '9', '10', '20009', '20010', '20012', '4999', 'E0424', 'E0426']);
		const codes = (text: string) => numbers.around(text, 2).map((e) => numbers.code(e));
		expect(codes('20011')).toEqual(expect.arrayContaining(['20010', '20012']));
		expect(codes('6')).toEqual(expect.arrayContaining(['5', '9']));
		expect(codes('E0425')).toEqual(expect.arrayContaining(['E0424', 'E0426']));
	});
});

describe('the engine on a catalog of 100,000 entries', () => {
	let engine: SearchEngine;
	beforeAll(() => {
		const catalog = syntheticCatalog({ entries: 100_000 });
		engine = new SearchEngine(JSON.parse(JSON.stringify(buildSearchIndex(catalog))), routes);
		// Built ahead, as the worker does, so that what a query costs is not the lookups' first build.
		for (const _ of engine.prepare());
	}, 120_000);

	it('answers a paste of 1 MB as it answers its first 8,000 characters', () => {
		const paste = `{"error": {"code": "X", "message": "failed"}} ${'noise '.repeat(170_000)}`;
		expect(engine.search(paste)).toEqual(engine.search(paste.slice(0, 8000)));
	});

	it('answers a token of 8,000 characters without trying its slips', () => {
		const near = vi.spyOn(CodeLookup.prototype, 'near');
		const slices = vi.spyOn(String.prototype, 'slice');
		engine.search('x7'.repeat(4000));
		expect(near).toHaveBeenCalled();
		expect(slices.mock.calls.length).toBeLessThan(1000);
		near.mockRestore();
		slices.mockRestore();
	});

	it('offers the 404 page a bounded set of candidates for a path of 5,000 characters', () => {
		const hits = engine.codeSuggestions(`E${'1'.repeat(5000)}`, 50);
		expect(hits.length).toBeLessThanOrEqual(50 * 6);
	});
});

describe('the address of the search page', () => {
	it('keeps a short query whole', () => {
		expect(routes.search('member not found')).toBe('/search/?q=member%20not%20found');
	});

	it('keeps the start of a 1 MB paste, within 2,000 encoded characters, whole characters only', () => {
		const paste = 'Ошибка 20003 — '.repeat(70_000);
		const query = new URL(routes.search(paste), 'http://x').searchParams.get('q')!;
		expect(routes.search(paste).length).toBeLessThanOrEqual('/search/?q='.length + 2000);
		expect(paste.startsWith(query)).toBe(true);
		expect(query.length).toBeGreaterThan(100);
	});

	it('reads a text with a lone surrogate, which encodeURIComponent refuses', () => {
		expect(addressQuery('a\uD800b')).toBe('a%EF%BF%BDb');
	});
});
