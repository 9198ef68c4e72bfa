/**
 * `npm run bench`: errdex search against plain Fuse on synthetic catalogs of 1k, 10k and 100k
 * entries. Prints a Markdown report and saves it to bench/results/search.md.
 *
 * Plain Fuse scans every record per query (seconds at 100k), so it answers a sample of the
 * queries at the larger sizes; the report says how many.
 */
import Fuse from 'fuse.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildSearchIndex } from '../src/outputs/search-index';
import { createRoutes } from '../src/core/routes';
import { SearchEngine } from '../src/search/search';
import type { Catalog } from '../src/core/types';
import { labelledQueries, syntheticCatalog, type LabelledQuery, type QueryKind } from './synthetic';

/** `ERRDEX_BENCH_SIZES=1000` runs smaller catalogs only, to check the benchmark itself. */
const SIZES = (process.env['ERRDEX_BENCH_SIZES'] ?? '1000,10000,100000').split(',').map(Number);
const QUERIES_PER_KIND = 50;
/** Queries typed out character by character for the per-keystroke figures. */
const TYPED_QUERIES = 40;
const TYPED_KINDS: readonly QueryKind[] = ['code', 'prefix', 'typo', 'words'];
/** How many labelled queries and keystrokes plain Fuse answers, by catalog size. */
const FUSE_SAMPLE: Record<number, number> = { 1_000: Infinity, 10_000: 70, 100_000: 14 };
const BUDGET = { keystrokeP95Ms: 16, top3: 0.97, gzipPer1k: 20 * 1024 };

interface Engine {
	search(query: string): { source: string; code: string; message: string }[];
}

interface Row {
	size: number;
	engine: string;
	buildMs: number;
	loadMs: number | null;
	raw: number;
	gzip: number;
	query: Stats;
	keystroke: Stats;
	top3: number;
	byKind: Map<QueryKind, number>;
	asked: number;
	typed: number;
}

interface Stats {
	median: number;
	p95: number;
}

function stats(samples: number[]): Stats {
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (q: number) =>
		sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
	return { median: at(0.5), p95: at(0.95) };
}

function time<T>(run: () => T): [T, number] {
	const start = performance.now();
	const value = run();
	return [value, performance.now() - start];
}

/** Every n-th item, so a sample spreads over all query kinds. */
const spread = <T>(items: readonly T[], count: number): T[] =>
	count >= items.length
		? [...items]
		: Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]!);

function keystrokes(queries: readonly LabelledQuery[]): string[] {
	const typed = spread(
		queries.filter((q) => TYPED_KINDS.includes(q.kind)),
		TYPED_QUERIES,
	);
	return typed.flatMap((q) =>
		Array.from({ length: q.query.length }, (_, i) => q.query.slice(0, i + 1)),
	);
}

function measure(
	engine: Engine,
	catalog: Catalog,
	queries: readonly LabelledQuery[],
	typed: readonly string[],
) {
	const key = (hit: { source: string; code: string; message: string }) =>
		`${hit.source}\0${hit.code}\0${hit.message}`;
	const keys = catalog.entries.map((entry) => key(entry));
	const times: number[] = [];
	const hits = new Map<QueryKind, [number, number]>();
	for (const q of queries) {
		const [results, ms] = time(() => engine.search(q.query));
		times.push(ms);
		const answers = new Set(q.answers.map((i) => keys[i]));
		const hit = results.slice(0, 3).some((result) => answers.has(key(result)));
		const [h, n] = hits.get(q.kind) ?? [0, 0];
		hits.set(q.kind, [h + (hit ? 1 : 0), n + 1]);
	}
	const keystrokeTimes = typed.map((prefix) => time(() => engine.search(prefix))[1]);
	const total = [...hits.values()].reduce((sum, [h]) => sum + h, 0);
	return {
		query: stats(times),
		keystroke: stats(keystrokeTimes),
		top3: total / queries.length,
		byKind: new Map([...hits].map(([kind, [h, n]]) => [kind, h / n])),
	};
}

function benchErrdex(
	size: number,
	catalog: Catalog,
	queries: LabelledQuery[],
	typed: string[],
): Row {
	const [json, buildMs] = time(() => JSON.stringify(buildSearchIndex(catalog)));
	const [engine, loadMs] = time(() => new SearchEngine(JSON.parse(json), createRoutes()));
	// Warm the JIT the way a first few keystrokes would, so the figures are steady state.
	for (const q of queries.slice(0, 20)) engine.search(q.query);
	const measured = measure({ search: (q) => engine.search(q, 10) }, catalog, queries, typed);
	return {
		size,
		engine: 'errdex',
		buildMs,
		loadMs,
		raw: Buffer.byteLength(json),
		gzip: gzipSync(json).length,
		...measured,
		asked: queries.length,
		typed: typed.length,
	};
}

