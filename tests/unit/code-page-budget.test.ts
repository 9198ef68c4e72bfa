/**
 * A document with more codes than `maxCodePagesPerDocument`: the first codes get pages, the
 * rest are found at their rows on the source page, by every link, the search, the export,
 * `/codes/` and short links, and the history does not take them for removed.
 */
import { describe, expect, it } from 'vitest';
import { ErrdexError } from '../../src/core/errors';
import type { Catalog } from '../../src/core/types';
import { codeIndexOf } from '../../src/outputs/code-index';
import { exportCatalog } from '../../src/outputs/export';
import { historyIndex } from '../../src/outputs/history';
import { pageRefs, resolveLinks } from '../../src/outputs/page-refs';
import { buildReport } from '../../src/outputs/report';
import { buildSearchIndex } from '../../src/outputs/search-index';
import { buildCatalog, type Document } from '../../src/pipeline';
import { recordBuild } from '../../src/pipeline/history';
import { SearchEngine } from '../../src/search/search';
import { codesOf } from '../../src/views/codes-page';
import { candidatesOf, pathMeant, readMissingPath, suggestCodes } from '../../src/views/not-found';
import { shortLinkViews } from '../../src/views/short-link';
import { sourceRows } from '../../src/views/sources';
import { codeTable, routes } from './helpers';

/** Five codes, `E3` twice; `E1` names `E5` and `E4` names `E2`, so links cross the budget. */
const document: Document = {
	file: 'content/budget.md',
	text: `# Budget API\n\n${codeTable([
		['E1', 'First; see E5'],
		['E2', 'Second'],
		['E3', 'Third'],
		['E3', 'Third again'],
		['E4', 'Fourth, after E2'],
		['E5', 'Fifth and last'],
	])}`,
};
/** Another document with `E4`, so that the same code elsewhere has a page and a short link. */
const other: Document = {
	file: 'content/other.md',
	text: `# Other API\n\n${codeTable([['E4', 'Fourth elsewhere']])}`,
};

const build = (maxCodePagesPerDocument?: number): Catalog =>
	buildCatalog([document, other], routes, { maxCodePagesPerDocument });
const catalog = build(3);
const codes = (pages: Catalog['pages'] | undefined) =>
	(pages ?? []).map((page) => `${page.source}/${page.code}`);

