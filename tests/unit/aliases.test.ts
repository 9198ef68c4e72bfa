/**
 * A code's other names (`Entry.aliases`) after the pipeline: code pages and cross-links, the
 * export, `/codes.json`, short links and their pages, the 404 page, the code page and its link
 * preview. The catalog is made by hand: three small documents whose codes are given aliases as
 * the entries stage gives them.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, routes, t, withAliases } from './helpers';
import type { Catalog, CodePage } from '../../src/core/types';
import { codeIndexOf } from '../../src/outputs/code-index';
import { exportCatalog } from '../../src/outputs/export';
import { pageRefs, resolveLinks } from '../../src/outputs/page-refs';
import { jsonLdOf, previewOf, serializeJsonLd } from '../../src/outputs/preview';
import { redirectPageHtml } from '../../src/outputs/redirect-page';
import { shortLinksOf } from '../../src/outputs/short-links';
import { codePageView } from '../../src/views/code-page';
import { buildSearchIndex } from '../../src/outputs/search-index';
import { SearchEngine } from '../../src/search/search';
import { candidatesOf, pathMeant, readMissingPath, suggestCodes } from '../../src/views/not-found';
import { choicesDescription, redirectOf, shortLinkViews } from '../../src/views/short-link';

const HOSTILE = '</script><img src=x onerror=alert(1)>';

/** Gateway has codes that SDK knows as aliases; Legacy shares an alias with SDK. */
export function aliasCatalog(): Catalog {
	const table = (rows: string[]) =>
		['| Code | Status | Message |', '|---|---|---|', ...rows].join('\n');
	return withAliases(
		buildCatalog([
			{
				file: 'content/gateway.md',
				text: `# Gateway errors\n\n${table(['| ThrottledError | 429 | Too many requests. |', '| 258 | 400 | Bad reader id. |'])}\n`,
			},
			{
				file: 'content/legacy.md',
				text: `# Legacy errors\n\n${table(['| LIMIT | 429 | Limit hit. |'])}\n`,
			},
			{
				file: 'content/sdk.md',
				text: `# SDK errors\n\n${table([
					'| RATE_LIMITED | 429 | The rate limit was exceeded; see SessionExpiredError. |',
					'| SESSION_EXPIRED | 401 | The session expired; sign in again. |',
					'| 0x0102 | 503 | The card reader is not connected. |',
				])}\n`,
			},
		]),
		{
			'sdk/RATE_LIMITED': ['ThrottledError', 'rate-limited', 'E429'],
			'sdk/SESSION_EXPIRED': ['SessionExpiredError', HOSTILE],
			'sdk/0x0102': ['258'],
			'legacy/LIMIT': ['ThrottledError'],
		},
	);
}

const catalog = aliasCatalog();
const page = (source: string, code: string): CodePage =>
	catalog.pages.find((p) => p.source === source && p.code === code)!;
const index = codeIndexOf(catalog, routes);
const links = shortLinksOf(index);
const link = (path: string) => links.find((l) => l.path === path)!;
const names = (list: { source: string; code: string }[]) =>
	list.map((item) => `${item.source}:${item.code}`);

describe('code pages', () => {
	it("list each alias once, never the code written another way, with its short link's slug", () => {
		expect(page('sdk', 'RATE_LIMITED').aliases).toEqual([
			{ name: 'ThrottledError', short: 'throttlederror' },
			{ name: 'E429', short: 'e429' },
		]);
		expect(page('gateway', 'ThrottledError').aliases).toEqual([]);
	});

	it('give an alias the short link of the code it spells, and a code its own as before', () => {
		expect(page('gateway', 'ThrottledError').short).toBe('throttlederror');
		expect(page('sdk', 'RATE_LIMITED').short).toBe('rate-limited');
		expect(page('sdk', '0x0102').aliases).toEqual([{ name: '258', short: '258' }]);
	});
});

describe('cross-links through aliases', () => {
	const refs = pageRefs(catalog, routes);
	const linksOf = (source: string, code: string) => resolveLinks(page(source, code).links, refs);

	it('make a code in one source and an alias in another the same code, both ways', () => {
		expect(names(linksOf('sdk', 'RATE_LIMITED').elsewhere)).toEqual([
			'gateway:ThrottledError',
			'legacy:LIMIT',
		]);
		expect(names(linksOf('gateway', 'ThrottledError').elsewhere)).toEqual([
			'legacy:LIMIT',
			'sdk:RATE_LIMITED',
		]);
		expect(names(linksOf('legacy', 'LIMIT').elsewhere)).toEqual([
			'gateway:ThrottledError',
			'sdk:RATE_LIMITED',
		]);
	});

	it('do not make a number that is another notation of a code the same as a code elsewhere', () => {
		expect(linksOf('sdk', '0x0102').elsewhere).toEqual([]);
		expect(linksOf('gateway', '258').elsewhere).toEqual([]);
	});

	it('link a text that names a code by its alias to the code, and back', () => {
		expect(names(linksOf('sdk', 'RATE_LIMITED').mentions)).toEqual(['sdk:SESSION_EXPIRED']);
		expect(names(linksOf('sdk', 'SESSION_EXPIRED').mentionedBy)).toEqual(['sdk:RATE_LIMITED']);
	});
});

