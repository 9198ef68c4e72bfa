/**
 * Permalinks that never die. `npm run build:history` builds tests/fixtures/history/before, then
 * tests/fixtures/history/after with the first build's history: E1002 removed, E1003 renamed to
 * E1013, E1004 reworded, E1006 added. Every address the first build published (code pages,
 * short links, source pages and their `#row` anchors) must still answer the second with what
 * became of it; the feed is Atom; the pages of gone codes are kept out of the sitemap.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import { builtSites, historyURL } from '../../playwright.config';
import { readAtom } from '../atom';

test.use({ baseURL: historyURL });

interface Exported {
	entries: {
		code: string;
		url: string;
		anchor: string;
		firstSeen: string | null;
		changed: string | null;
	}[];
}

const before = builtSites.historyBefore;
const exportedBefore = JSON.parse(readFileSync(join(before, 'errors.json'), 'utf8')) as Exported;
/** Every page the first build wrote, as a path of the site. */
const pagesBefore = readdirSync(before, { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('index.html'))
	.map(
		(file) =>
			`/${relative('.', file)
				.split(sep)
				.join('/')
				.replace(/index\.html$/, '')}`,
	);
/** What each old code became: itself, or the code it was renamed to. */
const became: Record<string, string> = { E1003: 'E1013' };
const gone = new Set(['E1002']);

async function heading(page: Page) {
	return (await page.locator('h1').textContent())?.trim();
}

test('the first build published code pages, short links, source pages and rows', () => {
	expect(pagesBefore).toEqual(expect.arrayContaining(['/acme/e1002/', '/e/e1003/', '/acme/']));
	expect(exportedBefore.entries.map((entry) => entry.code)).toEqual(
		expect.arrayContaining(['E1002', 'E1003', 'E1004']),
	);
});

test('every code page and short link of the first build answers with what became of its code', async ({
	page,
}) => {
	for (const entry of exportedBefore.entries) {
		for (const path of [entry.url, `/e/${entry.url.split('/').at(-2)}/`]) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(200);
			await page.waitForLoadState('load');
			const code = became[entry.code] ?? entry.code;
			expect(await heading(page), path).toBe(code);
			if (gone.has(entry.code))
				await expect(page.locator('.errdex-gone')).toContainText(
					`${entry.code} was removed from Acme API errors on`,
				);
			if (became[entry.code]) {
				await expect(page).toHaveURL(/\/acme\/e1013\/$/);
				await expect(page.locator('.errdex-history')).toContainText('Renamed from E1003');
			}
		}
	}
});

test('every other page of the first build still answers', async ({ request }) => {
	for (const path of pagesBefore) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
	}
});

test('every #row anchor of the first build lands on its row, or on what became of it', async ({
	page,
}) => {
	for (const entry of exportedBefore.entries) {
		await page.goto(entry.anchor);
		const id = decodeURIComponent(entry.anchor.split('#')[1]!);
		const row = page.locator(`[id="${id}"]`);
		await expect(row, entry.anchor).toHaveCount(1);
		await expect(row, entry.anchor).toContainText(became[entry.code] ?? entry.code);
		if (gone.has(entry.code)) await expect(row).toContainText('removed on');
		if (became[entry.code]) await expect(row).toContainText(`renamed to ${became[entry.code]}`);
	}
});

test('a removed code keeps its row as it was, and is not for search engines', async ({ page }) => {
	await page.goto('/acme/e1002/');
	await expect(page.locator('.errdex-lead')).toHaveText('The access token has expired.');
	await expect(page.locator('.errdex-facts')).toContainText('401 Unauthorized');
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	await page.getByRole('link', { name: 'What changed in Acme API errors' }).click();
	await expect(page).toHaveURL(/\/changes\/source\/acme\/#build-0$/);
	await expect(page.locator('li[data-kind="removed"]')).toContainText('E1002');
});

test('/changes/ lists the build newest first, and filters by source without JavaScript', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL: historyURL });
	const page = await context.newPage();
	await page.goto('/changes/');
	const kinds = await page
		.locator('.errdex-changes li')
		.evaluateAll((items) =>
			items.map(
				(item) => `${item.getAttribute('data-kind')} ${item.querySelector('code')?.textContent}`,
			),
		);
	expect(kinds.sort()).toEqual(['added E1006', 'removed E1002', 'renamed E1003', 'reworded E1004']);
	await expect(page.locator('li[data-kind="reworded"]')).toContainText('The member was not found.');
	await expect(page.locator('li[data-kind="reworded"]')).toContainText('No member has this id.');
	await page.getByRole('link', { name: 'Acme API errors (4)' }).click();
	await expect(page).toHaveURL(/\/changes\/source\/acme\/$/);
	await expect(page.locator('.errdex-changes li')).toHaveCount(4);
	await context.close();
});

test('/errors.json says when each code was first seen and last changed, where known', async ({
	request,
}) => {
	const exported = (await (await request.get('/errors.json')).json()) as Exported;
	const of = (code: string) => exported.entries.find((entry) => entry.code === code)!;
	expect(of('E1006').firstSeen).toMatch(/^\d{4}-\d{2}-\d{2}T/);
	expect(of('E1004')).toMatchObject({ firstSeen: null, changed: expect.stringMatching(/^\d{4}-/) });
	expect(of('E1001')).toMatchObject({ firstSeen: null, changed: null });
});

test('the feed is Atom, an entry for the build', async ({ request }) => {
	const response = await request.get('/changes.xml');
	const { problems, entries } = readAtom(await response.text());
	expect(problems).toEqual([]);
	expect(entries).toHaveLength(1);
	expect(entries[0]!.title).toBe('Acme API errors: 1 added, 1 removed, 1 renamed, and 1 reworded');
	expect(entries[0]!.content).toContain('<code dir="ltr">E1002</code>');
});

test('the pages of removed and renamed codes are not in the sitemap', async ({ request }) => {
	const tree = fromXml(await (await request.get('/sitemap-0.xml')).text());
	const locs: string[] = [];
	const visit = (node: { type: string; children?: unknown[] }) => {
		const element = node as Element;
		if (element.type === 'element' && element.name === 'loc')
			locs.push(element.children.map((child) => ('value' in child ? child.value : '')).join(''));
		for (const child of element.children ?? []) visit(child as Element);
	};
	visit(tree);
	const paths = locs.map((loc) => new URL(loc).pathname);
	expect(paths).toEqual(expect.arrayContaining(['/acme/e1013/', '/acme/e1004/', '/changes/']));
	expect(paths).not.toContain('/acme/e1002/');
	expect(paths).not.toContain('/acme/e1003/');
});
