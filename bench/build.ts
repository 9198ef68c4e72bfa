/**
 * `npm run bench:build`: builds errdex, added as a plugin to a Starlight site, from generated
 * catalogs of 10,000 and 100,000 codes and, in the same run, a plain Starlight site with as many
 * one-line Markdown pages. Records wall time, peak memory and the size of the pages into
 * bench/results/build-<size>.md, one file per size, and the table of the README (between its
 * `<!-- build-bench -->` markers) from every such file.
 *
 * Each site is built in its own folder under the system temp folder, with the repository's
 * node_modules: a cold build every time, and nothing large written into the repository or into
 * the Astro cache that other builds of the repository share.
 *
 * Options (environment):
 * - ERRDEX_BENCH_SIZES: catalog sizes, default "10000,100000".
 * - ERRDEX_BENCH_BASELINE: the sizes plain Starlight is built at too, default "10000" (the
 *   budgets compare with it there only); "0" for none.
 * - ERRDEX_BENCH_RUNS: builds of each site at each size, default 1. Runs alternate between the
 *   sites, so that what else the machine does falls on both; the table gives the medians.
 * - ERRDEX_BENCH_LIMIT: seconds one build may take, default 1500; a build cut off is said so.
 * - ERRDEX_BENCH_HISTORY: "1" (default) also builds each catalog with the history of its
 *   previous build (some codes renamed, removed and reworded since: `earlierRows`), and
 *   compares the two; "0" for none.
 * - ERRDEX_BENCH_PATHOLOGICAL: `all`, or file names of issue 19's documents
 *   (tests/fixtures/pathological.ts, those it marks `timed`): each is built alone, as the only
 *   document of a site, into bench/results/build-pathological.md and the README's table of them.
 *   Only these are built unless ERRDEX_BENCH_SIZES is given too.
 * - ERRDEX_BENCH_SCALE: the size of those documents, 1 (the default) as the issue measured
 *   them; a fraction checks that the bench runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { EDITS } from './generate';
import { PATHOLOGICAL } from '../tests/fixtures/pathological';
import { DOCUMENTS, errdexRoot, plainRoot, repo, spawnAstro } from './sites';

// One folder per run: two people benchmarking on one machine must not build into each other's.
const work = await mkdtemp(join(tmpdir(), 'errdex-bench-'));
const list = (text: string) => (text === '0' ? [] : text.split(',').map(Number));
const pathological = process.env['ERRDEX_BENCH_PATHOLOGICAL']?.split(',');
const scale = Number(process.env['ERRDEX_BENCH_SCALE'] ?? 1);
const sizes = list(process.env['ERRDEX_BENCH_SIZES'] ?? (pathological ? '0' : '10000,100000'));
const baselineSizes = new Set(list(process.env['ERRDEX_BENCH_BASELINE'] ?? '10000'));
const runs = Number(process.env['ERRDEX_BENCH_RUNS'] ?? 1);
const limit = Number(process.env['ERRDEX_BENCH_LIMIT'] ?? 1500);
const withHistory = (process.env['ERRDEX_BENCH_HISTORY'] ?? '1') !== '0';

/** What issue 11 asks of a build, and why each figure. */
const BUDGETS = {
	/** A code page is what a reader opens from a search or a chat: it must load at once. */
	codePageBytes: 25 * 1024,
	/**
	 * The heaviest page of any kind ("a few hundred KB"): source pages and `/codes/` are cut at
	 * 200 KB of content (`PAGE_LIMITS`), to which Starlight's frame adds about 25 KB.
	 */
	pageBytes: 300 * 1024,
	/** Peak memory of the 100,000-code build: half of the 4 GB it was first given. */
	memoryBytes: 2 * 1024 ** 3,
	/** 100,000 codes may take at most this many times as long as 10,000: cost grows linearly. */
	growth: 10,
	/**
	 * A build with a history may take this much more time and memory than the same build
	 * without: what keeps every published address alive must not cost the build noticeably.
	 */
	history: 1.1,
	/** What issue 19 asks of a site of one pathological document (a 10 MB one among them). */
	pathologicalSeconds: 60,
	pathologicalMemoryBytes: 2 * 1024 ** 3,
} as const;

