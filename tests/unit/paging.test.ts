/**
 * Pages that would grow with the catalog are cut: a long source page into pages of its
 * document, `/codes/` into facets and pages. Paths, the cut itself, and the view models.
 */
import { describe, expect, it } from 'vitest';
import { PAGE_LIMITS, pagerLinks, utf8Length } from '../../src/core/paging';
import { createRoutes } from '../../src/core/routes';
import type { Catalog } from '../../src/core/types';
import {
	partHtml,
	partLabels,
	partsFile,
	partsOf,
	sourceIdPath,
} from '../../src/outputs/source-parts';
import { slugOf } from '../../src/pipeline/link/slugs';
import { codesOf, codesPageView, facetKey } from '../../src/views/codes-page';
import { sourcePageView } from '../../src/views/source-page';
import { buildCatalog, routes, t } from './helpers';

/** A document of `sections` sections, each a table of `rows` rows with a message of `words`. */
function longDocument(rows: number, sections = 2, words = 8): string {
	return [
		'# Long API errors',
		'',
		'Intro paragraph.',
		'',
		...Array.from({ length: sections }, (_, s) => [
			`## Section ${s + 1}`,
			'',
			'| Code | Status | Message |',
			'|---|---|---|',
			...Array.from(
				{ length: rows },
				(_, r) =>
					`| E${s}${String(r).padStart(4, '0')} | ${400 + (r % 3)} | ${'word '.repeat(words)}${r} |`,
			),
			'',
		]).flat(),
	].join('\n');
}

const big: Catalog = buildCatalog([
	{ file: 'content/long.md', text: longDocument(1500) },
	{ file: 'content/short.md', text: longDocument(3, 1) },
]);
const long = big.sources.find((source) => source.id === 'long')!;
const short = big.sources.find((source) => source.id === 'short')!;

describe('paths of pages cut into several', () => {
	const based = createRoutes({ base: '/docs/', prefix: 'errors' });

	it('give page n of a source page and its rows and sections, the first page unchanged', () => {
		expect(based.source('acme')).toBe('/docs/errors/acme/');
		expect(based.source('acme', 1)).toBe('/docs/errors/acme/');
		expect(based.source('acme', 3)).toBe('/docs/errors/acme/page-3/');
		expect(based.row('acme', 'e1', 2)).toBe('/docs/errors/acme/page-2/#e1');
		expect(based.heading('acme', 'intro', 2)).toBe('/docs/errors/acme/page-2/#intro');
		expect(based.sourceParts('acme')).toBe('/docs/errors/acme/parts.json');
	});

	it('give each facet and page of /codes/ a path, and its rest parameter', () => {
		const facet = { source: 'acme', status: '', class: '4xx' };
		expect(based.codesFacet({ source: '', status: '', class: '' })).toBe('/docs/errors/codes/');
		expect(based.codesFacet(facet, 2)).toBe('/docs/errors/codes/source/acme/class/4xx/page-2/');
		expect(based.codesFacet({ source: '', status: '404', class: '' }, 1, 'q=x')).toBe(
			'/docs/errors/codes/status/404/?q=x',
		);
		expect(based.codesFacetParam(facet, 2)).toBe('source/acme/class/4xx/page-2');
		expect(based.codesFacetParam({ source: '', status: '', class: '' })).toBeUndefined();
	});

	it('never meet a code page: no slug takes the form of a page segment', () => {
		expect(slugOf('PAGE-2')).toBe('page-2-code');
		expect(slugOf('page_12')).toBe('page-12-code');
		expect(slugOf('page')).toBe('page');
	});
});