describe('a document past its budget of code pages', () => {
	it('gives pages to its first codes in document order and none to the rest', () => {
		expect(codes(catalog.pages)).toEqual(['budget/E1', 'budget/E2', 'budget/E3', 'other/E4']);
		expect(codes(catalog.pageless)).toEqual(['budget/E4', 'budget/E5']);
		expect(catalog.pages.find((page) => page.code === 'E3')!.variants).toHaveLength(2);
		// Nothing else is lost: every row is an entry with its anchor.
		expect(catalog.entries.map((entry) => `${entry.code}#${entry.anchor}`)).toEqual([
			'E1#e1',
			'E2#e2',
			'E3#e3',
			'E3#e3-2',
			'E4#e4',
			'E5#e5',
			'E4#e4',
		]);
		const every = build();
		expect(every.pageless).toBeUndefined();
		expect(codes(every.pages)).toHaveLength(6);
		expect(every.sources[0]!.warnings).toEqual([]);
	});

	it('warns, naming the file, the count, the first code without a page and the fix', () => {
		const [warning, ...more] = catalog.sources[0]!.warnings;
		expect(more).toEqual([]);
		expect(warning).toMatchObject({ file: 'content/budget.md', line: 9 });
		expect(warning!.message).toBe(
			'content/budget.md has 5 codes, more than errdex gives pages to in one document (`maxCodePagesPerDocument`, 3): the first 3 have code pages and short links, and the other 2, from `E4` on, have none: they are at their rows on the source page, where the search, links to them and `errors.json` lead; set `maxCodePagesPerDocument: 5` to give each its page',
		);
		expect(catalog.sources[1]!.warnings).toEqual([]);
		expect(buildReport(catalog, routes)).toContainEqual({
			level: 'warning',
			file: 'content/budget.md',
			line: 9,
			text: `warning line 9: ${warning!.message}`,
		});
	});

	it('stops a strict build at that warning, naming the file and line', () => {
		const stopped = () =>
			buildCatalog([document], routes, { strict: true, maxCodePagesPerDocument: 3 });
		expect(stopped).toThrow(ErrdexError);
		expect(stopped).toThrow(/content\/budget\.md:9.*maxCodePagesPerDocument: 5/s);
		expect(() =>
			buildCatalog([document], routes, { strict: true, maxCodePagesPerDocument: 5 }),
		).not.toThrow();
	});

	it('links each code past the budget to its own row on the source page', () => {
		const html = catalog.sources[0]!.html;
		expect(html).toContain('<a href="/budget/e1/" class="errdex-code">E1</a>');
		expect(html).toContain('<a href="#e5" class="errdex-code">E5</a>');
		expect(html).toMatch(/<tr id="e5" class="errdex-row">/);
		expect(html).not.toContain('/budget/e5/');
		expect(html).not.toContain('/budget/e4/');
	});

	it('exports every entry, with `url` the row of a code without a page', () => {
		const exported = exportCatalog(catalog, routes).entries;
		expect(exported.map((entry) => [entry.code, entry.url, entry.anchor])).toEqual([
			['E1', '/budget/e1/', '/budget/#e1'],
			['E2', '/budget/e2/', '/budget/#e2'],
			['E3', '/budget/e3/', '/budget/#e3'],
			['E3', '/budget/e3/', '/budget/#e3-2'],
			['E4', '/budget/#e4', '/budget/#e4'],
			['E5', '/budget/#e5', '/budget/#e5'],
			['E4', '/other/e4/', '/other/#e4'],
		]);
	});

	it('leads cross-links to a code without a page to its row', () => {
		const refs = pageRefs(catalog, routes);
		const page = (source: string, code: string) =>
			catalog.pages.find((p) => p.source === source && p.code === code)!;
		const e1 = resolveLinks(page('budget', 'E1').links, refs);
		expect(e1.mentions.map((ref) => ref.url)).toEqual(['/budget/#e5']);
		const e2 = resolveLinks(page('budget', 'E2').links, refs);
		expect(e2.mentionedBy.map((ref) => ref.url)).toEqual(['/budget/#e4']);
		const e3 = resolveLinks(page('budget', 'E3').links, refs);
		expect(e3.next?.url).toBe('/budget/#e4');
		const elsewhere = resolveLinks(page('other', 'E4').links, refs).elsewhere;
		expect(elsewhere.map((ref) => ref.url)).toEqual(['/budget/#e4']);
	});

	it('lists every code on /codes/ and counts every code of the source', () => {
		const rows = codesOf(catalog, routes).pages[0]!.rows;
		expect(rows.map((row) => `${row.code} ${row.url}`)).toEqual([
			'E1 /budget/e1/',
			'E2 /budget/e2/',
			'E3 /budget/e3/#e3',
			'E3 /budget/e3/#e3-2',
			'E4 /budget/#e4',
			'E5 /budget/#e5',
			'E4 /other/e4/',
		]);
		expect(sourceRows(catalog, routes).map((row) => row.codes)).toEqual([5, 1]);
	});

	it('makes no short-link page for a code without a page, and keeps the others', () => {
		const links = shortLinkViews(catalog, routes);
		expect(links.map((link) => `${link.path} ${link.choices.map((c) => c.code.url)}`)).toEqual([
			'/e/e1/ /budget/e1/',
			'/e/e2/ /budget/e2/',
			'/e/e3/ /budget/e3/',
			// E4 has a page in the other document: its short link leads there only.
			'/e/e4/ /other/e4/',
		]);
	});

	it('sends a short link and the page path of a code without a page on to its row (404 page)', () => {
		const index = codeIndexOf(catalog, routes);
		expect(index.codes.find((code) => code.url === '/budget/#e5')).toMatchObject({
			code: 'E5',
			pageless: '/budget/e5/',
		});
		expect(pathMeant('/e/E5/', index, routes)).toBe('/budget/#e5');
		expect(pathMeant('/e/e5', index, routes)).toBe('/budget/#e5');
		expect(pathMeant('/budget/e5/', index, routes)).toBe('/budget/#e5');
		expect(pathMeant('/Budget/E5/', index, routes)).toBe('/budget/#e5');
		// A code with a page elsewhere keeps its short link.
		expect(pathMeant('/e/E4/', index, routes)).toBe('/e/e4/');
		expect(pathMeant('/e/E1/', index, routes)).toBe('/e/e1/');
	});

	it('finds a code without a page by search, and the address it gives leads to its row', () => {
		const engine = new SearchEngine(JSON.parse(JSON.stringify(buildSearchIndex(catalog))), routes);
		const index = codeIndexOf(catalog, routes);
		const [hit] = engine.search('E5');
		expect(hit).toMatchObject({ code: 'E5', source: 'budget' });
		// Straight to its row, also on a host that serves no 404 page.
		expect(hit!.url).toBe('/budget/#e5');
		const [byWords] = engine.search('fifth and lsat');
		expect(byWords?.code).toBe('E5');
		// The 404 page's suggestions for a mistyped path offer it, at its row.
		const asked = readMissingPath('/budget/e6/', index, routes);
		const suggestions = suggestCodes(
			asked,
			index,
			candidatesOf(engine.codeSuggestions(asked.code!, 50), index),
		);
		expect(suggestions.map((s) => s.code.url)).toContain('/budget/#e5');
	});

	it('is not recorded as removed when a build gives it no page', () => {
		const before = recordBuild(null, build(), '2026-12-01T00:00:00Z');
		const after = recordBuild(before, catalog, '2026-12-05T00:00:00Z');
		expect(after.changes).toEqual(before.changes);
		const index = historyIndex(after, routes);
		expect(index.gone).toEqual([]);
		const pages = after.sources.find((source) => source.id === 'budget')!.pages;
		expect(pages.map((page) => [page.code, page.removed])).toEqual([
			['E1', null],
			['E2', null],
			['E3', null],
			['E4', null],
			['E5', null],
		]);
	});
});