type Site = 'errdex' | 'errdex with history' | 'plain Starlight';

interface Run {
	/** Seconds; when the build was cut off, the limit. */
	seconds: number;
	finished: boolean;
	peakBytes: number;
}

interface Measure {
	site: Site;
	codes: number;
	runs: Run[];
	outputBytes: number;
	htmlFiles: number;
	/** Sizes of the code pages' HTML, sorted. */
	codePageBytes: number[];
	/** The heaviest HTML file, as a path in the site. */
	largest: { path: string; bytes: number };
}

/** Runs `astro build` under GNU time; returns wall seconds, peak RSS and whether it finished. */
function timedBuild(root: string, log: string): Promise<Run> {
	return new Promise((done, fail) => {
		const started = performance.now();
		const { child, output } = spawnAstro(root, ['build'], ['/usr/bin/time', '-v']);
		let cutOff = false;
		const timer = setTimeout(() => {
			cutOff = true;
			// The whole process group: time, node and anything Astro started.
			process.kill(-child.pid!, 'SIGKILL');
		}, limit * 1000);
		child.on('error', fail);
		child.on('close', async (status) => {
			clearTimeout(timer);
			await writeFile(log, output());
			const seconds = (performance.now() - started) / 1000;
			const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(output());
			if (!cutOff && status !== 0)
				return fail(new Error(`build in ${root} failed (exit ${status}); see ${log}`));
			done({
				seconds: cutOff ? limit : seconds,
				peakBytes: kb ? Number(kb[1]) * 1024 : 0,
				finished: !cutOff,
			});
		});
	});
}

/** What the build wrote: its size, its HTML files, the code pages and the heaviest page. */
async function readOutput(dist: string, codePage: (path: string) => boolean) {
	let bytes = 0;
	let html = 0;
	const codePageBytes: number[] = [];
	let largest = { path: '–', bytes: 0 };
	if (existsSync(dist)) {
		for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
			if (!entry.isFile()) continue;
			const file = join(entry.parentPath, entry.name);
			const size = (await stat(file)).size;
			bytes += size;
			if (!entry.name.endsWith('.html')) continue;
			html++;
			const path = `/${relative(dist, file).replace(/index\.html$/, '')}`;
			if (codePage(path)) codePageBytes.push(size);
			if (size > largest.bytes) largest = { path, bytes: size };
		}
	}
	return { bytes, html, codePageBytes: codePageBytes.sort((a, b) => a - b), largest };
}

/** Code pages: `/<source>/<code>/` on both sites, not the pages of a long source page. */
const isCodePage = (path: string) =>
	/^\/[^/]+\/[^/]+\/$/.test(path) &&
	!/^\/(?:_astro|search|e|codes|changes)\//.test(path) &&
	!/\/page-\d+\/$/.test(path);

async function build(site: Site, codes: number, into?: Measure): Promise<Measure> {
	const root =
		site === 'plain Starlight'
			? await plainRoot(work, codes)
			: await errdexRoot(work, codes, site === 'errdex with history');
	console.log(`${site}, ${codes} codes: building in ${root} …`);
	const run = await timedBuild(root, join(root, 'build.log'));
	const output = await readOutput(join(root, 'dist'), isCodePage);
	// The output of 100,000 pages is several gigabytes of small files; keep only the figures.
	await rm(root, { recursive: true, force: true });
	const measure: Measure = into ?? {
		site,
		codes,
		runs: [],
		outputBytes: output.bytes,
		htmlFiles: output.html,
		codePageBytes: output.codePageBytes,
		largest: output.largest,
	};
	measure.runs.push(run);
	console.log(`  ${row(measure)}`);
	return measure;
}

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const kb = (bytes: number | undefined) =>
	bytes === undefined ? '–' : `${(bytes / 1024).toFixed(1)} KB`;