describe('/errors.json', () => {
	const exported = exportCatalog(catalog, routes);

	it('gives every entry its aliases, an empty list when it has none', () => {
		const entry = (code: string) => exported.entries.find((e) => e.code === code)!;
		expect(entry('RATE_LIMITED').aliases).toEqual(['ThrottledError', 'rate-limited', 'E429']);
		expect(entry('0x0102').aliases).toEqual(['258']);
		expect(entry('LIMIT').aliases).toEqual(['ThrottledError']);
		expect(entry('258')).toHaveProperty('aliases', []);
		expect(exported.entries.every((e) => Array.isArray(e.aliases))).toBe(true);
	});
});

describe('/codes.json', () => {
	it('gives the aliases of a code with their short links, and nothing for a code without', () => {
		const code = (name: string) => index.codes.find((c) => c.code === name)!;
		expect(code('RATE_LIMITED').aliases).toEqual([
			{ name: 'ThrottledError', short: '/e/throttlederror/' },
			{ name: 'E429', short: '/e/e429/' },
		]);
		expect(code('ThrottledError')).not.toHaveProperty('aliases');
	});
});

describe('short links', () => {
	it('lead from an alias to its code', () => {
		expect(link('/e/e429/')).toMatchObject({ code: 'E429' });
		expect(link('/e/e429/').targets.map((t) => t.url)).toEqual(['/sdk/rate-limited/']);
		expect(link('/e/sessionexpirederror/').targets.map((t) => t.url)).toEqual([
			'/sdk/session-expired/',
		]);
	});

	it("let the reader choose when an alias is another code's, or several codes'", () => {
		const throttled = link('/e/throttlederror/');
		expect(throttled.code).toBe('ThrottledError');
		expect(throttled.targets.map((t) => t.url)).toEqual([
			'/gateway/throttlederror/',
			'/legacy/limit/',
			'/sdk/rate-limited/',
		]);
		expect(link('/e/258/').targets.map((t) => t.url)).toEqual(['/gateway/258/', '/sdk/0x0102/']);
	});

	it('are one per name, each path once', () => {
		expect(new Set(links.map((l) => l.path)).size).toBe(links.length);
		const aliases = catalog.pages.reduce((sum, p) => sum + p.aliases.length, 0);
		expect(links.flatMap((l) => l.targets)).toHaveLength(index.codes.length + aliases);
	});

	it('say on their page which name a choice is offered by, and redirect with it', () => {
		const views = shortLinkViews(catalog, routes);
		const throttled = views.find((view) => view.slug === 'throttlederror')!;
		expect(redirectOf(throttled, t)).toBeNull();
		expect(throttled.choices.map((c) => [c.code.code, c.alias])).toEqual([
			['ThrottledError', undefined],
			['LIMIT', 'ThrottledError'],
			['RATE_LIMITED', 'ThrottledError'],
		]);
		expect(choicesDescription(throttled, t)).toBe(
			'ThrottledError is documented in 3 sources: Gateway errors, Legacy errors, and SDK errors.',
		);
		const e429 = views.find((view) => view.slug === 'e429')!;
		expect(redirectOf(e429, t)).toEqual({
			to: '/sdk/rate-limited/',
			code: 'RATE_LIMITED (E429)',
			source: 'SDK errors',
			title:
				'RATE_LIMITED (E429): The rate limit was exceeded; see SessionExpiredError. — SDK errors',
			description:
				'RATE_LIMITED (E429) in SDK errors: The rate limit was exceeded; see SessionExpiredError.',
		});
	});

	it('write an alias that holds markup as text on the redirect page', () => {
		const hostile = shortLinkViews(catalog, routes).find(
			(view) => view.choices[0]?.alias === HOSTILE,
		)!;
		expect(hostile.path).toMatch(/^\/e\/[a-z0-9-]+\/$/);
		const html = redirectPageHtml(redirectOf(hostile, t)!, undefined, 'Errors', t);
		expect(html).not.toContain('<img');
		expect(html).not.toContain('</script>');
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
	});
});

