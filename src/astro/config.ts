import type { RouteOptions } from '../core/routes';
import type { Messages } from '../i18n/translate';

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
	/** The label of errdex's sidebar group, when the site gives one; else it is translated. */
	sidebarLabel: string | undefined;
	/** The language errdex's pages speak: the site's default locale's. */
	lang: string;
	dir: 'ltr' | 'rtl';
	/**
	 * The strings browser code shows, for each language of the site: the search dialog is on
	 * every page, and speaks the page's language.
	 */
	messages: Record<string, Messages>;
	/** The folders of the site's other locales (`en` in `/en/…`), which errdex's pages are not in. */
	localeFolders: string[];
	/** The folder of documents (errdex's `content` option), named on a home page that has none. */
	content: string;
}

export const VIRTUAL_CONFIG = 'virtual:errdex/config';
