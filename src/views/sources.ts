import type { Routes } from '../core/routes';
import type { Catalog } from '../core/types';

/** A source as the home and search pages list it. */
export interface SourceRow {
	id: string;
	title: string;
	description: string | undefined;
	url: string;
	homepage: string | undefined;
	file: string;
	/** Code pages of the source: a code documented in several rows counts once. */
	codes: number;
	/** Rows of its error tables. */
	entries: number;
}

export function sourceRows(catalog: Catalog, routes: Routes): SourceRow[] {
	const codes = new Map<string, number>();
	for (const page of catalog.pages) codes.set(page.source, (codes.get(page.source) ?? 0) + 1);
	return catalog.sources.map((source) => ({
		id: source.id,
		title: source.title,
		description: source.description,
		url: routes.source(source.id),
		homepage: source.homepage,
		file: source.file,
		codes: codes.get(source.id) ?? 0,
		entries: source.entries,
	}));
}
