import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { createRoutes, type Routes } from '../core/routes';
import type { History } from '../core/history';
import type { ReportRecord } from '../core/types';
import { historyIndex } from '../outputs/history';
import { buildReport, reportLine } from '../outputs/report';
import { buildCatalog, STRICT_HINT, type Document, type DocumentCache } from '../pipeline';
import { recordBuild, rememberedSlugs } from '../pipeline/history';
import { readSources } from '../pipeline/read';
import type { HistoryLocation } from '../pipeline/read/history';
import { VIRTUAL_CONFIG, type ClientConfig } from './config';
import { ErrdexAstroError, toAstroError } from './errors';
import { sourceFile } from './files';
import type { Messages, Translate } from '../i18n/translate';
import {
	buildDate,
	historyLocation,
	loadHistory,
	writeHistoryFile,
	type LoadedHistory,
} from './history';
import type { ErrdexOptions } from './options';
import type { SiteLanguages } from './site-language';
import { keepStarlightPageSchema } from './starlight-page-schema';
import { reclaimer, whileReading } from './reclaim';
import { sitemapPruner } from './sitemap';
import {
	addRedirectRules,
	shortLinkRedirects,
	writeRedirectPages,
	redirectRules,
	renameRules,
	type RuleSet,
} from './short-link-files';
import { publishCatalog, readCatalog } from './store';

/** What errdex takes from the Starlight site it is part of. */
export interface HostSite {
	title: string;
	pagefind: boolean;
	languages: SiteLanguages;
	/** What browser code shows, in each of the site's languages. */
	messages: Record<string, Messages>;
	/** errdex's strings in the language of its pages, for the files written outside Astro. */
	translate: Translate;
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
		['gone.astro', `${routes.source(param('source'))}[...gone]`],
		['changes.astro', `${routes.changes()}[...facet]`],
		['changes.xml.ts', routes.changesFeed()],
		['errors-history.json.ts', routes.history()],
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
	let redirectPages: { rules: RuleSet; renames: RuleSet; written: Promise<void> } | undefined;
	let root = '';
	let location: HistoryLocation | null = null;
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
					lang: host.languages.lang,
					dir: host.languages.dir,
					messages: host.messages,
					localeFolders: host.languages.folders,
					content: options.content,
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
				// After every other integration, so after the sitemap is written: see `pruneSitemaps`.
				updateConfig({ integrations: [sitemapPruner(() => routes)] });
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
				root = fileURLToPath(config.root);
				contentPath = fileURLToPath(new URL(`${options.content}/`, config.root));
				routes = createRoutes(client.routes);
				site = config.site === undefined ? undefined : new URL(config.site);
				const based = routes;
				location = historyLocation(options.history, site, based);
				let devHistory: Promise<LoadedHistory> | undefined;
				// The dev server builds again on every edit; a document not edited is not read again.
				const cache: DocumentCache | undefined = command === 'dev' ? new Map() : undefined;
				const cacheDir = fileURLToPath(new URL('errdex/', config.cacheDir));
				build = () =>
					buildOnce(options, based, logger, {
						root,
						cacheDir,
						cache,
						t: host.translate,
						history: (documents) => {
							const load = () =>
								loadHistory(options, { root, cacheDir, location, routes: based }, documents);
							// Read once by the dev server, which records each edit against the same
							// earlier build; a build lets go of it once this build is recorded.
							if (command !== 'dev') return load();
							return (devHistory ??= load());
						},
					}).catch((error: unknown) => {
						throw toAstroError(error);
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
				const { catalog, history: recorded } = readCatalog();
				const history = historyIndex(recorded, routes);
				const redirects = shortLinkRedirects(catalog, routes, host.translate, history);
				const written = writeRedirectPages(
					redirects,
					routes,
					outDir,
					site,
					host.title,
					host.translate,
				);
				// Awaited in astro:build:done; until then a failure must not count as unhandled.
				written.catch(() => {});
				redirectPages = {
					rules: redirectRules(redirects),
					renames: renameRules(history, routes),
					written,
				};
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (location && 'file' in location) {
					await writeHistoryFile(root, location.file, readCatalog().history);
					logger.info(`history written to ${location.file}: commit it with the documents`);
				}
				if (!redirectPages) return;
				await redirectPages.written;
				// After the public folder is copied, so that the site's own rules are kept, and first;
				// a renamed code's before the short links, which are many more.
				const renamed = await addRedirectRules(
					fileURLToPath(dir),
					redirectPages.renames,
					'errdex renamed codes',
				);
				if (redirectPages.renames.count > 0)
					logger.info(
						`${redirectPages.renames.count} renamed codes; _redirects: ${'added' in renamed ? `${renamed.added} rules added` : `none added (${renamed.skipped})`}`,
					);
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
						logger.error(
							error instanceof ErrdexAstroError
								? `${error.message}\n${error.hint}`
								: error instanceof Error
									? error.message
									: String(error),
						);
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
	where: {
		root: string;
		cacheDir: string;
		cache: DocumentCache | undefined;
		t: Translate;
		history: (documents: Document[]) => Promise<LoadedHistory>;
	},
): Promise<void> {
	const { documents, warnings } = await readSources({
		root: where.root,
		contentDir: options.content,
		sources: options.sources,
		cacheDir: where.cacheDir,
		maxFetchBytes: options.maxFetchBytes,
	});
	const loaded = await where.history(documents);
	for (const text of loaded.problems)
		warnings.push({ level: 'warning', file: null, line: null, text } satisfies ReportRecord);
	if (options.strict && warnings.length > 0)
		throw new ErrdexAstroError(
			`errdex (strict): ${warnings.map((warning) => warning.text).join('\n')}`,
			STRICT_HINT,
		);
	const { previous } = loaded;
	const catalog = whileReading(() =>
		buildCatalog(documents, routes, {
			strict: options.strict,
			cache: where.cache,
			t: where.t,
			afterDocument: reclaimer(),
			remembered: previous ? rememberedSlugs(previous) : undefined,
			maxCodePagesPerDocument: options.maxCodePagesPerDocument,
		}),
	);
	for (const record of [...warnings, ...buildReport(catalog, routes)]) log(logger, record);
	const recorded = recordBuild(previous, catalog, buildDate(process.env));
	for (const note of [...loaded.notes, changesNote(previous, recorded)]) logger.info(note);
	publishCatalog(catalog, recorded);
}

/** What this build changed, for the build report. */
function changesNote(previous: History | null, recorded: History): string {
	if (previous === null) return 'history begins with this build';
	if (recorded.builds.length === previous.builds.length) return 'no code added, removed or changed';
	const build = recorded.builds.length - 1;
	const counts = new Map<string, number>();
	for (const change of recorded.changes)
		if (change.build === build) counts.set(change.kind, (counts.get(change.kind) ?? 0) + 1);
	return `this build: ${[...counts].map(([kind, count]) => `${count} ${kind}`).join(', ') || 'a document removed'}`;
}

function log(logger: AstroIntegrationLogger, record: ReportRecord): void {
	if (record.level === 'warning') logger.warn(record.text);
	else logger.info(reportLine(record));
}
