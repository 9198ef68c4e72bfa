/**
 * Short links, the 404 suggestions and the example responses, on the bundled documents and the
 * small fixture site (where `card_declined` is in two sources).
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog, loadCatalog, routes } from './helpers';
import { createRoutes } from '../../src/core/routes';
import { truncate } from '../../src/core/text';
import { codeIndexOf, type CodeIndex } from '../../src/outputs/code-index';
import {
	candidatesOf,
	pathMeant,
	readMissingPath,
	searchTextOf,
	suggestCodes,
} from '../../src/views/not-found';
import { buildSearchIndex } from '../../src/outputs/search-index';
import { SearchEngine } from '../../src/search/search';
import { exampleResponse } from '../../src/pipeline/classify/response-shape';
import { shortLinksOf } from '../../src/outputs/short-links';
import type { Catalog } from '../../src/core/types';

const root = fileURLToPath(new URL('../..', import.meta.url));
let seeds: Catalog;
let index: CodeIndex;
let fixtures: CodeIndex;
const engines = new Map<CodeIndex, SearchEngine>();
beforeAll(async () => {
	seeds = await loadCatalog({ root });
	index = codeIndexOf(seeds, routes);
	const site = await loadCatalog({ root, contentDir: 'tests/fixtures/site' });
	fixtures = codeIndexOf(site, routes);
	// Through JSON, as the browser's worker gets it.
	const engineOf = (catalog: Catalog) =>
		new SearchEngine(JSON.parse(JSON.stringify(buildSearchIndex(catalog))), routes);
	engines.set(index, engineOf(seeds));
	engines.set(fixtures, engineOf(site));
});

/** What the 404 page offers for a path: the search's candidates, ranked. */
function suggestFor(path: string, codes: CodeIndex) {
	const asked = readMissingPath(path, codes, routes);
	const hits = asked.code === null ? [] : engines.get(codes)!.codeSuggestions(asked.code, 50);
	return suggestCodes(asked, codes, candidatesOf(hits, codes));
}

const codesOf = (list: { code: { code: string } }[]) => list.map((item) => item.code.code);

describe('short links', () => {
	it('send a code with one page, even one with several variants, straight to it', () => {
		const zero = shortLinksOf(index).find((link) => link.path === '/e/0/')!;
		expect(zero.targets.map((target) => target.url)).toEqual(['/pluralkit/0/']);
		expect(shortLinksOf(index).find((link) => link.path === '/e/20003/')!.targets).toHaveLength(1);
	});

	it('list every page of a code that several sources document', () => {
		const declined = shortLinksOf(fixtures).find((link) => link.path === '/e/card-declined/')!;
		expect(declined.targets.map((target) => target.url).sort()).toEqual([
			'/acme-billing/card-declined/',
			'/acme-payments/card-declined/',
		]);
	});

	it('are one per code slug', () => {
		const links = shortLinksOf(index);
		expect(new Set(links.map((link) => link.path)).size).toBe(links.length);
		expect(links.flatMap((link) => link.targets)).toHaveLength(index.codes.length);
	});
});

