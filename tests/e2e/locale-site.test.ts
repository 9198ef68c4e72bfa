/**
 * errdex in a site that speaks another language (tests/fixtures/locale-site): Persian, written
 * right to left, is the default locale, English the other. errdex's pages speak Persian and lay
 * out right to left; what documents wrote keeps its own direction, and codes read left to
 * right; the search dialog speaks the language of the page it is on. The site has a history
 * (`-8` renamed to `-9`, `-14` removed, `-12` reworded, old-gateway.md removed whole), so the
 * pages of gone codes, `/changes/` and its feed are checked too.
 */
import { expect, test, type Locator } from '@playwright/test';
import { fixturesURL, localeSiteURL } from '../../playwright.config';
import { crawl, errdexJson } from './crawl';

test.use({ baseURL: localeSiteURL });

const errors = '/errors/';

/**
 * Words in Latin letters that are Persian text too: a protocol's name, a feed format's (in
 * "خوراک Atom"), and errdex's own.
 */
const NAMES = new Set(['HTTP', 'Atom', 'errdex']);

/** Every word the site's documents wrote (their titles, codes, messages and other columns). */
let documentWords: Set<string>;
test.beforeAll(async ({ request }) => {
	const strings: string[] = [];
	const collect = (value: unknown): void => {
		if (typeof value === 'string') strings.push(value);
		else if (value && typeof value === 'object') Object.values(value).forEach(collect);
	};
	collect(await (await request.get(`${localeSiteURL}${errors}errors.json`)).json());
	documentWords = new Set(strings.flatMap((text) => text.match(/[A-Za-z]{2,}/g) ?? []));
});

/**
 * The words in Latin letters that errdex writes itself in `scope`: its text, and what it tells
 * screen readers. What documents wrote is not errdex's: elements that hold it are marked to read
 * in their own direction (or are codes, paths and key caps, or declare their own language, as
 * HTTP's reason phrases do); in a title or an attribute, which cannot be marked, the words of
 * the documents are left out.
 */
async function latinWords(scope: Locator): Promise<string[]> {
	const { marked, unmarked } = await scope.evaluate((root) => {
		const data =
			'code, kbd, pre, var, bdi, [dir="auto"], [dir="ltr"], [lang]:not([lang="fa"]), .errdex-document, script, style';
		const words = (text: string | null | undefined) => text?.match(/[A-Za-z]{2,}/g) ?? [];
		const found = { marked: [] as string[], unmarked: [] as string[] };
		const visit = (node: Node) => {
			if (node.nodeType === Node.TEXT_NODE) {
				found.marked.push(...words(node.textContent));
				return;
			}
			if (!(node instanceof Element) || node.matches(data)) return;
			for (const name of ['aria-label', 'title', 'placeholder', 'alt'])
				found.unmarked.push(...words(node.getAttribute(name)));
			if (node.matches('h1')) found.unmarked.push(...words(node.textContent));
			else node.childNodes.forEach(visit);
		};
		visit(root);
		return found;
	});
	return [...marked, ...unmarked.filter((word) => !documentWords.has(word))].filter(
		(word) => !NAMES.has(word),
	);
}

/** Whether a code is drawn as it is written, each character right of the one before (`-9`). */
async function drawnLeftToRight(code: Locator): Promise<boolean> {
	return code.evaluate((element) => {
		const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
		const xs: number[] = [];
		for (let text = walker.nextNode(); text; text = walker.nextNode()) {
			for (let i = 0; i < text.textContent!.length; i++) {
				const range = document.createRange();
				range.setStart(text, i);
				range.setEnd(text, i + 1);
				xs.push(range.getBoundingClientRect().x);
			}
		}
		return xs.length > 1 && xs.every((x, i) => i === 0 || xs[i - 1]! < x);
	});
}

const pages = {
	home: errors,
	source: `${errors}arman-pay/`,
	'code page': `${errors}arman-pay/minus-9/`,
	'code page of an English document': `${errors}acme-billing/card-declined/`,
	'all codes': `${errors}codes/`,
	search: `${errors}search/?q=-9`,
	'short link to choose from': `${errors}e/card-declined/`,
	'missing page': `${errors}arman-pay/-13/`,
	'removed code': `${errors}arman-pay/minus-14/`,
	'removed document': `${errors}old-gateway/`,
	changes: `${errors}changes/`,
	"a source's changes": `${errors}changes/source/arman-pay/`,
};

