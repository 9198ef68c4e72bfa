import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { escapeHtmlText } from '../pipeline/parse/sanitize';

type SidebarEntry = StarlightRouteData['sidebar'][number];

/**
 * Starlight writes the `<title>` with `set:html`, so a document title or code such as
 * `</title><script>…` would end the element and run. Titles come from documents other people
 * wrote; every page's `<title>` is escaped here, whichever page sets it.
 *
 * Starlight also adds the trailing slash of `trailingSlash: 'always'` after a link's fragment
 * (`/pluralkit/#json-error-codes/`), and such a link lands on no section; the sidebar links to
 * sections of source pages, so the slash is taken off again.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	for (const entry of route.head) {
		if (entry.tag === 'title' && entry.content) entry.content = escapeHtmlText(entry.content);
	}
	const fix = (entries: SidebarEntry[]) => {
		for (const entry of entries) {
			if (entry.type === 'group') fix(entry.entries);
			else entry.href = entry.href.replace(/(#[^/]+)\/$/, '$1');
		}
	};
	fix(route.sidebar);
});
