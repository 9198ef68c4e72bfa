/**
 * The two documents bundled in content/, read the way the site reads them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from './helpers';
import type { Catalog, Entry, Source } from '../../src/core/types';

const root = fileURLToPath(new URL('../..', import.meta.url));
const contentLines = (name: string) =>
	readFileSync(new URL(`../../content/${name}`, import.meta.url), 'utf8').split('\n');

let catalog: Catalog;
beforeAll(async () => {
	catalog = await loadCatalog({ root });
});

const sourceOf = (id: string): Source => {
	const found = catalog.sources.find((s) => s.id === id);
	expect(found, `source ${id}`).toBeDefined();
	return found!;
};
const entriesOf = (id: string): Entry[] => catalog.entries.filter((e) => e.source === id);
const range = (from: number, to: number) =>
	Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

it('loads both bundled documents from content/', () => {
	expect(catalog.sources.map((s) => s.id)).toEqual(
		expect.arrayContaining(['pluralkit', 'ffxiv-companion']),
	);
	expect(sourceOf('pluralkit').file).toBe('content/pluralkit.md');
	expect(sourceOf('ffxiv-companion').file).toBe('content/ffxiv-companion.md');
});

describe('content/pluralkit.md', () => {
	const lines = contentLines('pluralkit.md');

	it('gives exactly 27 entries, the three 0s included, in document order', () => {
		const entries = entriesOf('pluralkit');
		expect(entries).toHaveLength(27);
		expect(sourceOf('pluralkit').entries).toBe(27);
		expect(entries.map((e) => e.code)).toEqual([
			'0',
			'0',
			'0',
			...range(20001, 20010),
			...range(30001, 30009),
			...range(40002, 40006),
		]);
	});

	it('gives each 0 its own status and variant', () => {
		const zeros = entriesOf('pluralkit').filter((e) => e.code === '0');
		expect(zeros.map((e) => e.status)).toEqual([500, 400, 401]);
		expect(zeros.map((e) => e.variant)).toEqual([0, 1, 2]);
		expect(zeros.map((e) => e.line)).toEqual([33, 34, 35]);
		expect(zeros.map((e) => e.message)).toEqual([
			'Internal server error, try again later',
			'Bad Request (usually invalid JSON)',
			'Missing or invalid Authorization header',
		]);
		expect(new Set(zeros.map((e) => e.slug)).size).toBe(1);
		expect(new Set(zeros.map((e) => e.anchor)).size).toBe(3);
	});

	it('gives statuses per family', () => {
		const entries = entriesOf('pluralkit');
		const status = (code: string) => entries.find((e) => e.code === code)!.status;
		for (const code of range(20001, 20010)) expect(status(code), code).toBe(404);
		for (const code of range(30001, 30009)) expect(status(code), code).toBe(403);
		for (const code of range(40002, 40006)) expect(status(code), code).toBe(400);
	});

	it('reads 20003 with its placeholder, section and line', () => {
		const entry = entriesOf('pluralkit').find((e) => e.code === '20003')!;
		expect(entry.message).toBe("Member '{memberRef}' not found.");
		expect(entry.placeholders).toEqual(['{memberRef}']);
		expect(entry.line).toBe(38);
		expect(lines[entry.line - 1]).toBe("|20003|404|Member '{memberRef}' not found.|");
		expect(entry.section).toEqual(['Errors and Status Codes', 'JSON error codes']);
		expect(entry.details).toEqual([]);
		expect(entry.file).toBe('content/pluralkit.md');
		expect(entry.variant).toBe(0);
		expect(entry.table).toBe(0);
		expect(entry.row).toBe(5);
	});

	it('finds placeholders only where the message has them', () => {
		const withPlaceholders = entriesOf('pluralkit')
			.filter((e) => e.placeholders.length > 0)
			.map((e) => [e.code, e.placeholders]);
		expect(withPlaceholders).toEqual([
			['20003', ['{memberRef}']],
			['20005', ['{groupRef}']],
			['30008', ['{memberRef}']],
			['30009', ['{groupRef}']],
		]);
	});

	it('points every entry at the line of its row', () => {
		for (const e of entriesOf('pluralkit')) {
			expect(lines[e.line - 1], `line of ${e.code}`).toMatch(
				new RegExp(`^\\|${e.code}\\|${e.status}\\|`),
			);
		}
	});

	it('skips the two key/type/description tables, with reasons and lines', () => {
		const source = sourceOf('pluralkit');
		expect(
			source.tablesRead.map((t) => ({ line: t.line, accepted: t.accepted, rows: t.rows })),
		).toEqual([
			{ line: 12, accepted: false, rows: 4 },
			{ line: 23, accepted: false, rows: 3 },
			{ line: 31, accepted: true, rows: 27 },
		]);
		for (const t of source.tablesRead.slice(0, 2)) {
			expect(t.reason.trim()).not.toBe('');
			expect(t.kind).toBe('markdown');
		}
		expect(source.tablesRead[0]!.section).toEqual([
			'Errors and Status Codes',
			'Error Response Model',
		]);
		expect(source.tablesRead[1]!.section).toEqual(['Errors and Status Codes', 'Error Object']);
		expect(source.tablesRead[2]!.columns).toEqual([
			{ label: 'code', role: 'code' },
			{ label: 'HTTP response code', role: 'status' },
			{ label: 'meaning', role: 'message' },
		]);
		const codes = entriesOf('pluralkit').map((e) => e.code);
		expect(codes).not.toContain('message');
		expect(codes).not.toContain('?errors');
	});

	it('takes its title from front matter and its homepage from the site configuration', () => {
		const source = sourceOf('pluralkit');
		expect(source.title).toBe('Errors and Status Codes');
		expect(source.homepage).toBe('https://pluralkit.me/api/errors');
		expect(source.warnings).toEqual([]);
	});

	it('puts all variants of a code on one page and gives every row its own anchor', () => {
		const entries = entriesOf('pluralkit');
		const pages = catalog.pages.filter((p) => p.source === 'pluralkit');
		expect(pages).toHaveLength(25);
		const zeroPage = pages.find((p) => p.code === '0')!;
		expect(zeroPage.variants.map((v) => v.status)).toEqual([500, 400, 401]);
		expect(new Set(entries.map((e) => e.anchor)).size).toBe(27);
		expect(new Set(pages.map((p) => p.slug)).size).toBe(25);
		for (const e of entries) expect(e.slug).toMatch(/^[a-z0-9][a-z0-9-]*$/);
	});
});

describe('content/ffxiv-companion.md', () => {
	const lines = contentLines('ffxiv-companion.md');

	it('gives exactly 10 entries, codes without backticks', () => {
		const entries = entriesOf('ffxiv-companion');
		expect(entries).toHaveLength(10);
		expect(sourceOf('ffxiv-companion').entries).toBe(10);
		expect(entries.map((e) => e.code)).toEqual([
			'100000',
			'111001',
			'111099',
			'210010',
			'311004',
			'311006',
			'311007',
			'311009',
			'319201',
			'340000',
		]);
	});

	it('has no status, even where the text mentions one', () => {
		const entries = entriesOf('ffxiv-companion');
		expect(entries.map((e) => e.status)).toEqual(Array(10).fill(null));
		expect(entries[0]!.message).toContain('503');
		expect(entries.find((e) => e.code === '210010')!.message).toContain('401');
	});

	it('gives lines, messages and the section', () => {
		const entries = entriesOf('ffxiv-companion');
		expect(entries.map((e) => e.line)).toEqual([9, 10, 11, 12, 13, 14, 15, 16, 17, 18]);
		for (const e of entries) expect(lines[e.line - 1]).toContain(`\`${e.code}\``);
		const world = entries.find((e) => e.code === '111099')!;
		expect(world.line).toBe(11);
		expect(world.message).toBe("You tried access a world you're currently not visiting.");
		expect(world.section).toEqual(['Known Error Codes', 'List']);
		expect(entries[0]!.message).toBe(
			'Companion is down for maintenance, you will get 503 error code and the message "Under Maintenance"',
		);
		expect(entries.every((e) => e.details.length === 0 && e.placeholders.length === 0)).toBe(true);
	});

	it('reads the one table with Code and Information columns', () => {
		const source = sourceOf('ffxiv-companion');
		expect(source.title).toBe('Companion API known error codes');
		expect(source.tablesRead).toHaveLength(1);
		expect(source.tablesRead[0]).toMatchObject({
			line: 7,
			kind: 'markdown',
			accepted: true,
			rows: 10,
		});
		expect(source.tablesRead[0]!.columns).toEqual([
			{ label: 'Code', role: 'code' },
			{ label: 'Information', role: 'message' },
		]);
	});
});
