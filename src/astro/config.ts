import type { RouteOptions } from '../core/routes';

/** The site's name: Starlight's title, and the suffix of the titles errdex writes itself. */
export const SITE_TITLE = 'errdex';

/** What the browser needs to know of the build: how paths are made. */
export interface ClientConfig {
	routes: RouteOptions;
}
