import type { APIRoute } from 'astro';
import { getCatalog } from '../astro/catalog';
import { routes } from '../astro/routes';
import { exportCatalog } from '../outputs/export';

export const GET: APIRoute = async () =>
	new Response(`${JSON.stringify(exportCatalog(await getCatalog(), routes), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
