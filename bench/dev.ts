/**
 * `npm run bench:dev`: how long an edit to a document takes to show in an open browser tab
 * under `astro dev`, with a catalog of 10,000 codes. Serves the site `bench/build.ts` builds
 * (errdex as a plugin of a Starlight site, bench/sites.ts), opens a code page in Chromium, edits
 * that code's row in its document, and times from the write until the tab shows the new text;
 * then again, `ERRDEX_BENCH_DEV_EDITS` times (default 5). Writes bench/results/dev.md.
 *
 * Options (environment): ERRDEX_BENCH_DEV_CODES (default 10000), ERRDEX_BENCH_DEV_EDITS.
 */
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, findChromium } from '../scripts/browser.mjs';
import { errdexRoot, repo, spawnAstro } from './sites';

const codes = Number(process.env['ERRDEX_BENCH_DEV_CODES'] ?? 10_000);
const edits = Number(process.env['ERRDEX_BENCH_DEV_EDITS'] ?? 5);
/** What issue 11 asks: an edit shows in the open tab within 3 s. */
const BUDGET_SECONDS = 3;
/** The first request compiles errdex's pages and Starlight's: a minute on a busy machine. */
const FIRST_LOAD_MS = 180_000;
/** Longer than this, an edit is counted as never shown. */
const EDIT_TIMEOUT_MS = 30_000;

/** A port nobody listens on, so that this can run beside other servers. */
function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.on('error', fail);
		server.listen(0, () => {
			const { port } = server.address() as { port: number };
			server.close(() => done(port));
		});
	});
}

async function waitForServer(url: string, log: () => string): Promise<void> {
	const until = Date.now() + FIRST_LOAD_MS;
	while (Date.now() < until) {
		try {
			if ((await fetch(url)).status < 500) return;
		} catch {
			// not listening yet
		}
		await new Promise((wait) => setTimeout(wait, 250));
	}
	throw new Error(`the dev server did not answer ${url}:\n${log()}`);
}

if (spawnSync('npm', ['run', 'build:plugin'], { cwd: repo, stdio: 'inherit' }).status !== 0)
	throw new Error('npm run build:plugin failed');

const work = await mkdtemp(join(tmpdir(), 'errdex-bench-dev-'));
const root = await errdexRoot(work, codes);
const port = await freePort();
const { child: server, output } = spawnAstro(root, ['dev', '--port', String(port)]);

const document = join(root, 'content/api-01.md');
// The first code of the first document, as bench/generate.ts names it.
const code = 'E01000000';
const page = `http://localhost:${port}/api-01/${code.toLowerCase()}/`;
const times: number[] = [];
const { executablePath } = findChromium();
const browser = await chromium.launch({
	...(executablePath ? { executablePath } : {}),
	args: chromiumArgs(),
});
try {
	const started = performance.now();
	await waitForServer(page, output);
	const tab = await browser.newPage();
	await tab.goto(page, { timeout: FIRST_LOAD_MS });
	console.log(
		`dev server up and ${page} shown in ${((performance.now() - started) / 1000).toFixed(1)} s`,
	);
	for (let edit = 1; edit <= edits; edit++) {
		const marker = `Edited message number ${edit}`;
		const text = await readFile(document, 'utf8');
		const row = new RegExp(`^(\\| \`${code}\` \\| \\d+ \\| )[^|]*`, 'm');
		if (!row.test(text)) throw new Error(`no row of ${code} in ${document}`);
		const shown = tab.getByText(marker).first().waitFor({ timeout: EDIT_TIMEOUT_MS });
		const written = performance.now();
		await writeFile(document, text.replace(row, `$1${marker}. `));
		await shown.then(
			() => times.push((performance.now() - written) / 1000),
			() => times.push(Infinity),
		);
		console.log(`edit ${edit}: ${times.at(-1)!.toFixed(2)} s`);
	}
} finally {
	await browser.close();
	// The whole process group: the dev server and anything it started.
	process.kill(-server.pid!, 'SIGTERM');
	await rm(work, { recursive: true, force: true });
}

const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
const worst = sorted.at(-1)!;
const seconds = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)} s` : 'never');
const report = [
	'# Development benchmark',
	'',
	`\`npm run bench:dev\`, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.versions.node}. ` +
		`\`astro dev\` serves errdex, as a plugin of a Starlight site, with ${codes.toLocaleString('en')} codes in 10 documents; Chromium shows the page of ${code}. ` +
		`Each edit rewrites that code's message in its document and is timed from the write until the tab shows the new message (the dev server rebuilds the catalog and reloads the tab).`,
	'',
	'| edit | until the tab shows it |',
	'| ---: | ---: |',
	...times.map((time, i) => `| ${i + 1} | ${seconds(time)} |`),
	'',
	`- median ${seconds(median)}, slowest ${seconds(worst)} (budget ${BUDGET_SECONDS} s) ${worst <= BUDGET_SECONDS ? '✔' : '✘'}`,
	'',
];
await writeFile(join(repo, 'bench/results/dev.md'), report.join('\n'));
console.log(report.join('\n'));