describe('a long source page', () => {
	const cut = partsOf(long);

	it('is cut into pages within the limit, between rows, each table opened and closed again', () => {
		expect(cut.parts.length).toBeGreaterThan(1);
		for (const part of cut.parts) {
			const html = partHtml(long, part);
			expect(utf8Length(html)).toBeLessThanOrEqual(PAGE_LIMITS.sourceBytes + 1024);
			expect(html.match(/<table/g)?.length).toBe(html.match(/<\/table>/g)?.length);
			expect(html.match(/<tbody>/g)?.length).toBe(html.match(/<\/tbody>/g)?.length);
		}
		const rows = cut.parts.flatMap((part) => partHtml(long, part).match(/<tr id="[^"]+"/g) ?? []);
		expect(rows).toEqual(long.html.match(/<tr id="[^"]+"/g));
	});

	it('knows the page of every row and heading, and links go to it', () => {
		const last = big.entries.filter((entry) => entry.source === 'long').at(-1)!;
		const page = cut.partOf.get(last.anchor)!;
		expect(page).toBe(cut.parts.length);
		expect(partHtml(long, cut.parts[page - 1]!)).toContain(`id="${last.anchor}"`);
		expect(sourceIdPath(routes, long, last.anchor)).toBe(`/long/page-${page}/#${last.anchor}`);
		expect(cut.partOf.get('section-1')).toBe(1);
		expect(sourceIdPath(routes, long, 'section-2')).toMatch(/^\/long\/page-\d+\/#section-2$/);
	});

	it('is one page when it fits', () => {
		expect(partsOf(short).parts).toHaveLength(1);
		expect(partHtml(short, partsOf(short).parts[0]!)).toBe(short.html);
		expect(sourceIdPath(routes, short, 'e00001')).toBe('/short/#e00001');
	});

	it('shows a block larger than the limit as its text, on pages of their own, all of it', () => {
		const message = `<script>alert(1)</script> & ${'a long message goes on. '.repeat(20_000)}end.`;
		const catalog = buildCatalog([
			{
				file: 'content/huge.md',
				text: `| Code | Message |\n| --- | --- |\n| BEFORE | First. |\n| HUGE | ${message} |\n| AFTER | Last. |\n`,
			},
		]);
		const huge = catalog.sources[0]!;
		const { parts, partOf } = partsOf(huge);
		const pages = parts.map((part) => partHtml(huge, part));
		for (const html of pages) {
			expect(utf8Length(html)).toBeLessThanOrEqual(PAGE_LIMITS.sourceBytes);
			expect(html.match(/<table/g)?.length).toBe(html.match(/<\/table>/g)?.length);
			expect(html).not.toContain('<script>');
		}
		const text = parts.filter((part) => part.text);
		expect(text.length).toBeGreaterThan(2);
		expect(text.map((part) => part.text!.page)).toEqual(text.map((_, i) => i + 1));
		const shown = text.map((part) => {
			const fragment = partHtml(huge, part).replace(/^<pre[^>]*>|<\/pre>$/g, '');
			return fragment
				.replaceAll('&#x3C;', '<')
				.replaceAll('&#x26;', '&')
				.replaceAll('&amp;', '&')
				.replaceAll('&lt;', '<');
		});
		const entry = catalog.entries.find((e) => e.code === 'HUGE')!;
		expect(entry.message).toMatch(/^& a long message goes on\. .* end\.$/);
		expect(shown.join('') === `HUGE | ${entry.message}`).toBe(true);
		expect(pages.at(-1)).toMatch(/^<table[^]*id="after"[^]*<\/table>$/);
		const first = parts.indexOf(text[0]!) + 1;
		expect(partOf.get('huge')).toBe(first);
		expect(pages[first - 1]).toMatch(/^<pre class="errdex-long-block" id="huge">/);
		expect(pages[0]).toContain('id="before"');
		expect(pages.at(-1)).toMatch(/^<table[\s\S]*id="after"[\s\S]*<\/table>$/);
		const view = sourcePageView(
			huge,
			first + 1,
			partLabels(huge, catalog.entries, 'continued'),
			routes,
			t,
		);
		expect(view.longBlock).toBe(
			`Too long for one page, this part of the document is shown as plain text (part 2 of ${text.length}).`,
		);
		expect(sourcePageView(huge, 1, [], routes, t).longBlock).toBeNull();
	});

	it('lists its pages by the codes they hold, and says which holds each row', () => {
		const labels = partLabels(
			long,
			big.entries.filter((entry) => entry.source === 'long'),
			'continued',
		);
		expect(labels[0]).toMatch(/^E00000 – E0\d{4}$/);
		expect(labels.at(-1)).toMatch(/^E1\d{4} – E11499$/);
		const file = partsFile(long, routes);
		expect(file.pages).toEqual(cut.parts.map(({ part }) => routes.source('long', part)));
		expect(file.ids[0]).toEqual([]);
		expect(file.ids.at(-1)).toContain('e11499');
	});

	it('has a view per page: its HTML, its sections, its neighbours, and the parts file first', () => {
		const labels = partLabels(long, [], 'continued');
		const first = sourcePageView(long, 1, labels, routes, t);
		const second = sourcePageView(long, 2, labels, routes, t);
		expect(first.parts.map((part) => part.current)).toEqual(
			cut.parts.map(({ part }) => part === 1),
		);
		expect(first.partsUrl).toBe('/long/parts.json');
		expect(second.partsUrl).toBeNull();
		expect(first.previous).toBeNull();
		expect(first.next?.href).toBe('/long/page-2/');
		expect(second.previous?.href).toBe('/long/');
		expect(first.toc.map((heading) => heading.slug)).toEqual(['section-1']);
		expect(second.html).toBe(partHtml(long, cut.parts[1]!));
		expect(sourcePageView(short, 1, [], routes, t).parts).toEqual([]);
	});
});

describe('/codes/ of a large catalog', () => {
	const codes = codesOf(big, routes, 20 * 1024);
	const first = codes.pages[0]!;

	it('fits on one page while it can, as one table filtered in the browser', () => {
		const small = codesOf(
			buildCatalog([{ file: 'content/short.md', text: longDocument(3, 1) }]),
			routes,
		);
		expect(small.split).toBe(false);
		expect(small.pages).toHaveLength(1);
	});

	it('is cut into pages of every code, and of each source, status and status class', () => {
		expect(codes.split).toBe(true);
		const all = codes.pages.filter((page) => facetKey(page.facet) === '||');
		expect(all.flatMap((page) => page.rows)).toHaveLength(big.entries.length);
		expect(all.map((page) => page.first)).toEqual(
			all.map((_, i) => 1 + all.slice(0, i).reduce((n, page) => n + page.rows.length, 0)),
		);
		const of404 = codes.pages.filter((page) => facetKey(page.facet) === '|401|');
		expect(of404.flatMap((page) => page.rows).every((row) => row.status === 401)).toBe(true);
		expect(codes.facets.has('short|4xx|')).toBe(false);
		expect(codes.facets.has('short||4xx')).toBe(true);
		for (const page of codes.pages) expect(page.rows.length).toBeGreaterThan(0);
	});

	it('links to the facets that have codes and to the other pages, without JavaScript', () => {
		const view = codesPageView(codes, first, routes, t);
		expect(view.split).toBe(true);
		const [sources, statuses] = view.facetGroups;
		expect(sources!.links.map((link) => link.href)).toEqual([
			'/codes/',
			'/codes/source/long/',
			'/codes/source/short/',
		]);
		expect(statuses!.links.map((link) => link.label)).toEqual([
			'Any',
			'4xx',
			'400 Bad Request',
			'401 Unauthorized',
			'402 Payment Required',
		]);
		expect(view.pager.filter((link) => link !== null).at(-1)?.href).toBe(
			routes.codesFacet(first.facet, first.pages),
		);
		expect(view.facetPaths).toContain('/codes/source/short/class/4xx/');
		expect(view.count).toBe(
			`${big.entries.length.toLocaleString('en')} codes; this page lists 1–${first.rows.length}`,
		);
	});

	it('keeps the status chosen when the source changes, where that source has it', () => {
		const page = codes.pages.find((p) => facetKey(p.facet) === 'long|401|')!;
		const view = codesPageView(codes, page, routes, t);
		expect(view.title).toBe('Codes: \u2068Long API errors\u2069 and HTTP 401');
		expect(view.facetGroups[0]!.links.map((link) => link.href)).toEqual([
			'/codes/status/401/',
			'/codes/source/long/status/401/',
			'/codes/source/short/status/401/',
		]);
		expect(view.facetPaths).toBeNull();
	});
});

describe('a pager', () => {
	it('shows the first, last and nearby pages, and marks the gaps', () => {
		const links = pagerLinks(10, 20, (page) => `/p${page}/`);
		expect(links.map((link) => link?.page ?? null)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
		expect(links.find((link) => link?.current)?.href).toBe('/p10/');
		expect(pagerLinks(1, 3, String).map((link) => link?.page)).toEqual([1, 2, 3]);
	});

	it('counts UTF-8 bytes as the page will weigh them', () => {
		const text = 'a€😀';
		expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
		expect(utf8Length(text, 1, 2)).toBe(3);
	});
});