const middle = <T>(sorted: T[]) => sorted[Math.floor((sorted.length - 1) / 2)];
const finished = (m: Measure) => m.runs.every((run) => run.finished);
/** The median run's wall time, and the median peak: each site's typical build. */
const seconds = (m: Measure) => middle(m.runs.map((run) => run.seconds).sort((a, b) => a - b))!;
const peak = (m: Measure) => middle(m.runs.map((run) => run.peakBytes).sort((a, b) => a - b))!;

const HEADER = [
	'| codes | site | wall time | peak memory | output | HTML files | code page median / max | largest page |',
	'| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
];

function row(m: Measure): string {
	const time = finished(m) ? `${seconds(m).toFixed(0)} s` : `> ${limit} s (cut off)`;
	return `| ${m.codes.toLocaleString('en')} | ${m.site} | ${time} | ${mb(peak(m))} | ${mb(m.outputBytes)} | ${m.htmlFiles.toLocaleString('en')} | ${kb(middle(m.codePageBytes))} / ${kb(m.codePageBytes.at(-1))} | ${kb(m.largest.bytes)} |`;
}

const mark = (ok: boolean) => (ok ? '✔' : '✘');

function verdicts(codes: number, results: Measure[]): string[] {
	const errdex = results.find((m) => m.site === 'errdex' && m.codes === codes)!;
	const plain = results.find((m) => m.site === 'plain Starlight' && m.codes === codes);
	const inRun = results.find((m) => m.site === 'errdex' && m.codes === 10_000);
	const tenThousand = inRun
		? { seconds: seconds(inRun), from: 'in this run' }
		: earlierTenThousand && { ...earlierTenThousand, from: `in ${earlierTenThousand.from}` };
	const lines = [
		`- code pages at most ${kb(errdex.codePageBytes.at(-1))} (budget ${kb(BUDGETS.codePageBytes)}) ${mark((errdex.codePageBytes.at(-1) ?? Infinity) <= BUDGETS.codePageBytes)}; heaviest page ${errdex.largest.path}, ${kb(errdex.largest.bytes)} (budget ${kb(BUDGETS.pageBytes)}) ${mark(errdex.largest.bytes <= BUDGETS.pageBytes)}`,
	];
	if (plain)
		lines.push(
			`- against plain Starlight in the same run: wall time ${seconds(errdex).toFixed(0)} s / ${seconds(plain).toFixed(0)} s = ${(seconds(errdex) / seconds(plain)).toFixed(2)}× (budget 1.00×) ${mark(finished(errdex) && seconds(errdex) <= seconds(plain))}; peak memory ${mb(peak(errdex))} / ${mb(peak(plain))} ${mark(peak(errdex) <= peak(plain))}`,
		);
	const history = results.find((m) => m.site === 'errdex with history' && m.codes === codes);
	if (history)
		lines.push(
			`- with a history against without, in the same run: wall time ${seconds(history).toFixed(0)} s / ${seconds(errdex).toFixed(0)} s = ${(seconds(history) / seconds(errdex)).toFixed(2)}× (budget ${BUDGETS.history.toFixed(2)}×) ${mark(finished(history) && seconds(history) <= BUDGETS.history * seconds(errdex))}; peak memory ${mb(peak(history))} / ${mb(peak(errdex))} = ${(peak(history) / peak(errdex)).toFixed(2)}× ${mark(peak(history) <= BUDGETS.history * peak(errdex))}`,
		);
	if (codes > 10_000) {
		for (const m of [errdex, ...(history ? [history] : [])])
			lines.push(
				`- ${m.site}: peak memory ${mb(peak(m))} (budget ${mb(BUDGETS.memoryBytes)}) ${mark(peak(m) <= BUDGETS.memoryBytes)}`,
			);
		if (tenThousand)
			lines.push(
				`- wall time ${seconds(errdex).toFixed(0)} s against ${tenThousand.seconds.toFixed(0)} s for 10,000 codes ${tenThousand.from}: ${(seconds(errdex) / tenThousand.seconds).toFixed(1)}× for ${codes / 10_000}× the codes (budget ${BUDGETS.growth}×) ${mark(finished(errdex) && seconds(errdex) <= BUDGETS.growth * tenThousand.seconds)}`,
			);
	}
	if (runs > 1)
		for (const m of results.filter((r) => r.codes === codes))
			lines.push(
				`- ${m.site}, each run: ${m.runs.map((run) => `${run.seconds.toFixed(0)} s, ${mb(run.peakBytes)}`).join('; ')}`,
			);
	return lines;
}

