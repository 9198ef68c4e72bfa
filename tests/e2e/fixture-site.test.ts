import { expect, test } from '@playwright/test';
import { fixturesURL } from '../../playwright.config';

// Built from tests/fixtures/site: two APIs that share a code and mention each other's codes.
test.use({ baseURL: fixturesURL });

test('the same code in another source is linked both ways', async ({ page }) => {
	await page.goto('/acme-billing/card-declined/');
	const elsewhere = page.locator('#errdex-elsewhere').locator('..');
	await expect(elsewhere).toContainText('Acme Payments API errors');
	await elsewhere.getByRole('link', { name: 'card_declined' }).click();
	await expect(page).toHaveURL(/\/acme-payments\/card-declined\/$/);
	await page
		.locator('#errdex-elsewhere')
		.locator('..')
		.getByRole('link', { name: 'card_declined' })
		.click();
	await expect(page).toHaveURL(/\/acme-billing\/card-declined\/$/);
});

test('codes named in a message are linked, and link back', async ({ page }) => {
	await page.goto('/acme-billing/card-declined/');
	await page
		.locator('#errdex-mentions')
		.locator('..')
		.getByRole('link', { name: 'card_expired' })
		.click();
	await expect(page.locator('h1')).toHaveText('card_expired');
	await page
		.locator('#errdex-mentioned-by')
		.locator('..')
		.getByRole('link', { name: 'card_declined' })
		.click();
	await expect(page.locator('h1')).toHaveText('card_declined');
});

test('a script in a cell is shown as text and never runs', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	for (const path of ['/acme-billing/', '/acme-billing/account-closed/', '/errors.json']) {
		await page.goto(path);
	}
	await page.goto('/acme-billing/account-closed/');
	await expect(page.locator('.errdex-lead')).toContainText('Account');
	const scripts = await page
		.locator('script')
		.evaluateAll((all) => all.map((s) => s.textContent ?? ''));
	expect(scripts.filter((text) => text.includes("alert('billing')"))).toEqual([]);
	expect(dialogs).toEqual([]);
});
