/**
 * What the history gives the pages, on a site whose language is Persian: the page of a removed
 * or renamed code, a removed document's page, the rows a source page keeps, `/changes/`, its
 * feed and the short link of a gone code speak Persian, days in the Persian calendar, with no
 * English but what the documents wrote.
 */
import { describe, expect, it } from 'vitest';
import type { History } from '../../src/core/history';
import { DICTIONARIES } from '../../src/i18n/dictionaries';
import { createTranslate, type Part } from '../../src/i18n/translate';
import { changesOf } from '../../src/outputs/changes';
import { changesFeed } from '../../src/outputs/changes-feed';
import { codeIndexOf } from '../../src/outputs/code-index';
import { historyIndex } from '../../src/outputs/history';
import { changesPageView } from '../../src/views/changes-page';
import { goneRows, gonePageView, goneSourceView } from '../../src/views/gone-page';
import { choiceMessage, redirectOf, shortLinkViews } from '../../src/views/short-link';
import { sourcePageView } from '../../src/views/source-page';
import { readAtom } from '../atom';
import { routes } from './helpers';
import { builds, documentRemoved, V1, V2, V3 } from './history-builds';

const fa = createTranslate('fa', DICTIONARIES['fa']!, 'rtl');
const site = new URL('https://errors.example.com');
const { history, last } = builds(V1, V2, V3);
const index = historyIndex(history, routes);

/** Every word in Latin letters the documents wrote, as the history keeps them. */
const documentWords = (of: History) => new Set(JSON.stringify(of).match(/[A-Za-z]{2,}/g) ?? []);

/** The words in Latin letters of `texts` that no document wrote: English of errdex's own. */
function englishOf(texts: readonly (string | Part[])[], of: History = history): string[] {
	const written = documentWords(of);
	return texts
		.flatMap((text) =>
			typeof text === 'string' ? [text] : text.filter((p) => typeof p === 'string'),
		)
		.flatMap((text) => text.match(/[A-Za-z]{2,}/g) ?? [])
		.filter((word) => word !== 'HTTP' && !written.has(word));
}

/** The day of a build as Persian readers write it: the solar calendar, Persian digits. */
const bahman12 = '۱۲ بهمن ۱۴۰۴';
const esfand10 = '۱۰ اسفند ۱۴۰۴';

describe('the page of a gone code, in Persian', () => {
	const view = (code: string) =>
		gonePageView(
			index.gone.find((gone) => gone.page.code === code)!,
			codeIndexOf(last, routes),
			routes,
			site,
			'/changes/source/acme/',
			fa,
		);

	it('says when a removed code went, in the Persian calendar, and what it was', () => {
		const e2 = view('E2');
		expect(e2.lead).toEqual([
			{ slot: 'code' },
			' در ',
			{ slot: 'date' },
			' از ',
			{ slot: 'source' },
			' حذف شد.',
		]);
		expect([e2.date, e2.day, e2.badge]).toEqual(['2026-02-01', bahman12, 'حذف‌شده']);
		expect(e2.description).toBe(
			`E2 در ${bahman12} از Acme errors حذف شد: The token has expired & more.`,
		);
		expect(e2.head[0]).toEqual({ tag: 'title', content: 'E2 (حذف‌شده) — Acme errors' });
		expect(e2.rows[0]!.statusLabel).toBe('401 Unauthorized');
		expect(e2.labels).toEqual({
			status: 'وضعیت HTTP',
			section: 'بخش',
			documented: 'مستند شده در',
			copy: 'کپی پیوند',
			changes: ['تغییرات ', { slot: 'source' }],
			nearest: 'نزدیک‌ترین کدها در حال حاضر',
		});
		expect(
			englishOf([
				e2.description,
				e2.lead,
				e2.badge,
				e2.lastLabel,
				e2.head[0]!.content!,
				...Object.values(e2.labels),
			]),
		).toEqual([]);
	});

	it('says what a renamed code became, the arrow of its sentence the Persian way', () => {
		const e3 = view('E3');
		expect(e3.lead).toEqual([
			'نام ',
			{ slot: 'code' },
			' در ',
			{ slot: 'date' },
			' در ',
			{ slot: 'source' },
			' به ',
			{ slot: 'to' },
			' تغییر کرد.',
		]);
		expect(e3.goTo).toEqual(['رفتن به ', { slot: 'code' }]);
		expect(e3.badge).toBe('تغییر نام');
		expect(englishOf([e3.description, e3.lead, e3.goTo, e3.head[0]!.content!])).toEqual([]);
	});
});

