import type { APIRoute } from 'astro';
import { getCatalog, getHistory } from '../astro/catalog';
import { jsonResponse } from '../astro/json-response';
import { routes } from '../astro/site';
import { exportText } from '../outputs/export';

export const GET: APIRoute = () => jsonResponse(exportText(getCatalog(), routes, getHistory()));
