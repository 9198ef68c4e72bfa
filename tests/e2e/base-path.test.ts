/**
 * The site built for a sub-path (`ERRDEX_BASE=/api-errors`, as on GitHub Pages) and served
 * under it: every link the pages, the export, the code index and the sitemap make stays inside
 * the base and leads somewhere, and search, short links and the 404 page work there.
 */
import { expect, test } from '@playwright/test';
import { basePath, baseURL } from '../../playwright.config';
import { crawlErrdexSite } from './crawl';

test.use({ baseURL });

test('every link stays inside the base and leads somewhere', async ({ request }) => {
	test.setTimeout(120_000);
	const pages = await crawlErrdexSite(request, { origin: baseURL, basePath });
	// Home, both sources, every code page, short links, /codes/, /search/.
	expect(pages.length).toBeGreaterThan(70);
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
