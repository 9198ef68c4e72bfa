import { expect, test } from '@playwright/test';
import { fixturesURL } from '../../playwright.config';

interface Exported {
	sources: { id: string; title: string }[];
	entries: { source: string; code: string; status: number | null; message: string; url: string }[];
}

test.describe('short links', () => {
	test('a code with one page lands on it, in any case', async ({ page }) => {
		await page.goto('/e/20003/');
		await expect(page).toHaveURL(/\/pluralkit\/20003\/$/);
		await expect(page.locator('h1')).toHaveText('20003');

		await page.goto('/E/20003/');
		await expect(page).toHaveURL(/\/pluralkit\/20003\/$/);

		await page.goto('/e/0/');
		await expect(page).toHaveURL(/\/pluralkit\/0\/$/);
		await expect(page.locator('.errdex-variant h2')).toHaveText([
			'HTTP 500',
			'HTTP 400',
			'HTTP 401',
		]);
	});

	test('the redirect page itself carries a canonical link and a link to follow', async ({
		request,
	}) => {
		const html = await (await request.get('/e/20003/')).text();
		expect(html).toMatch(/<link rel="canonical" href="[^"]*\/pluralkit\/20003\/"/);
		expect(html).toContain('<meta http-equiv="refresh" content="0; url=/pluralkit/20003/"');
		expect(html).toContain(
			'<a href="/pluralkit/20003/"><code dir="ltr">20003</code> in <bdi>Errors and Status Codes</bdi></a>',
		);
	});

	test.describe('with several matches', () => {
		test.use({ baseURL: fixturesURL });

		test('lists every source that has the code', async ({ page }) => {
			await page.goto('/e/card_declined/');
			await expect(page).toHaveURL(/\/e\/card-declined\/$/);
			await expect(page.locator('h1')).toHaveText('card_declined');
			const choices = page.locator('.errdex-choices li');
			await expect(choices).toHaveCount(2);
			await expect(choices.nth(0)).toContainText('Acme Billing API errors');
			await expect(choices.nth(1)).toContainText('Acme Payments API errors');
			await choices.nth(1).getByRole('link').click();
			await expect(page).toHaveURL(/\/acme-payments\/card-declined\/$/);
		});
	});
});

test.describe('the 404 page', () => {
	test('offers the nearest codes of the source and a search for the path', async ({ page }) => {
		const response = await page.goto('/pluralkit/20011/');
		expect(response?.status()).toBe(404);
		await expect(page.locator('#errdex-missing')).toHaveText(
			'There is no page at /pluralkit/20011/.',
		);
		const suggestions = page.locator('#errdex-suggestions li');
		await expect(suggestions.first()).toContainText('20010');
		await expect(suggestions.nth(1)).toContainText('20009');
		await expect(
			page.getByRole('searchbox', { name: 'Search for a code or a message' }),
		).toHaveValue('20011');
		await suggestions.first().getByRole('link').click();
		await expect(page).toHaveURL(/\/pluralkit\/20010\/$/);
	});

	test('offers the code in its real source when the path names the wrong one', async ({ page }) => {
		await page.goto('/ffxiv-companion/20003/');
		await expect(page.locator('#errdex-suggestions li').first()).toContainText('20003');
		await expect(page.locator('#errdex-suggestions li').first()).toContainText(
			'Errors and Status Codes',
		);
	});

	test('sends a path that differs only in case on to its page', async ({ page }) => {
		await page.goto('/PluralKit/20003/');
		await expect(page).toHaveURL(/\/pluralkit\/20003\/$/);
		await expect(page.locator('h1')).toHaveText('20003');
	});
});

test('every code page carries link-preview tags with its own values', async ({ page, request }) => {
	const exported: Exported = await (await request.get('/errors.json')).json();
	const titles = new Map(exported.sources.map((source) => [source.id, source.title]));
	const pages = [...new Map(exported.entries.map((entry) => [entry.url, entry])).values()];
	expect(pages.length).toBeGreaterThan(30);
	for (const entry of pages.filter((_, i) => i % 6 === 0)) {
		await page.goto(entry.url);
		const meta = (selector: string) =>
			page.locator(`head meta[${selector}]`).getAttribute('content');
		const title = await page.title();
		const source = titles.get(entry.source)!;
		expect(title).toContain(entry.code);
		expect(title).toContain(source);
		expect(title).toContain(entry.message.slice(0, 20));
		expect(await meta('name="description"')).toContain(entry.message.slice(0, 40));
		expect(await meta('property="og:title"')).toBe(title.replace(/ \| errdex$/, ''));
		expect(await meta('property="og:description"')).toBe(await meta('name="description"'));
		expect(await meta('name="twitter:card"')).toBe('summary');
		expect(await meta('name="twitter:title"')).toBe(await meta('property="og:title"'));
		const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
		expect(new URL(canonical!).pathname).toBe(entry.url);
		expect(await meta('property="og:url"')).toBe(canonical);
		const ld = JSON.parse(
			(await page.locator('head script[type="application/ld+json"]').textContent())!,
		);
		expect(ld).toMatchObject({
			'@type': 'DefinedTerm',
			name: entry.code,
			url: canonical,
			inDefinedTermSet: { name: source },
		});
	}
});

