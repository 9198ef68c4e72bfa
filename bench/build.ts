/**
 * `npm run bench:build`: builds errdex from generated catalogs of 10,000 and 100,000 codes and,
 * in the same run, a plain Starlight site with the same number of one-line Markdown pages.
 * Records wall time, peak memory and output size into bench/results/build.md.
 *
 * Each site is built in its own folder under the system temp folder, with the repository's
 * node_modules: a cold build every time, and nothing large written into the repository or into
 * the Astro cache that other builds of the repository share.
 *
 * Options (environment): ERRDEX_BENCH_SIZES (default "10000,100000"), ERRDEX_BENCH_LIMIT
 * (seconds one build may take, default 600; a build cut off is reported as such),
 * ERRDEX_BENCH_BASELINE=0 to build errdex alone (the memory budget needs no baseline).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errdexDocuments, plainStarlightPages, type GeneratedFile } from './generate';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// One folder per run: two people benchmarking on one machine must not build into each other's.
const work = await mkdtemp(join(tmpdir(), 'errdex-bench-'));
const sizes = (process.env['ERRDEX_BENCH_SIZES'] ?? '10000,100000').split(',').map(Number);
const limit = Number(process.env['ERRDEX_BENCH_LIMIT'] ?? 600);
const baseline = process.env['ERRDEX_BENCH_BASELINE'] !== '0';
const DOCUMENTS = 10;
/** Both sites are published somewhere: canonical links and previews need the address. */
const SITE = 'https://errors.example.com';
const CODE_PAGE_BUDGET = 25 * 1024;
const MEMORY_BUDGET = 4 * 1024 ** 3;

interface Measure {
	site: 'errdex' | 'plain Starlight';
	codes: number;
	/** Seconds; when the build was cut off, the limit. */
	seconds: number;
	finished: boolean;
	peakBytes: number;
	outputBytes: number;
	htmlFiles: number;
	/** Sizes of the code pages' HTML, sorted. */
	pageBytes: number[];
}

/**
 * The repository's node_modules, hard-linked: a symlink makes Node resolve Astro to its real
 * path outside the site's root, and Vite then fails to find its own compiled modules.
 */
function linkModules(root: string) {
	const from = join(repo, 'node_modules');
	const to = join(root, 'node_modules');
	// Hard links need one file system; a copy is slower but works across them.
	if (
		spawnSync('cp', ['-al', from, to]).status !== 0 &&
		spawnSync('cp', ['-a', from, to]).status !== 0
	) {
		throw new Error(`could not copy ${from} to ${to}`);
	}
}

async function writeFiles(dir: string, files: GeneratedFile[]) {
	const folders = new Set(files.map((file) => dirname(join(dir, file.path))));
	await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
	// In slices: a Promise.all over 100,000 writes would open more files than the system allows.
	for (let i = 0; i < files.length; i += 500) {
		await Promise.all(
			files.slice(i, i + 500).map((file) => writeFile(join(dir, file.path), file.text)),
		);
	}
}

/**
 * A Starlight site that adds errdex as a plugin, as the README's "Add errdex to your Starlight
 * site" says: errdex installed as a package (its `lib/` bundle, `src/` and package.json, as
 * `npm install ../errdex` would leave them), the documents in `content/`, and the settings this
 * repository's own site uses for a catalog of many pages. Starlight's docs collection is empty:
 * errdex's pages are the whole site, as the plain site's pages are.
 */
async function errdexRoot(codes: number): Promise<string> {
	const root = join(work, `errdex-${codes}`);
	await rm(root, { recursive: true, force: true });
	await mkdir(join(root, 'src'), { recursive: true });
	linkModules(root);
	const installed = join(root, 'node_modules/errdex');
	await rm(installed, { recursive: true, force: true });
	for (const entry of ['package.json', 'lib', 'src'])
		await cp(join(repo, entry), join(installed, entry), { recursive: true });
	await writeFile(
		join(root, 'package.json'),
		`${JSON.stringify({ type: 'module', dependencies: { ...(await declaredPeers()), errdex: 'file:errdex' } })}\n`,
	);
	await writeFile(
		join(root, 'astro.config.mjs'),
		[
			"import starlight from '@astrojs/starlight';",
			"import { defineConfig } from 'astro/config';",
			"import errdex from 'errdex';",
			'',
			'export default defineConfig({',
			`\tsite: '${SITE}',`,
			"\ttrailingSlash: 'always',",
			'\tvite: { build: { assetsInlineLimit: 0 } },',
			"\tintegrations: [starlight({ title: 'Errors', pagefind: false, pagination: false, plugins: [errdex()] })],",
			'});',
			'',
		].join('\n'),
	);
	await writeFile(
		join(root, 'src/content.config.ts'),
		"import { defineCollection } from 'astro:content';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: () => [], schema: docsSchema() }) };\n",
	);
	await writeFiles(join(root, 'content'), errdexDocuments(codes, DOCUMENTS));
	return root;
}

