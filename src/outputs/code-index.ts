import type { Routes } from '../core/routes';
import { distinctStatuses } from '../core/status';
import { truncate } from '../core/text';
import type { Catalog, CodePage } from '../core/types';
import { jsonPieces } from './json-pieces';
import { summaryOf } from '../core/summary';

/** One code page, as little as a link to it and a line about it need. */
export interface IndexedCode {
	source: string;
	code: string;
	/** Site path of the code page. */
	url: string;
	/** Site path of the code's short link. */
	short: string;
	/** The code's other names with the site paths of their short links; absent when it has none. */
	aliases?: { name: string; short: string }[];
	/** The HTTP statuses of its variants, without repeats; empty when none is documented. */
	statuses: number[];
	/** The first variant's message, or its first other column when it has no message. */
	message: string;
}

/** The sources and code pages of a catalog, small enough to fetch from a page at run time. */
export interface CodeIndex {
	sources: { id: string; title: string; url: string }[];
	codes: IndexedCode[];
}

/** Longest message kept: the index is for choosing a code, the page has the full text. */
const MESSAGE_LENGTH = 140;

export function codeIndexOf(catalog: Catalog, routes: Routes): CodeIndex {
	return {
		sources: indexedSources(catalog, routes),
		codes: catalog.pages.map((page) => indexedCode(page, routes)),
	};
}

/** `/codes.json` as its text, in pieces: see `jsonPieces`. */
export function codeIndexText(catalog: Catalog, routes: Routes): Generator<string> {
	return jsonPieces(
		[['sources', indexedSources(catalog, routes)]],
		['codes', catalog.pages.values().map((page) => indexedCode(page, routes))],
	);
}

function indexedSources(catalog: Catalog, routes: Routes): CodeIndex['sources'] {
	return catalog.sources.map((source) => ({
		id: source.id,
		title: source.title,
		url: routes.source(source.id),
	}));
}

function indexedCode(page: CodePage, routes: Routes): IndexedCode {
	const first = page.variants[0]!;
	return {
		source: page.source,
		code: page.code,
		url: routes.code(page.source, page.slug),
		short: routes.short(page.short),
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
