import type { History } from '../core/history';
import type { Catalog } from '../core/types';

/**
 * The catalog the integration built, handed to the pages it renders. The integration and the
 * pages are different module instances in one process (Astro bundles the pages, then renders
 * them in the process that ran the integration), so it is kept on `globalThis`. Each build of
 * the catalog gets a new version, so that what is derived from it can tell it is stale.
 */
const KEY = Symbol.for('errdex.catalog');

export interface Published {
	catalog: Catalog;
	/** What errdex published, build after build, with this build recorded. */
	history: History;
	version: number;
}

type Store = typeof globalThis & { [KEY]?: Published };

export function publishCatalog(catalog: Catalog, history: History): void {
	const store = globalThis as Store;
	store[KEY] = { catalog, history, version: (store[KEY]?.version ?? 0) + 1 };
}

export function readCatalog(): Published {
	const published = (globalThis as Store)[KEY];
	if (!published)
		throw new Error(
			"errdex: no catalog was built. Add errdex to Starlight's plugins: `starlight({ plugins: [errdex()] })`.",
		);
	return published;
}
