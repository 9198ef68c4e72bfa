import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/browser.mjs';

const { executablePath } = findChromium();
const baseURL = 'http://localhost:4321';
/** The site built from tests/fixtures/site (`npm run build:fixtures`). */
export const fixturesURL = 'http://localhost:4322';

export default defineConfig({
	testDir: 'tests/e2e',
	// Only `list`: the html reporter would try to open a browser when tests fail.
	reporter: 'list',
	retries: 0,
	workers: 2,
	timeout: 30_000,
	use: { baseURL },
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
	// The second site is built from tests/fixtures/site, for what the seeds do not contain.
	webServer: [
		{ command: 'npm run preview', url: baseURL, reuseExistingServer: !process.env['CI'] },
		{
			command: 'npm run preview:fixtures',
			url: fixturesURL,
			reuseExistingServer: !process.env['CI'],
		},
	],
});
