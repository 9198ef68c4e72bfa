/**
 * The sites the benchmarks build, each in its own folder: errdex added to a Starlight site as a
 * plugin, and a plain Starlight site of as many one-line pages. `bench/build.ts` builds both,
 * `bench/dev.ts` serves the first.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRoutes } from '../src/core/routes';
import { buildCatalog } from '../src/pipeline';
import { historyText, recordBuild } from '../src/pipeline/history';
import { earlierRows, errdexDocuments, plainStarlightPages } from './generate';
import { MAX_CODE_PAGES_PER_DOCUMENT } from '../src/pipeline/link';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Documents the codes are spread over, as in an API with ten error references. */
export const DOCUMENTS = 10;
/** Both sites are published somewhere: canonical links and previews need the address. */
const SITE = 'https://errors.example.com';

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

/** A file to write into a site: text (as UTF-8), or bytes (a document that is not UTF-8). */
export type SiteFile = { path: string; text: string | Uint8Array };

export async function writeFiles(dir: string, files: readonly SiteFile[]) {
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
 * repository's own site uses for a catalog of many pages (trailing slashes, scripts as files,
 * two pages rendered at a time). Starlight's docs collection is empty:
 * errdex's pages are the whole site, as the plain site's pages are.
 *
 * `history`: the site also reads the history its previous build wrote, a build of the same
 * documents as they were before some codes were renamed, removed and reworded (`earlierRows`).
 */
/**
 * The option a generated catalog needs so that every code keeps its page: its documents hold
 * `codes / DOCUMENTS` codes each, past `maxCodePagesPerDocument`'s default at 100,000 codes.
 */
function pageBudget(codes: number): string {
	const perDocument = Math.ceil(codes / DOCUMENTS);
	return perDocument > MAX_CODE_PAGES_PER_DOCUMENT
		? `, maxCodePagesPerDocument: ${perDocument}`
		: '';
}

export async function errdexRoot(
	work: string,
	codes: number,
	history = false,
	documents: { name: string; files: readonly SiteFile[] } = {
		name: `${codes}${history ? '-history' : ''}`,
		files: errdexDocuments(codes, DOCUMENTS),
	},
): Promise<string> {
	const root = join(work, `errdex-${documents.name}`);
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
			'\tbuild: { concurrency: 2 },',
			'\tvite: { build: { assetsInlineLimit: 0 } },',
			`\tintegrations: [starlight({ title: 'Errors', pagefind: false, pagination: false, plugins: [errdex({ history: ${history ? "{ file: 'errors-history.json' }" : 'false'}${pageBudget(codes)} })] })],`,
			'});',
			'',
		].join('\n'),
	);
	await writeFile(
		join(root, 'src/content.config.ts'),
		"import { defineCollection } from 'astro:content';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: () => [], schema: docsSchema() }) };\n",
	);
	await writeFiles(join(root, 'content'), documents.files);
	if (history) await writeFile(join(root, 'errors-history.json'), earlierHistory(codes));
	return root;
}

/** The history the build of the earlier documents wrote: where a history begins, so no dates. */
function earlierHistory(codes: number): string {
	const documents = errdexDocuments(codes, DOCUMENTS, earlierRows(codes, DOCUMENTS)).map(
		(file) => ({ file: `content/${file.path}`, text: file.text }),
	);
	const catalog = buildCatalog(documents, createRoutes());
	return [...historyText(recordBuild(null, catalog, ''))].join('');
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
export async function plainRoot(work: string, codes: number): Promise<string> {
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

/**
 * Starts Astro in a site's folder, its output gathered into `output()`. The command may be
 * wrapped (GNU time); the repository's Node (24, which Astro 7 needs) comes first on the PATH,
 * as in npm scripts; the process leads a group of its own, so that all it started can be
 * stopped together.
 */
export function spawnAstro(root: string, args: string[], wrapper: string[] = []) {
	const [command, ...rest] = [...wrapper, 'node', 'node_modules/astro/bin/astro.mjs', ...args];
	const child = spawn(command!, rest, {
		cwd: root,
		env: {
			...process.env,
			PATH: `${join(root, 'node_modules/.bin')}:${process.env['PATH']}`,
			ASTRO_TELEMETRY_DISABLED: '1',
		},
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	return { child, output: () => output };
}
