/**
 * Checks over the built folders themselves, read from disk: every internal link and fragment
 * resolves, every page is valid HTML, and two builds of the same content are byte-identical.
 *
 * They live with the browser tests, not with Vitest, because they need the builds: `npm test`
 * runs the unit tests before it builds, and the browser tests after. They start no browser.
 */
import { expect, test } from '@playwright/test';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtSites } from '../../playwright.config';

const sites = {
	main: builtSites.main,
	fixtures: builtSites.fixtures,
	hostile: builtSites.hostile,
	large: builtSites.large,
	history: builtSites.history,
	pathological: builtSites.pathological,
};

function files(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => statSync(join(dir, name)).isFile())
		.sort();
}

interface Page {
	ids: Set<string>;
	links: { attribute: string; value: string }[];
}

/** The ids of a page and the URLs it links to or loads. */
function readPage(html: string): Page {
	const ids = new Set<string>();
	const links: Page['links'] = [];
	const visit = (node: Root | RootContent) => {
		if (node.type === 'element') {
			const element = node as Element;
			if (typeof element.properties['id'] === 'string') ids.add(element.properties['id']);
			if (element.tagName === 'a' && typeof element.properties['name'] === 'string')
				ids.add(element.properties['name']);
			for (const attribute of ['href', 'src', 'action']) {
				const value = element.properties[attribute];
				if (typeof value === 'string')
					links.push({ attribute: `<${element.tagName} ${attribute}>`, value });
			}
		}
		if ('children' in node) for (const child of node.children) visit(child);
	};
	visit(fromHtml(html));
	return { ids, links };
}

/** The file a site path is served from, as `astro preview` and static hosts serve it. */
function fileOf(dir: string, pathname: string): string | null {
	const path = decodeURIComponent(pathname);
	const candidates = path.endsWith('/')
		? [join(dir, path, 'index.html')]
		: [join(dir, path), join(dir, path, 'index.html')];
	return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}

for (const [name, dir] of Object.entries(sites)) {
	test(`${name} site: every internal href, src and #fragment resolves, /errors.json included`, () => {
		const all = files(dir);
		const html = all.filter((file) => file.endsWith('.html'));
		expect(html.length).toBeGreaterThan(0);
		const pages = new Map(
			html.map((file) => [join(dir, file), readPage(readFileSync(join(dir, file), 'utf8'))]),
		);
		const site = new URL(process.env['ERRDEX_SITE'] ?? 'http://localhost:4321');
		const broken: string[] = [];
		let checked = 0;

		const check = (from: string, base: URL, value: string, what: string) => {
			const url = new URL(value, base);
			// Other origins are the documents' own links; only the site's own are ours to keep.
			if (url.origin !== site.origin) return;
			checked++;
			const file = fileOf(dir, url.pathname);
			if (!file) {
				broken.push(`${from}: ${what} ${value}: no such page`);
				return;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && !pages.get(file)?.ids.has(fragment))
				broken.push(`${from}: ${what} ${value}: no element with id "${fragment}"`);
		};

		for (const [file, page] of pages) {
			const path = `/${relative(dir, file).replace(/index\.html$/, '')}`;
			for (const link of page.links) {
				// The 404 page is served at whatever path was not found; the canonical address Starlight
				// gives it (/404/) names no page, and no reader follows it.
				if (
					path === '/404.html' &&
					link.attribute === '<link href>' &&
					new URL(link.value, site).pathname === '/404/'
				)
					continue;
				check(path, new URL(path, site), link.value, link.attribute);
			}
		}
		const exported = JSON.parse(readFileSync(join(dir, 'errors.json'), 'utf8')) as {
			sources: { url: string }[];
			entries: { url: string; anchor: string }[];
		};
		for (const source of exported.sources) check('/errors.json', site, source.url, 'source url');
		for (const entry of exported.entries) {
			check('/errors.json', site, entry.url, 'entry url');
			check('/errors.json', site, entry.anchor, 'entry anchor');
		}

		expect(broken).toEqual([]);
		expect(checked).toBeGreaterThan(html.length);
	});
}

/**
 * html-validate's recommended rules, less the ones only Starlight's own markup breaks (its
 * header, sidebar, table of contents and search dialog, which errdex renders as Starlight does
 * and cannot change). Everything errdex writes itself is held to every rule.
 */
const config: ConfigData = {
	extends: ['html-validate:recommended'],
	rules: {
		// Astro writes void elements as `<meta/>`; HTML allows both spellings.
		'void-style': 'off',
		// Starlight's menu, search and theme buttons carry no `type`; they are not in a form.
		'no-implicit-button-type': 'off',
		// Starlight's search dialog sets its size inline.
		'no-inline-style': 'off',
		// Starlight labels its search results list with aria-label.
		'aria-label-misuse': 'off',
		// Starlight's search dialog, inside the page <header>, has a <footer>.
		'element-permitted-content': 'off',
		// Starlight's "skip to content" target is `#_top`.
		'valid-id': 'off',
		// Starlight renders the table of contents twice (mobile and desktop) under one name.
		'unique-landmark': 'off',
		// Starlight appends " | errdex" to every title; a code or API title is as long as its
		// document makes it, and the length is advice for search engines, not validity.
		'long-title': 'off',
	},
};

for (const [name, dir] of Object.entries(sites)) {
	test(`${name} site: every page is valid HTML`, async () => {
		test.setTimeout(120_000);
		const validator = new HtmlValidate(
			name === 'hostile'
				? // The hostile documents publish images without alt text on purpose; errdex keeps a
					// document's images as written and cannot invent their text.
					{ ...config, rules: { ...config.rules, 'wcag/h37': 'off' } }
				: config,
		);
		const problems: string[] = [];
		const html = files(dir).filter((file) => file.endsWith('.html'));
		for (const file of html) {
			const report = await validator.validateString(readFileSync(join(dir, file), 'utf8'), file);
			for (const result of report.results) {
				for (const message of result.messages)
					problems.push(
						`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
					);
			}
		}
		expect(problems).toEqual([]);
		// Every page type was among them.
		expect(html).toEqual(expect.arrayContaining(['index.html', 'search/index.html']));
	});
}

test('two builds of the same content are byte-identical', () => {
	const first = files(builtSites.hostile);
	const second = files(builtSites.hostileAgain);
	expect(second).toEqual(first);
	const differ = first.filter(
		(file) =>
			!readFileSync(join(builtSites.hostile, file)).equals(
				readFileSync(join(builtSites.hostileAgain, file)),
			),
	);
	expect(differ).toEqual([]);
	// What the issue names in particular: the export, the search index and the code pages.
	expect(first).toEqual(
		expect.arrayContaining([
			'errors.json',
			'search-index.json',
			'script-tags/script-in-code/index.html',
		]),
	);
});