describe('a document removed whole, in Persian', () => {
	it('says when it went', () => {
		const second = documentRemoved('2026-03-01T00:00:00Z');
		const removed = historyIndex(second, routes);
		const view = goneSourceView(removed.goneSources[0]!, removed, routes, '/changes/', fa);
		expect(view.description).toBe(`Other در ${esfand10} حذف شد.`);
		expect(view.lead).toMatchObject({
			parts: [
				'این سند در ',
				{ slot: 'date' },
				' حذف شد. کدهایی که مستند کرده بود، همان‌گونه که بودند:',
			],
			day: esfand10,
		});
		expect(englishOf([view.description, view.lead.parts, view.changesLabel], second)).toEqual([]);
	});
});

describe('a source page’s rows that are gone, in Persian', () => {
	it('say what became of each, and when', () => {
		const gone = goneRows(index, 'acme', new Set(), routes);
		const view = sourcePageView(last.sources[0]!, 1, [], routes, fa, gone);
		expect(view.gone!.title).toBe('کدهایی که دیگر در این سند نیستند');
		const byCode = new Map(view.gone!.rows.map((row) => [row.code, row]));
		expect(byCode.get('E2')!.what).toEqual({
			parts: ['در ', { slot: 'date' }, ' حذف شد'],
			code: '',
			date: '2026-02-01',
			day: bahman12,
		});
		expect(byCode.get('E33')!.what).toEqual({
			parts: ['در ', { slot: 'date' }, ' به ', { slot: 'code' }, ' تغییر نام داد'],
			code: 'E333',
			date: '2026-03-01',
			day: esfand10,
		});
	});
});

describe('/changes/ in Persian', () => {
	const changes = changesOf(index, routes, 2);
	const all = changes.pages.filter((page) => page.source === '');

	it('counts, names and dates the changes in Persian, newest first', () => {
		const view = changesPageView(changes, all[0]!, routes, fa);
		expect(view.title).toBe('تغییرات');
		expect(view.count).toBe('۵ تغییر، صفحهٔ ۱ از ۳');
		expect(view.groups.map((group) => [group.date, group.day])).toEqual([['2026-03-01', esfand10]]);
		expect(view.groups[0]!.items.map((item) => [item.code.code, item.label])).toEqual([
			['E5', 'افزوده'],
			['E33', 'تغییر نام'],
		]);
		// Read right to left, the old code comes first and the arrow points on to the new one.
		expect(view.renamed).toEqual([{ slot: 'from' }, ' ← ', { slot: 'to' }]);
		expect(view.filters.map((filter) => filter.label)).toEqual(['همهٔ منبع‌ها', 'Acme errors (۵)']);
		expect(
			englishOf([
				view.title,
				view.description,
				view.count,
				view.filterLabel,
				view.feedLabel,
				view.candidates,
				view.wasLabel,
				view.nowLabel,
				...view.groups.flatMap((group) => [group.day, ...group.items.map((item) => item.label)]),
			]).filter((word) => word !== 'Atom'),
		).toEqual([]);
	});

	it('gives a source’s page its title, and says what a reworded code said, status in Persian', () => {
		const acme = changes.pages.find((page) => page.source === 'acme' && page.page === 2)!;
		const view = changesPageView(changes, acme, routes, fa);
		expect(view.title).toBe('تغییرات: \u2068Acme errors\u2069');
		const reworded = view.groups
			.flatMap((group) => group.items)
			.find((item) => item.kind === 'reworded')!;
		expect(reworded.before).toEqual([
			// A status is a code, written as the protocol writes it.
			{ parts: ['HTTP 404: ', { slot: 'message' }], message: 'Not found.' },
		]);
	});

	it('is a feed in Persian, marked as such, its entries laid out right to left', () => {
		const feed = changesFeed(index, changes, routes, site, 'مستندات آکمه', fa);
		expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fa">');
		expect(feed).toContain('<title>مستندات آکمه: تغییرات کدهای خطا</title>');
		const { problems, entries } = readAtom(feed);
		expect(problems).toEqual([]);
		expect(entries.map((entry) => entry.title)).toEqual([
			'Acme errors: ۱ افزوده و ۱ تغییر نام',
			`Acme errors: ${fa.list(['۱ حذف‌شده', '۱ تغییر نام', '۱ بازنویسی'])}`,
		]);
		expect(entries[0]!.content).toMatch(/^<div dir="rtl"><ul><li><strong>افزوده<\/strong> /);
		expect(entries[0]!.content).toContain('<code dir="ltr">E33</code></a> ← <a');
	});
});

describe('the short link of a gone code, in Persian', () => {
	it('says when it went', () => {
		const link = shortLinkViews(last, routes, index).find((view) => view.slug === 'e2')!;
		expect(choiceMessage(link.choices[0]!, fa)).toBe(
			`در ${bahman12} حذف شد. The token has expired & more.`,
		);
		expect(redirectOf(link, fa)!.description).toBe(
			`E2 در Acme errors: در ${bahman12} حذف شد. The token has expired & more.`,
		);
	});
});
