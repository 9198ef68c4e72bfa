/**
 * The view models behind each page type: what a reader sees on the page, computed from the
 * catalog the seeds and the two-API fixture site give.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { sidebarEntries } from '../../src/astro/sidebar';
import { createRoutes } from '../../src/core/routes';
import type { Catalog, CodePage, Source } from '../../src/core/types';
import { pageRefs } from '../../src/outputs/page-refs';
import { codePageView, statusLabel } from '../../src/views/code-page';
import { codesOf, codesPageView } from '../../src/views/codes-page';
import { choicesDescription, redirectOf, shortLinkViews } from '../../src/views/short-link';
import { sourcePageView } from '../../src/views/source-page';
import { sourceRows } from '../../src/views/sources';
import { buildCatalog, loadCatalog, routes, t } from './helpers';

const root = fileURLToPath(new URL('../..', import.meta.url));
let seeds: Catalog;
let site: Catalog;
beforeAll(async () => {
	seeds = await loadCatalog({ root });
	site = await loadCatalog({ root, contentDir: 'tests/fixtures/site' });
});

const source = (catalog: Catalog, id: string): Source => catalog.sources.find((s) => s.id === id)!;
const page = (catalog: Catalog, id: string, code: string): CodePage =>
	catalog.pages.find((p) => p.source === id && p.code === code)!;

describe('the home and search pages', () => {
	it('list every source with its code pages and rows counted apart', () => {
		expect(sourceRows(seeds, routes)).toEqual([
			expect.objectContaining({
				id: 'ffxiv-companion',
				codes: 10,
				entries: 10,
				url: '/ffxiv-companion/',
			}),
			expect.objectContaining({ id: 'pluralkit', codes: 25, entries: 27, url: '/pluralkit/' }),
		]);
	});
});

describe('a source page', () => {
	const firstPage = (of: Source) => sourcePageView(of, 1, [], routes, t);

	it('sums up its entries and tables in words, singular where there is one', () => {
		expect(firstPage(source(seeds, 'pluralkit')).summary).toBe('27 entries from 1 table');
		const one = buildCatalog([
			{ file: 'content/one.md', text: '| Code | Message |\n|---|---|\n| E1 | x |\n' },
		]);
		expect(firstPage(one.sources[0]!).summary).toBe('1 entry from 1 table');
	});

	it('offers its sections below the title for the table of contents', () => {
		expect(firstPage(source(seeds, 'pluralkit')).toc.map((h) => h.text)).toEqual([
			'Error Response Model',
			'Error Object',
			'JSON error codes',
		]);
	});

	it('shows what errdex could not read, with the line', () => {
		const text = '| Code | Message |\n|---|---|\n| E1 | x |\n| <script>alert(1)</script> | y |\n';
		const view = firstPage(buildCatalog([{ file: 'content/x.md', text }]).sources[0]!);
		expect(view.warnings).toEqual([expect.objectContaining({ file: 'content/x.md', line: 4 })]);
	});
});

describe('a code page', () => {
	const view = (catalog: Catalog, id: string, code: string) =>
		codePageView(
			page(catalog, id, code),
			source(catalog, id),
			pageRefs(catalog, routes),
			routes,
			undefined,
			'errdex',
			t,
		);

	it('gives every variant its own section, heading and row link', () => {
		const zero = view(seeds, 'pluralkit', '0');
		expect(zero.variants.map((v) => [v.heading, v.id, v.rowLink])).toEqual([
			['HTTP 500', '0', '/pluralkit/#0'],
			['HTTP 400', '0-2', '/pluralkit/#0-2'],
			['HTTP 401', '0-3', '/pluralkit/#0-3'],
		]);
		const single = view(seeds, 'pluralkit', '20003');
		expect(single.variants[0]).toMatchObject({ heading: undefined, id: undefined });
	});

	it('links its section in the source page and its short link', () => {
		const member = view(seeds, 'pluralkit', '20003');
		expect(member.section).toEqual({
			title: 'JSON error codes',
			href: '/pluralkit/#json-error-codes',
		});
		expect(member.copy).toEqual({ link: '/pluralkit/20003/', short: '/e/20003/', code: '20003' });
	});

	it('writes the example response the source documents, and none where it documents none', () => {
		expect(JSON.parse(view(seeds, 'pluralkit', '20003').variants[0]!.example!)).toEqual({
			code: 20003,
			message: "Member '{memberRef}' not found.",
		});
		expect(view(seeds, 'ffxiv-companion', '111001').variants[0]!.example).toBeNull();
	});

	it('names its link groups, and offers all codes with the status when it shows only some', () => {
		const groups = view(seeds, 'pluralkit', '20003').groups;
		const sameStatus = groups.find((g) => g.id === 'errdex-same-status')!;
		expect(sameStatus.title).toBe('Other codes with HTTP 404');
		expect(sameStatus.more).toEqual({
			href: '/search/?q=404',
			label: expect.stringMatching(/^All \d+ codes with HTTP 404$/),
		});
		const elsewhere = view(site, 'acme-billing', 'card_declined').groups.find(
			(g) => g.id === 'errdex-elsewhere',
		)!;
		expect(elsewhere.refs.map((ref) => ref.url)).toEqual(['/acme-payments/card-declined/']);
	});

	it('labels a status as the document writes it, or with its reason phrase', () => {
		expect(statusLabel({ status: 404, statusText: '404' }, t)).toBe('404 Not Found');
		expect(statusLabel({ status: 503, statusText: '503 Slow Down' }, t)).toBe('503 Slow Down');
		expect(statusLabel({ status: null, statusText: '' }, t)).toBe('not documented');
	});
});

describe('the all-codes page', () => {
	it('has a row per documented row, by source and code, and the statuses to filter by', () => {
		const codes = codesOf(seeds, routes);
		const view = codesPageView(codes, codes.pages[0]!, routes, t);
		expect(view.rows).toHaveLength(37);
		expect(view.rows.filter((row) => row.code === '0').map((row) => row.url)).toEqual([
			'/pluralkit/0/#0',
			'/pluralkit/0/#0-2',
			'/pluralkit/0/#0-3',
		]);
		expect(view.statuses).toEqual([400, 401, 403, 404, 500]);
		expect(view.classes).toEqual(['4xx', '5xx']);
		expect(view.withoutStatus).toBe(true);
	});
});

describe('short links', () => {
	it('send a code with one page on to it, and let the reader choose among several', () => {
		const views = shortLinkViews(site, routes);
		const declined = views.find((view) => view.slug === 'card-declined')!;
		expect(redirectOf(declined, t)).toBeNull();
		expect(declined.choices.map((choice) => choice.code.url)).toEqual([
			'/acme-billing/card-declined/',
			'/acme-payments/card-declined/',
		]);
		expect(choicesDescription(declined, t)).toBe(
			'card_declined is documented in 2 sources: Acme Billing API errors and Acme Payments API errors.',
		);
		expect(
			redirectOf(
				views.find((view) => view.slug === 'rate-limited')!,
				t,
			),
		).toMatchObject({
			to: '/acme-billing/rate-limited/',
		});
	});
});

describe('the sidebar', () => {
	it('opens the source being read, with its sections, and marks the current page', () => {
		const entries = sidebarEntries(seeds, routes, '/pluralkit/20003/', t);
		expect(entries.map((entry) => entry.label)).toEqual([
			'All sources',
			'All codes',
			'Search',
			'Changes',
			'Companion API known error codes',
			'Errors and Status Codes',
		]);
		const open = entries[5]!;
		expect(open.type).toBe('group');
		if (open.type !== 'group') return;
		expect(open.entries.map((entry) => entry.type === 'link' && entry.href)).toEqual([
			'/pluralkit/',
			'/pluralkit/#error-response-model',
			'/pluralkit/#error-object',
			'/pluralkit/#json-error-codes',
		]);
		const home = sidebarEntries(seeds, routes, '/', t)[0]!;
		expect(home).toMatchObject({ type: 'link', isCurrent: true });
	});

	it('carries the base and the prefix', () => {
		const prefixed = createRoutes({ base: '/docs/', prefix: 'errors' });
		const entries = sidebarEntries(seeds, prefixed, '/docs/errors/', t);
		expect(entries[0]).toMatchObject({ href: '/docs/errors/', isCurrent: true });
	});
});
