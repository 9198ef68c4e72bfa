/**
 * The parse stage's reading of Yandex Flavored Markdown tables (`#|` … `|#`): the rows as the
 * dialect splits them, and the document's tables as the classifier receives them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/pipeline/parse/markdown';
import { yfmRows } from '../../src/pipeline/parse/yfm-tables';
import { buildCatalog } from './helpers';

const text = readFileSync(new URL('../fixtures/yfm-table.md', import.meta.url), 'utf8');

describe('parse: Yandex Flavored Markdown tables', () => {
	it('splits rows at `||` over blank lines, cells at `|`, a pipe in a code span kept', () => {
		const lines = text.split('\n');
		const rows = yfmRows(lines, 5, 13);
		expect(rows.map((row) => row.line + 1)).toEqual([6, 7, 8, 13]);
		expect(rows[2]!.cells).toEqual([
			'404',
			'`QueueMissing`',
			'The queue does not exist.\n\nIt may have been deleted a minute ago.',
		]);
		expect(rows[3]!.cells[2]).toBe(
			'The queue still holds messages: `a|b` <script>alert(1)</script>',
		);
	});

	it('gives the document a table with its header, rows and their lines, and the text after it', () => {
		const { tables, problems } = parseMarkdown(text);
		expect(problems).toEqual([]);
		expect(tables).toHaveLength(1);
		expect(tables[0]!.line).toBe(6);
		expect(tables[0]!.rows.map((row) => row.line)).toEqual([7, 8, 13]);
	});

	it('reads the codes with their statuses, and escapes what a cell holds', () => {
		const catalog = buildCatalog([{ file: 'tests/fixtures/yfm-table.md', text }]);
		expect(catalog.entries.map((e) => [e.code, e.status])).toEqual([
			['QueueNameInvalid', 400],
			['QueueMissing', 404],
			['QueueNotEmpty', 409],
		]);
		const html = JSON.stringify(catalog.entries[2]);
		expect(html).not.toMatch(/<script>/);
	});

	it('warns, and leaves the lines as they are, where a table has no row', () => {
		const { tables, problems } = parseMarkdown('#|\nnot a row\n|#\n');
		expect(tables).toEqual([]);
		expect(problems[0]!.message).toMatch(/Yandex Flavored Markdown table .* at line 1 is not read/);
	});
});

describe('parse: a Yandex Flavored Markdown row without its closing `||`', () => {
	const unclosed = readFileSync(
		new URL('../fixtures/yfm-row-without-closing.md', import.meta.url),
		'utf8',
	);

	it('ends where the next row opens, and no row swallows another', () => {
		const rows = yfmRows(unclosed.split('\n'), 3, 16);
		expect(rows.map((row) => row.cells[1])).toEqual([
			'Code',
			'`QueueBusy`',
			'`Unavailable`',
			'`SlowDown`',
			'`TooManyRequests`',
			'`InternalError`',
			'`NotImplemented`',
		]);
		expect(rows[2]!.cells[2]).toBe('The service is unavailable.<br/>Retry later.');
		expect(rows.filter((row) => row.unclosed).map((row) => row.line + 1)).toEqual([6]);
	});

	it('warns with the row’s line, and reads every code', () => {
		const catalog = buildCatalog([
			{ file: 'tests/fixtures/yfm-row-without-closing.md', text: unclosed },
		]);
		expect(catalog.entries.map((e) => e.code)).toEqual([
			'QueueBusy',
			'Unavailable',
			'SlowDown',
			'TooManyRequests',
			'InternalError',
			'NotImplemented',
		]);
		expect(catalog.sources[0]!.warnings.map((w) => w.line)).toEqual([6]);
		expect(catalog.sources[0]!.warnings[0]!.message).toContain('no closing `||`');
	});
});
