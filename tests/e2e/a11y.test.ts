import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { historyURL, pluginSiteBase, pluginSiteURL } from '../../playwright.config';

/** Serious and critical axe violations on what the page shows now, one line each. */
async function violations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(' ')}`));
}

const pages = [
	{ name: 'home', path: '/' },
	{ name: 'source page', path: '/pluralkit/' },
	{ name: 'code page', path: '/pluralkit/20003/' },
	{ name: 'code page with variants', path: '/pluralkit/0/' },
	{ name: 'search page', path: '/search/?q=member' },
	{ name: 'page of a removed code', path: `${historyURL}/acme/e1002/` },
	{ name: 'source page with removed rows', path: `${historyURL}/acme/` },
	{ name: 'changes page', path: `${historyURL}/changes/` },
];

for (const theme of ['light', 'dark'] as const) {
	test.describe(`${theme} theme`, () => {
		test.beforeEach(async ({ page }) => {
			// Starlight reads the reader's choice before the first paint.
			await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
		});

		for (const { name, path } of pages) {
			test(`${name} has no serious or critical axe violations`, async ({ page }) => {
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				expect(await violations(page)).toEqual([]);
			});
		}

		test('the open search dialog has no serious or critical axe violations', async ({ page }) => {
			await page.goto('/pluralkit/20003/');
			await page.keyboard.press('Control+k');
			const dialog = page.getByRole('dialog', { name: 'Search' });
			await expect(dialog).toBeVisible();
			await page.keyboard.type('member not found');
			await expect(dialog.locator('#site-search-results > li').first()).toBeVisible();
			expect(await violations(page)).toEqual([]);
		});

		test('the dialog with codes and the site’s pages has no serious or critical axe violations', async ({
			page,
		}) => {
			await page.goto(`${pluginSiteURL}${pluginSiteBase}errors/acme-billing/`);
			await page.keyboard.press('Control+k');
			await page.keyboard.type('card');
			const dialog = page.getByRole('dialog', { name: 'Search' });
			await expect(dialog.locator('#site-search-results > li').first()).toBeVisible();
			await expect(dialog.locator('[data-page-results] li').first()).toBeVisible();
			expect(await violations(page)).toEqual([]);
		});
	});
}

test('keyboard only: from a code page, Tab reaches its row link and Enter follows it', async ({
	page,
}) => {
	await page.goto('/pluralkit/20003/');
	const rowLink = page.getByRole('link', { name: /its row in/ });
	// Tab through the page until the link to the row has focus, as a keyboard user would.
	for (let i = 0; i < 80 && !(await rowLink.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(rowLink).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/pluralkit\/#20003$/);
	// The URL changes before the source page has loaded; a keyboard user goes on from the page
	// they see (under load in CI, a key pressed earlier went to the page still loading).
	await page.waitForLoadState('load');
	// The row's own code link is the next stop for the keyboard from the row.
	await page.locator('tr[id="20003"] a.errdex-code').focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('h1')).toHaveText('20003');
});
