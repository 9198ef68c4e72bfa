import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../astro/catalog';
import { routes } from '../astro/site';
import { partsFile, partsOf } from '../outputs/source-parts';

/** `routes.sourceParts()`: which page of a source page cut into several holds each row. */
export const getStaticPaths = (() =>
	getCatalog()
		.sources.filter((source) => partsOf(source).parts.length > 1)
		.map((source) => ({
			params: { source: source.id },
			props: { source },
		}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify(partsFile(props['source'], routes)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