/**
 * Astro and Starlight as the site declares them: Vite bundles Starlight's `astro:` imports only
 * for the packages a project declares.
 */
async function declaredPeers(): Promise<Record<string, string>> {
	const { peerDependencies } = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8')) as {
		peerDependencies: Record<string, string>;
	};
	return peerDependencies;
}

/**
 * What a maintainer would set up by hand: Starlight's defaults, one Markdown page per code, and
 * a sidebar of one link per API. Starlight's default sidebar would list every page on every
 * page, which no one would keep at this size; pagefind is off as it is in errdex.
 */
async function plainRoot(codes: number): Promise<string> {
	const root = join(work, `plain-${codes}`);
	await rm(root, { recursive: true, force: true });
	await mkdir(join(root, 'src'), { recursive: true });
	linkModules(root);
	const pages = plainStarlightPages(codes, DOCUMENTS);
	const firstPages = [
		...new Map(pages.map((page) => [page.path.split('/')[0]!, page.path])).entries(),
	];
	const sidebar = firstPages.map(([folder, path]) => ({
		label: folder,
		link: `/${path.replace(/\.md$/, '/')}`,
	}));
	await writeFile(
		join(root, 'package.json'),
		`${JSON.stringify({ type: 'module', dependencies: await declaredPeers() })}\n`,
	);
	await writeFile(
		join(root, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n\nexport default defineConfig({\n\tsite: '${SITE}',\n\tintegrations: [starlight({ title: 'Errors', pagefind: false, sidebar: ${JSON.stringify(sidebar)} })],\n});\n`,
	);
	await writeFile(
		join(root, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
	);
	await writeFiles(join(root, 'src/content/docs'), [
		{ path: 'index.md', text: '---\ntitle: Errors\n---\n\nEvery error code, one page each.\n' },
		...pages,
	]);
	return root;
}

/** Runs `astro build` under GNU time; returns wall seconds, peak RSS and whether it finished. */
function timedBuild(
	root: string,
	log: string,
): Promise<{ seconds: number; peakBytes: number; finished: boolean }> {
	return new Promise((done, fail) => {
		const started = performance.now();
		const child = spawn(
			'/usr/bin/time',
			['-v', 'node', 'node_modules/astro/bin/astro.mjs', 'build'],
			{
				cwd: root,
				// The repository's Node (24, which Astro 7 needs) comes first, as in npm scripts.
				env: {
					...process.env,
					PATH: `${join(root, 'node_modules/.bin')}:${process.env['PATH']}`,
					ERRDEX_CONTENT: 'content',
					ERRDEX_OUT_DIR: 'dist',
					ASTRO_TELEMETRY_DISABLED: '1',
				},
				stdio: ['ignore', 'pipe', 'pipe'],
				detached: true,
			},
		);
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		let cutOff = false;
		const timer = setTimeout(() => {
			cutOff = true;
			// The whole process group: time, node and anything Astro started.
			process.kill(-child.pid!, 'SIGKILL');
		}, limit * 1000);
		child.on('error', fail);
		child.on('close', async (status) => {
			clearTimeout(timer);
			await writeFile(log, output);
			const seconds = (performance.now() - started) / 1000;
			const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
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

async function folderSize(dir: string): Promise<{ bytes: number; html: number }> {
	let bytes = 0;
	let html = 0;
	if (!existsSync(dir)) return { bytes, html };
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		bytes += (await stat(join(entry.parentPath, entry.name))).size;
		if (entry.name.endsWith('.html')) html++;
	}
	return { bytes, html };
}

/** Sizes of the pages two levels down (`/<source>/<code>/`, `/api-01/<code>/`): the code pages. */
async function codePageSizes(dist: string, skip: Set<string>): Promise<number[]> {
	const sizes: number[] = [];
	if (!existsSync(dist)) return sizes;
	for (const top of await readdir(dist, { withFileTypes: true })) {
		if (!top.isDirectory() || skip.has(top.name)) continue;
		for (const code of await readdir(join(dist, top.name), { withFileTypes: true })) {
			const file = join(dist, top.name, code.name, 'index.html');
			if (code.isDirectory() && existsSync(file)) sizes.push((await stat(file)).size);
		}
	}
	return sizes.sort((a, b) => a - b);
}

async function measure(site: Measure['site'], codes: number): Promise<Measure> {
	const root = site === 'errdex' ? await errdexRoot(codes) : await plainRoot(codes);
	console.log(`${site}, ${codes} codes: building in ${root} …`);
	const run = await timedBuild(root, join(root, 'build.log'));
	const dist = join(root, 'dist');
	const { bytes, html } = await folderSize(dist);
	const result: Measure = {
		site,
		codes,
		...run,
		outputBytes: bytes,
		htmlFiles: html,
		pageBytes: await codePageSizes(dist, new Set(['_astro', 'search', 'e', 'codes'])),
	};
	console.log(`  ${row(result)}`);
	// The output of 100,000 pages is several gigabytes of small files; keep only the figures.
	await rm(root, { recursive: true, force: true });
	return result;
}

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const kb = (bytes: number | undefined) =>
	bytes === undefined ? '–' : `${(bytes / 1024).toFixed(1)} KB`;
const median = (sorted: number[]) => sorted[Math.floor(sorted.length / 2)];

function row(m: Measure): string {
	const time = m.finished ? `${m.seconds.toFixed(0)} s` : `> ${limit} s (cut off)`;
	const rate = m.finished ? `${Math.round(m.codes / m.seconds)}` : '–';
	return `| ${m.codes.toLocaleString('en')} | ${m.site} | ${time} | ${rate} | ${mb(m.peakBytes)} | ${m.finished ? mb(m.outputBytes) : '–'} | ${m.finished ? m.htmlFiles.toLocaleString('en') : '–'} | ${kb(median(m.pageBytes))} / ${kb(m.pageBytes.at(-1))} |`;
}

function verdicts(results: Measure[]): string[] {
	const lines: string[] = [];
	for (const codes of sizes) {
		const errdex = results.find((m) => m.site === 'errdex' && m.codes === codes)!;
		const plain = results.find((m) => m.site === 'plain Starlight' && m.codes === codes);
		const faster = errdex.finished && (!plain?.finished || errdex.seconds <= plain.seconds);
		const against = plain
			? ` against plain Starlight ${plain.finished ? `${plain.seconds.toFixed(0)} s` : `cut off at ${limit} s`}: ${faster ? 'no slower ✔' : 'slower ✘'}`
			: ' (no baseline built)';
		lines.push(
			`- ${codes.toLocaleString('en')} codes: errdex ${errdex.finished ? `${errdex.seconds.toFixed(0)} s` : 'cut off'}${against}; peak memory ${mb(errdex.peakBytes)} (budget 4096 MB) ${errdex.peakBytes <= MEMORY_BUDGET ? '✔' : '✘'}; largest code page ${kb(errdex.pageBytes.at(-1))} (budget 25 KB) ${(errdex.pageBytes.at(-1) ?? Infinity) <= CODE_PAGE_BUDGET ? '✔' : '✘'}`,
		);
	}
	return lines;
}

// The package the site installs is the bundle of the code as it is now.
if (spawnSync('npm', ['run', 'build:plugin'], { cwd: repo, stdio: 'inherit' }).status !== 0)
	throw new Error('npm run build:plugin failed');

const results: Measure[] = [];
for (const codes of sizes) {
	results.push(await measure('errdex', codes));
	if (baseline) results.push(await measure('plain Starlight', codes));
}
await rm(work, { recursive: true, force: true });

const { cpus, totalmem } = await import('node:os');
const report = [
	'# Build benchmark',
	'',
	`Run on ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${mb(totalmem())} memory, Node ${process.versions.node}. ` +
		`errdex builds ${DOCUMENTS} documents holding all the codes (four sections each); plain Starlight builds one one-line Markdown page per code. ` +
		`Wall time and peak resident memory from GNU time; a build is cut off after ${limit} s.`,
	'',
	'| codes | site | wall time | codes/s | peak memory | output | HTML files | code page median / max |',
	'| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
	...results.map(row),
	'',
	...verdicts(results),
	'',
];
await mkdir(join(repo, 'bench/results'), { recursive: true });
await writeFile(join(repo, 'bench/results/build.md'), report.join('\n'));
console.log(report.join('\n'));