function benchFuse(size: number, catalog: Catalog, queries: LabelledQuery[], typed: string[]): Row {
	const docs = catalog.entries.map((entry) => ({
		source: entry.source,
		code: entry.code,
		status: entry.status,
		message: entry.message,
		details: entry.details.map((d) => d.text).join(' · '),
		aliases: entry.aliases.join(' '),
	}));
	const keys = ['code', 'aliases', 'message', 'details'];
	const [index, buildMs] = time(() => Fuse.createIndex(keys, docs));
	const fuse = new Fuse(docs, { keys, includeScore: true }, index);
	const json = JSON.stringify({ docs, index: index.toJSON() });
	const sample = FUSE_SAMPLE[size] ?? 0;
	const asked = spread(queries, sample);
	const keystrokeSample = spread(typed, sample);
	const measured = measure(
		{ search: (q) => fuse.search(q, { limit: 10 }).map((r) => r.item) },
		catalog,
		asked,
		keystrokeSample,
	);
	return {
		size,
		engine: 'plain Fuse',
		buildMs,
		loadMs: null,
		raw: Buffer.byteLength(json),
		gzip: gzipSync(json).length,
		...measured,
		asked: asked.length,
		typed: keystrokeSample.length,
	};
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));
const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

function report(rows: Row[], seconds: number): string {
	const lines = [
		'# Search benchmark',
		'',
		`Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores; ${seconds.toFixed(0)} s in all.`,
		`Synthetic catalogs (bench/synthetic.ts): messages from 26 shapes over a vocabulary of ~6,000 words, placeholders, half with a description column, numeric, hex, negative, alphanumeric and SNAKE_CASE codes, one source per ~400 entries; aliases: the decimal twin of every hex code, and an exception name for every code of a fifth of the other sources.`,
		`Labelled mix: ${QUERIES_PER_KIND} queries of each kind (exact code, typed prefix of a message, two or three words with a typo, three words, filled-in placeholder message, JSON body, log line, a code's alias: typed, with a slip, heading an exception or in a JSON body). Keystrokes: ${TYPED_QUERIES} code, prefix, typo and word queries typed out one character at a time.`,
		'Plain Fuse: `new Fuse(entries, { keys: [code, aliases, message, details] })` with its default options and a prebuilt `Fuse.createIndex`; its size is the entries plus that index as JSON.',
		'',
		'| entries | engine | build | index raw | index gzip | gzip / 1k entries | load | query median | query p95 | keystroke median | keystroke p95 | top-3 hit | queries / keystrokes timed |',
		'| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		...rows
			.map((r) =>
				[
					r.size.toLocaleString('en'),
					r.engine,
					`${ms(r.buildMs)} ms`,
					kb(r.raw),
					kb(r.gzip),
					kb((r.gzip / r.size) * 1000),
					r.loadMs === null ? '–' : `${ms(r.loadMs)} ms`,
					`${ms(r.query.median)} ms`,
					`${ms(r.query.p95)} ms`,
					`${ms(r.keystroke.median)} ms`,
					`${ms(r.keystroke.p95)} ms`,
					pct(r.top3),
					`${r.asked} / ${r.typed}`,
				].join(' | '),
			)
			.map((line) => `| ${line} |`),
		'',
		'Top-3 hit rate by query kind:',
		'',
		`| entries | engine | ${[...rows[0]!.byKind.keys()].join(' | ')} |`,
		`| ---: | --- | ${[...rows[0]!.byKind.keys()].map(() => '---:').join(' | ')} |`,
		...rows.map(
			(r) =>
				`| ${r.size.toLocaleString('en')} | ${r.engine} | ${[...rows[0]!.byKind.keys()].map((kind) => (r.byKind.has(kind) ? pct(r.byKind.get(kind)!) : '–')).join(' | ')} |`,
		),
		'',
		'Budgets (errdex), from 10,000 entries: a smaller catalog answers in well under a millisecond, and its index is mostly the vocabulary every catalog has.',
		'',
		...rows
			.filter((r) => r.engine === 'errdex')
			.flatMap((r) => {
				const size = r.size.toLocaleString('en');
				const check = (ok: boolean) => (ok ? 'met' : '**MISSED**');
				const checks = [
					`- ${size}: top-3 ${pct(r.top3)} ≥ ${pct(BUDGET.top3)}: ${check(r.top3 >= BUDGET.top3)}`,
				];
				if (r.size >= 10_000)
					checks.push(
						`  index ${kb((r.gzip / r.size) * 1000)} gzip per 1k ≤ 20 KB: ${check((r.gzip / r.size) * 1000 <= BUDGET.gzipPer1k)}; keystroke p95 ${ms(r.keystroke.p95)} ms ≤ ${BUDGET.keystrokeP95Ms} ms: ${check(r.keystroke.p95 <= BUDGET.keystrokeP95Ms)}`,
					);
				return checks;
			}),
		'',
	];
	return lines.join('\n');
}

const started = performance.now();
const rows: Row[] = [];
for (const size of SIZES) {
	const catalog = syntheticCatalog({ entries: size });
	const queries = labelledQueries(catalog, QUERIES_PER_KIND);
	const typed = keystrokes(queries);
	rows.push(benchErrdex(size, catalog, queries, typed));
	console.error(`${size}: errdex done`);
	rows.push(benchFuse(size, catalog, queries, typed));
	console.error(`${size}: plain Fuse done`);
}
const markdown = report(rows, (performance.now() - started) / 1000);
const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'search.md');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, markdown);
console.log(markdown);
