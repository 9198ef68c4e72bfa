import { paths } from './slugs';
import type { Catalog } from './types';

/** One code page, as little as a link to it and a line about it need. */
export interface IndexedCode {
	source: string;
	code: string;
	/** Site path of the code page. */
	url: string;
	/** Site path of the code's short link. */
	short: string;
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

export function codeIndexOf(catalog: Catalog): CodeIndex {
	return {
		sources: catalog.sources.map((source) => ({
			id: source.id,
			title: source.title,
			url: paths.source(source.id),
		})),
		codes: catalog.pages.map((page) => {
			const first = page.variants[0]!;
			return {
				source: page.source,
				code: page.code,
				url: paths.code(page.source, page.slug),
				short: paths.short(page.code),
				statuses: [
					...new Set(
						page.variants.flatMap((entry) => (entry.status === null ? [] : [entry.status])),
					),
				],
				message: truncate(first.message || first.details[0]?.text || '', MESSAGE_LENGTH),
			};
		}),
	};
}

/** Cuts text at a word boundary and marks the cut. */
export function truncate(text: string, length: number): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= length) return flat;
	const cut = flat.slice(0, length - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
