import { expect, test, type Page } from '@playwright/test';
import { fixturesURL } from '../../playwright.config';

// Built from tests/fixtures/site, whose acme-sdk.md gives codes a second name: an exception
// class beside each code (`THROTTLED`, `ThrottledError`), and a hex reason code's decimal twin
// (`0x0102`, `258`). One exception name, `PaymentTimeout`, is also acme-payments' code
// `payment_timeout`.
test.use({ baseURL: fixturesURL });

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search' });
const hits = (page: Page) => dialog(page).locator('#site-search-results > li');

test('the code page says what else the code is called, copyably, and shares it', async ({
	page,
}) => {
	await page.goto('/acme-sdk/throttled/');
	await expect(page.locator('h1')).toHaveText('THROTTLED');
	const aliases = page.locator('.errdex-aliases');
	await expect(aliases.locator('dt')).toHaveText('Also known as');
	await expect(aliases.locator('dd code')).toHaveText(['ThrottledError']);
	await expect(aliases.locator('errdex-copy')).toHaveAttribute('data-value', 'ThrottledError');
	await expect(page).toHaveTitle(/^THROTTLED \(ThrottledError\): /);
	const ld = JSON.parse(
		(await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
	) as { name: string; alternateName: string[] };
	expect(ld).toMatchObject({ name: 'THROTTLED', alternateName: ['ThrottledError'] });

	await page.goto('/acme-sdk/0x0102/');
	await expect(page.locator('.errdex-aliases dd code')).toHaveText(['258']);
});

test('the search finds a code by its alias, says so, and Enter opens the code', async ({
	page,
}) => {
	await page.goto('/');
	await page.keyboard.press('Control+k');
	await dialog(page).getByRole('combobox').pressSequentially('ThrottledError');
	const first = hits(page).first();
	await expect(first.locator('.errdex-hit-code')).toHaveText('THROTTLED');
	await expect(first.locator('.errdex-hit-alias')).toHaveText('also ThrottledError');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/acme-sdk\/throttled\/$/);
});

test('the search page finds a code by its alias in a pasted exception or JSON body', async ({
	page,
}) => {
	const first = page.locator('#search-results > li').first();
	await page.goto(`/search/?q=${encodeURIComponent('SessionExpiredError: the session expired')}`);
	await expect(first.locator('.errdex-hit-code')).toHaveText('SESSION_EXPIRED');
	await page.goto(`/search/?q=${encodeURIComponent('{"error": "ThrottledError"}')}`);
	await expect(first.locator('.errdex-hit-code')).toHaveText('THROTTLED');
	await expect(first.locator('.errdex-hit-alias')).toHaveText('also ThrottledError');
	await page.goto(`/search/?q=${encodeURIComponent('{"reason": 258}')}`);
	await expect(first.locator('.errdex-hit-code')).toHaveText('0x0102');
	await expect(first.getByRole('option')).toHaveAttribute('href', '/acme-sdk/0x0102/');
});

test('a short link of an alias reaches the code, however the alias is written', async ({
	page,
}) => {
	await page.goto('/e/throttlederror/');
	await expect(page).toHaveURL(/\/acme-sdk\/throttled\/$/);
	await page.goto('/e/ThrottledError/');
	await expect(page).toHaveURL(/\/acme-sdk\/throttled\/$/);
	await page.goto('/e/258/');
	await expect(page).toHaveURL(/\/acme-sdk\/0x0102\/$/);
});

test("an alias that is another code's short link lets the reader choose", async ({ page }) => {
	await page.goto('/e/payment-timeout/');
	const choices = page.locator('.errdex-choices li');
	await expect(choices).toHaveCount(2);
	await expect(choices.nth(0)).toContainText('payment_timeout');
	await expect(choices.nth(1).locator('code').first()).toHaveText('GATEWAY_TIMEOUT');
	await expect(choices.nth(1).locator('.errdex-choice-alias')).toHaveText('also PaymentTimeout');
	await expect(choices.nth(0).locator('.errdex-choice-alias')).toHaveCount(0);
	await choices.nth(1).getByRole('link').click();
	await expect(page).toHaveURL(/\/acme-sdk\/gateway-timeout\/$/);
});

test('the 404 page offers the code whose alias a mistyped short link spells', async ({ page }) => {
	const response = await page.goto('/e/throttlederorr/');
	expect(response?.status()).toBe(404);
	const first = page.locator('#errdex-suggestions li').first();
	await expect(first).toContainText('THROTTLED');
	await expect(first.locator('.errdex-choice-alias')).toHaveText('also ThrottledError');
	await first.getByRole('link').click();
	await expect(page).toHaveURL(/\/acme-sdk\/throttled\/$/);
});

test('/errors.json gives each entry its aliases', async ({ request }) => {
	const exported = (await (await request.get('/errors.json')).json()) as {
		entries: { source: string; code: string; aliases: string[] }[];
	};
	const sdk = exported.entries.filter((entry) => entry.source === 'acme-sdk');
	expect(sdk.map((entry) => [entry.code, entry.aliases])).toEqual([
		['THROTTLED', ['ThrottledError']],
		['SESSION_EXPIRED', ['SessionExpiredError']],
		['GATEWAY_TIMEOUT', ['PaymentTimeout']],
		['0x0102', ['258']],
		['0x0103', ['259']],
	]);
	expect(exported.entries.every((entry) => Array.isArray(entry.aliases))).toBe(true);
});