const resultsDir = join(repo, 'bench/results');

/**
 * The 10,000-code build of errdex in the latest report of that size, for a run of larger
 * catalogs alone: the growth budget compares with it.
 */
async function readEarlierTenThousand(): Promise<{ seconds: number; from: string } | undefined> {
	const file = join(resultsDir, 'build-10k.md');
	if (!existsSync(file)) return undefined;
	const text = await readFile(file, 'utf8');
	const row = /^\| 10,000 \| errdex \| (\d+) s \|/m.exec(text);
	const date = /`, (\d{4}-\d{2}-\d{2}),/.exec(text);
	return row
		? {
				seconds: Number(row[1]),
				from: `bench/results/build-10k.md of ${date?.[1] ?? 'an earlier run'}`,
			}
		: undefined;
}
const earlierTenThousand = await readEarlierTenThousand();

// The package the site installs is the bundle of the code as it is now.
if (spawnSync('npm', ['run', 'build:plugin'], { cwd: repo, stdio: 'inherit' }).status !== 0)
	throw new Error('npm run build:plugin failed');

/**
 * Each of issue 19's documents as the only document of a site: within 60 s and 2 GB, and no
 * page past the page budget, whatever it holds. A build that fails is a result too.
 */
async function benchPathological(): Promise<string[]> {
	const chosen = PATHOLOGICAL.filter(
		(item) => item.timed && (pathological!.includes('all') || pathological!.includes(item.name)),
	);
	const lines: string[] = [];
	for (const item of chosen) {
		const content = item.content(scale);
		const name = item.name.replace(/\.md$/, '');
		const root = await errdexRoot(work, 0, false, {
			name,
			files: [{ path: item.name, text: content }],
		});
		console.log(`${item.name} (${mb(content.length)}): building in ${root} …`);
		let run: Run | null = null;
		try {
			run = await timedBuild(root, join(root, 'build.log'));
		} catch (error) {
			console.log(`  ${error instanceof Error ? error.message : String(error)}`);
		}
		const output = await readOutput(join(root, 'dist'), isCodePage);
		await rm(root, { recursive: true, force: true });
		const within =
			run !== null &&
			run.finished &&
			run.seconds <= BUDGETS.pathologicalSeconds &&
			run.peakBytes <= BUDGETS.pathologicalMemoryBytes &&
			output.largest.bytes <= BUDGETS.pageBytes;
		const time =
			run === null
				? 'failed'
				: run.finished
					? `${run.seconds.toFixed(0)} s`
					: `> ${limit} s (cut off)`;
		lines.push(
			`| \`${item.name}\` | ${item.filed} | ${(content.length / 1024 ** 2).toFixed(1)} MB | ${time} | ${run ? mb(run.peakBytes) : '–'} | ${output.html.toLocaleString('en')} | ${kb(output.largest.bytes)} | ${mark(within)} |`,
		);
		console.log(`  ${lines.at(-1)}`);
	}
	return lines;
}

const PATHOLOGICAL_HEADER = [
	'| document | case | size | wall time | peak memory | HTML files | largest page | within 60 s, 2 GB and 300 KB a page |',
	'| --- | --- | ---: | ---: | ---: | ---: | ---: | :---: |',
];
const pathologicalRows = pathological ? await benchPathological() : [];

const results: Measure[] = [];
for (const codes of sizes) {
	const sites: Site[] = [
		'errdex',
		...(withHistory ? (['errdex with history'] as const) : []),
		...(baselineSizes.has(codes) ? (['plain Starlight'] as const) : []),
	];
	const measures = new Map<Site, Measure>();
	for (let run = 0; run < runs; run++)
		for (const site of sites) measures.set(site, await build(site, codes, measures.get(site)));
	results.push(...measures.values());
}
await rm(work, { recursive: true, force: true });

