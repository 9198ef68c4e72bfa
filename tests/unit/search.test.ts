/**
 * The search on the bundled seeds (the ranking examples of DESIGN.md and issue 3), and on
 * small hand-made catalogs for what the seeds do not contain.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, routes, routes as paths } from './helpers';
import { buildSearchIndex } from '../../src/outputs/search-index';
import { Corpus } from '../../src/search/corpus';
import { splitByRanges } from '../../src/search/highlight';
import { readErrorBody, statusIn } from '../../src/search/paste';
import { SearchEngine, type SearchHit } from '../../src/search/search';
import { slugOf } from '../../src/pipeline/link/slugs';
import type { Catalog, Entry, Source } from '../../src/core/types';
import { bareSource } from '../../bench/synthetic';

const root = fileURLToPath(new URL('../..', import.meta.url));

let catalog: Catalog;
let engine: SearchEngine;
beforeAll(async () => {
	catalog = await loadCatalog({ root });
	// Through JSON, as the browser gets it.
	engine = new SearchEngine(JSON.parse(JSON.stringify(buildSearchIndex(catalog))), routes);
});

const codes = (query: string, limit = 10) =>
	engine.search(query, limit).map((hit) => `${hit.source}/${hit.code}`);
const first = (query: string) => codes(query, 1)[0];

describe('ranking on the seeds', () => {
	it('puts an exact code first', () => {
		expect(first('20003')).toBe('pluralkit/20003');
		expect(engine.search('20003')[0]).toMatchObject({
			kind: 'code',
			url: '/pluralkit/20003/',
			status: 404,
			sourceTitle: 'Errors and Status Codes',
		});
	});

	it('completes a code prefix with the codes it begins', () => {
		expect(codes('2000')).toEqual(
			['20001', '20002', '20003', '20004', '20005', '20006', '20007', '20008', '20009'].map(
				(c) => `pluralkit/${c}`,
			),
		);
	});

	it('reads message words through typos', () => {
		expect(codes('membr not fund', 3)).toEqual(
			expect.arrayContaining(['pluralkit/20002', 'pluralkit/20003']),
		);
	});

	it('matches a concrete message against the template it was made from', () => {
		expect(engine.search("Member 'Ab3xZ' not found.")[0]).toMatchObject({
			kind: 'message',
			code: '20003',
		});
		// Curly quotes, other case, no full stop: still the same message.
		expect(first('member ‘Ab3xZ’ NOT FOUND')).toBe('pluralkit/20003');
	});

	it('reads code and message from a JSON error body', () => {
		expect(first(`{"code": 20003, "message": "Member 'x' not found."}`)).toBe('pluralkit/20003');
		expect(
			first(
				`HTTP/1.1 404 Not Found\n\n{"error": {"code": 20005, "message": "Group 'abc' not found."}}`,
			),
		).toBe('pluralkit/20005');
	});

	it('tells the variants of a repeated code apart by their message or status', () => {
		expect(
			engine.search('{"code": 0, "message": "Bad Request (usually invalid JSON)"}')[0],
		).toMatchObject({ code: '0', status: 400 });
		expect(
			engine.search('{"code": 0, "message": "Missing or invalid Authorization header"}')[0],
		).toMatchObject({ code: '0', status: 401 });
	});

	it('reads code and message from a log line', () => {
		expect(
			first(
				'2024-05-01T12:00:00Z ERROR pk-api: 20008 Switch not found, switch associated with different system, or unauthorized to view front history.',
			),
		).toBe('pluralkit/20008');
	});

	it('finds companion codes by words of their description', () => {
		expect(first('Under Maintenance')).toBe('ffxiv-companion/100000');
		expect(codes('session expired', 3)).toEqual(
			expect.arrayContaining(['ffxiv-companion/111001', 'ffxiv-companion/311007']),
		);
		expect(first('banned')).toBe('ffxiv-companion/210010');
	});

	it('lists the codes that return an HTTP status', () => {
		const expected = catalog.entries
			.filter((e) => e.status === 404)
			.map((e) => `${e.source}/${e.code}`);
		expect(codes('404', 50)).toEqual(expected);
		expect(engine.search('404').every((hit) => hit.kind === 'status')).toBe(true);
		expect(codes('HTTP 403', 50)).toEqual(
			catalog.entries.filter((e) => e.status === 403).map((e) => `${e.source}/${e.code}`),
		);
	});

	it('finds a number mentioned in a description', () => {
		expect(first('503')).toBe('ffxiv-companion/100000');
	});

	it('answers every prefix of a typed query without error', () => {
		const typed = 'membr not fund';
		for (let i = 1; i <= typed.length; i++)
			expect(() => engine.search(typed.slice(0, i))).not.toThrow();
		expect(codes('Session has exp', 1)).toEqual(['ffxiv-companion/111001']);
	});

	it('returns nothing for an empty query or words the catalog does not have', () => {
		expect(engine.search('   ')).toEqual([]);
		expect(engine.search('zzqxj')).toEqual([]);
	});
});

describe('highlights', () => {
	const marked = (hit: SearchHit) =>
		splitByRanges(hit.message, hit.messageRanges)
			.filter((run) => run.marked)
			.map((run) => run.text);

	it('marks the message words a fuzzy query matched, typos included', () => {
		const hit = engine.search('membr not fund').find((h) => h.code === '20002')!;
		expect(marked(hit)).toEqual(['Member', 'not', 'found']);
	});

	it('marks the literal parts of a matched template, not the placeholder', () => {
		const hit = engine.search("Member 'Ab3xZ' not found.")[0]!;
		expect(marked(hit)).toEqual(['Member', 'not', 'found']);
	});

	it('marks the typed part of a code', () => {
		const hit = engine.search('2000')[0]!;
		expect(splitByRanges(hit.code, hit.codeRanges)).toEqual([
			{ text: '2000', marked: true },
			{ text: '1', marked: false },
		]);
	});
});

describe('the index', () => {
	it('gives back every message exactly, and the page URL of every entry', () => {
		const corpus = new Corpus(buildSearchIndex(catalog), routes);
		catalog.entries.forEach((entry, i) => {
			expect(corpus.message(i)).toBe(entry.message);
			expect(corpus.url(i)).toBe(paths.code(entry.source, entry.slug));
		});
	});

	it('keeps odd spacing, punctuation and non-Latin text', () => {
		const messages = [
			' leading',
			'trailing ',
			'two  spaces',
			'tab\there',
			'ユーザーが見つかりません。',
			'Ça a échoué — réessayez',
			'',
			'{memberRef}',
			'%s: %d',
		];
		const corpus = new Corpus(
			buildSearchIndex(catalogOf(messages.map((message, i) => ({ code: `C${i}`, message })))),
			routes,
		);
		messages.forEach((message, i) => expect(corpus.message(i)).toBe(message));
	});

	it('writes a repeated message once, and not a message whose words are each used once', () => {
		const messages = [
			'Unknown qq1',
			'Not found',
			'Unknown qq2',
			'Not found',
			'',
			'Unknown qq3',
			'Not found',
			'',
		];
		const index = buildSearchIndex(
			catalogOf(messages.map((message, i) => ({ code: `C${i}`, message }))),
		);
		expect(index.entries.message.split(',').filter((list) => list.startsWith('~'))).toHaveLength(2);
		const corpus = new Corpus(index, routes);
		messages.forEach((message, i) => expect(corpus.message(i)).toBe(message));
	});

	it('is the same file for the same catalog', () => {
		expect(JSON.stringify(buildSearchIndex(catalog))).toBe(
			JSON.stringify(buildSearchIndex(catalog)),
		);
	});
});

describe('codes', () => {
	const search = (entries: Partial<Entry>[], query: string) =>
		new SearchEngine(buildSearchIndex(catalogOf(entries)), routes)
			.search(query)
			.map((hit) => hit.code);

	it('reads E425 as E0425 only when no other code reads so', () => {
		expect(search([{ code: 'E0425' }, { code: 'E0426' }], 'e425')).toEqual(['E0425']);
		expect(
			search([{ code: 'E0425' }, { code: 'E00425' }], 'E425').filter((c) => c !== 'E425'),
		).toEqual([]);
	});

	it('ignores case and punctuation but not a minus sign', () => {
		expect(search([{ code: 'BLOB_UNKNOWN' }], 'blob-unknown')).toEqual(['BLOB_UNKNOWN']);
		expect(search([{ code: '-1' }, { code: '1' }], '-1')[0]).toBe('-1');
		expect(search([{ code: '-1' }, { code: '1' }], '1')[0]).toBe('1');
	});

	it('reads a code written in hex with any case', () => {
		expect(search([{ code: '0x8024A000' }, { code: '0x8024A001' }], '0x8024a000')[0]).toBe(
			'0x8024A000',
		);
	});
});

describe('templates', () => {
	const search = (entries: Partial<Entry>[], query: string) =>
		new SearchEngine(buildSearchIndex(catalogOf(entries)), routes)
			.search(query)
			.map((hit) => `${hit.kind}:${hit.code}`);

	it('takes printf, dollar and angle-bracket placeholders as wildcards', () => {
		const entries = [
			{ code: 'A', message: 'Too many requests, retry after %d seconds', placeholders: ['%d'] },
			{
				code: 'B',
				message: 'Unknown key ${key} in <section>',
				placeholders: ['${key}', '<section>'],
			},
			{ code: 'C', message: 'Too many requests' },
		];
		expect(search(entries, 'Too many requests, retry after 30 seconds')[0]).toBe('message:A');
		expect(search(entries, 'unknown key colour in [build]')[0]).toBe('message:B');
	});

	it('needs the pasted message to be most of what was pasted, unless its code came too', () => {
		const entries = [
			{ code: 'X1', message: 'Expired' },
			{ code: 'X2', message: 'The session token has expired' },
		];
		expect(search(entries, 'session token expired')[0]).toBe('words:X2');
	});
});

describe('reading pastes', () => {
	it('is not fooled by a template with braces', () => {
		expect(readErrorBody("Member '{memberRef}' not found.")).toBeNull();
	});

	it('reads a status from a response head, a log field or a bare query', () => {
		expect(statusIn('HTTP/2 429 Too Many Requests')).toBe(429);
		expect(statusIn('level=error status=503 msg="upstream down"')).toBe(503);
		expect(statusIn('404')).toBe(404);
		expect(statusIn('404 not found')).toBe(404);
		expect(statusIn('error 20003')).toBeNull();
	});
});

function catalogOf(entries: Partial<Entry>[]): Catalog {
	const source: Source = bareSource('test', 'Test', entries.length);
	return {
		sources: [source],
		entries: entries.map((partial, row) => {
			const code = partial.code ?? String(row);
			const slug = slugOf(code);
			return {
				source: 'test',
				code,
				codeNote: '',
				aliases: [],
				status: null,
				statusText: '',
				message: '',
				messageHtml: '',
				placeholders: [],
				details: [],
				section: [],
				file: 'content/test.md',
				line: row + 1,
				table: 0,
				row,
				variant: 0,
				slug,
				anchor: slug,
				...partial,
			};
		}),
		pages: [],
	};
}
