import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog';
import { codeIndexOf } from '../lib/code-index';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(codeIndexOf(await getCatalog())), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
