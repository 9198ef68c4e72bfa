/**
 * Short links written as files after the build: the redirect page, where the files land (with
 * a `base`), and the `_redirects` rules beside them.
 */
import type { Element } from 'hast';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
	addRedirectRules,
	REDIRECT_WRITES,
	REDIRECTS_LIMITS,
	redirectRules,
	shortLinkRedirects,
	writeRedirectPages,
} from '../../src/astro/short-link-files';
import { createRoutes } from '../../src/core/routes';
import type { Catalog } from '../../src/core/types';
import { redirectPageHtml } from '../../src/outputs/redirect-page';
import { loadCatalog, routes, t } from './helpers';

const root = fileURLToPath(new URL('../..', import.meta.url));
const site = new URL('https://errors.example.com');
let fixtures: Catalog;
let out: string;
beforeAll(async () => {
	fixtures = await loadCatalog({ root, contentDir: 'tests/fixtures/site' });
});
beforeEach(async () => {
	out = await mkdtemp(join(tmpdir(), 'errdex-short-links-'));
});
afterEach(async () => {
	await rm(out, { recursive: true, force: true });
});

describe('a redirect page', () => {
	it('sends the reader on, with the preview tags, and escapes what documents wrote', () => {
		const html = redirectPageHtml(
			{
				to: '/acme/e1/',
				code: 'E1',
				source: '<Acme>',
				title: '"E1" </title><script>alert(1)</script>',
				description: "It's <b>bad</b>",
			},
			site,
			'Errors',
			t,
		);
		expect(html).toContain('<meta http-equiv="refresh" content="0; url=/acme/e1/">');
		expect(html).toContain('<link rel="canonical" href="https://errors.example.com/acme/e1/">');
		const elements: Element[] = [];
		visit(fromHtml(html), 'element', (element: Element) => void elements.push(element));
		expect(elements.filter((element) => element.tagName === 'script')).toEqual([]);
		expect(toText(elements.find((element) => element.tagName === 'title')!)).toBe(
			'"E1" </title><script>alert(1)</script> | Errors',
		);
		const link = elements.find((element) => element.tagName === 'a')!;
		expect([link.properties['href'], toText(link)]).toEqual(['/acme/e1/', 'E1 in <Acme>']);
		const ogTitle = elements.find((element) => element.properties['property'] === 'og:title');
		expect(ogTitle?.properties['content']).toBe('"E1" </title><script>alert(1)</script>');
		const description = elements.find((element) => element.properties['name'] === 'description');
		expect(description?.properties['content']).toBe("It's <b>bad</b>");
	});
});

describe('short links to one page', () => {
	it('are written as files, under the output folder without the base, and as rules', async () => {
		const based = createRoutes({ base: '/api-errors/' });
		const redirects = shortLinkRedirects(fixtures, based, t);
		expect(redirects.length).toBeGreaterThan(3);
		await writeRedirectPages(redirects, based, out, site, 'Errors', t);
		expect(await addRedirectRules(out, redirectRules(redirects))).toEqual({
			added: redirects.length,
		});
		const page = await readFile(join(out, 'e/card-expired/index.html'), 'utf8');
		expect(page).toContain('url=/api-errors/acme-billing/card-expired/');
		// A code two sources share is a page to choose from, which Astro renders.
		expect(existsSync(join(out, 'e/card-declined/index.html'))).toBe(false);
		const rules = await readFile(join(out, '_redirects'), 'utf8');
		expect(rules).toContain(
			'/api-errors/e/card-expired/ /api-errors/acme-billing/card-expired/ 301\n',
		);
		expect(rules).not.toContain('card-declined');
	});

	it('are all written when there are many batches of them', async () => {
		const many = Array.from(
			{ length: REDIRECT_WRITES.batch * REDIRECT_WRITES.inFlight * 2 + 7 },
			(_, i) => ({
				path: `/e/x${i}/`,
				redirect: {
					to: `/acme/x${i}/`,
					code: `x${i}`,
					source: 'Acme',
					title: `x${i}`,
					description: '',
				},
			}),
		);
		await writeRedirectPages(many, routes, out, site, 'Errors', t);
		for (const i of [0, REDIRECT_WRITES.batch, many.length - 1])
			expect(await readFile(join(out, `e/x${i}/index.html`), 'utf8')).toContain(`url=/acme/x${i}/`);
	});

	it("come after the site's own rules, which win", async () => {
		await writeFile(join(out, '_redirects'), '/old/ /new/ 301');
		await addRedirectRules(out, redirectRules(shortLinkRedirects(fixtures, routes, t)));
		const rules = (await readFile(join(out, '_redirects'), 'utf8')).split('\n');
		expect(rules.slice(0, 3)).toEqual([
			'/old/ /new/ 301',
			'# errdex short links',
			expect.any(String),
		]);
	});

	it('keep no rule when they alone are more than hosts read', async () => {
		const many = Array.from({ length: REDIRECTS_LIMITS.rules + 1 }, (_, i) => ({
			path: `/e/x${i}/`,
			redirect: { to: `/acme/x${i}/`, code: '', source: '', title: '', description: '' },
		}));
		const rules = redirectRules(many);
		expect(rules).toEqual({ count: many.length, rules: null });
		expect(await addRedirectRules(out, rules)).toEqual({
			skipped: expect.stringContaining(`${many.length} short links`),
		});
		expect(existsSync(join(out, '_redirects'))).toBe(false);
	});

	it('add no rule that would take the file past what hosts read', async () => {
		const own = Array.from({ length: REDIRECTS_LIMITS.rules - 2 }, (_, i) => `/a${i}/ /b/ 301`);
		await writeFile(join(out, '_redirects'), `# the site's\n${own.join('\n')}\n`);
		expect(
			await addRedirectRules(out, redirectRules(shortLinkRedirects(fixtures, routes, t))),
		).toEqual({
			skipped: expect.stringContaining('1000 rules'),
		});
		expect(await readFile(join(out, '_redirects'), 'utf8')).not.toContain('errdex');
	});
});
