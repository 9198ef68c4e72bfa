import type { Loader, LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { buildCatalog, readDocuments } from '../lib/catalog';
import { formatReport } from '../lib/report';
import type { Catalog } from '../lib/types';

export interface ErrdexLoaderOptions {
	/** Folder of Markdown documents, relative to the project root. */
	contentDir: string;
}

/**
 * Both collections come from one build of the catalog: cross-links and slugs are only right when
 * every document is read together. The build is reused while the documents are unchanged.
 */
let cached: { digest: string; catalog: Catalog } | undefined;

async function catalogFor(context: LoaderContext, contentDir: string, report: boolean): Promise<Catalog> {
	const root = fileURLToPath(context.config.root);
	const documents = await readDocuments({ root, contentDir });
	const digest = context.generateDigest(JSON.stringify(documents));
	if (cached?.digest !== digest) {
		cached = { digest, catalog: buildCatalog(documents) };
		if (report) for (const line of formatReport(cached.catalog)) context.logger.info(line);
		for (const source of cached.catalog.sources) for (const warning of source.warnings) context.logger.warn(warning);
	}
	return cached.catalog;
}

function watch(context: LoaderContext, contentDir: string, sync: () => Promise<void>) {
	const dir = fileURLToPath(new URL(`${contentDir}/`, context.config.root));
	context.watcher?.add(dir);
	context.watcher?.on('all', async (_event, path) => {
		if (!path.startsWith(dir)) return;
		try {
			await sync();
		} catch (error) {
			// While editing, a half-written table must not stop the dev server: say what is wrong
			// and keep serving the last good build until the document is fixed.
			context.logger.error(error instanceof Error ? error.message : String(error));
		}
	});
}

/** The sources: one item per document, with its entries in document order and its page HTML. */
export function sourcesLoader({ contentDir }: ErrdexLoaderOptions): Loader {
	return {
		name: 'errdex-sources',
		load: async (context) => {
			const sync = async () => {
				const catalog = await catalogFor(context, contentDir, true);
				context.store.clear();
				for (const { html, ...source } of catalog.sources) {
					const entries = catalog.entries.filter((entry) => entry.source === source.id);
					const data = await context.parseData({ id: source.id, data: { ...source, entryList: entries } });
					context.store.set({ id: source.id, data, rendered: { html }, filePath: source.file });
				}
			};
			await sync();
			watch(context, contentDir, sync);
		},
	};
}

/** The code pages: one item per code of each source, every variant and cross-link included. */
export function codesLoader({ contentDir }: ErrdexLoaderOptions): Loader {
	return {
		name: 'errdex-codes',
		load: async (context) => {
			const sync = async () => {
				const catalog = await catalogFor(context, contentDir, false);
				context.store.clear();
				for (const page of catalog.pages) {
					const id = `${page.source}/${page.slug}`;
					if (context.store.has(id)) throw new Error(`errdex: two code pages share the id ${id}`);
					const data = await context.parseData({ id, data: { ...page } });
					context.store.set({ id, data });
				}
			};
			await sync();
			watch(context, contentDir, sync);
		},
	};
}
