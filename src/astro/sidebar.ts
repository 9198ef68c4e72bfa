import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import type { Routes } from '../core/routes';
import type { Catalog } from '../core/types';
import type { Translate } from '../i18n/translate';
import { sourceIdPath } from '../outputs/source-parts';

type SidebarEntry = StarlightRouteData['sidebar'][number];

/**
 * errdex's part of the sidebar: the overview pages and every source, with the sections of the
 * source being read. Never one link per code, nor every source's sections: the sidebar is
 * rendered into every page, so its size must not grow with the catalog beyond one link per
 * source.
 */
export function sidebarEntries(
	catalog: Catalog,
	routes: Routes,
	pathname: string,
	t: Translate,
): SidebarEntry[] {
	const link = (label: string, href: string, badge?: string): SidebarEntry => ({
		type: 'link',
		label,
		href,
		isCurrent: href === pathname,
		badge: badge === undefined ? undefined : { text: badge, variant: 'note' },
		attrs: {},
	});
	const current = catalog.sources.find((source) => pathname.startsWith(routes.source(source.id)));
	return [
		link(t('errdex.common.allSources'), routes.home()),
		link(t('errdex.common.allCodes'), routes.codes()),
		link(t('errdex.common.search'), routes.search()),
		link(t('errdex.common.changes'), routes.changes()),
		...catalog.sources.map((source): SidebarEntry => {
			const count = t.number(source.entries);
			if (source !== current) return link(source.title, routes.source(source.id), count);
			return {
				type: 'group',
				label: source.title,
				collapsed: false,
				badge: undefined,
				entries: [
					link(t('errdex.sidebar.wholeDocument'), routes.source(source.id), count),
					...source.headings
						.filter((heading) => heading.depth <= 3)
						.map((heading) => link(heading.text, sourceIdPath(routes, source, heading.id))),
				],
			};
		}),
	];
}
