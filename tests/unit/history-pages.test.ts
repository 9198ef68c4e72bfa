/**
 * What the history gives the pages: the page at a removed or renamed code's address, the rows a
 * source page keeps, the dates of a live code, `/changes/` and its Atom feed, and the short
 * links of codes that are gone. Everything a document wrote stays text.
 */
import { describe, expect, it } from 'vitest';
import { readAtom } from '../atom';
import { changesOf } from '../../src/outputs/changes';
import { changesFeed } from '../../src/outputs/changes-feed';
import { codeIndexOf } from '../../src/outputs/code-index';
import { datesOf, gonePaths, historyIndex } from '../../src/outputs/history';
import { changesPageView } from '../../src/views/changes-page';
import { goneRows, gonePageView, goneSourceView } from '../../src/views/gone-page';
import { redirectOf, shortLinkViews } from '../../src/views/short-link';
import { routes, t } from './helpers';
import { builds, documentRemoved, V1, V2, V3 } from './history-builds';

const site = new URL('https://errors.example.com');

describe('the pages of gone codes', () => {
	const { history, last } = builds(V1, V2, V3);
	const index = historyIndex(history, routes);
	const view = (code: string) => {
		const gone = index.gone.find((page) => page.page.code === code)!;
		return gonePageView(gone, codeIndexOf(last, routes), routes, site, '/changes/source/acme/', t);
	};

	it('say when a code was removed, what it was, and the codes nearest to it now', () => {
		const e2 = view('E2');
		expect(e2.kind).toBe('removed');
		expect(e2.lead).toEqual([
			{ slot: 'code' },
			' was removed from ',
			{ slot: 'source' },
			' on ',
			{ slot: 'date' },
			'.',
		]);
		expect([e2.date, e2.day, e2.badge]).toEqual(['2026-02-01', 'February 1, 2026', 'Removed']);
		expect(e2.description).toBe(
			'E2 was removed from Acme errors on February 1, 2026: The token has expired & more.',
		);
		expect(e2.rows).toEqual([
			expect.objectContaining({
				statusLabel: '401 Unauthorized',
				// The document's markup is not kept: the row is shown as text.
				message: 'The token has expired & more.',
				place: 'content/acme.md:6',
			}),
		]);
		expect(e2.nearest.map((choice) => choice.code.code)).toContain('E1');
		expect(e2.head).toContainEqual({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } });
	});

	it('lead a renamed code on to the end of its renames', () => {
		const e3 = view('E3');
		expect(e3.kind).toBe('renamed');
		expect(e3.renamedTo).toEqual({ code: 'E33', url: '/acme/e333/' });
		expect(e3.description).toBe('E3 was renamed to E33 in Acme errors on February 1, 2026.');
		expect(e3.head[0]).toEqual({ tag: 'title', content: 'E3 (renamed) — Acme errors' });
		expect(e3.head).toContainEqual({
			tag: 'meta',
			attrs: { 'http-equiv': 'refresh', content: '0; url=/acme/e333/' },
		});
		expect(e3.head).toContainEqual({
			tag: 'link',
			attrs: { rel: 'canonical', href: 'https://errors.example.com/acme/e333/' },
		});
	});

	it('are kept out of the sitemap', () => {
		expect([...gonePaths(index, routes)].sort()).toEqual(['/acme/e2/', '/acme/e3/', '/acme/e33/']);
	});

	it('keep their rows on the source page at their old ids, unless the page gives the id away', () => {
		const rows = goneRows(index, 'acme', new Set(['e3']), routes);
		expect(rows.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
			{ id: 'e2', code: 'E2', url: '/acme/e2/', to: null, removed: '2026-02-01T12:00:00Z' },
			{ id: 'e33', code: 'E33', url: '/acme/e333/', to: 'E333', removed: '2026-03-01T12:00:00Z' },
		]);
	});

	it('keep their short links, to the page that says what became of them', () => {
		const links = shortLinkViews(last, routes, index);
		expect(
			redirectOf(
				links.find((link) => link.slug === 'e2')!,
				t,
			),
		).toMatchObject({
			to: '/acme/e2/',
			description: 'E2 in Acme errors: Removed on February 1, 2026. The token has expired & more.',
		});
		expect(
			redirectOf(
				links.find((link) => link.slug === 'e3')!,
				t,
			)!.to,
		).toBe('/acme/e333/');
	});
});

