import type { Routes } from '../core/routes';
import { distinctStatuses } from '../core/status';
import { truncate } from '../core/text';
import type { Catalog, CodePage, Source } from '../core/types';
import { jsonPieces } from './json-pieces';
import { codeUrl } from './page-refs';
import { summaryOf } from '../core/summary';

/** One code page, as little as a link to it and a line about it need. */
export interface IndexedCode {
	source: string;
	code: string;
	/** Site path of the code page; of its row, for a code without one (`pageless`). */
	url: string;
	/** Site path of the code's short link; the 404 page answers it for a code without a page. */
	short: string;
	/**
	 * Of a code past its document's budget of pages (`Catalog.pageless`): the path its page would
	 * have, where the search leads, which the 404 page sends on to `url`. Absent for a code page.
	 */
	pageless?: string;
	/** The code's other names with the site paths of their short links; absent when it has none. */
	aliases?: { name: string; short: string }[];
	/** The HTTP statuses of its variants, without repeats; empty when none is documented. */
	statuses: number[];
	/** The first variant's message, or its first other column when it has no message. */
	message: string;
}

/**
 * The sources and codes of a catalog, small enough to fetch from a page at run time: the code
 * pages, then the codes without one.
 */
export interface CodeIndex {
	sources: { id: string; title: string; url: string }[];
	codes: IndexedCode[];
}

/** Longest message kept: the index is for choosing a code, the page has the full text. */
const MESSAGE_LENGTH = 140;

export function codeIndexOf(catalog: Catalog, routes: Routes): CodeIndex {
	return {
		sources: indexedSources(catalog, routes),
		codes: codesOf(catalog).map(indexer(catalog, routes)).toArray(),
	};
}

/** `/codes.json` as its text, in pieces: see `jsonPieces`. */
export function codeIndexText(catalog: Catalog, routes: Routes): Generator<string> {
	return jsonPieces(
		[['sources', indexedSources(catalog, routes)]],
		['codes', codesOf(catalog).map(indexer(catalog, routes))],
	);
}

function indexedSources(catalog: Catalog, routes: Routes): CodeIndex['sources'] {
	return catalog.sources.map((source) => ({
		id: source.id,
		title: source.title,
		url: routes.source(source.id),
	}));
}

/** The code pages of a catalog, then its codes without one. */
function* codesOf(catalog: Catalog): Generator<CodePage> {
	yield* catalog.pages;
	yield* catalog.pageless ?? [];
}

function indexer(catalog: Catalog, routes: Routes): (page: CodePage) => IndexedCode {
	const sources = new Map(catalog.sources.map((source) => [source.id, source]));
	return (page) => indexedCode(page, routes, sources.get(page.source)!);
}

function indexedCode(page: CodePage, routes: Routes, source: Source): IndexedCode {
	const first = page.variants[0]!;
	return {
		source: page.source,
		code: page.code,
		url: codeUrl(routes, source, first),
		short: routes.short(page.short),
		...(first.pageless && { pageless: routes.code(page.source, page.slug) }),
		...(page.aliases.length > 0 && {
			aliases: page.aliases.map((alias) => ({
				name: alias.name,
				short: routes.short(alias.short),
			})),
		}),
		statuses: distinctStatuses(page.variants),
		message: truncate(summaryOf(first), MESSAGE_LENGTH),
	};
}
