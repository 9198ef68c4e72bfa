/**
 * errdex as npm would publish it: a fresh Starlight site outside this repository, with its own
 * package.json, that installed the package `npm pack` makes, type-checked its configuration
 * against errdex's types and built (`npm run build:packed-site`, scripts/packed-site.mjs). Its
 * pages, errdex's under `prefix: 'errors'`, are served from `/docs/`.
 */
import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify, stripVTControlCharacters } from 'node:util';
import { packedSiteBase as base, packedSiteURL } from '../../playwright.config';
import { astroCommand, buildLog, packedSite } from '../../scripts/packed-site.mjs';
import { crawl, errdexJson } from './crawl';

test.use({ baseURL: packedSiteURL });

const errors = `${base}errors/`;

test('every link of the site leads somewhere inside /docs/, errdex’s pages under the prefix', async ({
	request,
}) => {
	const { problems, pages } = await crawl(request, {
		origin: packedSiteURL,
		basePath: base,
		json: errdexJson(errors),
	});
	expect(problems).toEqual([]);
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
	await expect(
		sidebar.getByRole('link', { name: 'Billing API errors', includeHidden: true }),
	).toHaveAttribute('href', `${errors}billing/`);
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
