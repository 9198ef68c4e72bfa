import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { createRoutes, type Routes } from '../core/routes';
import { formatReport } from '../outputs/report';
import { buildCatalog, type DocumentCache } from '../pipeline';
import { readSources } from '../pipeline/read';
import { VIRTUAL_CONFIG, type ClientConfig } from './config';
import { sourceFile } from './files';
import type { ErrdexOptions } from './options';
import { keepStarlightPageSchema } from './starlight-page-schema';
import { reclaimer } from './reclaim';
import {
	addRedirectRules,
	shortLinkRedirects,
	writeRedirectPages,
	redirectRules,
	type RuleSet,
} from './short-link-files';
import { publishCatalog, readCatalog } from './store';

/** What errdex takes from the Starlight site it is part of. */
export interface HostSite {
	title: string;
	pagefind: boolean;
}

/** The pages errdex adds, by route file, with the path each is served at. */
function pagesOf(routes: Routes): [entrypoint: string, pattern: string][] {
	const param = (name: string) => `[${name}]`;
	return [
		['home.astro', routes.home()],
		['source.astro', `${routes.source(param('source'))}[...part]`],
		['source-parts.json.ts', routes.sourceParts(param('source'))],
		['code.astro', `${routes.code(param('source'), param('code'))}[...part]`],
		['short-link.astro', routes.short(param('code'))],
		['codes.astro', `${routes.codes()}[...facet]`],
		['search.astro', routes.search()],
		['not-found.astro', '/404'],
		['errors.json.ts', routes.export()],
		['codes.json.ts', routes.codeIndex()],
		['search-index.json.ts', routes.searchIndex()],
	];
}

/**
 * errdex's part of the Astro build: reads the documents and builds the catalog once, before any
 * page renders; adds errdex's pages; hands the options the pages and the browser code share to
 * both (`virtual:errdex/config`); and, under `astro dev`, rebuilds the catalog when a document
 * changes.
 */
export function errdexIntegration(options: ErrdexOptions, host: HostSite): AstroIntegration {
	let build: (() => Promise<void>) | undefined;
	let contentPath = '';
	let routes: Routes | undefined;
	let site: URL | undefined;
	let outDir = '';
	let redirectPages: { rules: RuleSet; written: Promise<void> } | undefined;
	return {
		name: 'errdex',
		hooks: {
			'astro:config:setup': async ({ config, command, injectRoute, updateConfig, logger }) => {
				const routeOptions = { prefix: options.prefix, shortLinks: options.shortLinks };
				const client: ClientConfig = {
					routes: { base: config.base, ...routeOptions },
					siteTitle: host.title,
					pagefind: host.pagefind,
					sidebarLabel: options.sidebarLabel,
				};
				const resolved = `\0${VIRTUAL_CONFIG}`;
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'errdex:config',
								resolveId: (id: string) => (id === VIRTUAL_CONFIG ? resolved : undefined),
								load: (id: string) =>
									id === resolved ? `export default ${JSON.stringify(client)};` : undefined,
							},
							keepStarlightPageSchema(logger),
						],
					},
				});
				// Astro puts the base in front of injected patterns itself.
				const unbased = createRoutes(routeOptions);
				for (const [file, pattern] of pagesOf(unbased)) {
					injectRoute({
						pattern: pattern.replace(/\/$/, '') || '/',
						entrypoint: sourceFile(`routes/${file}`),
						prerender: true,
					});
				}
				if (command !== 'dev' && command !== 'build') return;
				const root = fileURLToPath(config.root);
				contentPath = fileURLToPath(new URL(`${options.content}/`, config.root));
				routes = createRoutes(client.routes);
				site = config.site === undefined ? undefined : new URL(config.site);
				const based = routes;
				// The dev server builds again on every edit; a document not edited is not read again.
				const cache: DocumentCache | undefined = command === 'dev' ? new Map() : undefined;
				build = () =>
					buildOnce(options, based, logger, {
						root,
						cacheDir: fileURLToPath(new URL('errdex/', config.cacheDir)),
						cache,
					});
				await build();
			},
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
			},
			// The redirect pages are written while Astro bundles and renders (the output folder is
			// emptied before this hook): on two cores they then cost the build next to no time.
			'astro:build:setup': () => {
				if (!routes || redirectPages) return;
				const redirects = shortLinkRedirects(readCatalog().catalog, routes);
				const written = writeRedirectPages(redirects, routes, outDir, site, host.title);
				// Awaited in astro:build:done; until then a failure must not count as unhandled.
				written.catch(() => {});
				redirectPages = { rules: redirectRules(redirects), written };
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!redirectPages) return;
				await redirectPages.written;
				// After the public folder is copied, so that the site's own rules are kept, and first.
				const rules = await addRedirectRules(fileURLToPath(dir), redirectPages.rules);
				logger.info(
					`${redirectPages.rules.count} short links written as redirect pages; _redirects: ${'added' in rules ? `${rules.added} rules added` : `none added (${rules.skipped})`}`,
				);
			},
			'astro:server:setup': ({ server, logger }) => {
				if (!build) return;
				server.watcher.add(contentPath);
				server.watcher.on('all', async (_event, path) => {
					if (!path.startsWith(contentPath)) return;
					try {
						await build!();
					} catch (error) {
						// While editing, a half-written table must not stop the dev server: say what is
						// wrong and keep serving the last good build until the document is fixed.
						logger.error(error instanceof Error ? error.message : String(error));
						return;
					}
					// Pages ask for their paths again (new codes, removed ones), then the browser reloads.
					for (const environment of Object.values(server.environments)) {
						if (environment.name !== 'client') environment.hot.send('astro:content-changed', {});
					}
					server.environments.client.hot.send({ type: 'full-reload', path: '*' });
				});
			},
		},
	};
}

async function buildOnce(
	options: ErrdexOptions,
	routes: Routes,
	logger: AstroIntegrationLogger,
	where: { root: string; cacheDir: string; cache: DocumentCache | undefined },
): Promise<void> {
	const { documents, problems } = await readSources({
		root: where.root,
		contentDir: options.content,
		sources: options.sources,
		cacheDir: where.cacheDir,
		maxFetchBytes: options.maxFetchBytes,
		strict: options.strict,
	});
	for (const { file, message } of problems) logger.warn(`${file}: ${message}`);
	const catalog = buildCatalog(documents, routes, {
		strict: options.strict,
		cache: where.cache,
		afterDocument: reclaimer(),
	});
	for (const line of formatReport(catalog, routes)) {
		if (/^\s+warning /.test(line)) logger.warn(line.trim());
		else logger.info(line);
	}
	publishCatalog(catalog);
}