describe('the 404 page', () => {
	// As the page does: the search index offers the candidates, which are then ranked.
	const engine = new SearchEngine(JSON.parse(JSON.stringify(buildSearchIndex(catalog))), routes);
	const suggestFor = (path: string) => {
		const asked = readMissingPath(path, index, routes);
		const hits = asked.code === null ? [] : engine.codeSuggestions(asked.code, 50);
		return suggestCodes(asked, index, candidatesOf(hits, index));
	};

	it('sends a short link written as an alias is on to its short link', () => {
		expect(pathMeant('/e/ThrottledError/', index, routes)).toBe('/e/throttlederror/');
		expect(pathMeant('/e/SessionExpiredError/', index, routes)).toBe('/e/sessionexpirederror/');
		expect(pathMeant('/e/E429', index, routes)).toBe('/e/e429/');
		expect(pathMeant('/e/e429/', index, routes)).toBeNull();
	});

	it('offers the code whose alias a mistyped short link spells, saying by which name', () => {
		const [first] = suggestFor('/e/sessionexpirederorr/');
		expect(first).toMatchObject({
			code: { code: 'SESSION_EXPIRED' },
			reason: 'similar code',
			alias: 'SessionExpiredError',
		});
	});

	it('offers a code by its alias as the same code, in any source the path names', () => {
		const suggestions = suggestFor('/gateway/E429/');
		expect(suggestions[0]).toMatchObject({
			code: { code: 'RATE_LIMITED' },
			reason: 'same code',
			alias: 'E429',
		});
	});

	it('names no alias where a code is near by its number', () => {
		const suggestions = suggestFor('/gateway/257/');
		expect(suggestions[0]).toMatchObject({ code: { code: '258' }, reason: 'nearest number' });
		expect(suggestions.every((s) => s.alias === undefined)).toBe(true);
	});
});

describe('the code page', () => {
	const sdk = catalog.sources.find((s) => s.id === 'sdk')!;
	const view = (code: string) =>
		codePageView(page('sdk', code), sdk, pageRefs(catalog, routes), routes, undefined, 'Errors', t);

	it('shows each alias, copyable, with its short link', () => {
		expect(view('RATE_LIMITED').aliases).toEqual({
			label: 'Also known as',
			names: [
				{ name: 'ThrottledError', short: '/e/throttlederror/', copyLabel: 'Copy ThrottledError' },
				{ name: 'E429', short: '/e/e429/', copyLabel: 'Copy E429' },
			],
		});
		expect(view('0x0102').aliases?.names.map((n) => n.name)).toEqual(['258']);
	});

	it('has no such list for a code without aliases', () => {
		const gateway = catalog.sources.find((s) => s.id === 'gateway')!;
		const plain = codePageView(
			page('gateway', '258'),
			gateway,
			pageRefs(catalog, routes),
			routes,
			undefined,
			'Errors',
			t,
		);
		expect(plain.aliases).toBeNull();
		expect(plain.title).toBe('258');
	});

	it('names the aliases in its preview, and as alternate names of the term', () => {
		const preview = previewOf(page('sdk', 'RATE_LIMITED'), 'SDK errors', t);
		expect(preview.title).toBe(
			'RATE_LIMITED (ThrottledError): The rate limit was exceeded; see SessionExpiredError. — SDK errors',
		);
		expect(preview.description).toBe(
			'RATE_LIMITED (also ThrottledError and E429) in SDK errors (HTTP 429 Too Many Requests): The rate limit was exceeded; see SessionExpiredError.',
		);
		const ld = jsonLdOf(page('sdk', 'RATE_LIMITED'), sdk, preview, undefined, routes);
		expect(ld).toMatchObject({ name: 'RATE_LIMITED', alternateName: ['ThrottledError', 'E429'] });
		expect(jsonLdOf(page('sdk', '0x0102'), sdk, preview, undefined, routes)).toMatchObject({
			alternateName: ['258'],
		});
		const plain = page('gateway', '258');
		expect(jsonLdOf(plain, sdk, previewOf(plain, 'G', t), undefined, routes)).not.toHaveProperty(
			'alternateName',
		);
	});

	it('keeps an alias that holds markup a string inside its JSON-LD script', () => {
		const hostile = page('sdk', 'SESSION_EXPIRED');
		const json = serializeJsonLd(
			jsonLdOf(hostile, sdk, previewOf(hostile, 'SDK errors', t), undefined, routes),
		);
		expect(json).not.toMatch(/[<>]/);
		expect(JSON.parse(json).alternateName).toEqual(['SessionExpiredError', HOSTILE]);
	});
});
