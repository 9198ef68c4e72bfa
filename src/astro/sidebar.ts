import type { Routes } from '../core/routes';
import type { Catalog } from '../core/types';

/**
 * Every source, with the sections of the one being read. Never one link per code, nor every
 * source's sections: the sidebar is rendered into every page, so its size must not grow with
 * the catalog beyond one link per source. Starlight puts the site's `base` in front of every
 * sidebar link itself, so the links are given without it.
 */
export function sidebarOf(catalog: Catalog, routes: Routes, current?: string) {
	return [
		{ label: 'All sources', link: routes.withoutBase(routes.home()) },
		{ label: 'All codes', link: routes.withoutBase(routes.codes()) },
		{ label: 'Search', link: routes.withoutBase(routes.search()) },
		...catalog.sources.map((source) => {
			const count = { text: String(source.entries), variant: 'note' as const };
			if (source.id !== current)
				return {
					label: source.title,
					link: routes.withoutBase(routes.source(source.id)),
					badge: count,
				};
			const sections = source.headings.filter((heading) => heading.depth <= 3);
			return {
				label: source.title,
				items: [
					{
						label: 'Whole document',
						link: routes.withoutBase(routes.source(source.id)),
						badge: count,
					},
					...sections.map((heading) => ({
						label: heading.text,
						link: routes.withoutBase(routes.heading(source.id, heading.id)),
					})),
				],
			};
		}),
	];
}
