/**
 * The hand-written queries over the real documents (tests/fixtures/real/queries.json), as
 * `bench/real-queries.ts` runs them: a quality floor for the ranking, not a timing. Queries
 * whose expected code errdex does not read from its document at all are left to the document
 * reader's own tests; the report lists them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { hitRate, type QueryResult, runRealQueries, scoreQueries } from '../../bench/real-corpus';
import { buildCatalog, withAliases } from './helpers';

/**
 * Queries of the unseen batches the search still misses although their code is read, with why.
 * Each is checked to be still missed, so that it is taken off when the search finds it; the floor
 * holds for the others.
 */
const KNOWN_MISSES: Record<string, string> = {
	'(Return code of 127 is out of bounds - plugin may be missing)':
		'127 lies in the range 4-255, and the search matches a number to ranges only as written',
	'BugCheck 1E, {ffffffffc0000005, fffff80123456789, 0, ffffffffffffffff}':
		'1E is 0x0000001E without its prefix and zeros; the search reads no hex without 0x',
	'invalid argument':
		'three other documents name INVALID_ARGUMENT or EINVAL in these very words, and rank first',
	'Permission denied':
		'PERMISSION_DENIED and EACCES of other documents are named in these words, and rank first',
	'409': 'three other documents have a code 409 of their own, and rank first',
	'401': 'three other documents have a code 401 of their own, and rank first',
	'{"status":429,"data":null,"error":"Too many requests, please slow down","message":null,"env":"production"}':
		'other documents name too_many_requests and 429 in these words, and rank first',
	'{"type":"https://tools.ietf.org/html/rfc7231#section-6.5.4","title":"Not Found","status":404,"traceId":"00-3a9e2f1c7b0d4e55a1c2b3d4e5f60718-9b8a7c6d5e4f3a2b-00"}':
		"an RFC 7807 body: the search reads its status, and ranks other documents' not-found codes above",
};

describe('queries people write over the real documents', () => {
	let results: QueryResult[] = [];
	beforeAll(() => {
		results = runRealQueries().results;
	}, 120_000);

	it('find an expected code in the top 3 for at least 97 % of them', () => {
		expect(results.length).toBeGreaterThanOrEqual(100);
		const answerable = results.filter((r) => r.answerable && !(r.query in KNOWN_MISSES));
		const misses = answerable.filter((r) => !r.hit).map((r) => `${r.query} → ${r.top.join(', ')}`);
		expect(hitRate(answerable), misses.join('\n')).toBeGreaterThanOrEqual(0.97);
	});

	it('still miss the queries listed as missed, with why', () => {
		for (const [query, why] of Object.entries(KNOWN_MISSES)) {
			const result = results.find((r) => r.query === query);
			expect(result, query).toBeDefined();
			expect(result!.hit, `${query}: ${why}`).toBe(false);
		}
	});
});

describe('a query that names a code by its alias', () => {
	const catalog = withAliases(
		buildCatalog([
			{
				file: 'content/sdk.md',
				text: '| Code | Message |\n|---|---|\n| RATE_LIMITED | Slow down. |\n| FORBIDDEN | No. |\n',
			},
		]),
		{ 'sdk/RATE_LIMITED': ['ThrottledError'] },
	);
	const score = (query: string, code: string) =>
		scoreQueries(catalog, [{ kind: 'alias', query, expect: [{ file: 'sdk.md', code }] }])[0]!;

	it('is a hit when the expected code is in the top 3, named by its code or by the alias', () => {
		expect(score('ThrottledError: slow down', 'RATE_LIMITED')).toMatchObject({
			hit: true,
			answerable: true,
			top: ['sdk.md RATE_LIMITED'],
		});
		expect(score('ThrottledError', 'ThrottledError')).toMatchObject({
			hit: true,
			answerable: true,
		});
	});

	it('is a miss when the code is not found, and unanswerable when no code has the name', () => {
		expect(score('ThrottledError', 'FORBIDDEN')).toMatchObject({ hit: false, answerable: true });
		expect(score('ThrottledError', 'QuotaError')).toMatchObject({ hit: false, answerable: false });
	});
});
