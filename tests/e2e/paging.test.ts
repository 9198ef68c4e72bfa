import { expect, test, type Browser, type Page } from '@playwright/test';
import { largeURL } from '../../playwright.config';

// Built from tests/fixtures/large-site.ts (`npm run build:large`): the source page of `long`
// (L0000–L0419 in three sections) and `/codes/` (432 rows) are each cut into two pages.
test.use({ baseURL: largeURL });

const codesOn = (page: Page) => page.locator('#codes tbody tr:visible td:first-child');

async function withoutScripts(browser: Browser, run: (page: Page) => Promise<void>) {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL: largeURL });
	try {
		await run(await context.newPage());
	} finally {
		await context.close();
	}
}

test.describe('without JavaScript', () => {
	test('/codes/ pages through every code and filters by facet links', async ({ browser }) => {
		await withoutScripts(browser, async (page) => {
			await page.goto('/codes/');
			await expect(page.locator('h1')).toHaveText('All codes');
			await expect(page.locator('#codes-count')).toContainText('432 codes; this page lists 1–');
			// The text filter needs the script; the links do not.
			await expect(page.getByRole('searchbox')).toBeHidden();
			const firstPage = await codesOn(page).allTextContents();
			expect(firstPage[0]).toBe('L0000');

			await page.getByRole('navigation', { name: 'Pages of these codes' }).getByText('2').click();
			await expect(page).toHaveURL(/\/codes\/page-2\/$/);
			const secondPage = await codesOn(page).allTextContents();
			expect(firstPage.length + secondPage.length).toBe(432);
			expect(secondPage.at(-1)).toBe('S0011');

			const facets = page.getByRole('navigation', { name: 'Filter the codes' });
			await facets.getByRole('link', { name: 'Short API errors' }).click();
			await expect(page).toHaveURL(/\/codes\/source\/short\/$/);
			await expect(codesOn(page)).toHaveCount(12);
			await facets.getByRole('link', { name: '404 Not Found' }).click();
			await expect(page).toHaveURL(/\/codes\/source\/short\/status\/404\/$/);
			await expect(codesOn(page)).toHaveText(['S0001', 'S0007']);
			await expect(facets.getByRole('link', { name: '404 Not Found' })).toHaveAttribute(
				'aria-current',
				'page',
			);
			// Another source keeps the status chosen.
			await facets.getByRole('link', { name: 'Long API errors' }).click();
			await expect(page).toHaveURL(/\/codes\/source\/long\/status\/404\/$/);
			for (const status of await page.locator('#codes tbody td:nth-child(3)').allTextContents())
				expect(status).toBe('404');
		});
	});

	test('a long source page lists its pages, and each holds its own rows and sections', async ({
		browser,
	}) => {
		await withoutScripts(browser, async (page) => {
			await page.goto('/long/');
			const pages = page.getByRole('navigation', { name: 'A long document, in 2 pages.' });
			await expect(pages.getByRole('listitem')).toHaveText([
				/^Page 1: L0000 – L0\d{3}$/,
				/^Page 2: L0\d{3} – L0419$/,
			]);
			await expect(page.locator('#l0000')).toBeVisible();
			await expect(page.locator('#l0419')).toHaveCount(0);
			// A link to a row on another page, without the script, stays here with the pages listed.
			await page.goto('/long/#l0419');
			await expect(page).toHaveURL(/\/long\/#l0419$/);
			await expect(pages).toBeVisible();

			await pages.getByRole('link', { name: 'Page 2' }).click();
			await expect(page).toHaveURL(/\/long\/page-2\/$/);
			await expect(page.locator('#l0419')).toHaveCount(1);
			// The header of a table cut between pages is written again.
			await expect(page.locator('.errdex-document table').first().locator('th').first()).toHaveText(
				'Code',
			);
			const toc = page.locator('starlight-toc').first();
			await expect(toc.getByRole('link', { name: 'Gizmo errors' })).toHaveCount(1);
			await expect(toc.getByRole('link', { name: 'Widget errors' })).toHaveCount(0);
			await page.getByRole('link', { name: /^Previous page/ }).click();
			await expect(page).toHaveURL(/\/long\/$/);
		});
	});
});

test.describe('with JavaScript', () => {
	test('a link to a row on another page of its document goes on to that page', async ({ page }) => {
		await page.goto('/long/#l0419');
		await expect(page).toHaveURL(/\/long\/page-2\/#l0419$/);
		await expect(page.locator('#l0419')).toBeInViewport();
		// A row on the first page stays where it is.
		await page.goto('/long/#l0001');
		await expect(page).toHaveURL(/\/long\/#l0001$/);
	});

	test('a code page and the sidebar link to the page that holds the row or section', async ({
		page,
	}) => {
		await page.goto('/long/l0419/');
		await expect(page.getByRole('link', { name: /its row in Long API errors/ })).toHaveAttribute(
			'href',
			'/long/page-2/#l0419',
		);
		await expect(
			page.locator('nav[aria-label="Main"]').getByRole('link', { name: 'Gizmo errors' }),
		).toHaveAttribute('href', /^\/long\/page-2\/#gizmo-errors$/);
	});

	test('a filter in the query goes to the page of its facet; the text filters that page', async ({
		page,
	}) => {
		await page.goto('/codes/?source=short&class=4xx&q=check+1');
		await expect(page).toHaveURL(/\/codes\/source\/short\/class\/4xx\/\?q=check\+1$/);
		await expect(page.getByLabel('Text')).toHaveValue('check 1');
		await expect(codesOn(page)).toHaveText(['S0001']);
		await expect(page.locator('#codes-count')).toHaveText('1 of 6 codes on this page');
		await page.getByLabel('Text').fill('check 2');
		await expect(codesOn(page)).toHaveText(['S0002']);
		await expect(page).toHaveURL(/\/codes\/source\/short\/class\/4xx\/\?q=check\+2$/);

		await page.goto('/codes/?source=short&status=401');
		await expect(page.getByText('No code matches these filters.')).toBeVisible();
		await expect(codesOn(page)).toHaveCount(0);
	});
});
