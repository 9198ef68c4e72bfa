import type { Loader, LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { pageId } from '../core/identity';
import type { Routes } from '../core/routes';
import type { Catalog } from '../core/types';
import { formatReport } from '../outputs/report';
import { buildCatalog } from '../pipeline';
import { readDocuments } from '../pipeline/read/documents';

export interface ErrdexLoaderOptions {
	/** Folder of Markdown documents, relative to the project root. */
	contentDir: string;
	routes: Routes;
}

/**
 * Both collections come from one build of the catalog: cross-links and slugs are only right when
 * every document is read together. The build is reused while the documents are unchanged.
 */
let cached: { digest: string; catalog: Catalog } | undefined;

async function catalogFor(
	context: LoaderContext,
	{ contentDir, routes }: ErrdexLoaderOptions,
	report: boolean,
): Promise<Catalog> {
	const root = fileURLToPath(context.config.root);
	const documents = await readDocuments({ root, contentDir });
	const digest = context.generateDigest(JSON.stringify(documents));
	if (cached?.digest !== digest) {
		cached = { digest, catalog: buildCatalog(documents, routes) };
		if (report) for (const line of formatReport(cached.catalog)) context.logger.info(line);
		for (const source of cached.catalog.sources)
			for (const warning of source.warnings) context.logger.warn(warning);
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

interface Item {
	id: string;
	data: Record<string, unknown>;
	html?: string;
	filePath?: string;
}

/**
 * A collection made from the catalog, in the manner of Astro's own `file()` loader: the store is
 * cleared and refilled on every sync, each item goes through `parseData`, and a repeated id is an
 * error rather than a silently overwritten page.
 */
function catalogLoader(
	name: string,
	options: ErrdexLoaderOptions,
	report: boolean,
	itemsOf: (catalog: Catalog) => Item[],
): Loader {
	return {
		name,
		load: async (context) => {
			const sync = async () => {
				const catalog = await catalogFor(context, options, report);
				context.store.clear();
				for (const { id, data, html, filePath } of itemsOf(catalog)) {
					if (context.store.has(id))
						throw new Error(`errdex: two items of ${context.collection} share the id ${id}`);
					const parsed = await context.parseData({ id, data });
					context.store.set({
						id,
						data: parsed,
						...(html !== undefined && { rendered: { html } }),
						...(filePath !== undefined && { filePath }),
					});
				}
			};
			await sync();
			watch(context, options.contentDir, sync);
		},
	};
}

/** The sources: one item per document, with its page HTML. Its entries are in `codes`. */
export function sourcesLoader(options: ErrdexLoaderOptions): Loader {
	return catalogLoader('errdex-sources', options, true, (catalog) =>
		catalog.sources.map(({ html, ...source }) => ({
			id: source.id,
			data: source,
			html,
			filePath: source.file,
		})),
	);
}

/** The code pages: one item per code of each source, every variant and cross-link included. */
export function codesLoader(options: ErrdexLoaderOptions): Loader {
	return catalogLoader('errdex-codes', options, false, (catalog) =>
		catalog.pages.map((page) => ({ id: pageId(page), data: { ...page } })),
	);
}
