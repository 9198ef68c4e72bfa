import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog';
import { buildSearchIndex } from '../lib/search/build';

/** The prebuilt search index (`INDEX_PATH`), fetched by the search worker on first use. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(buildSearchIndex(await getCatalog())), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
