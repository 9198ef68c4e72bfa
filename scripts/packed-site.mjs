// @ts-check
// errdex as npm would publish it, in a Starlight site of its own: packs this repository
// (`npm pack`), makes a fresh site in a temporary folder from tests/fixtures/packed-site/ with
// its own package.json (astro, @astrojs/starlight and the packed errdex as dependencies),
// installs it (from npm's cache where it can), type-checks its astro.config.mjs against the
// types errdex ships (`astro check`) and builds it. tests/e2e/packed-site.test.ts serves and
// crawls the build.
//
// The site lives outside this repository: inside it, Node would find this repository's
// node_modules and hide a dependency the package forgot.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

const repo = fileURLToPath(new URL('..', import.meta.url));

/** The site's folder: one per checkout, so that two checkouts on one machine do not share it. */
export const packedSite =
	process.env.ERRDEX_PACKED_SITE ??
	join(
		tmpdir(),
		`errdex-packed-site-${createHash('sha256').update(repo).digest('hex').slice(0, 12)}`,
	);

/**
 * The site's Astro, run by the Node that runs this script (Astro 7 needs 22.12 or later).
 * @type {[node: string, astro: string]}
 */
export const astroCommand = [
	process.execPath,
	join(packedSite, 'node_modules/astro/bin/astro.mjs'),
];

/** Where the build's report is kept, without colours, for the tests to read what the build said. */
export const buildLog = join(packedSite, 'build.log');

const log = (/** @type {string} */ message) => console.log(`[packed-site] ${message}`);

/**
 * Runs a step, says how long it took, and stops the script when it fails. Returns what the
 * step printed: its standard output, then its errors and warnings.
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 */
function step(name, command, args, cwd) {
	const started = performance.now();
	const result = spawnSync(command, args, {
		cwd,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	if (result.status !== 0) {
		console.error(`${result.stdout}${result.stderr}`);
		log(`${name} failed after ${seconds} s`);
		process.exit(1);
	}
	log(`${name}: ${seconds} s`);
	return { stdout: result.stdout, all: `${result.stdout}${result.stderr}` };
}

function main() {
	const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
	rmSync(packedSite, { recursive: true, force: true });
	cpSync(join(repo, 'tests/fixtures/packed-site'), packedSite, { recursive: true });
	const vendor = join(packedSite, 'vendor');
	mkdirSync(vendor);

	// The prepack script prints before npm's JSON.
	const { stdout } = step(
		'npm pack',
		'npm',
		['pack', '--json', '--pack-destination', vendor],
		repo,
	);
	const packed = JSON.parse(stdout.slice(stdout.search(/^\[/m)));
	const tarball = `vendor/${packed[0].filename}`;
	const versions = { ...manifest.devDependencies, ...manifest.peerDependencies };
	writeFileSync(
		join(packedSite, 'package.json'),
		`${JSON.stringify(
			{
				name: 'packed-site',
				private: true,
				type: 'module',
				scripts: { build: 'astro build', check: 'astro check' },
				dependencies: {
					astro: versions.astro,
					'@astrojs/starlight': versions['@astrojs/starlight'],
					errdex: `file:${tarball}`,
				},
				devDependencies: {
					'@astrojs/check': versions['@astrojs/check'],
					typescript: versions.typescript,
				},
			},
			null,
			'\t',
		)}\n`,
	);
	step(
		'npm install',
		'npm',
		['install', '--prefer-offline', '--no-audit', '--no-fund'],
		packedSite,
	);
	const [node, astro] = astroCommand;
	step('astro check', node, [astro, 'check'], packedSite);
	writeFileSync(
		buildLog,
		stripVTControlCharacters(step('astro build', node, [astro, 'build'], packedSite).all),
	);
	log(`built ${join(packedSite, 'dist')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
