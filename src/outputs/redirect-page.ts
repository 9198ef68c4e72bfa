import type { Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';

/** Where one short link sends the reader, and what a link preview of it shows. */
export interface Redirect {
	/** Site path to send the reader on to. */
	to: string;
	/** Text of the visible link, for a reader whose browser does not follow the refresh. */
	label: string;
	title: string;
	description: string;
}

/**
 * A short link's page: a `<meta http-equiv="refresh">` for every host, a canonical link for
 * search engines, and the code page's preview tags, because chat apps read those from the short
 * link itself and do not follow a refresh. Written as a file by the build (one per code, so it
 * must cost next to nothing: no layout, no styles, no scripts) and served by the dev server.
 */
export function redirectPageHtml(redirect: Redirect, site: URL | undefined, siteTitle: string) {
	const { to, label, title, description } = redirect;
	const target = site ? new URL(to, site).href : to;
	const meta = (attrs: Record<string, string>) => h('meta', attrs);
	const page: Root = {
		type: 'root',
		children: [
			{ type: 'doctype' },
			h('html', { lang: 'en' }, [
				h('head', [
					meta({ charset: 'utf-8' }),
					meta({ name: 'viewport', content: 'width=device-width, initial-scale=1' }),
					meta({ httpEquiv: 'refresh', content: `0; url=${to}` }),
					meta({ name: 'color-scheme', content: 'light dark' }),
					h('title', `${title} | ${siteTitle}`),
					h('link', { rel: 'canonical', href: target }),
					meta({ name: 'robots', content: 'noindex' }),
					meta({ name: 'description', content: description }),
					meta({ property: 'og:title', content: title }),
					meta({ property: 'og:description', content: description }),
					meta({ property: 'og:url', content: target }),
					meta({ property: 'og:type', content: 'article' }),
					meta({ property: 'og:site_name', content: siteTitle }),
					meta({ name: 'twitter:card', content: 'summary' }),
					meta({ name: 'twitter:title', content: title }),
					meta({ name: 'twitter:description', content: description }),
				]),
				h('body', [h('p', ['This short link leads to ', h('a', { href: to }, label), '.'])]),
			]),
		],
	};
	return toHtml(page, { upperDoctype: true });
}
