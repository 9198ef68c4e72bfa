/**
 * errdex inside an existing Starlight site (tests/fixtures/plugin-site): two hand-written
 * pages, errdex as a plugin with `prefix: 'errors'`, the site served from `/docs/`. The site's
 * own pages, sidebar and page search keep working beside errdex's.
 */
import { expect, test } from '@playwright/test';
import { pluginSiteBase as base, pluginSiteURL } from '../../playwright.config';
import { crawlErrdexSite } from './crawl';

test.use({ baseURL: pluginSiteURL });

const errors = `${base}errors/`;

test('every link of the site, its pages and errdex’s, leads somewhere inside /docs/', async ({
	request,
}) => {
	const pages = await crawlErrdexSite(request, {
		origin: pluginSiteURL,
		basePath: base,
		errdexRoot: errors,
	});
	expect(pages).toEqual(
		expect.arrayContaining([
			base,
			`${base}guides/getting-started/`,
			errors,
			`${errors}acme-billing/`,
			`${errors}acme-billing/card-declined/`,
			`${errors}e/card-declined/`,
			`${errors}codes/`,
			`${errors}search/`,
		]),
	);
});

test('a hand-written page keeps its content and sidebar, with errdex’s group beside it', async ({
	page,
}) => {
	await page.goto(`${base}guides/getting-started/`);
	await expect(page.locator('h1')).toHaveText('Getting started');
	await expect(page.getByText('Send an idempotency key')).toBeVisible();
	const sidebar = page.locator('#starlight__sidebar');
	await expect(sidebar.getByRole('link', { name: 'Getting started' })).toHaveAttribute(
		'aria-current',
		'page',
	);
	const group = sidebar.locator('details', { hasText: 'Error codes' });
	await expect(group.locator('summary')).toContainText('Error codes');
	await expect(
		group.getByRole('link', { name: 'Acme Billing API errors', includeHidden: true }),
	).toHaveAttribute('href', `${errors}acme-billing/`);
});

test('errdex’s pages live under the prefix, with the site’s sidebar around them', async ({
	page,
}) => {
	await page.goto(`${errors}acme-billing/card-declined/`);
	await expect(page.locator('h1')).toHaveText('card_declined');
	const sidebar = page.locator('#starlight__sidebar');
	await expect(sidebar.getByRole('link', { name: 'Getting started' })).toHaveAttribute(
		'href',
		`${base}guides/getting-started/`,
	);
	await expect(sidebar.getByRole('link', { name: 'Whole document' })).toHaveAttribute(
		'href',
		`${errors}acme-billing/`,
	);
});

test('one search dialog: codes first, then the site’s pages', async ({ page }) => {
	await page.goto(base);
	await page.keyboard.press('Control+k');
	const input = page.locator('dialog input');

	await input.fill('card_declined');
	await expect(page.locator('#site-search-results > li').first()).toContainText('card_declined');
	await expect(page.locator('#site-search-results > li a').first()).toHaveAttribute(
		'href',
		new RegExp(`^${errors}acme-(billing|payments)/card-declined/$`),
	);

	await input.fill('idempotency');
	const pages = page.locator('[data-page-results] li a');
	await expect(pages.first()).toContainText('Getting started');
	await expect(pages.first()).toHaveAttribute(
		'href',
		new RegExp(`^${base}guides/getting-started/`),
	);
});

test('short links and the 404 page know the prefix and the base', async ({ page }) => {
	await page.goto(`${errors}e/card_declined/`);
	await expect(page).toHaveURL(new RegExp(`${errors}e/card-declined/$`));
	await expect(page.locator('.errdex-choices li')).toHaveCount(2);

	await page.goto(`${errors}e/payment-timeout/`);
	await expect(page).toHaveURL(new RegExp(`${errors}acme-payments/payment-timeout/$`));

	const response = await page.goto(`${errors}acme-billing/card-declind/`);
	expect(response?.status()).toBe(404);
	const suggestions = page.locator('#errdex-suggestions li a');
	await expect(suggestions.first()).toHaveAttribute('href', new RegExp(`^${errors}acme-billing/`));
});

test('a row errdex could not read is said on its source page, with its line', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await page.goto(`${errors}acme-legacy/`);
	const note = page.getByRole('note');
	await expect(note).toContainText('errdex could not read everything in this document');
	await expect(note).toContainText('line 8');
	await expect(page.locator('table tr', { hasText: 'A code that is only a script.' })).toHaveCount(
		1,
	);
	expect(dialogs).toEqual([]);
});
