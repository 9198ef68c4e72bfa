import type { APIRoute } from 'astro';
import { getHistory } from '../astro/catalog';
import { jsonResponse } from '../astro/json-response';
import { historyText } from '../pipeline/history/format';

/** What errdex published, build after build: the next build reads it back from the live site. */
export const GET: APIRoute = () => jsonResponse(historyText(getHistory().history));
