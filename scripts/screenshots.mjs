// @ts-check
// Screenshots of the built site in light and dark, narrow and wide, for a person to look at.
// Usage: npm run preview (in another shell), then
//   node scripts/screenshots.mjs [path …]   (default: home, a source page, a code page)
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './browser.mjs';

const base = process.env.ERRDEX_URL ?? 'http://localhost:4321';
const pages = process.argv.slice(2);
const targets = pages.length ? pages : ['/', '/pluralkit/', '/pluralkit/0/', '/pluralkit/#20003'];
const out = 'screenshots';
mkdirSync(out, { recursive: true });

const { executablePath } = findChromium();
const browser = await chromium.launch({
	...(executablePath && { executablePath }),
	args: chromiumArgs(),
});
for (const theme of /** @type {const} */ (['light', 'dark'])) {
	for (const width of [390, 1280]) {
		const context = await browser.newContext({
			viewport: { width, height: 900 },
			colorScheme: theme,
		});
		// Starlight keeps the chosen theme in localStorage; setting it shows the page as a reader
		// who picked that theme sees it.
		await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
		const page = await context.newPage();
		for (const target of targets) {
			await page.goto(new URL(target, base).href, { waitUntil: 'networkidle' });
			const name = target.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
			const file = `${out}/${name}-${theme}-${width}.png`;
			await page.screenshot({ path: file, fullPage: true });
			console.log(file);
		}
		await context.close();
	}
}
await browser.close();
