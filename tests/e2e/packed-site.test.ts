/**
 * errdex as npm would publish it: a fresh Starlight site outside this repository, with its own
 * package.json, that installed the package `npm pack` makes, type-checked its configuration
 * against errdex's types and built (`npm run build:packed-site`, scripts/packed-site.mjs). Its
 * pages, errdex's under `prefix: 'errors'`, are served from `/docs/`.
 */
import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { packedSiteBase as base, packedSiteURL } from '../../playwright.config';
import { astroCommand, buildLog, packedSite } from '../../scripts/packed-site.mjs';
import { crawlErrdexSite } from './crawl';

test.use({ baseURL: packedSiteURL });

const errors = `${base}errors/`;

test('every link of the site leads somewhere inside /docs/, errdex’s pages under the prefix', async ({
	request,
}) => {
	const pages = await crawlErrdexSite(request, {
		origin: packedSiteURL,
		basePath: base,
		errdexRoot: errors,
	});
	expect(pages).toEqual(
		expect.arrayContaining([
			base,
			`${base}guides/getting-started/`,
			errors,
			`${errors}billing/`,
			`${errors}billing/card-declined/`,
			`${errors}payments/payment-timeout/`,
			`${errors}e/card-declined/`,
			`${errors}codes/`,
			`${errors}search/`,
		]),
	);
});

test('a code page, its short link and the site’s own page work together', async ({ page }) => {
	await page.goto(`${errors}e/rate-limited/`);
	await expect(page).toHaveURL(new RegExp(`${errors}billing/rate-limited/$`));
	await expect(page.locator('h1')).toHaveText('rate_limited');
	const sidebar = page.locator('#starlight__sidebar');
	await expect(sidebar.getByRole('link', { name: 'Getting started' })).toHaveAttribute(
		'href',
		`${base}guides/getting-started/`,
	);
	// The group of the page's source, titled as the site's errdex options say, is open.
	const group = sidebar.locator('details', { hasText: 'Billing API errors' });
	await expect(group.getByRole('link', { name: /^Whole document/ })).toHaveAttribute(
		'href',
		`${errors}billing/`,
	);
});

test('settings for a document the folder no longer has are a warning in the build report', () => {
	const report = readFileSync(buildLog, 'utf8');
	expect(report).toContain(
		'[WARN] [errdex] errdex option `sources[1].file`: there is no legacy.md in errors/ (it has billing.md, payments.md), so these settings are not used.',
	);
	expect(report).toContain('[errdex] 2 documents, 5 entries, 5 code pages');
	expect(report).toContain('[build] Complete!');
});

test('a strict build stops at that warning, with errdex’s hint rather than a guess of Astro’s', async () => {
	test.setTimeout(120_000);
	const [node, astro] = astroCommand;
	const failed = await promisify(execFile)(node, [astro, 'build'], {
		cwd: packedSite,
		env: { ...process.env, ERRDEX_STRICT: '1' },
	}).then(
		() => null,
		(error: { code: number; stdout: string; stderr: string }) => error,
	);
	expect(failed?.code).toBe(1);
	const output = stripVTControlCharacters(`${failed?.stdout}${failed?.stderr}`);
	expect(output).toContain(
		'errdex (strict): errdex option `sources[1].file`: there is no legacy.md in errors/',
	);
	expect(output).toMatch(/Hint:\s+errdex builds strictly/);
	expect(output).not.toContain('Browser APIs');
});

test('the same site with every document gone builds, warns, and its home page says how to add one', async () => {
	test.setTimeout(180_000);
	const site = mkdtempSync(join(tmpdir(), 'errdex-emptied-'));
	try {
		for (const part of ['astro.config.mjs', 'package.json', 'src', 'public'])
			cpSync(join(packedSite, part), join(site, part), { recursive: true });
		mkdirSync(join(site, 'errors'));
		symlinkSync(join(packedSite, 'node_modules'), join(site, 'node_modules'));
		const [node, astro] = astroCommand;
		const { stdout } = await promisify(execFile)(node, [astro, 'build'], { cwd: site });
		const report = stripVTControlCharacters(stdout);
		expect(report).toContain(
			'errdex: errors/ has no Markdown documents yet, so the site has none to show.',
		);
		expect(report).toContain('[errdex] 0 documents, 0 entries, 0 code pages');
		const home = readFileSync(join(site, 'dist/errors/index.html'), 'utf8');
		expect(home).toMatch(
			/No documents yet\. Copy a Markdown document with an error table into\s+<code>errors\/<\/code>/,
		);
	} finally {
		rmSync(site, { recursive: true, force: true });
	}
});
