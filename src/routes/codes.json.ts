import type { APIRoute } from 'astro';
import { getCatalog } from '../astro/catalog';
import { routes } from '../astro/site';
import { codeIndexOf } from '../outputs/code-index';

export const GET: APIRoute = () =>
	new Response(JSON.stringify(codeIndexOf(getCatalog(), routes)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
