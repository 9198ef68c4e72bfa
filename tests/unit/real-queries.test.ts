/**
 * The hand-written queries over the real documents (tests/fixtures/real/queries.json), as
 * `bench/real-queries.ts` runs them: a quality floor for the ranking, not a timing. Queries
 * whose expected code errdex does not read from its document at all are left to the document
 * reader's own tests; the report lists them.
 */
import { describe, expect, it } from 'vitest';
import { hitRate, runRealQueries, scoreQueries } from '../../bench/real-corpus';
import { buildCatalog, withAliases } from './helpers';

describe('queries people write over the real documents', () => {
	it('find an expected code in the top 3 for at least 97 % of them', () => {
		const { results } = runRealQueries();
		expect(results.length).toBeGreaterThanOrEqual(100);
		const answerable = results.filter((r) => r.answerable);
		const misses = answerable.filter((r) => !r.hit).map((r) => `${r.query} → ${r.top.join(', ')}`);
		expect(hitRate(answerable), misses.join('\n')).toBeGreaterThanOrEqual(0.97);
	}, 60_000);
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
