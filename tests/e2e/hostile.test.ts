import { expect, test, type Page } from '@playwright/test';
import { hostileURL } from '../../playwright.config';

// Built from tests/fixtures/hostile: scripts, handlers, javascript: links and entities in every
// kind of cell and in titles, path-like and colliding codes (`npm run build:hostile`).
test.use({ baseURL: hostileURL });

interface Exported {
	sources: { id: string; url: string; entries: number }[];
	entries: { source: string; code: string; url: string }[];
}

/** Everything a page did that a document could have made it do. */
function watch(page: Page) {
	const seen = { dialogs: [] as string[], errors: [] as string[], foreign: [] as string[] };
	const origin = new URL(hostileURL).origin;
	page.on('dialog', (dialog) => {
		seen.dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	page.on('pageerror', (error) => seen.errors.push(error.message));
	page.on('console', (message) => {
		// The documents' `<img src=x>` are meant to fail to load: that is when `onerror` would run.
		if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
			seen.errors.push(message.text());
	});
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.origin !== origin && url.protocol !== 'data:') seen.foreign.push(request.url());
	});
	return seen;
}

/** Attributes that run script, and script URLs, anywhere in the live DOM. */
const scriptables = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll('*')].flatMap((element) =>
			[...element.attributes]
				.filter(
					(a) =>
						/^on/i.test(a.name) ||
						(/^(?:href|src|action)$/.test(a.name) && /^\s*(?:javascript|vbscript):/i.test(a.value)),
				)
				.map((a) => `${element.tagName.toLowerCase()}[${a.name}=${a.value}]`),
		),
	);

test('no page of the hostile site runs a script from a document, logs an error or calls another origin', async ({
	page,
	request,
}) => {
	test.setTimeout(120_000);
	const data = (await (await request.get('/errors.json')).json()) as Exported;
	const firstCodePage = (source: string) => data.entries.find((e) => e.source === source)?.url;
	const paths = [
		'/',
		'/search/?q=alert',
		'/search/?q=script',
		'/no-such-page/',
		...data.sources.flatMap((s) =>
			[s.url, firstCodePage(s.id)].filter((p): p is string => p !== undefined),
		),
		// The code pages whose cells held scripts, handlers and script URLs.
		...data.entries.filter((e) => /^(?:SCRIPT|IMG|JS_LINK|ENT)_/.test(e.code)).map((e) => e.url),
	];
	const seen = watch(page);
	for (const path of new Set(paths)) {
		await page.goto(path);
		expect(await scriptables(page), path).toEqual([]);
	}
	expect(seen.dialogs).toEqual([]);
	expect(seen.errors).toEqual([]);
	expect(seen.foreign).toEqual([]);
});

test('a script written in a document reads as text where the reader sees it', async ({ page }) => {
	const seen = watch(page);
	await page.goto('/script-tags/script-as-text/');
	await expect(page.locator('.errdex-lead')).toHaveText(
		"Write <script>alert('literal')</script> to see it",
	);
	await page.goto('/script-tags/');
	await expect(page.locator('h1')).toHaveText(
		"Script tags </title><script>alert('title')</script> everywhere",
	);
	expect(await page.title()).toBe(
		"Script tags </title><script>alert('title')</script> everywhere | errdex",
	);
	await page.goto('/html-entities/ent-message/');
	await expect(page.locator('.errdex-lead')).toHaveText(
		"<script>alert('entity')</script> stays text",
	);
	expect(seen.dialogs).toEqual([]);
});

test('the search dialog lists hostile entries without running them', async ({ page }) => {
	const seen = watch(page);
	await page.goto('/');
	await page.keyboard.press('Control+k');
	const dialog = page.getByRole('dialog', { name: 'Search' });
	await expect(dialog).toBeVisible();
	await page.keyboard.type('literal script');
	await expect(dialog.locator('#site-search-results > li').first()).toBeVisible();
	await expect(dialog.locator('#site-search-results')).toContainText('SCRIPT_AS_TEXT');
	expect(await scriptables(page)).toEqual([]);
	expect(seen.dialogs).toEqual([]);
	expect(seen.errors).toEqual([]);
});

test('every row of every document has its page, and paths that looked like escapes are plain folders', async ({
	page,
	request,
}) => {
	const data = (await (await request.get('/errors.json')).json()) as Exported;
	expect(data.entries).toHaveLength(data.sources.reduce((n, s) => n + s.entries, 0));
	await page.goto('/tmp-errdex-escape/etc-passwd/');
	await expect(page.locator('h1')).toHaveText('../../etc/passwd');
	await page.goto('/windows-device-codes/con-code/');
	await expect(page.locator('h1')).toHaveText('CON');
	await page.goto('/colliding-slugs/e1-2/');
	await expect(page.locator('.errdex-variant h2')).toHaveText(['HTTP 400', 'HTTP 404']);
	// The page's own "same status" section and the code named like it are two elements.
	await page.goto('/colliding-slugs/errdex-same-status-2/');
	await expect(page.locator('[id="errdex-same-status"]')).toHaveCount(1);
});

test('on a phone no page scrolls sideways, even for a code of 300 letters or a long title', async ({
	page,
	request,
}) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 390, height: 800 });
	const data = (await (await request.get('/errors.json')).json()) as Exported;
	const long = data.sources.find((s) => s.id === 'long-code-300-chars');
	expect(long).toBeDefined();
	const paths = [
		'/',
		'/codes/',
		...data.sources.map((s) => s.url),
		...data.entries.filter((e) => e.source === long?.id).map((e) => e.url),
	];
	for (const path of paths) {
		await page.goto(path);
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width, path).toBeLessThanOrEqual(390);
	}
});
