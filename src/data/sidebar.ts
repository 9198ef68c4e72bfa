import { paths } from '../lib/slugs';
import type { Catalog } from '../lib/types';

/**
 * One group per source with its sections. Never one link per code: the sidebar is rendered
 * into every page, so it must stay the same size however many codes there are.
 */
export function sidebarOf(catalog: Catalog) {
	return [
		{ label: 'All sources', link: paths.home() },
		{ label: 'All codes', link: paths.codes() },
		{ label: 'Search', link: paths.search() },
		...catalog.sources.map((source) => {
			const sections = source.headings.filter((heading) => heading.depth <= 3);
			return {
				label: source.title,
				items: [
					{ label: 'Whole document', link: paths.source(source.id), badge: { text: String(source.entries), variant: 'note' as const } },
					...sections.map((heading) => ({ label: heading.text, link: `${paths.source(source.id)}#${heading.id}` })),
				],
			};
		}),
	];
}
