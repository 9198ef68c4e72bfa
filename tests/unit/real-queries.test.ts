/**
 * The hand-written queries over the real documents (tests/fixtures/real/queries.json), as
 * `bench/real-queries.ts` runs them: a quality floor for the ranking, not a timing. Queries
 * whose expected code errdex does not read from its document at all are left to the document
 * reader's own tests; the report lists them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { hitRate, type QueryResult, runRealQueries } from '../../bench/real-corpus';

/**
 * Queries of the unseen batches the search still misses although their code is read, with why.
 * Each is checked to be still missed, so that it is taken off when the search finds it; the floor
 * holds for the others.
 */
const KNOWN_MISSES: Record<string, string> = {
	'[1715698123] SERVICE ALERT: web01;HTTP;CRITICAL;HARD;3;CRITICAL - Socket timeout after 10 seconds':
		'the code is the plugin state CRITICAL, the alias of exit status 2; the search does not index aliases yet',
	WSAETIMEDOUT:
		'an alias of 10060; the search does not index aliases yet, and finds its neighbour WSAECONNREFUSED by spelling',
	'(Return code of 127 is out of bounds - plugin may be missing)':
		'127 lies in the range 4-255, and the search matches a number to ranges only as written',
	'BugCheck 1E, {ffffffffc0000005, fffff80123456789, 0, ffffffffffffffff}':
		'1E is 0x0000001E without its prefix and zeros; the search pads a number with zeros but reads no hex without 0x',
	'invalid argument':
		'three other documents name INVALID_ARGUMENT or EINVAL in these very words, and rank first',
	'request timed out':
		'other documents say "request timed out" in their own messages, and rank first',
	'Permission denied':
		'PERMISSION_DENIED and EACCES of other documents are named in these words, and rank first',
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