const command = [
	process.env['ERRDEX_BENCH_SIZES'] && `ERRDEX_BENCH_SIZES=${process.env['ERRDEX_BENCH_SIZES']}`,
	process.env['ERRDEX_BENCH_BASELINE'] &&
		`ERRDEX_BENCH_BASELINE=${process.env['ERRDEX_BENCH_BASELINE']}`,
	process.env['ERRDEX_BENCH_RUNS'] && `ERRDEX_BENCH_RUNS=${process.env['ERRDEX_BENCH_RUNS']}`,
	process.env['ERRDEX_BENCH_HISTORY'] &&
		`ERRDEX_BENCH_HISTORY=${process.env['ERRDEX_BENCH_HISTORY']}`,
	'npm run bench:build',
]
	.filter(Boolean)
	.join(' ');
await mkdir(resultsDir, { recursive: true });
for (const codes of sizes) {
	const report = [
		`# Build benchmark, ${codes.toLocaleString('en')} codes`,
		'',
		`\`${command}\`, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${mb(totalmem())} memory, Node ${process.versions.node}. ` +
			`errdex builds ${DOCUMENTS} documents holding all the codes (four sections each), as a plugin of a Starlight site${withHistory ? `, and again with the history of a previous build in which one code in ${EDITS.every} had another name, one more was there and one said something else` : ''}; plain Starlight builds one one-line Markdown page per code. ` +
			`Wall time and peak resident memory from GNU time${runs > 1 ? `, the median of ${runs} runs that alternate between the sites` : ''}; a build is cut off after ${limit} s.`,
		'',
		...HEADER,
		...results.filter((m) => m.codes === codes).map(row),
		'',
		...verdicts(codes, results),
		'',
	];
	await writeFile(join(resultsDir, `build-${codes / 1000}k.md`), report.join('\n'));
	console.log(report.join('\n'));
}

// The README's table: the rows of every size's latest report.
const rows: string[] = [];
for (const file of (await readdir(resultsDir)).filter((name) => /^build-\d+k\.md$/.test(name)))
	rows.push(
		...(await readFile(join(resultsDir, file), 'utf8'))
			.split('\n')
			.filter((line) => /^\| [\d,]+ \|/.test(line)),
	);
rows.sort(
	(a, b) =>
		Number(a.split('|')[1]!.replace(/\D/g, '')) - Number(b.split('|')[1]!.replace(/\D/g, '')),
);
const readme = join(repo, 'README.md');
let text = await readFile(readme, 'utf8');
text = text.replace(
	/(<!-- build-bench -->\n)[\s\S]*?(<!-- \/build-bench -->)/,
	`$1${[...HEADER, ...rows].join('\n')}\n$2`,
);
if (pathologicalRows.length > 0) {
	const report = [
		'# Build benchmark, pathological documents',
		'',
		`\`ERRDEX_BENCH_PATHOLOGICAL=${pathological!.join(',')}${scale === 1 ? '' : ` ERRDEX_BENCH_SCALE=${scale}`} npm run bench:build\`, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${mb(totalmem())} memory, Node ${process.versions.node}. ` +
			`Each document of issue 19 (tests/fixtures/pathological.ts${scale === 1 ? ', at the size the issue measured' : `, at ${scale} of the size the issue measured`}) is the only document of a Starlight site with errdex as a plugin. Wall time and peak resident memory from GNU time; budget ${BUDGETS.pathologicalSeconds} s and ${mb(BUDGETS.pathologicalMemoryBytes)} each, and ${kb(BUDGETS.pageBytes)} for its largest page.`,
		'',
		...PATHOLOGICAL_HEADER,
		...pathologicalRows,
		'',
	];
	console.log(report.join('\n'));
	// A run at a fraction of the size only checks the bench; it records nothing.
	if (scale === 1) {
		await writeFile(join(resultsDir, 'build-pathological.md'), report.join('\n'));
		text = text.replace(
			/(<!-- build-bench-pathological -->\n)[\s\S]*?(<!-- \/build-bench-pathological -->)/,
			`$1${[...PATHOLOGICAL_HEADER, ...pathologicalRows].join('\n')}\n$2`,
		);
	}
}
await writeFile(readme, text);
