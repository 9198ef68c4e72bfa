import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/browser.mjs';
import { astroCommand, packedSite } from './scripts/packed-site.mjs';

const { executablePath } = findChromium();
// Ports and build folders can be moved, so that several people (or CI jobs) can run the browser
// tests side by side on one machine.
const port = Number(process.env['ERRDEX_E2E_PORT'] ?? 4321);
const outDir = process.env['ERRDEX_OUT_DIR'] ?? 'dist';
const fixturesOutDir = process.env['ERRDEX_FIXTURES_OUT_DIR'] ?? 'dist-fixtures';
const hostileOutDir = process.env['ERRDEX_HOSTILE_OUT_DIR'] ?? 'dist-hostile';
const baseOutDir = process.env['ERRDEX_BASE_OUT_DIR'] ?? 'dist-base';
const pluginOutDir = process.env['ERRDEX_PLUGIN_OUT_DIR'] ?? 'dist-plugin';
const largeOutDir = process.env['ERRDEX_LARGE_OUT_DIR'] ?? 'dist-large';
const localeOutDir = process.env['ERRDEX_LOCALE_OUT_DIR'] ?? 'dist-locale';
const historyOutDir = process.env['ERRDEX_HISTORY_OUT_DIR'] ?? 'dist-history';
const pathologicalOutDir = process.env['ERRDEX_PATHOLOGICAL_OUT_DIR'] ?? 'dist-pathological';
/** The built folders, for the checks that read the files (tests/e2e/built-site.test.ts). */
export const builtSites = {
	main: outDir,
	fixtures: fixturesOutDir,
	hostile: hostileOutDir,
	hostileAgain: `${hostileOutDir}-again`,
	large: largeOutDir,
	/** The first build of `npm run build:history`, whose every address the second must answer. */
	historyBefore: `${historyOutDir}-before`,
	history: historyOutDir,
	pathological: pathologicalOutDir,
};
const mainURL = `http://localhost:${port}`;
/** The site built from tests/fixtures/site (`npm run build:fixtures`). */
export const fixturesURL = `http://localhost:${port + 1}`;
/** The site built from tests/fixtures/hostile (`npm run build:hostile`). */
export const hostileURL = `http://localhost:${port + 2}`;
/** The seeds site built for a sub-path (`npm run build:base`), and that sub-path. */
export const basePath = '/api-errors/';
export const baseURL = `http://localhost:${port + 3}`;
/**
 * tests/fixtures/plugin-site, a Starlight site with errdex as a plugin (`npm run
 * build:plugin-site`), served under its Astro `base`.
 */
export const pluginSiteURL = `http://localhost:${port + 4}`;
export const pluginSiteBase = '/docs/';
/**
 * The site built from tests/fixtures/large-site.ts (`npm run build:large`), large enough that a
 * source page and `/codes/` are cut into several pages.
 */
export const largeURL = `http://localhost:${port + 5}`;
/**
 * tests/fixtures/locale-site, a Starlight site in Persian (its default locale, right to left)
 * and English, with errdex as a plugin under `errors/` (`npm run build:locale-site`).
 */
export const localeSiteURL = `http://localhost:${port + 8}`;
/**
 * A fresh Starlight site, outside this repository, that installed errdex from the package `npm
 * pack` makes (`npm run build:packed-site`), served under its Astro `base`.
 */
export const packedSiteURL = `http://localhost:${port + 6}`;
export const packedSiteBase = '/docs/';
/**
 * The second build of `npm run build:history`: tests/fixtures/history/after, built with the
 * history of the first build (of tests/fixtures/history/before).
 */
export const historyURL = `http://localhost:${port + 7}`;
/**
 * The site built from issue 19's documents (`npm run build:pathological`, written by
 * tests/fixtures/pathological.ts): links out of the content folder, documents nested too deep,
 * a code of 1,000 rows, a 2 MB message.
 */
export const pathologicalURL = `http://localhost:${port + 9}`;

export default defineConfig({
	testDir: 'tests/e2e',
	// Only `list`: the html reporter would try to open a browser when tests fail.
	reporter: 'list',
	retries: 0,
	workers: 2,
	timeout: 30_000,
	use: { baseURL: mainURL },
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					// Spread, not `executablePath: undefined`: exactOptionalPropertyTypes rejects that,
					// and leaving it unset lets Playwright fall back to its own lookup.
					...(executablePath ? { executablePath } : {}),
					args: chromiumArgs(),
				},
			},
		},
	],
	// Serves the existing builds only; `npm test` builds both first so e2e never rebuilds.
	// The second site is built from tests/fixtures/site, for what the seeds do not contain; the
	// third from tests/fixtures/hostile (`npm run build:hostile`).
	// --ignore-lock: Astro allows one tracked preview server per project, and these are two.
	webServer: [
		{
			command: `ERRDEX_OUT_DIR=${outDir} astro preview --port ${port} --ignore-lock`,
			url: mainURL,
			reuseExistingServer: !process.env['CI'],
		},
		{
			command: `ERRDEX_OUT_DIR=${fixturesOutDir} astro preview --port ${port + 1} --ignore-lock`,
			url: fixturesURL,
			reuseExistingServer: !process.env['CI'],
		},
		{
			command: `ERRDEX_OUT_DIR=${hostileOutDir} astro preview --port ${port + 2} --ignore-lock`,
			url: hostileURL,
			reuseExistingServer: !process.env['CI'],
		},
		{
			command: `ERRDEX_BASE=${basePath} ERRDEX_OUT_DIR=${baseOutDir} astro preview --port ${port + 3} --ignore-lock`,
			url: `${baseURL}${basePath}`,
			reuseExistingServer: !process.env['CI'],
		},
		{
			command: `ERRDEX_OUT_DIR=${process.cwd()}/${pluginOutDir} astro preview --root tests/fixtures/plugin-site --port ${port + 4} --ignore-lock`,
			url: `${pluginSiteURL}${pluginSiteBase}`,
			reuseExistingServer: !process.env['CI'],
		},
		{
			command: `ERRDEX_OUT_DIR=${largeOutDir} astro preview --port ${port + 5} --ignore-lock`,
			url: largeURL,
			reuseExistingServer: !process.env['CI'],
		},
		{
			// The site's own Astro, as its team would run it.
			command: `${astroCommand.map((part) => JSON.stringify(part)).join(' ')} preview --root ${JSON.stringify(packedSite)} --port ${port + 6} --ignore-lock`,
			url: `${packedSiteURL}${packedSiteBase}`,
			reuseExistingServer: !process.env['CI'],
		},
		{
			command: `ERRDEX_OUT_DIR=${historyOutDir} astro preview --port ${port + 7} --ignore-lock`,
			url: historyURL,
			reuseExistingServer: !process.env['CI'],
		},
		{
			command: `ERRDEX_OUT_DIR=${process.cwd()}/${localeOutDir} astro preview --root tests/fixtures/locale-site --port ${port + 8} --ignore-lock`,
			url: `${localeSiteURL}/errors/`,
			reuseExistingServer: !process.env['CI'],
		},
		{
			command: `ERRDEX_OUT_DIR=${pathologicalOutDir} astro preview --port ${port + 9} --ignore-lock`,
			url: pathologicalURL,
			reuseExistingServer: !process.env['CI'],
		},
	],
});
