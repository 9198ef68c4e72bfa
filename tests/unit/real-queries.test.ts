/**
 * The hand-written queries over the real documents (tests/fixtures/real/queries.json), as
 * `bench/real-queries.ts` runs them: a quality floor for the ranking, not a timing. Queries
 * whose expected code errdex does not read from its document at all are left to the document
 * reader's own tests; the report lists them. Ambiguous queries (more than three documents answer
 * them as well as the expected entry, by the evidence the query holds: `isAmbiguousByEvidence`)
 * are reported apart, and not counted in the floor.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
	hitRate,
	isAmbiguous,
	isAmbiguousByEvidence,
	type QueryResult,
	runRealQueries,
	scoreQueries,
} from '../../bench/real-corpus';
import { buildCatalog, codeTable, withAliases } from './helpers';

/**
 * The least share of the queries unambiguous by evidence (`isAmbiguousByEvidence`) whose code
 * errdex reads that must find an expected code in the top 3. The target of issue 16 is 97 %; over
 * the corpus of 667 documents, after the round for batches unseen-47 and 48, the search reaches
 * 96.6 % of them with the known misses below left out (1,948 of 2,017), 96.3 % with them (1,948
 * of 2,022; by the older whole-query rule 2,105 of 2,262, 93.1 %; bench/results/real-queries.md
 * lists each miss with what came first, and each ambiguous query with the documents that make it
 * so), so the floor stands just below: a fall below it fails.
 */
const FLOOR = 0.96;

/**
 * Misses with a reason of their own, left out of the floor: the document does not hold what the
 * query names, or errdex does not read it as a name of the code (a matter for the document
 * reader), or the document holds it only as a range, which the codes that are the number rank
 * before. Each is checked to be still missed, so that it is taken off when the search finds it.
 */
const KNOWN_MISSES: Record<string, string> = {
	'{"error":{"code":"BadRequest","message":"Topic name must be between 3 and 50 characters in length."}}':
		'BadRequest is written in the document as prose beside the code (`HttpStatusCode. BadRequest`), kept as its note, not read as an alias of 400; other documents define BAD_REQUEST',
	'HttpStatusCode.Conflict': 'as the BadRequest body: the alias is prose in the document, not read',
	PLAYBACK_ERROR:
		'the English constant, which this Portuguese translation of the page does not hold (it writes REPRODUZIR_ERRO)',
	'4001':
		'mdn-closeevent-code-ja.md writes the range 4000–4999; three other documents define 4001 itself, which rank before a range holding it by design',
	'(Return code of 127 is out of bounds - plugin may be missing)':
		'monitoring-plugins-exit-codes.md writes the range 4-255 (reserved for future use); three other documents define 127 itself, which rank before a range holding it by design (the plugins of its title only weigh between documents that all have the code named)',
	'object storage 412 precondition failed':
		'yandex-object-storage-s3-response-codes.md, read since round10a, writes `Precondition Failed` as the code of a 412 row; the query names the number, and three other documents define 412 itself, which rank before a status given beside another code (the words `object storage` of its title only weigh between documents that all answer alike)',
};

describe('queries people write over the real documents', () => {
	let results: QueryResult[] = [];
	// The whole corpus read and searched: about a minute alone, twice that beside other suites.
	beforeAll(() => {
		results = runRealQueries().results;
	}, 300_000);

	it(`find an expected code in the top 3 for at least ${FLOOR * 100} % of the unambiguous ones`, () => {
		expect(results.length).toBeGreaterThanOrEqual(100);
		const counted = results.filter(
			(r) => r.answerable && !isAmbiguousByEvidence(r) && !(r.query in KNOWN_MISSES),
		);
		const misses = counted.filter((r) => !r.hit).map((r) => `${r.query} → ${r.top.join(', ')}`);
		expect(hitRate(counted), misses.join('\n')).toBeGreaterThanOrEqual(FLOOR);
	});

	it('still miss the queries listed as missed, with why', () => {
		for (const [query, why] of Object.entries(KNOWN_MISSES)) {
			const result = results.find((r) => r.query === query);
			expect(result, query).toBeDefined();
			expect(result!.hit, `${query}: ${why}`).toBe(false);
		}
	});
});

describe('an ambiguous query', () => {
	const catalog = buildCatalog(
		['a', 'b', 'c', 'd', 'e'].map((name) => ({
			file: `content/${name}.md`,
			text: `# ${name}\n\n${codeTable([
				['401', 'Unauthorized.'],
				[`${name.toUpperCase()}_QUOTA`, `Quota of ${name} exceeded.`],
			])}`,
		})),
	);
	const score = (query: string, file: string, code: string) =>
		scoreQueries(catalog, [{ kind: 'code', query, expect: [{ file, code }] }])[0]!;

	it('is one that more than three documents answer exactly as well as the expected entry', () => {
		expect(isAmbiguous(score('401', 'e.md', '401'))).toBe(true);
		expect(score('401', 'e.md', '401').equallyGood).toEqual([
			'a.md',
			'b.md',
			'c.md',
			'd.md',
			'e.md',
		]);
		// Its message is every document's message of 401, as its code is.
		expect(isAmbiguous(score('unauthorized', 'e.md', '401'))).toBe(true);
	});

	it('is not one that names the expected entry alone, or that the expected entry answers less well', () => {
		expect(isAmbiguous(score('E_QUOTA', 'e.md', 'E_QUOTA'))).toBe(false);
		expect(isAmbiguous(score('Quota of e exceeded', 'e.md', 'E_QUOTA'))).toBe(false);
		expect(isAmbiguous(score('401', 'e.md', 'E_QUOTA'))).toBe(false);
	});

	it('by evidence, is also one whose code and words more than three documents share with the expected entry', () => {
		const line = score('HTTP/1.1 401 Unauthorized', 'e.md', '401');
		expect(isAmbiguous(line)).toBe(false);
		expect(isAmbiguousByEvidence(line)).toBe(true);
		expect(line.equallyGoodByEvidence).toEqual(['a.md', 'b.md', 'c.md', 'd.md', 'e.md']);
		// Every query ambiguous by the whole query is ambiguous by evidence.
		expect(isAmbiguousByEvidence(score('401', 'e.md', '401'))).toBe(true);
		// A name only the expected entry has names it alone, whatever else the query says.
		expect(score('E_QUOTA: quota exceeded', 'e.md', 'E_QUOTA').equallyGoodByEvidence).toEqual([
			'e.md',
		]);
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