for (const [name, path] of Object.entries(pages)) {
	test(`${name}: in Persian, right to left, with no English of errdex's own`, async ({ page }) => {
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		// What the browser writes (results, counts, suggestions) has been written.
		if (name === 'search') await expect(page.locator('#search-results > li').first()).toBeVisible();
		if (name === 'missing page') await expect(page.locator('#errdex-suggestions')).toBeVisible();
		expect(await latinWords(page.locator('main'))).toEqual([]);
	});
}

test('the sidebar’s errdex group and the search dialog speak Persian', async ({ page }) => {
	await page.goto(`${errors}arman-pay/minus-9/`);
	const sidebar = page.locator('#starlight__sidebar');
	for (const label of ['کدهای خطا', 'همهٔ منبع‌ها', 'همهٔ کدها', 'جستجو', 'کل سند'])
		await expect(sidebar.getByText(label, { exact: true }).first()).toBeVisible();

	await page.keyboard.press('Control+k');
	const dialog = page.getByRole('dialog');
	await dialog.locator('input').fill('-9');
	await expect(dialog.locator('#site-search-results > li').first()).toBeVisible();
	await expect(dialog.locator('[data-search-status]')).toHaveText(/^[۰-۹]+ نتیجه$/);
	expect(await latinWords(dialog)).toEqual([]);
	expect(await drawnLeftToRight(dialog.locator('.errdex-hit-code').first())).toBe(true);
});

test('codes read left to right on a page written right to left', async ({ page }) => {
	await page.goto(`${errors}arman-pay/minus-9/`);
	await expect(page.locator('h1')).toHaveText('-9');
	expect(await drawnLeftToRight(page.locator('h1'))).toBe(true);
	expect(await drawnLeftToRight(page.locator('.errdex-next code'))).toBe(true);

	await page.goto(`${errors}arman-pay/`);
	const row = page.locator('#minus-10');
	expect(await drawnLeftToRight(row.locator('code').first())).toBe(true);
	// A code named in a sentence of the document, too.
	expect(await drawnLeftToRight(page.locator('#e0001 td code').last())).toBe(true);
});

test('an English message on a Persian page reads left to right, set where the page starts', async ({
	page,
}) => {
	await page.goto(`${errors}acme-billing/card-declined/`);
	const message = page.locator('.errdex-lead');
	await expect(message).toHaveCSS('direction', 'ltr');
	await expect(message).toHaveCSS('text-align', 'right');
	await expect(page.locator('.errdex-facts dt').first()).toHaveCSS('direction', 'rtl');
});

test('a Persian message on an English page reads right to left', async ({ page }) => {
	await page.goto(`${fixturesURL}/arman-pay/minus-9/`);
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
	await expect(page.locator('.errdex-lead')).toHaveCSS('direction', 'rtl');
	expect(await drawnLeftToRight(page.locator('h1'))).toBe(true);
	// The document itself reads right to left, its codes left to right.
	await page.goto(`${fixturesURL}/arman-pay/`);
	await expect(page.locator('.errdex-document')).toHaveCSS('direction', 'rtl');
	expect(await drawnLeftToRight(page.locator('#minus-9 code').first())).toBe(true);
});

test('counts and filters speak Persian in the browser too', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(`${errors}codes/`);
	const rows = await page.locator('#codes tbody tr').count();
	await page.locator('#codes-q').fill('بانک');
	// Two codes of the Persian document name the bank; numbers in Persian digits.
	await expect(page.locator('#codes-count')).toHaveText(
		`۲ از ${new Intl.NumberFormat('fa').format(rows)} کد`,
	);

	await page.goto(`${errors}arman-pay/minus-9/`);
	const copy = page.getByRole('button', { name: 'کپی کد' });
	await copy.click();
	await expect(copy.locator('..').getByRole('status')).toHaveText('کپی شد');
});

test('a search whose index cannot be loaded says so in Persian, the reason in its own direction', async ({
	page,
}) => {
	await page.route('**/search-index.json', (route) => route.fulfill({ status: 500, body: 'x' }));
	await page.goto(`${errors}search/`);
	await page.locator('#search-page-input').fill('-9');
	const status = page.locator('[data-search-view]:has(#search-results) [data-search-status]');
	await expect(status).toHaveText(
		'جستجو در دسترس نیست: \u2068/errors/search-index.json: HTTP 500\u2069. برای تلاش مجدد، دوباره تایپ کنید.',
	);
	await expect(status).toHaveCSS('direction', 'rtl');
});

