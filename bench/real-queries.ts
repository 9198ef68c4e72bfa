/**
 * `npx tsx bench/real-queries.ts [--batch UNSEEN-5]`: the hand-written queries of
 * tests/fixtures/real/queries.json against the catalog errdex makes of the real documents. Writes
 * bench/results/real-queries.md with the top-3 hit rate and every miss. `--batch` scores only the
 * queries whose codes are in the documents of one batch (their `kind` in corpus.json starts with
 * its name), still over the whole corpus, and only prints.
 *
 * A query whose expected code errdex did not read from its document at all is a reading miss,
 * not a search miss: it is counted in the overall rate and listed apart.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { batchFiles, hitRate, readQueries, runRealQueries, type QueryResult } from './real-corpus';

const TARGET = 0.97;

const pct = (value: number) => `${(value * 100).toFixed(1)} %`;
const inline = (text: string) =>
	`\`${text
		.replace(/\s*\n\s*/g, ' ⏎ ')
		.replace(/`/g, "'")
		.slice(0, 160)}${text.length > 160 ? '…' : ''}\``;

function missLine(r: QueryResult): string {
	const expected = r.expect.map((e) => `${e.file} ${e.code}`).join(' or ');
	return `- ${r.kind}: ${inline(r.query)}: expected ${expected}; got ${r.top.length ? r.top.join(', ') : 'nothing'}`;
}

const batchAt = process.argv.indexOf('--batch');
const batch = batchAt >= 0 ? process.argv[batchAt + 1] : undefined;
const inBatch = batch ? batchFiles(batch) : null;
const started = performance.now();
const { results, refused, entries } = runRealQueries(
	readQueries().filter((q) => !inBatch || q.expect.some((e) => inBatch.has(e.file))),
);
const answerable = results.filter((r) => r.answerable);
const kinds = [...new Set(results.map((r) => r.kind))];
const searchMisses = answerable.filter((r) => !r.hit);
const readingMisses = results.filter((r) => !r.answerable);

const report = [
	batch ? `# Real queries: batch ${batch}` : '# Real queries',
	'',
	`${results.length} queries written by hand${batch ? ` for the documents of batch ${batch}` : ''} (tests/fixtures/real/queries.json) over the ${entries} entries errdex reads from the documents of tests/fixtures/real; a hit is one of the expected codes in the top 3. ${((performance.now() - started) / 1000).toFixed(1)} s.`,
	'',
	`- Top-3 hit rate, queries whose code errdex read: **${pct(hitRate(answerable))}** (${answerable.length - searchMisses.length} / ${answerable.length}; target ${pct(TARGET)}: ${hitRate(answerable) >= TARGET ? 'met' : '**missed**'})`,
	`- Top-3 hit rate, all queries: ${pct(hitRate(results))} (${results.length - searchMisses.length - readingMisses.filter((r) => !r.hit).length} / ${results.length})`,
	'',
	'| kind | queries | top-3 hits |',
	'| --- | ---: | ---: |',
	...kinds.map((kind) => {
		const of = answerable.filter((r) => r.kind === kind);
		return `| ${kind} | ${of.length} | ${pct(hitRate(of))} |`;
	}),
	'',
	`## Search misses (${searchMisses.length})`,
	'',
	...(searchMisses.length ? searchMisses.map(missLine) : ['None.']),
	'',
	`## Reading misses (${readingMisses.length})`,
	'',
	'The expected code is not in the catalog: errdex did not read it from its document (a matter for the document reader, not the search).',
	'',
	...(readingMisses.length ? readingMisses.map(missLine) : ['None.']),
	...(refused.length
		? ['', 'Documents the pipeline refused:', '', ...refused.map((r) => `- ${r.file}: ${r.reason}`)]
		: []),
	'',
];
if (!batch) {
	const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'real-queries.md');
	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(out, report.join('\n'));
}
console.log(report.join('\n'));
