import type { Routes } from '../core/routes';
import { summaryOf } from '../core/summary';
import type { Catalog } from '../core/types';
import { directionOf, leftToRight, type Translate } from '../i18n/translate';

/** A source as the home and search pages list it. */
export interface SourceRow {
	id: string;
	title: string;
	description: string | undefined;
	url: string;
	homepage: string | undefined;
	file: string;
	/**
	 * Codes of the source, with a page or past its budget of pages: a code documented in several
	 * rows counts once.
	 */
	codes: number;
	/** Rows of its error tables. */
	entries: number;
}

export function sourceRows(catalog: Catalog, routes: Routes): SourceRow[] {
	const codes = new Map<string, number>();
	for (const pages of [catalog.pages, catalog.pageless ?? []])
		for (const page of pages) codes.set(page.source, (codes.get(page.source) ?? 0) + 1);
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

/**
 * How much of a message the search box's example shows: a few words, or, in a language written
 * without spaces, a few characters' worth.
 */
const EXAMPLE = { words: 3, characters: 24 } as const;

/**
 * What the search box suggests typing, from the catalog itself: a code and a few words of its
 * message, one written in the direction of the page where there is one.
 */
export function searchPlaceholder(catalog: Catalog, t: Translate): string {
	const described = catalog.entries.filter((candidate) => summaryOf(candidate) !== '');
	const entry =
		described.find((candidate) => directionOf(summaryOf(candidate)) === t.dir) ?? described[0];
	if (!entry) return t('errdex.search.fieldLabel');
	const words = summaryOf(entry)
		.split(/\s+/)
		.slice(0, EXAMPLE.words)
		.join(' ')
		.slice(0, EXAMPLE.characters)
		.replace(/[\s\p{P}]+$/u, '');
	return t('errdex.search.placeholder', { code: leftToRight(entry.code), words });
}
