import type { RouteOptions } from '../core/routes';

/**
 * What the pages and the browser code need to know of the build, handed to both as the module
 * `virtual:errdex/config`.
 */
export interface ClientConfig {
	routes: RouteOptions;
	/** The site's name, the suffix of the titles errdex writes itself. */
	siteTitle: string;
	/** Whether the site has Starlight's page search (Pagefind), which the search dialog joins. */
	pagefind: boolean;
	/** The label of errdex's sidebar group, when the site has pages of its own. */
	sidebarLabel: string;
	/** The folder of documents (errdex's `content` option), named on a home page that has none. */
	content: string;
}

export const VIRTUAL_CONFIG = 'virtual:errdex/config';
