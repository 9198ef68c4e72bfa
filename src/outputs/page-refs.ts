import type { Routes } from '../core/routes';
import type { Catalog, CrossLinks, EntryRef, ResolvedLinks } from '../core/types';
import { pageId } from '../core/identity';
import { sourceIdPath } from './source-parts';

/** A reference to every code page, by page id, for rendering links. */
export function pageRefs(
	catalog: Pick<Catalog, 'sources' | 'pages'>,
	routes: Routes,
): Map<string, EntryRef> {
	const sources = new Map(catalog.sources.map((source) => [source.id, source]));
	return new Map(
		catalog.pages.map((page) => {
			const entry = page.variants[0]!;
			const source = sources.get(entry.source)!;
			return [
				pageId(page),
				{
					source: entry.source,
					sourceTitle: source.title,
					code: entry.code,
					status: entry.status,
					message: entry.message,
					url: routes.code(entry.source, entry.slug),
					anchor: sourceIdPath(routes, source, entry.anchor),
				},
			];
		}),
	);
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
