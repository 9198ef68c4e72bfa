/**
 * Issue 19 in the built sites and in Chromium: the site built from the pathological documents
 * (`npm run build:pathological`) publishes nothing from outside its content folder and keeps
 * every page within budget; the search says when its index cannot be loaded, keeps saying it,
 * and loads it again for the next query; a long token or a long paste does not hold it up; the
 * 404 page of a path of thousands of characters answers.
 */
import { expect, test, type Page, type Route } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtSites, pathologicalURL } from '../../playwright.config';

const site = builtSites.pathological;
const html = (path: string) => readFileSync(join(site, path, 'index.html'), 'utf8');
/** A page's HTML without its tags: a warning's message sits in an element of its own language. */
const text = (path: string) => html(path).replace(/<[^>]*>/g, '');
const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((file) =>
	file.endsWith('.html'),
);

test.describe('the site built from the pathological documents', () => {
	test('publishes nothing from outside its content folder, nor anything that is no document', () => {
		const top = readdirSync(site);
		for (const skipped of ['passwd', 'outside-folder', 'dangling', 'loop', 'folder', 'png-renamed'])
			expect(top).not.toContain(skipped);
		const sitemap = readFileSync(join(site, 'sitemap-0.xml'), 'utf8');
		expect(sitemap).not.toMatch(/passwd|outside-folder|png-renamed/);
		for (const file of pages)
			expect(readFileSync(join(site, file), 'utf8')).not.toContain('root:x:0:0');
		const exported = JSON.parse(readFileSync(join(site, 'errors.json'), 'utf8')) as {
			sources: { id: string }[];
		};
		expect(exported.sources.map((source) => source.id)).not.toContain('passwd');
	});

	test('every code page stays within the page budget; a code of 1,000 rows is cut into pages', () => {
		const codePages = pages.filter((file) => {
			const parts = file.split('/');
			return parts.length >= 3 && !['codes', 'e', 'search'].includes(parts[0]!);
		});
		for (const file of codePages)
			expect(statSync(join(site, file)).size, file).toBeLessThanOrEqual(300 * 1024);
		const first = html('same-code-1000/e-same');
		expect(first).toContain('1,000 rows document this code');
		expect(first).toMatch(/Rows 1–[\d,]+ of 1,000, on page 1\./);
		expect(pages).toContain('same-code-1000/e-same/page-2/index.html');
	});

	test('a 2 MB message is folded on its code page, the whole of it a link away', () => {
		const page = html('long-message/long-message');
		expect(page).toContain('The whole message (2,079,999 characters), in its row');
		expect(page).toContain('href="/long-message/#long-message"');
		expect(statSync(join(site, 'long-message/long-message/index.html')).size).toBeLessThan(
			60 * 1024,
		);
	});

	test('every page stays within the page budget; a 2 MB row is shown as text on pages of its own, all of it', () => {
		for (const file of pages)
			expect(statSync(join(site, file)).size, file).toBeLessThanOrEqual(300 * 1024);
		const sourcePages = pages
			.filter((file) => /^long-message\/(?:page-\d+\/)?index\.html$/.test(file))
			.sort((a, b) => Number(/\d+/.exec(a)?.[0] ?? 1) - Number(/\d+/.exec(b)?.[0] ?? 1));
		expect(sourcePages.length).toBeGreaterThan(5);
		const shown = sourcePages.map(
			(file) =>
				/<pre class="errdex-long-block"[^>]*>([^<]*)<\/pre>/.exec(
					readFileSync(join(site, file), 'utf8'),
				)![1],
		);
		const message = 'A sentence of the message that goes on. '.repeat(52_000).trim();
		expect(shown.join('') === `Code | Message\nLONG_MESSAGE | ${message}`).toBe(true);
		expect(html('long-message')).toContain('<pre class="errdex-long-block" id="long-message">');
		expect(text('long-message/page-2')).toContain(
			`Too long for one page, this part of the document is shown as plain text (part 2 of ${sourcePages.length}).`,
		);
	});

	test('each document says on its page what errdex could not read, with its line', () => {
		expect(text('nested-divs')).toContain('line 1: HTML nested more than 128 levels deep');
		expect(text('emphasis-runs')).toContain('line 3: 50000 runs of');
		expect(text('yaml-alias-bomb')).toContain('line 2: front matter could not be read');
		expect(text('invalid-utf8')).toContain('line 7: bytes that are not UTF-8');
		expect(text('unclosed-comment')).toContain('line 3: an HTML comment (`&lt;!--`)');
	});
});

/** The ways a request for the index can fail. */
const failures: [string, (route: Route) => Promise<void>][] = [
	['the request is aborted', (route) => route.abort()],
	['the server answers 500', (route) => route.fulfill({ status: 500, body: 'Internal error' })],
	[
		'the answer is not JSON',
		(route) => route.fulfill({ status: 200, contentType: 'application/json', body: '<html>' }),
	],
];

const results = (page: Page) => page.locator('#search-results');
const status = (page: Page) =>
	page.locator('[data-search-view]:has(#search-results) [data-search-status]');

