/**
 * The pipeline as the site runs it, with the site's default routes (no `base`), for tests that
 * build catalogs from documents.
 */
import { createRoutes } from '../../src/core/routes';
import type { Catalog } from '../../src/core/types';
import { buildCatalog as build, type Document } from '../../src/pipeline';
import { readDocuments } from '../../src/pipeline/read/documents';

export const routes = createRoutes();

export function buildCatalog(documents: readonly Document[]): Catalog {
	return build(documents, routes);
}

/** Reads and builds every document of `<root>/<contentDir>`, as the site's loader does. */
export async function loadCatalog(options: {
	root: string;
	contentDir?: string;
}): Promise<Catalog> {
	return buildCatalog(await readDocuments(options));
}
