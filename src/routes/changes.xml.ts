import type { APIRoute } from 'astro';
import { getChanges, getHistory } from '../astro/catalog';
import { routes, siteConfig } from '../astro/site';
import { changesFeed } from '../outputs/changes-feed';

/** `/changes.xml`: what changed between builds, as an Atom feed. */
export const GET: APIRoute = ({ site }) =>
	new Response(changesFeed(getHistory(), getChanges(), routes, site, siteConfig.siteTitle), {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
	});