test('a short link that leads to one page says so in Persian, right to left', async ({
	request,
}) => {
	const html = await (await request.get(`${errors}e/minus-9/`)).text();
	expect(html).toContain('<html lang="fa" dir="rtl">');
	expect(html).toContain('این پیوند کوتاه به <a href="/errors/arman-pay/minus-9/"');
	expect(html).not.toMatch(/This short link/);
});

test('a removed code’s page says when it went, in the Persian calendar, its code left to right', async ({
	page,
}) => {
	await page.goto(`${errors}arman-pay/minus-14/`);
	const note = page.locator('.errdex-gone');
	await expect(note).toContainText('حذف‌شده');
	await expect(note.locator('time')).toHaveText('۱۰ اسفند ۱۴۰۴');
	await expect(note.locator('time')).toHaveAttribute('datetime', '2026-03-01');
	expect(await drawnLeftToRight(note.locator('code').first())).toBe(true);
	// Its row on the source page says the same.
	await page.goto(`${errors}arman-pay/#minus-14`);
	await expect(page.locator('#minus-14')).toContainText('۱۰ اسفند ۱۴۰۴ حذف شد');
});

test('a renamed code’s page, its short link and the feed speak Persian', async ({ request }) => {
	const renamed = await (await request.get(`${errors}arman-pay/minus-8/`)).text();
	expect(renamed).toContain('<html lang="fa" dir="rtl"');
	expect(renamed).toMatch(/نام <code[^>]*>-8<\/code> در <time[^>]*>۱۰ اسفند ۱۴۰۴<\/time>/);
	// In the page's text: a class name may say `renamed`.
	expect(renamed).not.toMatch(/>[^<]*(?:renamed|Go to)/);

	const short = await (await request.get(`${errors}e/minus-14/`)).text();
	expect(short).toContain('در ۱۰ اسفند ۱۴۰۴ حذف شد.');
	expect(short).not.toMatch(/Removed on/);

	const feed = await (await request.get(`${errors}changes.xml`)).text();
	expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fa">');
	expect(feed).toContain('<title>مستندات آکمه: تغییرات کدهای خطا</title>');
	expect(feed).not.toMatch(/changes to the error codes|reworded|removed|renamed/);
});

test('on /changes/, a rename’s arrow points on from the old code to the new, right to left', async ({
	page,
}) => {
	await page.goto(`${errors}changes/`);
	const rename = page.locator('li[data-kind="renamed"]');
	const [from, to] = await Promise.all(
		['-8', '-9'].map((code) =>
			rename.locator('code', { hasText: new RegExp(`^${code}$`) }).boundingBox(),
		),
	);
	// Read right to left: the old code on the right, the new one on its left.
	expect(from!.x).toBeGreaterThan(to!.x);
	await expect(rename).toContainText('←');
});

test('on an English page of the site, the search dialog speaks English', async ({ page }) => {
	await page.goto('/en/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.keyboard.press('Control+k');
	const dialog = page.getByRole('dialog');
	await expect(dialog.getByRole('link', { name: 'Open the search page' })).toBeVisible();
	await dialog.locator('input').fill('E0001');
	await expect(dialog.locator('[data-search-status]')).toHaveText(/^\d+ results?$/);
});

test('the language menu’s English address of an errdex page leads to the page', async ({
	page,
}) => {
	await page.goto(`/en${errors}arman-pay/minus-9/`);
	await expect(page).toHaveURL(new RegExp(`^${localeSiteURL}${errors}arman-pay/minus-9/$`));
	await expect(page.locator('h1')).toHaveText('-9');
});

test('every link of the site leads somewhere inside it', async ({ request }) => {
	const { problems, pages: found } = await crawl(request, {
		origin: localeSiteURL,
		basePath: '/',
		json: errdexJson(errors),
	});
	expect(problems).toEqual([]);
	expect(found).toEqual(
		expect.arrayContaining(['/', '/en/', errors, `${errors}arman-pay/minus-9/`]),
	);
});
