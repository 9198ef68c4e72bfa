import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog as buildWith } from '../../src/pipeline';
import { buildCatalog, loadCatalog, routes } from './helpers';
import { ErrdexError } from '../../src/core/errors';
import { exportCatalog } from '../../src/outputs/export';
import { buildReport, formatReport } from '../../src/outputs/report';

const build = (text: string, file = 'content/doc.md') => buildCatalog([{ file, text }]);

/** The error a build stops with, so tests can check its file, line and reason. */
function failure(run: () => unknown): ErrdexError {
	try {
		run();
	} catch (error) {
		if (error instanceof ErrdexError) return error;
		throw error;
	}
	throw new Error('the build did not fail');
}

describe('a published document never stops the build', () => {
	it('joins a row without a code to the entry above it, keeping its text', () => {
		const catalog = build('| Code | Message |\n|---|---|\n| E1 | one |\n|  | two |\n');
		expect(catalog.entries.map((e) => [e.code, e.message, e.details])).toEqual([
			['E1', 'one', [{ label: 'Message', text: 'two', html: 'two' }]],
		]);
		expect(catalog.sources[0]!.tablesRead[0]!.rowsRead).toEqual({
			entries: 1,
			joined: 1,
			headings: 0,
			empty: 0,
			catchAll: 0,
			successes: 0,
			unreadable: 0,
		});
		expect(catalog.sources[0]!.warnings).toEqual([]);
	});

	it('warns, with file and line, of a row without a code and no entry above it', () => {
		const text = '| Code | Message |\n|---|---|\n|  | orphan |\n| E1 | one |\n';
		const catalog = build(text);
		expect(catalog.entries.map((e) => e.code)).toEqual(['E1']);
		expect(catalog.sources[0]!.warnings).toEqual([
			{
				file: 'content/doc.md',
				line: 3,
				message:
					'row 1 of the error table at line 1: it has no code in column "Code" and no entry above it to continue; it is shown on the source page but has no code page',
			},
		]);
		expect(formatReport(catalog, routes)).toContain(
			`  warning line 3: ${catalog.sources[0]!.warnings[0]!.message}`,
		);
		expect(buildReport(catalog, routes).filter((r) => r.level === 'warning')).toEqual([
			{
				level: 'warning',
				file: 'content/doc.md',
				line: 3,
				text: `warning line 3: ${catalog.sources[0]!.warnings[0]!.message}`,
			},
		]);
	});

	it('warns of front matter that is not valid YAML and reads the tables anyway', () => {
		const catalog = build(
			'---\ntitle: ok\nhomepage: [unclosed\n---\n\n| Code | Message |\n|---|---|\n| E1 | x |\n',
		);
		expect(catalog.entries.map((e) => e.code)).toEqual(['E1']);
		const [warning] = catalog.sources[0]!.warnings;
		expect(warning!.line).toBeGreaterThanOrEqual(3);
		expect(warning!.message).toMatch(/^front matter is not valid YAML, so errdex ignores it/);
	});

	it('warns of a front matter correction for a table the document does not have', () => {
		const catalog = build(
			'---\ntables:\n  - table: 3\n    include: true\n---\n\n| Code | Message |\n|---|---|\n| E1 | x |\n',
		);
		expect(catalog.entries.map((e) => e.code)).toEqual(['E1']);
		expect(catalog.sources[0]!.warnings).toMatchObject([
			{ line: 2, message: expect.stringMatching(/no such table \(it has 1, at lines 7\)/) },
		]);
	});

	it('in strict mode, stops at the first warning with its file, line and reason', () => {
		const error = failure(() =>
			buildWith(
				[
					{
						file: 'content/doc.md',
						text: '| Code | Message |\n|---|---|\n|  | orphan |\n| E1 | one |\n',
					},
				],
				routes,
				{ strict: true },
			),
		);
		expect(error.file).toBe('content/doc.md');
		expect(error.line).toBe(3);
		expect(error.reason).toMatch(/^row 1 of the error table at line 1: it has no code/);
		expect(error.hint).toMatch(
			/^errdex builds strictly .*or build without strict to have warnings instead/,
		);
	});

	it('builds a catalog of nothing from a content folder with no documents, and says so', async () => {
		const root = await mkdtemp(join(tmpdir(), 'errdex-'));
		for (const contentDir of ['.', 'missing']) {
			const catalog = await loadCatalog({ root, contentDir });
			expect(catalog).toEqual({ sources: [], entries: [], pages: [] });
			expect(formatReport(catalog, routes)).toEqual(['0 documents, 0 entries, 0 code pages']);
		}
	});
});

describe("settings in errdex's configuration", () => {
	const text =
		'---\ntitle: From front matter\nslug: fm\n---\n\n| Code | Message |\n|---|---|\n| E1 | x |\n';

	it('override the front matter key by key', () => {
		const catalog = buildWith(
			[
				{
					file: 'content/doc.md',
					text,
					settings: { title: 'From settings', homepage: 'https://example.com/errors' },
				},
			],
			routes,
		);
		expect(catalog.sources[0]).toMatchObject({
			id: 'fm',
			title: 'From settings',
			homepage: 'https://example.com/errors',
		});
	});

	it('stop the build when wrong, naming the setting and the fix', () => {
		const wrongColumn = failure(() =>
			buildWith(
				[{ file: 'content/doc.md', text, settings: { tables: [{ table: 1, code: 'Ident' }] } }],
				routes,
			),
		);
		expect(wrongColumn.reason).toMatch(
			/^errdex setting `tables` of this document: the code column of the table at line 6 is set to "Ident", which it does not have \(headers: Code, Message\); give a header text or a column number/,
		);
		const unknownKey = failure(() =>
			buildWith([{ file: 'content/doc.md', text, settings: { homePage: 'x' } as never }], routes),
		);
		expect(unknownKey.reason).toMatch(/^errdex setting `\(settings\)` of this document is wrong/);
	});
});

describe('front matter', () => {
	it('warns about a repeated key and uses its last value', () => {
		const catalog = build(
			'---\ntitle: First\ntitle: Second\n---\n\n| Code | Message |\n|---|---|\n| E1 | x |\n',
		);
		expect(catalog.sources[0]!.title).toBe('Second');
		expect(catalog.sources[0]!.warnings).toEqual([
			{
				file: 'content/doc.md',
				line: 3,
				message: 'repeated front matter key; the last value is used',
			},
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
			[14, true, 'code column "Ident", set by front matter'],
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

	it('lists tables read and skipped with their lines, each a record of its document and line', () => {
		expect(buildReport(catalog, routes).map((r) => [r.level, r.file, r.line])).toEqual([
			['info', 'content/doc.md', null],
			['info', 'content/doc.md', 11],
			['info', 'content/doc.md', 5],
			['info', null, null],
		]);
		expect(formatReport(catalog, routes)).toEqual([
			'content/doc.md → /doc/: 2 tables, 1 read, 1 skipped, 2 entries',
			'  read    line 11: 2 rows, code column "Code" (+4.0): 100% of "Code" are shaped like codes (+2.4), header "Code" names codes (+2.1), "Errors" above it names errors (+1.6); against: values of "Code" repeat (50% distinct) (−0.5)',
			'  skipped line 5: not an error table (−7.8): column "type" holds type names or declarations (−2.2), header "key" names something other than codes (−2.0), "Types" above it names neither errors nor codes (−1.0) (headers: key, type)',
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
