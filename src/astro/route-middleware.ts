import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { starlightTranslate } from '../i18n/starlight';
import { escapeHtmlText } from '../pipeline/parse/sanitize';
import { getCatalog } from './catalog';
import { sidebarEntries } from './sidebar';
import { routes, siteConfig } from './site';

/**
 * errdex's changes to every Starlight page, its own and the site's:
 *
 * - Starlight writes the `<title>` with `set:html`, so a document title or code such as
 *   `</title><script>…` would end the element and run. Titles come from documents other people
 *   wrote; every page's `<title>` is escaped here, whichever page sets it.
 * - errdex's sources join the sidebar: as the whole sidebar when the site has no pages of its
 *   own, else as a group of their own, open on errdex's pages. Its labels speak the language of
 *   the page they are on.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	for (const entry of route.head) {
		if (entry.tag === 'title' && entry.content) entry.content = escapeHtmlText(entry.content);
	}
	const { pathname } = context.url;
	const t = starlightTranslate(context.locals.t, route.lang);
	const entries = sidebarEntries(getCatalog(), routes, pathname, t);
	if (route.sidebar.length === 0) route.sidebar = entries;
	else
		route.sidebar.push({
			type: 'group',
			label: siteConfig.sidebarLabel ?? t('errdex.sidebar.group'),
			entries,
			collapsed: !pathname.startsWith(routes.home()),
			badge: undefined,
		});
});
