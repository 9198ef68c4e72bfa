import type { APIRoute } from 'astro';
import { getCatalog } from '../astro/catalog';
import { routes } from '../astro/site';
import { exportCatalog } from '../outputs/export';

export const GET: APIRoute = () =>
	new Response(`${JSON.stringify(exportCatalog(getCatalog(), routes), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
