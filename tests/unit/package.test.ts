/**
 * The package as npm publishes it: what `npm pack` puts in the tarball, and what package.json
 * tells npm, Astro's integrations list and Starlight's plugin list about it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const astro = JSON.parse(readFileSync(new URL('node_modules/astro/package.json', root), 'utf8'));

describe('npm pack', () => {
	// `--dry-run` still runs prepack, which bundles lib/errdex.js, and lists every file it would pack.
	const output = execFileSync('npm', ['pack', '--dry-run', '--json'], {
		cwd: root,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'ignore'],
	});
	const files: string[] = JSON.parse(output.slice(output.search(/^\[/m)))[0].files.map(
		(file: { path: string }) => file.path,
	);

	it('ships the plugin, its types, pages and components, the licence and the manual', () => {
		expect(files).toEqual(
			expect.arrayContaining([
				'package.json',
				'README.md',
				'LICENSE',
				'lib/errdex.js',
				'src/index.ts',
				'src/routes/code.astro',
				'src/styles/errdex.css',
			]),
		);
		for (const target of Object.values(manifest.exports['.']) as string[])
			expect(files, `package.json exports ${target}`).toContain(target.replace(/^\.\//, ''));
	});

	it('ships no tests, benchmarks, fixtures, documents or this site’s own configuration', () => {
		expect(
			files.filter(
				(file) =>
					/^(tests|bench|content|scripts|docs|dist[^/]*|\.ci)\//.test(file) ||
					/\.test\.ts$|fixtures/.test(file) ||
					file === 'src/content.config.ts' ||
					file === 'astro.config.mjs',
			),
		).toEqual([]);
	});
});

describe('package.json', () => {
	it('says its licence, with the licence beside it, and where its source is', () => {
		expect(manifest.license).toBe('MIT');
		expect(readFileSync(new URL('LICENSE', root), 'utf8')).toMatch(/^MIT License\n/);
		expect(manifest.repository.url).toMatch(/^git\+https:\/\/.+\.git$/);
	});

	it('asks for the Node that the Astro it runs in needs', () => {
		expect(manifest.engines.node).toBe(astro.engines.node);
	});

	it('is found as an Astro integration and a Starlight plugin', () => {
		expect(manifest.keywords).toEqual(
			expect.arrayContaining(['withastro', 'astro-integration', 'starlight-plugin']),
		);
	});

	it('installs no script into the sites that install it', () => {
		for (const hook of ['preinstall', 'install', 'postinstall', 'prepare'])
			expect(
				manifest.scripts,
				`a ${hook} script runs, or asks to, in every site`,
			).not.toHaveProperty(hook);
	});
});