describe('a missing path', () => {
	it('is read as a short link, a source and code, or a bare code', () => {
		expect(readMissingPath('/e/20011/', index, routes)).toEqual({ source: null, code: '20011' });
		expect(readMissingPath('/PluralKit/20011/', index, routes)).toEqual({
			source: 'pluralkit',
			code: '20011',
		});
		expect(readMissingPath('/20011/', index, routes)).toEqual({ source: null, code: '20011' });
		expect(readMissingPath('/pluralkit/', index, routes)).toEqual({
			source: 'pluralkit',
			code: null,
		});
		expect(readMissingPath('/%E0%A4%A/', index, routes)).toEqual({
			source: null,
			code: '%E0%A4%A',
		});
	});

	it('that differs from a page only in case or spelling of the code leads to that page', () => {
		expect(pathMeant('/PluralKit/20003/', index, routes)).toBe('/pluralkit/20003/');
		expect(pathMeant('/pluralkit/20003', index, routes)).toBe('/pluralkit/20003/');
		expect(pathMeant('/e/CARD_DECLINED/', fixtures, routes)).toBe('/e/card-declined/');
		expect(pathMeant('/e/card_declined', fixtures, routes)).toBe('/e/card-declined/');
		expect(pathMeant('/CODES/', index, routes)).toBe('/codes/');
		expect(pathMeant('/pluralkit/20011/', index, routes)).toBeNull();
		expect(pathMeant('/e/0/', index, routes)).toBeNull();
	});

	it("under another locale's folder leads to errdex's page, which is in the default language only", () => {
		expect(pathMeant('/en/pluralkit/20003/', index, routes, ['en', 'ja'])).toBe(
			'/pluralkit/20003/',
		);
		expect(pathMeant('/ja/codes/', index, routes, ['en', 'ja'])).toBe('/codes/');
		expect(pathMeant('/ja/e/0/', index, routes, ['en', 'ja'])).toBe('/e/0/');
		expect(pathMeant('/ja/pluralkit/20011/', index, routes, ['en', 'ja'])).toBeNull();
		// A path under a folder that is not a locale is not read as one.
		expect(pathMeant('/en/pluralkit/20003/', index, routes, [])).toBeNull();
		const based = createRoutes({ base: '/docs/', prefix: 'errors' });
		const under = codeIndexOf(seeds, based);
		expect(pathMeant('/docs/fr/errors/pluralkit/0/', under, based, ['fr'])).toBe(
			'/docs/errors/pluralkit/0/',
		);
	});

	it('is offered the numerically nearest codes of its source first', () => {
		const suggestions = suggestFor('/pluralkit/20011/', index);
		expect(codesOf(suggestions).slice(0, 3)).toEqual(['20010', '20009', '20008']);
		expect(suggestions[0]!.reason).toBe('nearest number');
		expect(suggestions).toHaveLength(8);
	});

	it('that names an existing code in the wrong source is offered that code first', () => {
		const suggestions = suggestFor('/ffxiv-companion/20003/', index);
		expect(suggestions[0]).toMatchObject({
			code: { url: '/pluralkit/20003/' },
			reason: 'same code',
		});
	});

	it('is offered codes of the same family or spelt alike, and nothing unrelated', () => {
		const family = suggestFor('/e/card_expird/', fixtures);
		expect(codesOf(family)[0]).toBe('card_expired');
		expect(codesOf(family)).not.toContain('payment_timeout');
		expect(suggestFor('/e/zzzzzz/', fixtures)).toEqual([]);
		expect(suggestFor('/pluralkit/', index)).toEqual([]);
	});

	it('gives what it holds to the search', () => {
		expect(searchTextOf(readMissingPath('/e/member not found/', index, routes))).toBe(
			'member not found',
		);
		expect(searchTextOf(readMissingPath('/pluralkit/', index, routes))).toBe('pluralkit');
	});
});

/** The error body a document of one table describes, as the pipeline reads it. */
const responseShapeOf = (table: string) =>
	buildCatalog([{ file: 'content/doc.md', text: `${table}\n` }]).sources[0]!.responseShape;

describe('example responses', () => {
	it('follow the error body PluralKit documents, with the code typed as it says', () => {
		const shape = seeds.sources.find((source) => source.id === 'pluralkit')!.responseShape!;
		expect(shape).toEqual({ codeKey: 'code', numericCode: true, messageKey: 'message' });
		expect(
			JSON.parse(
				exampleResponse(shape, { code: '20003', message: "Member '{memberRef}' not found." }),
			),
		).toEqual({
			code: 20003,
			message: "Member '{memberRef}' not found.",
		});
	});

	it('are not made up for a source that documents no error body', () => {
		expect(
			seeds.sources.find((source) => source.id === 'ffxiv-companion')!.responseShape,
		).toBeNull();
		const onlyMessage =
			'<table><tr><th>key</th><th>type</th></tr><tr><td>message</td><td>string</td></tr></table>';
		expect(responseShapeOf(onlyMessage)).toBeNull();
	});

	it('keep a code that is not a number as a string', () => {
		const html =
			'<table><tr><th>Field</th><th>Type</th></tr><tr><td>error_code</td><td>string</td></tr><tr><td>detail</td><td>string</td></tr></table>';
		const shape = responseShapeOf(html)!;
		expect(JSON.parse(exampleResponse(shape, { code: 'E0001', message: 'Duplicate key' }))).toEqual(
			{ error_code: 'E0001', detail: 'Duplicate key' },
		);
	});
});

describe('truncate', () => {
	it('cuts at a word and marks the cut', () => {
		expect(truncate('short', 10)).toBe('short');
		expect(truncate('Switch not found, switch associated with different system', 30)).toBe(
			'Switch not found, switch…',
		);
	});
});
