/**
 * A page whose Markdown lives in its front matter (CloudCannon's Jekyll API documentation
 * template renders `content_markdown:`; other themes a list item's string): the parse stage reads
 * a front matter string that holds a Markdown table as the page's content, before the body, with
 * every row at the line it is written on; the source page shows it with its row anchors. Plain
 * strings, errdex's own settings and YAML that does not parse add nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/core/types';
import { formatReport } from '../../src/outputs/report';
import type { Document } from '../../src/pipeline';
import { parseSource } from '../../src/pipeline/parse';
import { buildCatalog, routes } from './helpers';

const fixture = (name: string): Document => ({
	file: `tests/fixtures/${name}`,
	text: readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'),
});

/** Each entry as code, status and line, and whether the line holds its code as written. */
const read = (catalog: Catalog, document: Document) => {
	const lines = document.text.split('\n');
	return catalog.entries.map((entry) => ({
		code: entry.code,
		status: entry.status,
		line: entry.line,
		shown: lines[entry.line - 1]!.includes(entry.code),
	}));
};

/** Every entry's row anchor is an id on its source page. */
const anchorsOnPage = (catalog: Catalog) =>
	catalog.entries.every((entry) => {
		const source = catalog.sources.find((s) => s.id === entry.source)!;
		return source.html.includes(` id="${entry.anchor}"`);
	});

describe('a block scalar (`content_markdown: |-`) that holds the page', () => {
	const document = fixture('front-matter-block-literal.md');

	it('is parsed as the page, with each row at its line in the document', () => {
		const parsed = parseSource(document);
		expect(parsed.tables.map((table) => [table.line, table.rowLines])).toEqual([
			[13, [15, 16, 17]],
		]);
		expect(parsed.tables[0]!.header.map((cell) => cell.text)).toEqual([
			'Code',
			'Status',
			'Message',
		]);
		expect(parsed.tables[0]!.context).toContain('content markdown');
		expect(parsed.warnings).toEqual([]);
	});

	it('gives its codes, and the source page shows the content with the rows anchored', () => {
		const catalog = buildCatalog([document]);
		expect(read(catalog, document)).toEqual([
			{ code: 'LEDGER_CLOSED', status: 409, line: 15, shown: true },
			{ code: 'LEDGER_MISSING', status: 404, line: 16, shown: true },
			{ code: 'QUOTA_SPENT', status: 429, line: 17, shown: true },
		]);
		expect(anchorsOnPage(catalog)).toBe(true);
		const { html } = catalog.sources[0]!;
		expect(html).toMatch(/^<p>Every failed call returns a JSON body/);
		expect(html).toContain('<p>Retry a 429 after the time in <code>Retry-After</code>.</p>');
		expect(html).not.toMatch(/onerror|<script/i);
		// `notes:` is Markdown too, but holds no table: no content of the page errdex shows.
		expect(html).not.toContain('the guide');
		expect(html).not.toContain('LEDGER_CLOSED", "message"');
	});

	it('reports the table with the key it is the value of among its surroundings', () => {
		const catalog = buildCatalog([document]);
		expect(formatReport(catalog, routes)).toContainEqual(
			expect.stringMatching(
				/^ {2}read {4}line 13: 3 rows, code column "Code" .*"content markdown" above it names neither errors nor codes/,
			),
		);
		expect(catalog.sources[0]!.tablesRead.map((t) => [t.line, t.accepted])).toEqual([[13, true]]);
	});
});

describe('a folded scalar (`>-`) whose rows are apart by blank lines', () => {
	const document = fixture('front-matter-folded.md');

	it('reads the table the folding makes, each row at the one line it is written on', () => {
		const parsed = parseSource(document);
		expect(parsed.tables.map((table) => [table.line, table.rowLines])).toEqual([[8, [12, 14, 16]]]);
		const catalog = buildCatalog([document]);
		expect(read(catalog, document)).toEqual([
			{ code: '400', status: 400, line: 12, shown: true },
			{ code: '401', status: 401, line: 14, shown: true },
			{ code: '403', status: 403, line: 16, shown: true },
		]);
		expect(anchorsOnPage(catalog)).toBe(true);
		// The folded paragraph is one paragraph, as the theme shows it.
		expect(catalog.sources[0]!.html).toContain(
			'<p>The API says what went wrong with a status and a code in the body. A long sentence like this one is folded onto one line by YAML.</p>',
		);
	});
});

