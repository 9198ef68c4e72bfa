import type { APIRoute } from 'astro';
import { getCatalog } from '../astro/catalog';
import { jsonResponse } from '../astro/json-response';
import { routes } from '../astro/site';
import { codeIndexText } from '../outputs/code-index';

export const GET: APIRoute = () => jsonResponse(codeIndexText(getCatalog(), routes));
