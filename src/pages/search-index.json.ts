import type { APIRoute } from 'astro';
import { getCatalog } from '../astro/catalog';
import { buildSearchIndex } from '../outputs/search-index';

/** The prebuilt search index (`routes.searchIndex()`), fetched by the search worker on first use. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(buildSearchIndex(await getCatalog())), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
