import type { APIRoute } from 'astro';
import { getCatalog } from '../astro/catalog';
import { buildSearchIndex } from '../outputs/search-index';

/** The prebuilt search index (`routes.searchIndex()`), fetched by the search worker on first use. */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(buildSearchIndex(getCatalog())), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
