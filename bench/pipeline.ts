/**
 * `npx tsx --expose-gc bench/pipeline.ts`: errdex's own part of a build, without Astro, on the
 * large documents of issue 19 (tests/fixtures/pathological.ts). For each document and scale it
 * runs the pipeline stage by stage, as `buildCatalog` does for one document (parse → classify →
 * entries → link → render, then the code pages), and then what the integration and errdex's
 * routes compute once per build from the catalog: the build report, the history record, the
 * page references, the search index, `/errors.json`, `/codes.json`, the source pages' parts and
 * the pages each code page is cut into, and the short links' redirect pages. After each step it collects garbage and prints the step's
 * wall time and the heap still used, with everything the build would still hold at that point
 * kept alive: whether the cost grows linearly with the document shows across the scales.
 *
 * Nothing is written: the figures are printed only (a loaded machine inflates the times; the
 * heap figures hardly move).
 *
 * Options (environment):
 * - ERRDEX_BENCH_DOCUMENTS: file names in tests/fixtures/pathological.ts, default
 *   "many-short-rows.md,ten-megabytes.md".
 * - ERRDEX_BENCH_SCALES: default "0.25,0.5,1".
 * - ERRDEX_BENCH_SNAPSHOT: a folder; a heap snapshot of what the catalog holds (after the code
 *   pages are made) is written there per document and scale, for the memory tab of DevTools.
 */
import { spawnSync } from 'node:child_process';
import { writeHeapSnapshot } from 'node:v8';
import { join } from 'node:path';
import { createRoutes } from '../src/core/routes';
import { english } from '../src/i18n/dictionaries';
import { buildReport } from '../src/outputs/report';
import { codeIndexText } from '../src/outputs/code-index';
import { codePartsOf } from '../src/outputs/code-parts';
import { exportText } from '../src/outputs/export';
import { historyIndex } from '../src/outputs/history';
import { pageRefs } from '../src/outputs/page-refs';
import { buildSearchIndex } from '../src/outputs/search-index';
import { partsFile, partsOf } from '../src/outputs/source-parts';
import { whileReading } from '../src/astro/reclaim';
import { shortLinkRedirects } from '../src/astro/short-link-files';
import { classifySource } from '../src/pipeline/classify';
import { draftEntries } from '../src/pipeline/entries';
import { recordBuild } from '../src/pipeline/history';
import { linkCodePages, linkSource } from '../src/pipeline/link';
import { parseSource } from '../src/pipeline/parse';
import { renderSource } from '../src/pipeline/render';
import type { Catalog, Entry, Source } from '../src/core/types';
import { PATHOLOGICAL } from '../tests/fixtures/pathological';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('Run with --expose-gc: npx tsx --expose-gc bench/pipeline.ts');

const names = (
	process.env['ERRDEX_BENCH_DOCUMENTS'] ?? 'many-short-rows.md,ten-megabytes.md'
).split(',');
const scales = (process.env['ERRDEX_BENCH_SCALES'] ?? '0.25,0.5,1').split(',').map(Number);
const snapshots = process.env['ERRDEX_BENCH_SNAPSHOT'];
const routes = createRoutes({ base: '/' });

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;

/** Runs `step`, collects garbage, and prints its time and the heap left in use. */
function timed<T>(rows: string[][], name: string, step: () => T): T {
	const start = performance.now();
	const result = step();
	const seconds = (performance.now() - start) / 1000;
	gc!();
	rows.push([
		name,
		`${seconds.toFixed(2)} s`,
		mb(process.memoryUsage().heapUsed),
		mb(process.resourceUsage().maxRSS * 1024),
	]);
	return result;
}

/** Every piece of a generated text, counted rather than joined: as a route streams it. */
function drain(pieces: Iterable<string>): number {
	let length = 0;
	for (const piece of pieces) length += piece.length;
	return length;
}

const one = process.env['ERRDEX_BENCH_ONE'];
if (one) {
	const at = one.lastIndexOf('@');
	run(one.slice(0, at), Number(one.slice(at + 1)));
} else {
	// Each in a process of its own, so that none starts with what an earlier one left in the heap.
	for (const name of names)
		for (const scale of scales) {
			const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!], {
				env: { ...process.env, ERRDEX_BENCH_ONE: `${name}@${scale}` },
				stdio: 'inherit',
			});
			if (child.status !== 0) process.exit(child.status ?? 1);
		}
}

function run(name: string, scale: number) {
	const item = PATHOLOGICAL.find((candidate) => candidate.name === name);
	if (!item) throw new Error(`No document ${name} in tests/fixtures/pathological.ts`);
	const content = item.content(scale);
	const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
	const document = { file: `content/${name}`, text };
	gc!();
	const rows: string[][] = [['start', '', mb(process.memoryUsage().heapUsed), '']];
	const total = performance.now();
	// One document through the stages, then the code pages, as `buildCatalog` makes them (with
	// the heap's growth held as the integration holds it): the document's trees are garbage after.
	const catalog = whileReading((): Catalog => {
		const { source, entries } = ((): { source: Source; entries: Entry[] } => {
			const parsed = timed(rows, 'parse', () => parseSource(document));
			const classified = timed(rows, 'classify', () => classifySource(parsed));
			const drafted = timed(rows, 'entries', () => draftEntries(classified));
			const linked = timed(rows, 'link', () => linkSource(drafted, 'doc', undefined));
			const rendered = timed(rows, 'render', () => renderSource(linked, routes, english));
			return { source: rendered, entries: linked.entries };
		})();
		return timed(rows, 'code pages', () => ({
			sources: [source],
			entries,
			...linkCodePages(entries),
		}));
	});
	const [source] = catalog.sources as [Source];
	const { entries } = catalog;
	if (snapshots) writeHeapSnapshot(join(snapshots, `${name}-${scale}.heapsnapshot`));
	timed(rows, 'build report', () => buildReport(catalog, routes));
	const history = timed(rows, 'history', () =>
		recordBuild(null, catalog, new Date().toISOString()),
	);
	const index = timed(rows, 'history index', () => historyIndex(history, routes));
	timed(rows, 'page refs', () => pageRefs(catalog, routes).size);
	timed(rows, 'search index', () => JSON.stringify(buildSearchIndex(catalog)).length);
	timed(rows, '/errors.json', () => drain(exportText(catalog, routes, index)));
	timed(rows, '/codes.json', () => drain(codeIndexText(catalog, routes)));
	timed(
		rows,
		'source parts',
		() => partsFile(source, routes).pages.length + partsOf(source).parts.length,
	);
	timed(rows, 'code page parts', () =>
		catalog.pages.reduce((count, page) => count + codePartsOf(page).parts.length, 0),
	);
	timed(rows, 'short links', () => shortLinkRedirects(catalog, routes, english, index).length);
	rows.push(['total', `${((performance.now() - total) / 1000).toFixed(2)} s`, '']);
	console.log(
		`\n${name} at ${scale}: ${(text.length / 1024 ** 2).toFixed(1)} MB, ${entries.length} entries, ${catalog.pages.length} code pages`,
	);
	console.log(['step', 'time', 'heap after', 'peak resident'].map((h) => h.padEnd(16)).join(''));
	for (const row of rows) console.log(row.map((cell) => cell.padEnd(16)).join(''));
}
