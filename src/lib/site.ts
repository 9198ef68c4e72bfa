/** The site's name: Starlight's title, and the suffix of the titles errdex writes itself. */
export const SITE_TITLE = 'errdex';