describe("a list item's string, and a string of a mapping in a list", () => {
	const document = fixture('front-matter-list-item.md');

	it('reads both before the body, in the order the front matter has them', () => {
		const parsed = parseSource(document);
		expect(parsed.tables.map((table) => [table.line, table.rowLines, table.section])).toEqual([
			[7, [9, 10], ['Decline codes']],
			[13, [15, 16], []],
			[23, [25], ['Payment API', 'Refund errors']],
		]);
		const catalog = buildCatalog([document]);
		expect(read(catalog, document)).toEqual([
			{ code: 'D01', status: null, line: 9, shown: true },
			{ code: 'D02', status: null, line: 10, shown: true },
			{ code: 'T10', status: null, line: 15, shown: true },
			{ code: 'T11', status: null, line: 16, shown: true },
			{ code: 'R20', status: null, line: 25, shown: true },
		]);
		expect(anchorsOnPage(catalog)).toBe(true);
		const source = catalog.sources[0]!;
		expect(source.title).toBe('Payment API');
		expect(source.headings.map((heading) => heading.text)).toEqual([
			'Decline codes',
			'Refund errors',
		]);
		const html = source.html;
		expect(html.indexOf('D01')).toBeLessThan(html.indexOf('T10'));
		expect(html.indexOf('T10')).toBeLessThan(html.indexOf('R20'));
	});
});

describe('front matter that holds no page', () => {
	const body = '# Errors\n\n| Code | Message |\n| --- | --- |\n| E1 | It failed. |\n';
	const plain = [
		'---',
		'summary: What the API returns when a call fails.',
		'permalink: /errors/',
		'link: https://api.example.com/docs/errors',
		'intro: "Calls **fail** with a [code](#codes).\\n\\n- one\\n- two"',
		'rule: "| --- |"',
		'pipes: a | b',
		'---',
		'',
	].join('\n');

	it('strings of plain text, a URL, a line or Markdown without a table change nothing', () => {
		const alone = buildCatalog([{ file: 'content/api.md', text: body }]);
		const document = { file: 'content/api.md', text: plain + body };
		const withFrontMatter = buildCatalog([document]);
		expect(parseSource(document).tables).toHaveLength(1);
		expect(withFrontMatter.sources[0]!.html).toBe(alone.sources[0]!.html);
		expect(withFrontMatter.entries.map((e) => [e.code, e.line])).toEqual([['E1', 13]]);
	});

	it("errdex's own settings are never read as content", () => {
		const document = {
			file: 'content/api.md',
			text: '---\ndescription: |-\n  | Code | Message |\n  | --- | --- |\n  | E9 | Failed. |\n---\n',
		};
		expect(parseSource(document).tables).toEqual([]);
		expect(buildCatalog([document]).entries).toEqual([]);
	});

	it('YAML that does not parse stays a warning, and nothing of it is read', () => {
		const document = {
			file: 'content/api.md',
			text: '---\ncontent_markdown: |-\n  | Code | Message |\n  | --- | --- |\n  | E9 | Failed. |\nbad: [\n---\n',
		};
		const parsed = parseSource(document);
		expect(parsed.tables).toEqual([]);
		expect(parsed.warnings.map((w) => w.message)).toEqual([
			expect.stringMatching(/^front matter is not valid YAML, so errdex ignores it/),
		]);
	});
});

describe('the published documents of this kind', () => {
	for (const name of ['inapptics-errors-front-matter.md', 'ageuke-api-documentation-errors.md']) {
		it(`${name}: every row read is anchored on the source page`, () => {
			const document = fixture(`real/${name}`);
			const catalog = buildCatalog([document]);
			expect(catalog.entries.length).toBeGreaterThan(0);
			expect(read(catalog, document).every((entry) => entry.shown)).toBe(true);
			expect(anchorsOnPage(catalog)).toBe(true);
		});
	}
});
