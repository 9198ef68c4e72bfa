import type { APIRoute } from 'astro';
import { getCatalog } from '../astro/catalog';
import { routes } from '../astro/routes';
import { codeIndexOf } from '../outputs/code-index';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(codeIndexOf(await getCatalog(), routes)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
