import { paths } from '../lib/slugs';
import type { Catalog } from '../lib/types';

/**
 * Every source, with the sections of the one being read. Never one link per code, nor every
 * source's sections: the sidebar is rendered into every page, so its size must not grow with
 * the catalog beyond one link per source.
 */
export function sidebarOf(catalog: Catalog, current?: string) {
	return [
		{ label: 'All sources', link: paths.home() },
		{ label: 'All codes', link: paths.codes() },
		{ label: 'Search', link: paths.search() },
		...catalog.sources.map((source) => {
			const count = { text: String(source.entries), variant: 'note' as const };
			if (source.id !== current)
				return { label: source.title, link: paths.source(source.id), badge: count };
			const sections = source.headings.filter((heading) => heading.depth <= 3);
			return {
				label: source.title,
				items: [
					{ label: 'Whole document', link: paths.source(source.id), badge: count },
					...sections.map((heading) => ({
						label: heading.text,
						link: `${paths.source(source.id)}#${heading.id}`,
					})),
				],
			};
		}),
	];
}
