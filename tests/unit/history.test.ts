/**
 * The history stage: the file's format (versioned; a file errdex cannot read is an error, never
 * an empty history), what a build records against the one before, the rename rule's edge
 * cases, and slugs that stay put.
 */
import { describe, expect, it } from 'vitest';
import type { History } from '../../src/core/history';
import { buildCatalog as build, type Document } from '../../src/pipeline';
import {
	HistoryFormatError,
	historyText,
	parseHistory,
	recordBuild,
	rememberedSlugs,
} from '../../src/pipeline/history';
import {
	findRenames,
	nearIdentical,
	THRESHOLDS,
	type Placed,
} from '../../src/pipeline/history/renames';
import { routes } from './helpers';

function document(rows: string[][], file = 'content/acme.md'): Document {
	return {
		file,
		text: [
			'# Acme errors',
			'',
			'## Errors',
			'',
			'| Code | HTTP status | Message |',
			'| --- | --- | --- |',
			...rows.map((row) => `| ${row.join(' | ')} |`),
			'',
		].join('\n'),
	};
}

const V1 = [
	['E1', '400', 'The request is malformed.'],
	['E2', '401', 'The token has expired.'],
	['E3', '403', 'The member is not allowed here.'],
	['E4', '404', 'The member was not found.'],
	['E5', '409', 'The group already exists.'],
];
// E2 removed, E3 renamed to E33 (a word changed), E4 reworded, E6 added.
const V2 = [
	['E1', '400', 'The request is malformed.'],
	['E33', '403', 'The member is not allowed in here.'],
	['E4', '404', 'No member with this id exists.'],
	['E5', '409', 'The group already exists.'],
	['E6', '422', 'The upload is too large.'],
];

const catalogOf = (rows: string[][], history?: History) =>
	build([document(rows)], routes, history ? { remembered: rememberedSlugs(history) } : {});
const text = (history: History) => [...historyText(history)].join('');

describe('recording builds', () => {
	const first = recordBuild(null, catalogOf(V1), '2026-01-01T00:00:00Z');
	const second = recordBuild(first, catalogOf(V2, first), '2026-02-01T00:00:00Z');

	it('begins with the first build: its codes were there before, so none has a date', () => {
		expect(first.builds).toEqual([]);
		expect(first.changes).toEqual([]);
		expect(first.sources[0]!.pages.map((page) => [page.code, page.first, page.removed])).toEqual(
			V1.map(([code]) => [code, null, null]),
		);
	});

	it('records what the next build removed, renamed, reworded and added, with its date', () => {
		expect(second.builds).toEqual(['2026-02-01T00:00:00Z']);
		expect(second.changes.map((change) => `${change.kind} ${change.code}`).sort()).toEqual([
			'added E6',
			'removed E2',
			'renamed E3',
			'reworded E4',
		]);
		const pages = new Map(second.sources[0]!.pages.map((page) => [page.code, page]));
		expect(pages.get('E2')).toMatchObject({ removed: 0, to: null });
		expect(pages.get('E3')).toMatchObject({ removed: 0, to: ['e33'] });
		expect(pages.get('E4')).toMatchObject({ first: null, changed: 0, removed: null });
		expect(pages.get('E6')).toMatchObject({ first: 0, changed: null, removed: null });
		const reworded = second.changes.find((change) => change.kind === 'reworded');
		expect(reworded).toMatchObject({
			before: [{ status: 404, message: 'The member was not found.' }],
			after: [{ status: 404, message: 'No member with this id exists.' }],
		});
	});

	it('keeps the removed pages as they were last published', () => {
		const e2 = second.sources[0]!.pages.find((page) => page.code === 'E2')!;
		expect(e2.rows).toEqual([
			expect.objectContaining({
				status: 401,
				message: 'The token has expired.',
				section: ['Acme errors', 'Errors'],
				anchor: 'e2',
			}),
		]);
	});

	it('changes nothing when the same documents are built again', () => {
		const again = recordBuild(second, catalogOf(V2, second), '2026-03-01T00:00:00Z');
		expect(again.builds).toEqual(second.builds);
		expect(text(again)).toBe(text(second));
	});

	it('records a removed code that comes back as added, keeping when it was first seen', () => {
		const back = recordBuild(second, catalogOf([...V2, ['E2', '401', 'Expired.']], second), 'D3');
		const e2 = back.sources[0]!.pages.find((page) => page.code === 'E2')!;
		expect(e2).toMatchObject({ removed: null, first: null, to: null });
		expect(back.changes.at(-1)).toMatchObject({ kind: 'added', code: 'E2', build: 1 });
	});

	it('records a document removed whole: the source and every page of it', () => {
		const two = [document(V1), document([['X1', '500', 'Broken.']], 'content/other.md')];
		const start = recordBuild(null, build(two, routes), 'D0');
		const after = recordBuild(start, build([document(V1)], routes), 'D1');
		const other = after.sources.find((source) => source.id === 'other')!;
		expect(other.removed).toBe(0);
		expect(other.pages).toEqual([expect.objectContaining({ code: 'X1', removed: 0 })]);
	});
});

