import { expect, test, type Page } from '@playwright/test';
import { hostileURL } from '../../playwright.config';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search' });
const dialogInput = (page: Page) => dialog(page).getByRole('combobox');
const hits = (page: Page) => dialog(page).locator('#site-search-results > li');
const codesOf = (list: ReturnType<Page['locator']>) =>
	list.locator('.errdex-hit-code').allTextContents();

test('Ctrl+K opens the search; typing, ArrowDown and Enter land on the code page', async ({
	page,
}) => {
	await page.goto('/');
	// The search is loaded on first use, not with the page.
	const loaded: string[] = [];
	page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
	await page.waitForLoadState('networkidle');
	expect(
		loaded.filter((path) => path === '/search-index.json' || path.includes('/worker')),
	).toEqual([]);

	await page.keyboard.press('Control+k');
	await expect(dialog(page)).toBeVisible();
	await expect(dialogInput(page)).toBeFocused();
	await page.keyboard.type("Member 'Ab3xZ' not found.");
	// Until the whole query's answer comes, the list shows the answer for fewer letters; the
	// whole query's, coming after the arrow key, would replace it and its selection.
	await expect(dialog(page).locator('#site-search-results')).toHaveAttribute(
		'data-query',
		"Member 'Ab3xZ' not found.",
	);
	await expect(hits(page).first().locator('.errdex-hit-code')).toHaveText('20003');
	expect(loaded).toContain('/search-index.json');
	await expect(hits(page).first()).toContainText('Errors and Status Codes');
	await expect(hits(page).first()).toContainText('HTTP 404');

	await page.keyboard.press('ArrowDown');
	await expect(hits(page).first().getByRole('option')).toHaveAttribute('aria-selected', 'true');
	await expect(dialogInput(page)).toHaveAttribute('aria-activedescendant', 'site-search-results-0');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/pluralkit\/20003\/$/);
	await expect(page.locator('h1')).toHaveText('20003');
});

test('results follow the typing, mark the matched words, and Escape closes', async ({ page }) => {
	await page.goto('/pluralkit/');
	await page.keyboard.press('Control+k');
	await dialogInput(page).pressSequentially('membr not fund');
	// Results arrive as the typing goes; wait for those of the whole query.
	await expect
		.poll(async () => (await codesOf(hits(page))).slice(0, 3))
		.toEqual(expect.arrayContaining(['20002', '20003']));
	await expect(hits(page).first().locator('.errdex-hit-message mark').first()).toHaveText(
		/member/i,
	);
	await page.keyboard.press('Escape');
	await expect(dialog(page)).toBeHidden();
});

test('"/" opens the search, and Enter on an exact code goes straight to its page', async ({
	page,
}) => {
	await page.goto('/');
	await page.locator('body').press('/');
	await expect(dialog(page)).toBeVisible();
	await expect(dialogInput(page)).toBeFocused();
	await page.keyboard.type('20003');
	await expect(hits(page).first()).toHaveAttribute('data-kind', 'code');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/pluralkit\/20003\/$/);
});

test('"/" typed into a text field stays in the field', async ({ page }) => {
	await page.goto('/');
	const field = page.locator('#home-search');
	await field.fill('a/b');
	await expect(dialog(page)).toBeHidden();
	await expect(field).toHaveValue('a/b');
});

test('/search/?q= opened fresh lists the same results, in rank order, as links', async ({
	page,
}) => {
	await page.goto('/search/?q=404');
	const items = page.locator('ol#search-results > li');
	await expect(items.first()).toBeVisible();
	const codes = await items.locator('.errdex-hit-code').allTextContents();
	expect(codes).toEqual([
		'20001',
		'20002',
		'20003',
		'20004',
		'20005',
		'20006',
		'20007',
		'20008',
		'20009',
		'20010',
	]);
	for (const item of await items.all()) await expect(item.locator('a[href]')).toHaveCount(1);
	await expect(items.first().locator('a')).toHaveAttribute('href', '/pluralkit/20001/');

	// The dialog gives the same order for the same query.
	await page.keyboard.press('Control+k');
	await dialogInput(page).fill('404');
	await expect(hits(page)).toHaveCount(codes.length);
	expect(await codesOf(hits(page))).toEqual(codes);
});

