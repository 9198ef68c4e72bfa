import { expect, test, type Page } from '@playwright/test';

interface Exported {
	sources: { id: string; url: string; entries: number }[];
	entries: {
		source: string;
		code: string;
		status: number | null;
		url: string;
		anchor: string;
		line: number;
	}[];
}

/** The element a URL fragment points to, as the browser resolved it. */
const target = (page: Page) => page.evaluate(() => document.querySelector(':target')?.id ?? null);

test('a code page opened by its permalink shows the code, status, message and where it is documented', async ({
	page,
}) => {
	await page.goto('/pluralkit/20003/');
	await expect(page.locator('h1')).toHaveText('20003');
	await expect(page.locator('.errdex-lead')).toHaveText("Member '{memberRef}' not found.");
	await expect(page.locator('.errdex-lead var.errdex-placeholder')).toHaveText('{memberRef}');
	await expect(page.getByText('404 Not Found')).toBeVisible();
	await expect(page.getByText('content/pluralkit.md:38')).toBeVisible();
	await expect(page.locator('.errdex-breadcrumb')).toContainText('JSON error codes');
	await expect(page.getByRole('link', { name: 'original document' })).toHaveAttribute(
		'href',
		'https://pluralkit.me/api/errors',
	);
});

test('the link to the row lands on the highlighted row of the source page', async ({ page }) => {
	await page.goto('/pluralkit/20003/');
	await page.getByRole('link', { name: /its row in/ }).click();
	await expect(page).toHaveURL(/\/pluralkit\/#20003$/);
	// The address changes before the new document has loaded; wait for the row it points to.
	await expect.poll(() => target(page)).toBe('20003');
	const row = page.locator('tr[id="20003"]');
	await expect(row).toBeInViewport();
	const background = (selector: string) =>
		page
			.locator(selector)
			.first()
			.evaluate((el) => getComputedStyle(el.querySelector('td')!).backgroundColor);
	expect(await background('tr[id="20003"]')).not.toBe(await background('tr[id="20004"]'));
});

test('a repeated code has one page with every variant, and each variant row its own anchor', async ({
	page,
}) => {
	await page.goto('/pluralkit/0/');
	await expect(page.locator('.errdex-variant h2')).toHaveText(['HTTP 500', 'HTTP 400', 'HTTP 401']);

	await page.goto('/pluralkit/#0');
	await expect.poll(() => target(page)).toBe('0');
	await expect(page.locator('tr:target td').nth(1)).toHaveText('500');
	await page.goto('/pluralkit/#0-2');
	await expect(page.locator('tr:target td').nth(1)).toHaveText('400');
	await page.goto('/pluralkit/#0-3');
	await expect(page.locator('tr:target td').nth(1)).toHaveText('401');
});

test('codes in the source page link to their pages; the row link shows on focus', async ({
	page,
}) => {
	await page.goto('/ffxiv-companion/');
	await expect(page.locator('.errdex-source-meta')).toContainText(
		'10 entries from 1 table in content/ffxiv-companion.md',
	);
	await expect(page.locator('table.errdex-table tbody tr')).toHaveCount(10);
	const anchor = page.locator('tr[id="111001"] .errdex-anchor');
	await expect(anchor).toHaveCSS('opacity', '0');
	await anchor.focus();
	await expect(anchor).toHaveCSS('opacity', '1');
	await page.locator('tr[id="111001"] a.errdex-code').click();
	await expect(page).toHaveURL(/\/ffxiv-companion\/111001\/$/);
	await expect(page.locator('h1')).toHaveText('111001');
});

test('the home page lists every source with its counts', async ({ page }) => {
	await page.goto('/');
	const rows = page.locator('table.errdex-sources tbody tr');
	await expect(rows).toHaveCount(2);
	await expect(rows.filter({ hasText: 'Errors and Status Codes' })).toContainText('27');
	await expect(rows.filter({ hasText: 'Companion API known error codes' })).toContainText('10');
});

test('cross-links: previous, next, same status and family each lead to the right page', async ({
	page,
}) => {
	await page.goto('/pluralkit/20003/');
	await page.getByRole('link', { name: /Previous\s*20002/ }).click();
	await expect(page.locator('h1')).toHaveText('20002');
	await page.getByRole('link', { name: /Next\s*20003/ }).click();
	await expect(page.locator('h1')).toHaveText('20003');

	await page
		.locator('#errdex-same-status')
		.locator('..')
		.getByRole('link', { name: '20001' })
		.click();
	await expect(page.locator('h1')).toHaveText('20001');
	await expect(page.getByText('404 Not Found')).toBeVisible();

	await page.goto('/pluralkit/20003/');
	await page.locator('#errdex-family').locator('..').getByRole('link', { name: '20006' }).click();
	await expect(page.locator('h1')).toHaveText('20006');
});

test('every url and anchor in /errors.json resolves in the built site', async ({
	page,
	request,
}) => {
	const response = await request.get('/errors.json');
	expect(response.ok()).toBe(true);
	const data = (await response.json()) as Exported;
	expect(data.entries).toHaveLength(37);
	expect(
		data.entries
			.filter((e) => e.source === 'pluralkit')
			.map((e) => e.code)
			.slice(0, 4),
	).toEqual(['0', '0', '0', '20001']);

	for (const url of new Set(
		data.entries.map((e) => e.url).concat(data.sources.map((s) => s.url)),
	)) {
		expect((await request.get(url)).status(), url).toBe(200);
	}
	const anchors = new Map<string, string[]>();
	for (const { anchor } of data.entries) {
		const [path, id] = anchor.split('#') as [string, string];
		anchors.set(path, [...(anchors.get(path) ?? []), id]);
	}
	for (const [path, ids] of anchors) {
		await page.goto(path);
		for (const id of ids)
			await expect(page.locator(`[id="${id}"]`), `${path}#${id}`).toHaveCount(1);
	}
});