describe('the history file', () => {
	const first = recordBuild(null, catalogOf(V1), 'D0');
	const second = recordBuild(first, catalogOf(V2, first), '2026-02-01T00:00:00Z');

	it('is versioned and reads back as it was written', () => {
		const written = text(second);
		expect(written.startsWith('{"errdex":"history","version":1,')).toBe(true);
		expect(JSON.parse(written)).toMatchObject({ errdex: 'history', version: 1 });
		expect(parseHistory(written, 'test')).toEqual(second);
		expect([...historyText(second, 2)].join('')).toBe(written);
	});

	it('holds a record a line, without what defaults give', () => {
		const lines = text(second).split('\n');
		const e1 = lines.find((line) => line.includes('"code":"E1"'))!;
		expect(JSON.parse(e1.replace(/,$/, ''))).toEqual({
			source: 0,
			code: 'E1',
			slug: 'e1',
			rows: [
				{
					status: 400,
					message: 'The request is malformed.',
					section: 0,
					table: 0,
					row: 0,
					line: 7,
				},
			],
		});
	});

	it('is an error, not an empty history, when it comes from a newer errdex', () => {
		const newer = text(second).replace('"version":1', '"version":2');
		expect(() => parseHistory(newer, 'https://errors.example.com/errors-history.json')).toThrow(
			HistoryFormatError,
		);
		expect(() => parseHistory(newer, 'x')).toThrow(/version 2, written by a newer errdex/);
	});

	it('is an error when it is not JSON, not a history, or names builds it does not list', () => {
		expect(() => parseHistory('<html>', 'x')).toThrow(/x is not JSON/);
		expect(() => parseHistory('{"version":1}', 'x')).toThrow(/not an errdex history/);
		expect(() => parseHistory('{"errdex":"history"}', 'x')).toThrow(/version/);
		const beyond = text(second).replace('"removed":0', '"removed":7');
		expect(() => parseHistory(beyond, 'x')).toThrow(/names build 7, but lists 1/);
		const broken = text(second).replace('"slug":"e1"', '"slug":1');
		expect(() => parseHistory(broken, 'x')).toThrow(/pages\.0\.slug/);
	});
});

