import type { Routes } from '../core/routes';
import type { Catalog } from '../core/types';
import { classifySource } from './classify';
import { draftEntries } from './entries';
import { linkCatalog } from './link';
import { parseSource } from './parse';
import { renderSource } from './render';
import type { Document } from './types';

export type { Document } from './types';

/**
 * The pipeline: documents → parse → classify → entries → link → render → catalog. Pure: the
 * same documents give the same catalog. Documents are read in file order, so that ids that
 * collide always go to the same document.
 */
export function buildCatalog(documents: readonly Document[], routes: Routes): Catalog {
	const drafted = [...documents]
		.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
		.map((document) => draftEntries(classifySource(parseSource(document))));
	const linked = linkCatalog(drafted, routes);
	return {
		sources: linked.sources.map((source) => renderSource(source, routes)),
		entries: linked.sources.flatMap((source) => source.entries),
		pages: linked.pages,
	};
}
