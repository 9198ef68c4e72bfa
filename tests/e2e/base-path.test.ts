/**
 * The site built for a sub-path (`ERRDEX_BASE=/api-errors`, as on GitHub Pages) and served
 * under it: every link the pages, the export, the code index and the sitemap make stays inside
 * the base and leads somewhere, and search, short links and the 404 page work there.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { basePath, baseURL } from '../../playwright.config';

test.use({ baseURL });

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

/** Follows every same-origin link from the home page; returns what is wrong. */
async function crawl(request: APIRequestContext): Promise<{ problems: string[]; pages: number }> {
	const origin = new URL(baseURL).origin;
	const problems: string[] = [];
	const pages = new Map<string, { ids: Set<string> } | null>();
	const fragments: { from: string; url: URL }[] = [];
	const queue: { from: string; url: URL }[] = [{ from: '(start)', url: new URL(basePath, origin) }];
	const extraLinks = async (path: string, pick: (json: unknown) => string[]) => {
		const json: unknown = await (await request.get(path)).json();
		for (const link of pick(json)) queue.push({ from: path, url: new URL(link, origin) });
	};
	await extraLinks(`${basePath}errors.json`, (json) => {
		const exported = json as {
			sources: { url: string }[];
			entries: { url: string; anchor: string }[];
		};
		return [
			...exported.sources.map((source) => source.url),
			...exported.entries.flatMap((entry) => [entry.url, entry.anchor]),
		];
	});
	await extraLinks(`${basePath}codes.json`, (json) =>
		(json as { codes: { url: string; short: string }[] }).codes.flatMap((code) => [
			code.url,
			code.short,
		]),
	);
	const sitemap = await (await request.get(`${basePath}sitemap-0.xml`)).text();
	for (const [, loc] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) {
		const url = new URL(loc!);
		if (!url.pathname.startsWith(basePath)) problems.push(`sitemap: ${loc} is outside ${basePath}`);
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
			if (!(from.endsWith('/404.html') || key === `${basePath}404/`))
				problems.push(`${from}: ${key} answers ${response.status()}`);
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
	return { problems, pages: [...pages.values()].filter(Boolean).length };
}

test('every link stays inside the base and leads somewhere', async ({ request }) => {
	test.setTimeout(120_000);
	const { problems, pages } = await crawl(request);
	expect(problems).toEqual([]);
	// Home, both sources, every code page, short links, /codes/, /search/.
	expect(pages).toBeGreaterThan(70);
});

test('code pages give absolute addresses under the base for previews', async ({ request }) => {
	const html = await (await request.get(`${basePath}pluralkit/20003/`)).text();
	expect(html).toMatch(
		new RegExp(`<link rel="canonical" href="https?://[^"/]+${basePath}pluralkit/20003/"`),
	);
	expect(html).toMatch(
		new RegExp(`<meta property="og:url" content="https?://[^"/]+${basePath}pluralkit/20003/"`),
	);
	expect(html).toContain(`"url":"http://localhost:4321${basePath}pluralkit/20003/"`);
});

test('the search finds a code and leads to its page under the base', async ({ page }) => {
	await page.goto(`${basePath}search/?q=${encodeURIComponent("Member 'Ab3xZ' not found.")}`);
	const first = page.locator('ol#search-results > li a').first();
	await expect(first).toHaveAttribute('href', `${basePath}pluralkit/20003/`);

	await page.goto(basePath);
	await page.keyboard.press('Control+k');
	await page.locator('dialog input').fill('20003');
	await expect(page.locator('#site-search-results > li').first()).toContainText('20003');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${basePath}pluralkit/20003/$`));
});

test('short links and the 404 page work under the base', async ({ page }) => {
	await page.goto(`${basePath}e/20003/`);
	await expect(page).toHaveURL(new RegExp(`${basePath}pluralkit/20003/$`));

	const response = await page.goto(`${basePath}pluralkit/20011/`);
	expect(response?.status()).toBe(404);
	const suggestions = page.locator('#errdex-suggestions li a');
	await expect(suggestions.first()).toHaveAttribute('href', new RegExp(`^${basePath}pluralkit/`));

	await page.goto(`${basePath}PluralKit/20003/`);
	await expect(page).toHaveURL(new RegExp(`${basePath}pluralkit/20003/$`));
});
