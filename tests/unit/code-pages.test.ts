/**
 * A code page within the page budget whatever its rows hold (issue 19): a code documented by
 * 1,000 rows is cut into pages, a long message is folded with the rest one click away, and a row
 * of thousands of columns shows what fits with a link to the rest.
 */
import { describe, expect, it } from 'vitest';
import { PAGE_LIMITS } from '../../src/core/paging';
import type { Catalog } from '../../src/core/types';
import { DICTIONARIES } from '../../src/i18n/dictionaries';
import { createTranslate } from '../../src/i18n/translate';
import { codePartsOf, cutCodePage, shownRow } from '../../src/outputs/code-parts';
import { codePageView } from '../../src/views/code-page';
import { codesOf, codesPageView } from '../../src/views/codes-page';
import { PATHOLOGICAL } from '../fixtures/pathological';
import { buildCatalog, routes, t } from './helpers';

const catalogOf = (name: string, scale = 1): Catalog =>
	buildCatalog([
		{
			file: `content/${name}`,
			text: PATHOLOGICAL.find((item) => item.name === name)!.content(scale) as string,
		},
	]);
const viewOf = (catalog: Catalog, part = 1, translate = t) =>
	codePageView(
		catalog.pages[0]!,
		catalog.sources[0]!,
		new Map(),
		routes,
		undefined,
		'errdex',
		translate,
		undefined,
		part,
	);

describe('a code documented by 1,000 rows', () => {
	const catalog = catalogOf('same-code-1000.md');
	const page = catalog.pages[0]!;
	const { parts, partOf } = codePartsOf(page);

	it('is one code page, cut into pages of at most the budget, every row on one of them', () => {
		expect(catalog.pages).toHaveLength(1);
		expect(page.variants).toHaveLength(1000);
		expect(parts.length).toBeGreaterThan(1);
		expect(parts.flat()).toEqual([...Array(1000).keys()]);
		for (const rows of parts) {
			const bytes = rows.reduce((sum, i) => sum + shownRow(page.variants[i]!).bytes, 0);
			expect(bytes).toBeLessThanOrEqual(PAGE_LIMITS.codeBytes);
		}
	});

	it('each page shows its rows and a pager to the others; page 1 keeps the address of the code', () => {
		const first = viewOf(catalog, 1);
		const second = viewOf(catalog, 2);
		expect(first.title).toBe('E_SAME');
		// The code keeps its direction in a title of a language written right to left.
		expect(second.title).toBe('\u2066E_SAME\u2069 (page 2)');
		expect(first.rows).toBe(1000);
		expect(second.variants.map((v) => v.entry.variant)).toEqual(parts[1]);
		const last = parts[0]!.length + parts[1]!.length;
		expect(second.pages).toMatchObject({
			part: 2,
			first: parts[0]!.length + 1,
			label: 'Pages of this code',
			summary: `Rows ${parts[0]!.length + 1}–${last} of 1,000, on page 2.`,
		});
		expect(second.pages!.links[0]).toEqual({
			page: 1,
			href: '/same-code-1000/e-same/',
			current: false,
		});
		expect(second.pages!.links).toContainEqual({
			page: 2,
			href: '/same-code-1000/e-same/page-2/',
			current: true,
		});
		// Every row keeps its heading and anchor, numbered across the pages.
		expect(second.variants[0]!.heading).toBe(`Variant ${parts[0]!.length + 1}`);
	});

	it("says which rows a page holds in the site's language", () => {
		const fa = createTranslate('fa', DICTIONARIES['fa']!);
		const second = viewOf(catalog, 2, fa);
		const digits = (n: number) => fa.number(n);
		expect(second.title).toBe(`\u2066E_SAME\u2069 (صفحهٔ ${digits(2)})`);
		expect(second.pages!.summary).toBe(
			`ردیف\u200cهای ${digits(parts[0]!.length + 1)} تا ${digits(parts[0]!.length + parts[1]!.length)} از ${digits(1000)}، در صفحهٔ ${digits(2)}.`,
		);
		expect(second.pages!.label).toBe('صفحه\u200cهای این کد');
	});

	it('/codes/ links each row to the page that holds it', () => {
		const rows = codesOf(catalog, routes).pages.flatMap((codes) => codes.rows);
		const last = rows.find((row) => row.url.endsWith(`#${page.variants[999]!.anchor}`))!;
		expect(last.url).toBe(
			`/same-code-1000/e-same/page-${parts.length}/#${page.variants[999]!.anchor}`,
		);
		expect(partOf.get(page.variants[999]!.anchor)).toBe(parts.length);
	});
});

