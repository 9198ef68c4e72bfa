import type { Part, Translate } from '../i18n/translate';

/** Where one short link sends the reader, and what a link preview of it shows. */
export interface Redirect {
	/** Site path to send the reader on to. */
	to: string;
	/**
	 * The code and source the visible link names, for a reader whose browser does not follow
	 * the refresh.
	 */
	code: string;
	source: string;
	title: string;
	description: string;
}

const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
};

/** Text made safe as an element's text or a quoted attribute's value. */
function escape(text: string): string {
	return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/**
 * A short link's page: a `<meta http-equiv="refresh">` for every host, a canonical link for
 * search engines, and the code page's preview tags, because chat apps read those from the short
 * link itself and do not follow a refresh. Written as a file by the build, one per code: 100,000
 * of them, so it is a template, not a tree to serialise (a tenth of the time, measured), and
 * everything it writes goes through `escape`.
 */
export function redirectPageHtml(
	redirect: Redirect,
	site: URL | undefined,
	siteTitle: string,
	t: Translate,
) {
	const to = escape(redirect.to);
	const target = escape(site ? new URL(redirect.to, site).href : redirect.to);
	const title = escape(redirect.title);
	const description = escape(redirect.description);
	const name = escape(siteTitle);
	// What the document wrote is isolated, so that it reads in its own direction in a sentence
	// of the site's language, and a code left to right.
	const fill = (parts: Part[], element: (slot: string) => string) =>
		parts.map((part) => (typeof part === 'string' ? escape(part) : element(part.slot))).join('');
	const label = fill(t.parts('errdex.common.codeIn', ['code', 'source']), (slot) =>
		slot === 'code'
			? `<code dir="ltr">${escape(redirect.code)}</code>`
			: `<bdi>${escape(redirect.source)}</bdi>`,
	);
	const sentence = fill(
		t.parts('errdex.shortLink.leadsTo', ['link']),
		() => `<a href="${to}">${label}</a>`,
	);
	return [
		`<!DOCTYPE html><html lang="${escape(t.lang)}" dir="${t.dir}"><head><meta charset="utf-8">`,
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<meta http-equiv="refresh" content="0; url=${to}">`,
		'<meta name="color-scheme" content="light dark">',
		`<title>${title} | ${name}</title>`,
		`<link rel="canonical" href="${target}">`,
		'<meta name="robots" content="noindex">',
		`<meta name="description" content="${description}">`,
		`<meta property="og:title" content="${title}">`,
		`<meta property="og:description" content="${description}">`,
		`<meta property="og:url" content="${target}">`,
		'<meta property="og:type" content="article">',
		`<meta property="og:site_name" content="${name}">`,
		'<meta name="twitter:card" content="summary">',
		`<meta name="twitter:title" content="${title}">`,
		`<meta name="twitter:description" content="${description}">`,
		`</head><body><p>${sentence}</p></body></html>`,
	].join('');
}
