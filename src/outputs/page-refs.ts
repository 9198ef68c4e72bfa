import type { Routes } from '../core/routes';
import type { Catalog, CrossLinks, Entry, EntryRef, ResolvedLinks, Source } from '../core/types';
import { pageId } from '../core/identity';
import { sourceIdPath } from './source-parts';

/**
 * Where a code is: its code page, or, for a code past its document's budget of pages
 * (`Entry.pageless`), its row on the page of the source page that holds it.
 */
export function codeUrl(routes: Routes, source: Source, entry: Entry): string {
	return entry.pageless
		? sourceIdPath(routes, source, entry.anchor)
		: routes.code(entry.source, entry.slug);
}

/**
 * A reference to every code by page id, for rendering links: to its page, or to the row of a
 * code that has none (`Catalog.pageless`).
 */
export function pageRefs(
	catalog: Pick<Catalog, 'sources' | 'pages' | 'pageless'>,
	routes: Routes,
): Map<string, EntryRef> {
	const sources = new Map(catalog.sources.map((source) => [source.id, source]));
	const refs = new Map<string, EntryRef>();
	for (const pages of [catalog.pages, catalog.pageless ?? []])
		for (const page of pages) {
			const entry = page.variants[0]!;
			const source = sources.get(entry.source)!;
			refs.set(pageId(page), {
				source: entry.source,
				sourceTitle: source.title,
				code: entry.code,
				status: entry.status,
				message: entry.message,
				url: codeUrl(routes, source, entry),
				anchor: sourceIdPath(routes, source, entry.anchor),
			});
		}
	return refs;
}

export function resolveLinks(links: CrossLinks, refs: Map<string, EntryRef>): ResolvedLinks {
	const one = (id: string | null) => (id === null ? null : refs.get(id)!);
	const all = (ids: string[]) => ids.map((id) => refs.get(id)!);
	return {
		elsewhere: all(links.elsewhere),
		sameStatus: all(links.sameStatus),
		sameStatusTotal: links.sameStatusTotal,
		previous: one(links.previous),
		next: one(links.next),
		family: all(links.family),
		mentions: all(links.mentions),
		mentionedBy: all(links.mentionedBy),
	};
}
