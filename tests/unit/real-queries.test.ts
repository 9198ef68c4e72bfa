/**
 * The hand-written queries over the real documents (tests/fixtures/real/queries.json), as
 * `bench/real-queries.ts` runs them: a quality floor for the ranking, not a timing. Queries
 * whose expected code errdex does not read from its document at all are left to the document
 * reader's own tests; the report lists them.
 */
import { describe, expect, it } from 'vitest';
import { hitRate, runRealQueries } from '../../bench/real-corpus';

describe('queries people write over the real documents', () => {
	it('find an expected code in the top 3 for at least 97 % of them', () => {
		const { results } = runRealQueries();
		expect(results.length).toBeGreaterThanOrEqual(100);
		const answerable = results.filter((r) => r.answerable);
		const misses = answerable.filter((r) => !r.hit).map((r) => `${r.query} → ${r.top.join(', ')}`);
		expect(hitRate(answerable), misses.join('\n')).toBeGreaterThanOrEqual(0.97);
	}, 60_000);
});