test('the sitemap lists code pages and leaves short links out', async ({ request }) => {
	const sitemap = await (await request.get('/sitemap-0.xml')).text();
	expect(sitemap).toContain('/pluralkit/20003/</loc>');
	expect(sitemap).toContain('/codes/</loc>');
	expect(sitemap).not.toContain('/e/');
});

test.describe('copy controls', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('copy the page link, short link, code, row link and example response', async ({
		page,
		baseURL,
	}) => {
		await page.goto('/pluralkit/20003/');
		const copied = async (name: string) => {
			const control = page
				.locator('errdex-copy')
				.filter({ has: page.getByRole('button', { name, exact: true }) });
			await control.getByRole('button').click();
			await expect(control.getByRole('status')).toHaveText('Copied');
			return page.evaluate(() => navigator.clipboard.readText());
		};
		expect(await copied('Copy link')).toBe(`${baseURL}/pluralkit/20003/`);
		expect(await copied('Copy short link')).toBe(`${baseURL}/e/20003/`);
		expect(await copied('Copy code')).toBe('20003');
		expect(await copied('Copy row link')).toBe(`${baseURL}/pluralkit/#20003`);
		expect(JSON.parse(await copied('Copy example response'))).toEqual({
			code: 20003,
			message: "Member '{memberRef}' not found.",
		});
		await page.getByText('Example response', { exact: true }).click();
		await expect(page.locator('.errdex-example pre')).toContainText('"code": 20003');
	});

	test('each variant copies its own row link and response', async ({ page, baseURL }) => {
		await page.goto('/pluralkit/0/');
		const variant = page.locator('.errdex-variant').nth(2);
		await variant.getByRole('button', { name: 'Copy row link' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${baseURL}/pluralkit/#0-3`,
		);
		await variant.getByRole('button', { name: 'Copy example response' }).click();
		expect(JSON.parse(await page.evaluate(() => navigator.clipboard.readText()))).toEqual({
			code: 0,
			message: 'Missing or invalid Authorization header',
		});
	});

	test('a source that documents no error body offers no example', async ({ page }) => {
		await page.goto('/ffxiv-companion/111001/');
		await expect(page.getByRole('button', { name: 'Copy row link' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Copy example response' })).toHaveCount(0);
	});
});

test.describe('/codes/', () => {
	const visibleCodes = (page: import('@playwright/test').Page) =>
		page.locator('#codes tbody tr:visible td:first-child');

	test('a filtered address opened fresh shows only the matching rows', async ({ page }) => {
		await page.goto('/codes/?source=pluralkit&class=4xx&q=member');
		await expect(page.getByLabel('Source')).toHaveValue('pluralkit');
		await expect(page.getByLabel('Status class')).toHaveValue('4xx');
		await expect(page.getByLabel('Text')).toHaveValue('member');
		const codes = await visibleCodes(page).allTextContents();
		expect(codes.length).toBeGreaterThan(3);
		for (const row of await page.locator('#codes tbody tr:visible').all()) {
			await expect(row).toContainText(/member/i);
			await expect(row.locator('td').nth(1)).toHaveText('Errors and Status Codes');
			await expect(row.locator('td').nth(2)).toHaveText(/^4\d\d$/);
		}
		await expect(page.locator('#codes-count')).toHaveText(`${codes.length} of 37 codes`);
	});

	test('filters apply as they change and are kept in the address', async ({ page }) => {
		await page.goto('/codes/');
		await expect(page.locator('#codes tbody tr:visible')).toHaveCount(37);
		await page.getByLabel('HTTP status').selectOption('400');
		await expect(visibleCodes(page)).toHaveText(['0', '40002', '40003', '40004', '40005', '40006']);
		await expect(page).toHaveURL(/\/codes\/\?status=400$/);
		await page.getByLabel('Text').fill('duplicate');
		await expect(visibleCodes(page)).toHaveText(['40003']);
		await expect(page).toHaveURL(/\/codes\/\?q=duplicate&status=400$/);
		await page.getByLabel('Text').fill('no such thing');
		await expect(page.getByText('No code matches these filters.')).toBeVisible();
	});

	test('lists every row without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(new URL('/codes/', test.info().project.use.baseURL).href);
		await expect(page.locator('#codes tbody tr')).toHaveCount(37);
		await expect(page.getByRole('button', { name: 'Filter' })).toBeVisible();
		await context.close();
	});
});