describe('the rename rule', () => {
	const page = (key: string, summary: string, more: Partial<Placed> = {}): Placed => ({
		key: `acme/${key}`,
		source: 'acme',
		section: ['Errors'],
		table: 0,
		row: 0,
		summary,
		...more,
	});
	/** Each page's row is its place in its list, as in a table. */
	const rows = (pages: Placed[]) => pages.map((placed, row) => ({ ...placed, row }));
	const rule = (before: Placed[], after: Placed[]) =>
		Object.fromEntries(findRenames(rows(before), rows(after)));

	it('renames a code replaced at its place by one with a near-identical message', () => {
		const a = page('a', 'Keep.');
		const z = page('z', 'Also kept.');
		expect(
			rule(
				[a, page('old', 'The member is not allowed here.'), z],
				[a, page('new', 'The member is not allowed in here'), z],
			),
		).toEqual({ 'acme/old': { to: 'acme/new' } });
	});

	it('does not rename when the message says something else', () => {
		expect(
			rule([page('old', 'The token has expired.')], [page('new', 'The token is invalid.')]),
		).toEqual({});
	});

	it('does not rename across tables, headings or sources', () => {
		expect(rule([page('old', 'Same.')], [page('new', 'Same.', { section: ['Other'] })])).toEqual(
			{},
		);
		expect(rule([page('old', 'Same.')], [page('new', 'Same.', { table: 1 })])).toEqual({});
		expect(
			rule([page('old', 'Same.')], [page('new', 'Same.', { source: 'other', key: 'other/new' })]),
		).toEqual({});
	});

	it('does not rename away from the place: other neighbours are another place', () => {
		const [a, b, c] = [page('a', 'A.'), page('b', 'B.'), page('c', 'C.')];
		expect(rule([a, page('old', 'Same.'), b, c], [a, b, page('new', 'Same.'), c])).toEqual({});
	});

	it('finds the place when rows before it were added or removed', () => {
		const [a, b, c] = [page('a', 'A.'), page('b', 'B.'), page('c', 'C.')];
		const before = [a, page('gone', 'Gone.'), b, page('old', 'Not here.'), c];
		const after = [page('x', 'New one.'), page('y', 'New two.'), a, b, page('new', 'Not here.'), c];
		expect(rule(before, after)).toEqual({ 'acme/old': { to: 'acme/new' } });
	});

	it('pairs several renames between the same neighbours by their order', () => {
		const [a, z] = [page('a', 'A.'), page('z', 'Z.')];
		expect(
			rule(
				[a, page('o1', 'Not allowed.'), page('o2', 'Not allowed.'), z],
				[a, page('n1', 'Not allowed.'), page('n2', 'Not allowed.'), z],
			),
		).toEqual({ 'acme/o1': { to: 'acme/n1' }, 'acme/o2': { to: 'acme/n2' } });
	});

	it('lists the candidates when one message fits several', () => {
		const [a, z] = [page('a', 'A.'), page('z', 'Z.')];
		expect(
			rule(
				[a, page('o1', 'Not allowed.'), page('o2', 'Not allowed.'), z],
				[a, page('n1', 'Not allowed.'), z],
			),
		).toEqual({
			'acme/o1': { candidates: ['acme/n1'] },
			'acme/o2': { candidates: ['acme/n1'] },
		});
		expect(
			rule(
				[a, page('o1', 'Not allowed.'), z],
				[a, page('n1', 'Not allowed.'), page('n2', 'Not allowed!'), z],
			),
		).toEqual({ 'acme/o1': { candidates: ['acme/n1', 'acme/n2'] } });
	});

	it('picks the one added code whose message fits among several added', () => {
		expect(
			rule([page('old', 'Quota exceeded.')], [page('n1', 'Quota exceeded'), page('n2', 'Other.')]),
		).toEqual({ 'acme/old': { to: 'acme/n1' } });
	});

	it('never renames on an empty message', () => {
		expect(rule([page('old', '')], [page('new', '')])).toEqual({});
	});

	it('compares only messages equal after folding in a gap too large to measure', () => {
		const size = Math.ceil(Math.sqrt(THRESHOLDS.comparedPairs)) + 1;
		const before = Array.from({ length: size }, (_, i) => page(`o${i}`, `Old message ${i}.`));
		const after = [
			page('match', 'OLD MESSAGE 7'),
			page('near', 'Old mesage 8.'),
			...Array.from({ length: size }, (_, i) => page(`n${i}`, `Another text ${i}.`)),
		];
		expect(rule(before, after)).toEqual({ 'acme/o7': { to: 'acme/match' } });
	});

	it('counts a typo or a word, but not a new meaning, as near-identical', () => {
		expect(nearIdentical('member not found', 'member was not found')).toBe(true);
		expect(nearIdentical('the token has expired', 'the token is invalid')).toBe(false);
		expect(nearIdentical('', '')).toBe(false);
	});
});

describe('slugs an earlier build published', () => {
	it('stay when a code that slugs alike is removed', () => {
		const codes = [
			['E_1', '400', 'First.'],
			['E-1', '400', 'Second.'],
		];
		const first = catalogOf(codes);
		expect(first.pages.map((page) => [page.code, page.slug])).toEqual([
			['E_1', 'e-1'],
			['E-1', 'e-1-2'],
		]);
		const history = recordBuild(null, first, 'D0');
		expect(catalogOf([codes[1]!]).pages[0]!.slug).toBe('e-1');
		const kept = catalogOf([codes[1]!], history);
		expect(kept.pages.map((page) => [page.code, page.slug, page.short])).toEqual([
			['E-1', 'e-1-2', first.pages[1]!.short],
		]);
	});
});
