import type { APIRoute } from 'astro';
import { getChanges, getHistory } from '../astro/catalog';
import { routes, siteConfig } from '../astro/site';
import { pageTranslate } from '../astro/translate';
import { changesFeed } from '../outputs/changes-feed';

/** `/changes.xml`: what changed between builds, as an Atom feed in the language of errdex's pages. */
export const GET: APIRoute = ({ site, locals }) =>
	new Response(
		changesFeed(
			getHistory(),
			getChanges(),
			routes,
			site,
			siteConfig.siteTitle,
			pageTranslate(locals),
		),
		{ headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
	);
