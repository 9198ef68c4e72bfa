/**
 * The search finds a code by its other names (`Entry.aliases`) as it finds it by its code:
 * exactly, with a slip, by the words of a camelCase name, and inside a pasted log line,
 * exception or JSON body. A hand-made catalog, through the index as the browser gets it.
 */
import { describe, expect, it } from 'vitest';
import { routes } from './helpers';
import { bareSource } from '../../bench/synthetic';
import type { Catalog, Entry } from '../../src/core/types';
import { slugOf } from '../../src/pipeline/link/slugs';
import { buildSearchIndex } from '../../src/outputs/search-index';
import { INDEX_VERSION } from '../../src/search/format';
import { SearchEngine } from '../../src/search/search';

type Row = Pick<Entry, 'code' | 'message'> & Partial<Entry>;

const ACME: Row[] = [
	{ code: 'RATE_LIMITED', aliases: ['ThrottledError'], message: 'The rate limit was exceeded.' },
	{ code: 'QUOTA_WARNING', message: 'Requests are close to the daily quota.' },
	{
		code: 'SESSION_EXPIRED',
		aliases: ['SessionExpiredError'],
		message: 'The session expired; sign in again.',
		status: 401,
	},
	{ code: '0x0102', aliases: ['258'], message: 'The card reader is not connected.' },
	{ code: 'CARD_DECLINED', message: 'The card was declined by its issuer.' },
];
const OTHER: Row[] = [
	{ code: 'ThrottledError', message: 'Too many requests.' },
	{ code: 'READER_OFFLINE', message: 'The reader went offline.' },
];

function catalogOf(rows: Record<string, Row[]>): Catalog {
	return {
		sources: Object.entries(rows).map(([id, list]) => bareSource(id, id, list.length)),
		entries: Object.entries(rows).flatMap(([id, list]) =>
			list.map((row, i): Entry => {
				const slug = slugOf(row.code);
				return {
					source: id,
					codeNote: '',
					aliases: [],
					status: null,
					statusText: '',
					messageHtml: row.message,
					placeholders: [],
					details: [],
					section: [],
					file: `content/${id}.md`,
					line: i + 3,
					table: 0,
					row: i,
					variant: 0,
					slug,
					anchor: slug,
					...row,
				};
			}),
		),
		pages: [],
	};
}

const catalog = catalogOf({ acme: ACME, other: OTHER });
// Through JSON, as the browser gets it.
const index = JSON.parse(JSON.stringify(buildSearchIndex(catalog)));
const engine = new SearchEngine(index, routes);
const top = (query: string, limit = 3) =>
	engine.search(query, limit).map((hit) => `${hit.source}/${hit.code}`);

describe('the search index', () => {
	it('lists the aliases apart, with the step to the entry of each, under a new version', () => {
		expect(index.version).toBe(INDEX_VERSION);
		expect(INDEX_VERSION).toBeGreaterThanOrEqual(4);
		expect(index.entries.alias).toBe('ThrottledError\nSessionExpiredError\n258');
		expect(index.entries.aliasEntry).toEqual([0, 2, 1]);
	});

	it('adds next to nothing for a catalog without aliases', () => {
		const plain = buildSearchIndex(catalogOf({ other: OTHER }));
		expect(plain.entries.alias).toBe('');
		expect(plain.entries.aliasEntry).toEqual([]);
	});

	it('lists an alias that is the code written another way no more than the code', () => {
		const twice = buildSearchIndex(
			catalogOf({
				x: [
					{
						code: 'RATE_LIMITED',
						aliases: ['rate-limited', 'Throttled', 'throttled'],
						message: '',
					},
				],
			}),
		);
		expect(twice.entries.alias).toBe('Throttled');
	});
});

describe('an alias typed as it is', () => {
	it('finds its code, first after a code of that name, as a code is found', () => {
		const [code, alias] = engine.search('ThrottledError');
		expect(code).toMatchObject({
			kind: 'code',
			source: 'other',
			code: 'ThrottledError',
			alias: null,
		});
		expect(alias).toMatchObject({
			kind: 'code',
			source: 'acme',
			code: 'RATE_LIMITED',
			url: '/acme/rate-limited/',
			alias: 'ThrottledError',
			aliasRanges: [[0, 14]],
			codeRanges: [],
		});
	});

	it('finds it regardless of case, first, so that Enter opens its page', () => {
		const [first] = engine.search('sessionexpirederror');
		expect(first).toMatchObject({
			kind: 'code',
			code: 'SESSION_EXPIRED',
			url: '/acme/session-expired/',
			alias: 'SessionExpiredError',
		});
	});

	it('finds a hex code by its decimal twin', () => {
		expect(engine.search('258')[0]).toMatchObject({
			kind: 'code',
			code: '0x0102',
			alias: '258',
		});
	});
});

describe('an alias written with a slip', () => {
	it('finds its code', () => {
		expect(engine.search('SessionExpiredEror')[0]).toMatchObject({
			kind: 'code-typo',
			code: 'SESSION_EXPIRED',
			alias: 'SessionExpiredError',
		});
		expect(top('ThrottledEror')).toEqual(['other/ThrottledError', 'acme/RATE_LIMITED']);
	});
});

describe('the words of a camelCase alias', () => {
	it('find its code, and say which alias held them', () => {
		expect(top('throttled')).toContain('acme/RATE_LIMITED');
		const hit = engine.search('throttled').find((h) => h.code === 'RATE_LIMITED')!;
		expect(hit.alias).toBe('ThrottledError');
		expect(hit.aliasRanges).toEqual([[0, 14]]);
	});

	it('are not said when the code itself holds them', () => {
		const hit = engine.search('session expired').find((h) => h.code === 'SESSION_EXPIRED')!;
		expect(hit.alias).toBeNull();
	});
});

describe('an alias in a pasted text', () => {
	it('names its code in a log line or exception', () => {
		expect(engine.search('ThrottledError: rate limit exceeded')[0]).toMatchObject({
			code: 'RATE_LIMITED',
			alias: 'ThrottledError',
		});
		const trace = [
			'com.acme.sdk.SessionExpiredError: session expired',
			'\tat com.acme.sdk.Client.send(Client.java:212)',
			'\tat com.acme.app.Main.main(Main.java:9)',
		].join('\n');
		expect(engine.search(trace)[0]).toMatchObject({
			code: 'SESSION_EXPIRED',
			alias: 'SessionExpiredError',
		});
	});

	it('names its code in a JSON error body', () => {
		const body = JSON.stringify({ error: 'SessionExpiredError', status: 401 });
		expect(engine.search(body)[0]).toMatchObject({
			code: 'SESSION_EXPIRED',
			alias: 'SessionExpiredError',
			url: '/acme/session-expired/',
		});
		expect(engine.search('{"error": {"code": "258", "detail": "no reader"}}')[0]).toMatchObject({
			code: '0x0102',
			alias: '258',
		});
	});
});