describe('a document removed whole', () => {
	it('keeps its page, listing its codes at their old rows’ ids', () => {
		const second = documentRemoved('2026-04-01T00:00:00Z');
		const index = historyIndex(second, routes);
		expect(index.goneSources.map((source) => source.id)).toEqual(['other']);
		expect(gonePaths(index, routes)).toEqual(new Set(['/other/x1/', '/other/']));
		const view = goneSourceView(index.goneSources[0]!, index, routes, '/changes/source/other/', t);
		expect(view.description).toBe('Other was removed on April 1, 2026.');
		expect(view.lead).toEqual({
			parts: [
				'This document was removed on ',
				{ slot: 'date' },
				'. The codes it documented, as they were:',
			],
			code: '',
			date: '2026-04-01',
			day: 'April 1, 2026',
		});
		expect(view.codes).toEqual([{ id: 'x1', code: 'X1', url: '/other/x1/', message: 'Broken.' }]);
	});
});

describe('a live code page', () => {
	it('knows when its code was first seen, last changed, and what it was renamed from', () => {
		const { history } = builds(V1, V2, V3);
		const index = historyIndex(history, routes);
		expect(datesOf(index, 'acme/e4')).toEqual({
			firstSeen: null,
			changed: '2026-02-01T12:00:00Z',
			formerly: [],
		});
		expect(datesOf(index, 'acme/e333')).toEqual({
			firstSeen: '2026-03-01T12:00:00Z',
			changed: null,
			formerly: [{ code: 'E33', date: '2026-03-01T12:00:00Z' }],
		});
		expect(datesOf(index, 'acme/e1')).toEqual({ firstSeen: null, changed: null, formerly: [] });
	});
});

describe('/changes/ and its feed', () => {
	const { history } = builds(V1, V2, V3);
	const index = historyIndex(history, routes);

	it('list the builds newest first, on pages of their own per source', () => {
		const changes = changesOf(index, routes, 2);
		const all = changes.pages.filter((page) => page.source === '');
		expect(all.map((page) => page.groups.map((group) => group.date))).toEqual([
			['2026-03-01T12:00:00Z'],
			['2026-02-01T12:00:00Z'],
			['2026-02-01T12:00:00Z'],
		]);
		expect(changes.where('acme', 1)).toBe('/changes/source/acme/#build-1');
		expect(changes.where('acme', 0)).toBe('/changes/source/acme/page-2/#build-0');
		const view = changesPageView(changes, all[0]!, routes, t);
		expect(view.filters.map((filter) => [filter.label, filter.href])).toEqual([
			['All sources', '/changes/'],
			['Acme errors (5)', '/changes/source/acme/'],
		]);
		expect(view.count).toBe('5 changes, page 1 of 3');
		expect(view.groups.map((group) => [group.date, group.day])).toEqual([
			['2026-03-01', 'March 1, 2026'],
		]);
		expect(view.pager.map((link) => link?.href)).toEqual([
			'/changes/',
			'/changes/page-2/',
			'/changes/page-3/',
		]);
	});

	it('is a valid Atom feed whose text stays text', () => {
		const hostile = builds(V1, [
			...V1.slice(0, 3),
			['E4', '404', ']]> </content><script>x</script>'],
		]);
		const feed = changesFeed(
			historyIndex(hostile.history, routes),
			changesOf(historyIndex(hostile.history, routes), routes),
			routes,
			site,
			'Errors & <co>',
			t,
		);
		const { problems, entries } = readAtom(feed);
		expect(problems).toEqual([]);
		expect(entries).toEqual([
			{
				id: 'https://errors.example.com/changes/source/acme/#build-0',
				title: 'Acme errors: 1 reworded',
				updated: '2026-02-01T12:00:00Z',
				link: 'https://errors.example.com/changes/source/acme/#build-0',
				content: expect.stringContaining(']]>'),
			},
		]);
		expect(feed).not.toContain('<script>');
	});

	it('is valid before anything changed, without a site address too', () => {
		const { history: quiet } = builds(V1);
		const feed = changesFeed(
			historyIndex(quiet, routes),
			changesOf(historyIndex(quiet, routes), routes),
			routes,
			undefined,
			'Errors',
			t,
		);
		expect(readAtom(feed)).toEqual({ problems: [], entries: [] });
		expect(feed).toContain('<id>urn:errdex:/changes/</id>');
	});
});
