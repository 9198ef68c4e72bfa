// @ts-check
// Lighthouse scores of a served build: home, a code page, /codes/ and /search/, written into the
// README between <!-- lighthouse --> and <!-- /lighthouse -->.
// Usage: npm run build && npm run preview (in another shell), then
//   npm run lighthouse            (ERRDEX_URL=http://localhost:4321 by default)
import { readFile, writeFile } from 'node:fs/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from './browser.mjs';

const base = process.env.ERRDEX_URL ?? 'http://localhost:4321';
const categories = /** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo']);
const readme = new URL('../README.md', import.meta.url);

/** @type {{ entries: { url: string }[] }} */
const catalog = await fetch(new URL('/errors.json', base)).then(
	(response) => response.json(),
	() => {
		console.error(
			`lighthouse: nothing is served at ${base}. Run \`npm run build && npm run preview\`, or set ERRDEX_URL.`,
		);
		process.exit(1);
	},
);
// A code page with every kind of content: the first one that has several variants, else the first.
const urls = catalog.entries.map((entry) => entry.url);
const codePage = urls.find((url, i) => urls.indexOf(url) !== i) ?? urls[0] ?? '/';
const pages = [
	{ name: 'home', path: '/' },
	{ name: 'code page', path: codePage },
	{ name: 'all codes', path: '/codes/' },
	{ name: 'search', path: '/search/?q=not+found' },
];

const { executablePath } = findChromium();
const chrome = await chromeLauncher.launch({
	...(executablePath && { chromePath: executablePath }),
	// Chromium refuses its sandbox as root, as in CI containers.
	chromeFlags: ['--headless=new', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
});
/** @type {string[][]} */
const rows = [];
let version = '';
try {
	for (const { name, path } of pages) {
		const result = await lighthouse(new URL(path, base).href, {
			port: chrome.port,
			onlyCategories: [...categories],
			logLevel: 'error',
		});
		if (!result) throw new Error(`lighthouse: no result for ${path}`);
		const { lhr } = result;
		version = lhr.lighthouseVersion;
		const scores = categories.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100));
		rows.push([name, `\`${path}\``, ...scores.map(String)]);
		// What cost points, so that a score below 100 can be acted on.
		for (const id of categories) {
			for (const ref of lhr.categories[id]?.auditRefs ?? []) {
				const audit = lhr.audits[ref.id];
				if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
					console.log(`  ${path} ${id}: ${audit.title} (${audit.displayValue ?? audit.score})`);
			}
		}
	}
} finally {
	chrome.kill();
}

const table = [
	'| page | path | performance | accessibility | best practices | SEO |',
	'| --- | --- | --- | --- | --- | --- |',
	...rows.map((row) => `| ${row.join(' | ')} |`),
].join('\n');
console.log(table);
const text = await readFile(readme, 'utf8');
const marked = /<!-- lighthouse -->[\s\S]*?<!-- \/lighthouse -->/;
if (!marked.test(text))
	throw new Error(
		'lighthouse: README.md has no <!-- lighthouse --> … <!-- /lighthouse --> section',
	);
const date = new Date().toISOString().slice(0, 10);
await writeFile(
	readme,
	text.replace(
		marked,
		`<!-- lighthouse -->\nLighthouse ${version}, mobile emulation, ${date}:\n\n${table}\n<!-- /lighthouse -->`,
	),
);
