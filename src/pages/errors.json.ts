import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog';
import { exportCatalog } from '../lib/export';

export const GET: APIRoute = async () =>
	new Response(`${JSON.stringify(exportCatalog(await getCatalog()), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
