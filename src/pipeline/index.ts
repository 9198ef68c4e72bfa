import { ErrdexError } from '../core/errors';
import type { Routes } from '../core/routes';
import type { Catalog } from '../core/types';
import { classifySource } from './classify';
import { draftEntries } from './entries';
import { linkCatalog } from './link';
import { parseSource } from './parse';
import { renderSource } from './render';
import type { Document } from './types';

export type { Document } from './types';

export interface BuildOptions {
	/**
	 * Stop at the first warning, as an error with its file and line: for the CI of a docs
	 * repository, where a row errdex cannot read should fail the check rather than be skipped.
	 */
	strict?: boolean | undefined;
}

/**
 * The pipeline: documents → parse → classify → entries → link → render → catalog. Pure: the
 * same documents give the same catalog. Documents are read in file order, so that ids that
 * collide always go to the same document.
 *
 * A published document never stops the build: what errdex cannot use in it is a warning on its
 * source. Wrong settings in errdex's configuration do stop it, and so does any warning when
 * `strict` is set.
 */
export function buildCatalog(
	documents: readonly Document[],
	routes: Routes,
	{ strict = false }: BuildOptions = {},
): Catalog {
	const drafted = [...documents]
		.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
		.map((document) => draftEntries(classifySource(parseSource(document))));
	const first = strict ? drafted.flatMap((source) => source.warnings)[0] : undefined;
	if (first) throw new ErrdexError(first.file, first.line, first.message);
	const linked = linkCatalog(drafted, routes);
	return {
		sources: linked.sources.map((source) => renderSource(source, routes)),
		entries: linked.sources.flatMap((source) => source.entries),
		pages: linked.pages,
	};
}