test('the search page keeps the query in the address as you type', async ({ page }) => {
	await page.goto('/search/');
	const input = page.locator('#search-page-input');
	await input.fill('Under Maintenance');
	await expect(
		page.locator('ol#search-results > li').first().locator('.errdex-hit-code'),
	).toHaveText('100000');
	await expect(page).toHaveURL(/\/search\/\?q=Under%20Maintenance$/);
	await page.reload();
	await expect(input).toHaveValue('Under Maintenance');
	await expect(
		page.locator('ol#search-results > li').first().locator('.errdex-hit-code'),
	).toHaveText('100000');
});

test('a JSON error body finds its code first', async ({ page }) => {
	await page.goto(
		`/search/?q=${encodeURIComponent('{"code": 20003, "message": "Member \'x\' not found."}')}`,
	);
	await expect(
		page.locator('ol#search-results > li').first().locator('.errdex-hit-code'),
	).toHaveText('20003');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the search page still leads to every source, and from there to every code', async ({
		page,
	}) => {
		await page.goto('/search/?q=20003');
		const browse = page.locator('[data-search-browse]');
		await expect(browse.getByRole('link', { name: 'Errors and Status Codes' })).toHaveAttribute(
			'href',
			'/pluralkit/',
		);
		await expect(
			browse.getByRole('link', { name: 'Companion API known error codes' }),
		).toHaveAttribute('href', '/ffxiv-companion/');
		await browse.getByRole('link', { name: 'Errors and Status Codes' }).click();
		await expect(page.locator('a[href="/pluralkit/20003/"]').first()).toBeVisible();
	});
});

test.describe('on a site whose documents try to inject markup', () => {
	test.use({ baseURL: hostileURL });

	test('a message with HTML in it shows as text in the results, never as markup', async ({
		page,
	}) => {
		const alerts: string[] = [];
		page.on('dialog', async (alert) => {
			alerts.push(alert.message());
			await alert.dismiss();
		});
		await page.goto('/search/?q=script%20alert');
		const messages = page.locator('ol#search-results .errdex-hit-message');
		await expect(messages.first()).toBeVisible();
		expect(await messages.allTextContents()).toEqual(
			expect.arrayContaining([
				"<script>alert('entity')</script> stays text",
				"Write <script>alert('literal')</script> to see it",
			]),
		);
		// Only text, the highlighter's own <mark> elements and the <bdi> that keeps a source's title
		// in its own direction: nothing from a message became an element.
		const tags = await page
			.locator('#search-results *')
			.evaluateAll((all) => [...new Set(all.map((el) => el.tagName))]);
		expect(tags.sort()).toEqual(['A', 'BDI', 'CODE', 'LI', 'MARK', 'SPAN']);

		await page.keyboard.press('Control+k');
		await dialogInput(page).fill('ENT_MESSAGE');
		await expect(hits(page).first().locator('.errdex-hit-message')).toHaveText(
			"<script>alert('entity')</script> stays text",
		);
		await expect(dialog(page).locator('script')).toHaveCount(0);
		expect(alerts).toEqual([]);
	});
});

/** The examples, as a reader would type them: each with the page links expected on top. */
// `404` is checked above, code by code.
const examples: { query: string; top: number; expect: string[] }[] = [
	{ query: '20003', top: 1, expect: ['/pluralkit/20003/'] },
	{
		query: '2000',
		top: 3,
		expect: ['/pluralkit/20001/', '/pluralkit/20002/', '/pluralkit/20003/'],
	},
	{ query: 'membr not fund', top: 3, expect: ['/pluralkit/20002/', '/pluralkit/20003/'] },
	{ query: "Member 'Ab3xZ' not found.", top: 1, expect: ['/pluralkit/20003/'] },
	{
		query: '{"code": 20003, "message": "Member \'x\' not found."}',
		top: 1,
		expect: ['/pluralkit/20003/'],
	},
	{ query: 'Under Maintenance', top: 1, expect: ['/ffxiv-companion/100000/'] },
	{
		query: 'session expired',
		top: 3,
		expect: ['/ffxiv-companion/111001/', '/ffxiv-companion/311007/'],
	},
	{ query: 'banned', top: 1, expect: ['/ffxiv-companion/210010/'] },
];

test('every ranking example of the search lands where a reader expects', async ({ page }) => {
	for (const example of examples) {
		await page.goto(`/search/?q=${encodeURIComponent(example.query)}`);
		const links = page.locator('#search-results > li > a');
		await expect(links.first()).toBeVisible();
		const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')));
		expect(hrefs.slice(0, example.top), example.query).toEqual(
			expect.arrayContaining(example.expect),
		);
	}
});