describe('a long message', () => {
	const catalog = catalogOf('long-message.md');

	it('of 2 MB: its start is shown, and the whole of it is a link away, in its row', () => {
		const [variant] = viewOf(catalog).variants;
		expect(variant!.entry.message.length).toBeGreaterThan(2_000_000);
		expect(variant!.folded).toEqual({
			start: expect.stringMatching(/^A sentence of the message that goes on\. A sentence/),
			chars: variant!.entry.message.length,
			whole: false,
		});
		expect(variant!.folded!.start.length).toBeLessThanOrEqual(PAGE_LIMITS.messageStartChars);
		expect(variant!.rowLink).toBe('/long-message/#long-message');
		expect(variant!.bytes).toBeLessThan(2 * 1024);
	});

	it('of a few thousand characters: folded, with the whole of it behind the fold', () => {
		const message = 'Word '.repeat(600).trim();
		const [shown] = catalog.entries.map((entry) =>
			shownRow({ ...entry, message, messageHtml: message }),
		);
		expect(shown!.folded).toMatchObject({ chars: message.length, whole: true });
	});

	it('of a sentence is shown as it is', () => {
		const catalog = buildCatalog([
			{ file: 'content/short.md', text: '| Code | Message |\n| --- | --- |\n| E1 | Short. |\n' },
		]);
		expect(viewOf(catalog).variants[0]!.folded).toBeNull();
	});
});

describe('a row of thousands of columns', () => {
	const catalog = catalogOf('wide-row.md', 0.1);

	it('shows the columns that fit, and counts the rest with a link to its row', () => {
		const [variant] = viewOf(catalog).variants;
		// The first cell after the code is the message.
		expect(variant!.entry.details).toHaveLength(22_999);
		expect(variant!.details.length).toBeGreaterThan(100);
		expect(variant!.details.length + variant!.hiddenDetails).toBe(22_999);
		expect(variant!.bytes).toBeLessThan(PAGE_LIMITS.detailsBytes + 4 * 1024);
	});
});

describe('cutting', () => {
	it('a page within the budget is one page, whatever its rows', () => {
		const catalog = catalogOf('same-code-1000.md', 0.01);
		expect(cutCodePage(catalog.pages[0]!)).toEqual([[...Array(10).keys()]]);
		expect(viewOf(catalog).pages).toBeNull();
	});

	it('a code of one row is one page with its row on it, however long the row', () => {
		const catalog = buildCatalog([
			{ file: 'content/one.md', text: '| Code | Message |\n| --- | --- |\n| E1 | Failed. |\n' },
		]);
		const [page] = catalog.pages;
		expect(codePartsOf(page!)).toEqual({
			parts: [[0]],
			partOf: new Map([[page!.variants[0]!.anchor, 1]]),
		});
		// A row is never cut, even one larger than the budget: it is its page alone.
		expect(cutCodePage(page!, 1)).toEqual([[0]]);
		expect(viewOf(catalog).pages).toBeNull();
	});
});

describe('/codes/ cut into facets', () => {
	it('links no source whose tables gave no code (an unclosed comment hid its table)', () => {
		const catalog = buildCatalog([
			{
				file: 'content/hidden.md',
				text: PATHOLOGICAL.find((item) => item.name === 'unclosed-comment.md')!.content(
					0.01,
				) as string,
			},
			{
				file: 'content/shown.md',
				text: PATHOLOGICAL.find((item) => item.name === 'many-short-rows.md')!.content(
					0.01,
				) as string,
			},
		]);
		const codes = codesOf(catalog, routes, 10 * 1024);
		expect(codes.split).toBe(true);
		const view = codesPageView(codes, codes.pages[0]!, routes, t);
		expect(view.facetGroups[0]!.links.map((link) => link.label)).toEqual([
			'All sources',
			'shown.md',
		]);
	});
});
