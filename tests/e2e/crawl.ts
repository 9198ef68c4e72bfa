/**
 * Follows every link of a served site from its home page, over HTTP, as a reader's browser
 * would: what leaves the site's folder, what answers with an error, what names no element.
 */
import { expect, type APIRequestContext } from '@playwright/test';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** The ids of a page and the URLs it links to or loads. */
function readPage(html: string): { ids: Set<string>; links: string[] } {
	const ids = new Set<string>();
	const links: string[] = [];
	const visit = (node: Root | RootContent) => {
		if (node.type === 'element') {
			const element = node as Element;
			if (typeof element.properties['id'] === 'string') ids.add(element.properties['id']);
			for (const attribute of ['href', 'src', 'action']) {
				const value = element.properties[attribute];
				if (typeof value === 'string') links.push(value);
			}
		}
		if ('children' in node) for (const child of node.children) visit(child);
	};
	visit(fromHtml(html));
	return { ids, links };
}

export interface CrawlOptions {
	/** `http://localhost:4324` */
	origin: string;
	/** The folder the site is served from, with slashes: `/api-errors/`. */
	basePath: string;
	/** JSON files of the site whose links are followed too, with how to read them. */
	json: { path: string; links: (json: unknown) => string[] }[];
}

export async function crawl(
	request: APIRequestContext,
	{ origin, basePath, json }: CrawlOptions,
): Promise<{ problems: string[]; pages: string[] }> {
	const problems: string[] = [];
	const pages = new Map<string, { ids: Set<string> } | null>();
	const fragments: { from: string; url: URL }[] = [];
	const queue: { from: string; url: URL }[] = [{ from: '(start)', url: new URL(basePath, origin) }];
	for (const file of json) {
		const links = file.links(await (await request.get(file.path)).json());
		for (const link of links) queue.push({ from: file.path, url: new URL(link, origin) });
	}
	const sitemap = await (await request.get(`${basePath}sitemap-0.xml`)).text();
	for (const [, loc] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) {
		const url = new URL(loc!);
		if (!url.pathname.startsWith(basePath)) problems.push(`sitemap: ${loc} is outside ${basePath}`);
		else queue.push({ from: 'sitemap', url: new URL(url.pathname, origin) });
	}

	while (queue.length > 0) {
		const { from, url } = queue.shift()!;
		if (url.origin !== origin) continue;
		if (!url.pathname.startsWith(basePath)) {
			problems.push(`${from}: ${url.pathname} is outside ${basePath}`);
			continue;
		}
		if (url.hash) fragments.push({ from, url });
		const key = url.pathname;
		if (pages.has(key)) continue;
		const response = await request.get(key);
		if (!response.ok()) {
			// The 404 page's canonical address names no page, and no reader follows it.
			if (key !== `${basePath}404/`) problems.push(`${from}: ${key} answers ${response.status()}`);
			pages.set(key, null);
			continue;
		}
		if (!(response.headers()['content-type'] ?? '').includes('text/html')) {
			pages.set(key, null);
			continue;
		}
		const page = readPage(await response.text());
		pages.set(key, { ids: page.ids });
		for (const link of page.links)
			queue.push({ from: key, url: new URL(link, new URL(key, origin)) });
	}
	for (const { from, url } of fragments) {
		const fragment = decodeURIComponent(url.hash.slice(1));
		if (!pages.get(url.pathname)?.ids.has(fragment))
			problems.push(`${from}: ${url.pathname}#${fragment} names no element`);
	}
	return { problems, pages: [...pages].filter(([, page]) => page !== null).map(([path]) => path) };
}

/** The links of errdex's `/errors.json` and `/codes.json`. */
export const errdexJson = (root: string): CrawlOptions['json'] => [
	{
		path: `${root}errors.json`,
		links: (json) => {
			const exported = json as {
				sources: { url: string }[];
				entries: { url: string; anchor: string }[];
			};
			return [
				...exported.sources.map((source) => source.url),
				...exported.entries.flatMap((entry) => [entry.url, entry.anchor]),
			];
		},
	},
	{
		path: `${root}codes.json`,
		links: (json) =>
			(
				json as { codes: { url: string; short: string; aliases?: { short: string }[] }[] }
			).codes.flatMap((code) => [
				code.url,
				code.short,
				...(code.aliases ?? []).map((alias) => alias.short),
			]),
	},
];

/**
 * Crawls a site errdex is part of, with the links of errdex's JSON files (under `errdexRoot`,
 * the site's folder unless errdex has a prefix), checks that every link resolves, and gives the
 * pages reached.
 */
export async function crawlErrdexSite(
	request: APIRequestContext,
	{ origin, basePath, errdexRoot = basePath }: Omit<CrawlOptions, 'json'> & { errdexRoot?: string },
): Promise<string[]> {
	const { problems, pages } = await crawl(request, {
		origin,
		basePath,
		json: errdexJson(errdexRoot),
	});
	expect(problems).toEqual([]);
	return pages;
}