test.describe('the search, when its index cannot be loaded', () => {
	for (const [failure, fail] of failures) {
		test(`says so when ${failure}, keeps saying it, and loads it again for the next query`, async ({
			page,
		}) => {
			await page.route('**/search-index.json', fail);
			await page.goto('/search/');
			await page.locator('#search-page-input').fill('member');
			await expect(status(page)).toContainText('Search is unavailable');
			// Past the moment the page says the index is loading, the failure is still what it says.
			await page.waitForTimeout(600);
			await expect(status(page)).toContainText('Search is unavailable');
			await expect(status(page)).toContainText('Type again to retry');

			await page.unroute('**/search-index.json');
			const loaded = page.waitForResponse('**/search-index.json');
			await page.locator('#search-page-input').fill('member not found');
			expect((await loaded).ok()).toBe(true);
			await expect(results(page)).toHaveAttribute('data-query', 'member not found');
			await expect(results(page).locator('li').first()).toBeVisible();
			await expect(status(page)).not.toContainText('unavailable');
		});
	}
});

test.describe('queries that hold more than can matter', () => {
	test('an 8,000-character token, then a code: the code is answered', async ({ page }) => {
		await page.goto('/search/');
		const input = page.locator('#search-page-input');
		await input.fill('x7'.repeat(4000));
		await expect(results(page)).toHaveAttribute('data-query', 'x7'.repeat(4000));
		await input.fill('20003');
		await expect(results(page)).toHaveAttribute('data-query', '20003');
		await expect(results(page).locator('a').first()).toHaveAttribute('href', '/pluralkit/20003/');
	});

	test('a 1 MB paste is answered, and the address keeps its start, so the page reloads', async ({
		page,
	}) => {
		await page.goto('/search/');
		const paste = `{"code": 20003, "message": "Member 'x' not found."} ${'log line '.repeat(116_000)}`;
		await page.locator('#search-page-input').fill(paste);
		await expect(results(page).locator('a').first()).toHaveAttribute('href', '/pluralkit/20003/');
		await page.locator('#search-page-input').press('Enter');
		await expect(page).toHaveURL(/\/search\/\?q=/);
		expect(page.url().length).toBeLessThan(2200);
		const reloaded = await page.reload();
		expect(reloaded!.status()).toBe(200);
		await expect(page.locator('#search-page-input')).toHaveValue(/^\{"code": 20003, "message"/);
		await expect(results(page).locator('a').first()).toHaveAttribute('href', '/pluralkit/20003/');
	});
});

test('the 404 page of a 5,000-character path answers, with what the search offers', async ({
	page,
}) => {
	await page.goto(`/pluralkit/2001${'1'.repeat(5000)}/`);
	await expect(page.locator('#errdex-missing')).toContainText('There is no page at');
	await expect(page.locator('#missing-search')).toHaveValue(/^2001{5001}$/);

	await page.goto('/pluralkit/20011/');
	await expect(page.locator('#errdex-suggestions li').first()).toContainText('20010');
});

test.describe('a document past its budget of code pages (the site builds with 100)', () => {
	test('its first 100 codes have pages and short links, the others their rows only', () => {
		expect(pages).toContain('many-short-rows/s99/index.html');
		expect(pages).toContain('e/s99/index.html');
		expect(pages).not.toContain('many-short-rows/s100/index.html');
		expect(pages).not.toContain('e/s100/index.html');
		expect(html('many-short-rows')).toMatch(
			/<tr id="s120" class="errdex-row"><td class="errdex-code-cell"><a href="#s120" class="errdex-code">S120<\/a>/,
		);
		expect(text('many-short-rows')).toMatch(
			/line 103: \S*many-short-rows\.md has 130 codes, more than errdex gives pages to in one document \(`maxCodePagesPerDocument`, 100\)/,
		);
		const exported = JSON.parse(readFileSync(join(site, 'errors.json'), 'utf8')) as {
			entries: { code: string; url: string }[];
		};
		expect(exported.entries.find((entry) => entry.code === 'S120')?.url).toBe(
			'/many-short-rows/#s120',
		);
		expect(exported.entries.find((entry) => entry.code === 'S99')?.url).toBe(
			'/many-short-rows/s99/',
		);
	});

	test('the search finds a code without a page, and its result and its short link land on its row', async ({
		page,
	}) => {
		await page.goto(`${pathologicalURL}/search/?q=S120`);
		const first = page.locator('#search-results a').first();
		await expect(first).toContainText('S120');
		await first.click();
		await expect(page).toHaveURL(`${pathologicalURL}/many-short-rows/#s120`);
		await expect(page.locator('tr#s120')).toBeInViewport();

		await page.goto(`${pathologicalURL}/e/S121/`);
		await expect(page).toHaveURL(`${pathologicalURL}/many-short-rows/#s121`);
		await expect(page.locator('tr#s121')).toBeInViewport();
	});
});

test('the pathological site answers its pages in the browser', async ({ page }) => {
	await page.goto(`${pathologicalURL}/same-code-1000/e-same/page-2/`);
	await expect(page.locator('.errdex-pager').getByRole('link', { name: 'Page 1' })).toBeVisible();
	await expect(page.locator('.errdex-pager a[aria-current="page"]')).toHaveText('2');
	await page.goto(`${pathologicalURL}/long-message/long-message/`);
	await expect(page.locator('.errdex-folded')).toContainText('A sentence of the message');
});
