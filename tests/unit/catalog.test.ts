import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog, loadCatalog, routes } from './helpers';
import { ErrdexError } from '../../src/core/errors';
import { exportCatalog } from '../../src/outputs/export';
import { formatReport } from '../../src/outputs/report';

const build = (text: string, file = 'content/doc.md') => buildCatalog([{ file, text }]);

/** The error a build stops with, so tests can check its file, line and reason. */
function failure(text: string): ErrdexError {
	try {
		build(text);
	} catch (error) {
		if (error instanceof ErrdexError) return error;
		throw error;
	}
	throw new Error('the build did not fail');
}

describe('a build that must stop', () => {
	it('names file and line of an error row without a code', () => {
		const error = failure('| Code | Message |\n|---|---|\n| E1 | one |\n|  | two |\n');
		expect(error.message).toBe(
			'content/doc.md:4: row 2 of the error table at line 1 has no code in column "Code"',
		);
	});

	it('names the line of invalid front matter', () => {
		const error = failure(
			'---\ntitle: ok\nhomepage: [unclosed\n---\n\n| Code | Message |\n|---|---|\n| E1 | x |\n',
		);
		expect(error.file).toBe('content/doc.md');
		expect(error.line).toBeGreaterThanOrEqual(3);
		expect(error.reason).toMatch(/invalid front matter/);
	});

	it('rejects an override for a table the document does not have', () => {
		const error = failure(
			'---\ntables:\n  - table: 3\n    include: true\n---\n\n| Code | Message |\n|---|---|\n| E1 | x |\n',
		);
		expect(error.line).toBe(2);
		expect(error.reason).toMatch(/no such table \(it has 1, at lines 7\)/);
	});

	it('says clearly when the content folder has no documents', async () => {
		const root = await mkdtemp(join(tmpdir(), 'errdex-'));
		await expect(loadCatalog({ root, contentDir: '.' })).rejects.toThrow(
			/no Markdown documents in/,
		);
		await expect(loadCatalog({ root, contentDir: 'missing' })).rejects.toThrow(/does not exist/);
	});
});

describe('front matter', () => {
	it('warns about a repeated key and uses its last value', () => {
		const catalog = build(
			'---\ntitle: First\ntitle: Second\n---\n\n| Code | Message |\n|---|---|\n| E1 | x |\n',
		);
		expect(catalog.sources[0]!.title).toBe('Second');
		expect(catalog.sources[0]!.warnings).toEqual([
			'content/doc.md:3: repeated front matter key; the last value is used',
		]);
	});

	it('can take a table in, out, and say which column is which', () => {
		const text = [
			'---',
			'slug: widgets',
			'tables:',
			'  - table: 1',
			'    include: false',
			'  - line: 14',
			'    code: Ident',
			'    message: 2',
			'---',
			'| Code | Message |',
			'|---|---|',
			'| E1 | not wanted |',
			'',
			'| Ident | Text | Note |',
			'|---|---|---|',
			'| w-1 | Widget broke | see manual |',
		].join('\n');
		const catalog = build(text);
		expect(catalog.sources[0]!.id).toBe('widgets');
		expect(catalog.sources[0]!.tablesRead.map((t) => [t.line, t.accepted, t.reason])).toEqual([
			[10, false, 'excluded by front matter'],
			[14, true, 'code column "Ident"'],
		]);
		expect(catalog.entries).toMatchObject([
			{
				code: 'w-1',
				message: 'Widget broke',
				details: [{ label: 'Note', text: 'see manual' }],
				line: 16,
			},
		]);
	});
});

describe('ragged rows', () => {
	it('keep every cell: missing ones are empty, extra ones become numbered details', () => {
		const catalog = build('| Code | Message |\n|---|---|\n| E1 |\n| E2 | two | extra |\n');
		expect(catalog.entries.map((e) => [e.code, e.message, e.details])).toEqual([
			['E1', '', [{ label: 'Column 3', text: '', html: '' }]],
			['E2', 'two', [{ label: 'Column 3', text: 'extra', html: 'extra' }]],
		]);
	});
});

describe('the report and the export account for every row', () => {
	const catalog = build(
		'# API\n\n## Types\n\n| key | type |\n|---|---|\n| code | int |\n\n## Errors\n\n| Code | Status | Message |\n|---|---|---|\n| E1 | 400 | a |\n| E1 | 404 Not Found | b |\n',
	);

	it('lists tables read and skipped with their lines', () => {
		expect(formatReport(catalog, routes)).toEqual([
			'content/doc.md → /doc/: 2 tables, 1 read, 1 skipped, 2 entries',
			'  read    line 11: 2 rows, code column "Code"',
			'  skipped line 5: not an error table: it lists "key" values, not error codes (headers: key, type)',
			'1 document, 2 entries, 1 code page',
		]);
	});

	it('exports duplicates in document order with urls and anchors', () => {
		const exported = exportCatalog(catalog, routes);
		expect(
			exported.entries.map((e) => [e.code, e.status, e.line, e.url, e.anchor, e.section]),
		).toEqual([
			['E1', 400, 13, '/doc/e1/', '/doc/#e1', 'Errors'],
			['E1', 404, 14, '/doc/e1/', '/doc/#e1-2', 'Errors'],
		]);
		expect(exported.entries[1]).toMatchObject({ statusText: '404 Not Found', details: [] });
		expect(exported.entries[0]).not.toHaveProperty('statusText');
		expect(exported.sources[0]).toMatchObject({
			id: 'doc',
			url: '/doc/',
			entries: 2,
			file: 'content/doc.md',
		});
	});
});
