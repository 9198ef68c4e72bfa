/**
 * The hostile and messy corpus: tests/fixtures/hostile/ (documents that must build, and are also
 * built as a site for the browser tests), tests/fixtures/hostile-warnings/ (documents errdex
 * cannot fully read: warnings with file and line, errors when strict) and
 * tests/fixtures/hostile-fails/ (documents whose settings in errdex's configuration are wrong:
 * those stop the build). errdex publishes text other people wrote: no row
 * may be lost, no path may leave the output folder, and nothing from a document may run.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog as build, type Document } from '../../src/pipeline';
import type { SourceSettingsInput } from '../../src/pipeline/read/settings';
import { buildCatalog, routes as paths } from './helpers';
import { ErrdexError } from '../../src/core/errors';
import { exportCatalog } from '../../src/outputs/export';
import { formatReport } from '../../src/outputs/report';
import type { Catalog, Entry } from '../../src/core/types';

const read = (folder: string): Document[] =>
	readdirSync(new URL(`../fixtures/${folder}/`, import.meta.url))
		.filter((name) => name.endsWith('.md'))
		.sort()
		.map((name) => ({
			file: `tests/fixtures/${folder}/${name}`,
			text: readFileSync(new URL(`../fixtures/${folder}/${name}`, import.meta.url), 'utf8'),
		}));

const documents = read('hostile');
// Built together, as the site is: slugs and cross-links depend on every document.
const catalog = buildCatalog(documents);
const exported = exportCatalog(catalog, paths);
const report = formatReport(catalog, paths);

const sourceOf = (name: string) => {
	const source = catalog.sources.find((s) => s.file === `tests/fixtures/hostile/${name}.md`);
	if (!source) throw new Error(`no source for ${name}`);
	return source;
};
const entriesOf = (name: string): Entry[] =>
	catalog.entries.filter((e) => e.source === sourceOf(name).id);
const codesOf = (name: string) => entriesOf(name).map((e) => e.code);

/**
 * Data rows of each error table, counted by hand from the documents, in document order. A
 * table errdex skips is not listed; `skipped` says which tables those are.
 */
const ROWS: Record<string, { read: number[]; skipped: number }> = {
	'byte-order-mark': { read: [2], skipped: 0 },
	'colliding-slugs': { read: [12], skipped: 0 },
	'crlf-line-endings': { read: [2, 1], skipped: 0 },
	'header-only-table': { read: [1], skipped: 1 },
	'html-entities': { read: [6], skipped: 0 },
	'img-onerror': { read: [5], skipped: 0 },
	'javascript-links': { read: [6], skipped: 0 },
	'long-code-300-chars': { read: [3], skipped: 0 },
	'nested-html-tables': { read: [2, 2, 1], skipped: 0 },
	'no-tables': { read: [], skipped: 0 },
	'non-ascii-codes': { read: [8], skipped: 0 },
	'path-traversal-codes': { read: [10], skipped: 0 },
	'ragged-rows': { read: [7], skipped: 0 },
	'raw-html-tables': { read: [3, 1], skipped: 0 },
	'script-tags': { read: [5], skipped: 0 },
	'unclosed-html-table': { read: [1, 1], skipped: 0 },
	'windows-device-codes': { read: [7], skipped: 0 },
};

describe('every row of every table is accounted for', () => {
	it('the corpus is the list above, one document per case', () => {
		expect(documents.map((d) => posix.basename(d.file, '.md'))).toEqual(Object.keys(ROWS));
	});

	for (const [name, expected] of Object.entries(ROWS)) {
		it(`${name}: one entry per data row, in the build report and in /errors.json`, () => {
			const source = sourceOf(name);
			const accepted = source.tablesRead.filter((t) => t.accepted);
			expect(accepted.map((t) => t.rows)).toEqual(expected.read);
			const skipped = source.tablesRead.filter((t) => !t.accepted);
			expect(skipped).toHaveLength(expected.skipped);
			for (const table of skipped) expect(table.reason).not.toBe('');

			const entries = entriesOf(name);
			const perTable = [...new Set(entries.map((e) => e.table))].map(
				(t) => entries.filter((e) => e.table === t).length,
			);
			expect(perTable).toEqual(expected.read);
			const total = expected.read.reduce((a, b) => a + b, 0);
			expect(source.entries).toBe(total);

			const line = report.find((l) => l.startsWith(`${source.file} → /${source.id}/:`));
			expect(line).toMatch(new RegExp(`, ${total} entr(y|ies)$`));
			for (const table of accepted) {
				expect(report).toContain(
					`  read    line ${table.line}: ${table.rows} row${table.rows === 1 ? '' : 's'}, ${table.reason}`,
				);
			}
			expect(exported.sources.find((s) => s.id === source.id)!.entries).toBe(total);
			expect(exported.entries.filter((e) => e.source === source.id).map((e) => e.line)).toEqual(
				entries.map((e) => e.line),
			);
		});
	}

	it('the whole catalog: report totals and /errors.json agree with the tables', () => {
		const total = Object.values(ROWS).reduce((n, r) => n + r.read.reduce((a, b) => a + b, 0), 0);
		expect(catalog.entries).toHaveLength(total);
		expect(exported.entries).toHaveLength(total);
		expect(report.at(-1)).toBe(
			`${documents.length} documents, ${total} entries, ${catalog.pages.length} code pages`,
		);
		expect(catalog.pages.reduce((n, page) => n + page.variants.length, 0)).toBe(total);
	});

	it('each entry points at the line of its row, which shows its code', () => {
		for (const entry of catalog.entries) {
			const lines = documents
				.find((d) => d.file === entry.file)!
				.text.replace(/^\uFEFF/, '')
				.split(/\r?\n/);
			// A multi-line <tr> starts a line before its first cell; look at the row's next lines too.
			// The code as a reader sees it: Markdown escapes and the one entity in the corpus undone.
			const row = lines
				.slice(entry.line - 1, entry.line + 2)
				.join(' ')
				.replace(/\\([!-/:-@[-`{-~])/g, '$1')
				.replace(/&#95;/g, '_');
			expect(row, `${entry.file}:${entry.line}`).toContain(entry.code);
		}
	});
});

describe('nothing is written outside the output folder', () => {
	const urls = [
		...catalog.sources.map((s) => paths.source(s.id)),
		...catalog.pages.map((p) => paths.code(p.source, p.slug)),
	];

	it('every page path is plain lowercase segments that stay under the root', () => {
		for (const url of urls) {
			expect(url).toMatch(/^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/){1,2}$/);
			expect(posix.normalize(url)).toBe(url);
			expect(url.length).toBeLessThanOrEqual(200);
		}
		expect(new Set(urls).size).toBe(urls.length);
	});

	it('a front matter slug of ../../../tmp/… becomes a folder of the site', () => {
		expect(sourceOf('path-traversal-codes').id).toBe('tmp-errdex-escape');
		expect(entriesOf('path-traversal-codes').map((e) => [e.code, e.slug])).toEqual([
			['../../etc/passwd', 'etc-passwd'],
			// Markdown reads `\.` as an escaped dot, as GitHub shows it.
			['....\\windows\\win.ini', 'windows-win-ini'],
			['a/b', 'a-b'],
			['/absolute', 'absolute'],
			['..', expect.stringMatching(/^x-[a-z0-9]+$/)],
			['.', expect.stringMatching(/^x-[a-z0-9]+$/)],
			['%2e%2e', '2e-2e'],
			['%2e%2e%2fetc', '2e-2e-2fetc'],
			['?query=1#frag', 'query-1-frag'],
			['index.html', 'index-html'],
		]);
	});

	it('no folder is named after a Windows device', () => {
		for (const url of urls) {
			for (const segment of url.split('/'))
				expect(segment).not.toMatch(/^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/);
		}
		expect(codesOf('windows-device-codes')).toEqual([
			'CON',
			'PRN',
			'AUX',
			'NUL',
			'COM1',
			'LPT1',
			'con',
		]);
	});

	it('a 300-character code keeps its whole text but gets a short, distinct slug', () => {
		const [long, longer] = entriesOf('long-code-300-chars');
		expect(long!.code).toHaveLength(300);
		expect(long!.slug.length).toBeLessThanOrEqual(100);
		expect(longer!.slug).not.toBe(long!.slug);
	});

	it('codes outside ASCII get ASCII slugs, distinct per code', () => {
		const entries = entriesOf('non-ascii-codes');
		expect(entries.map((e) => e.code)).toEqual([
			'エラー1',
			'エラー2',
			'Ошибка',
			'É001',
			'STRASSE_ß',
			'💥',
			'💣',
			'١٢٣',
		]);
		expect(new Set(entries.map((e) => e.slug)).size).toBe(entries.length);
		for (const entry of entries) expect(entry.slug).toMatch(/^[a-z0-9-]+$/);
	});
});

describe('codes whose slugs collide', () => {
	const entries = entriesOf('colliding-slugs');
	const pages = catalog.pages.filter((p) => p.source === sourceOf('colliding-slugs').id);

	it('get one page per code, and the rows of a repeated code share it', () => {
		expect(pages.map((p) => [p.code, p.variants.length])).toEqual([
			['E.1', 1],
			['E-1', 1],
			['E_1', 1],
			['e1', 1],
			['E1', 2],
			['E1-2', 1],
			['Errors', 1],
			['errdex-same-status', 2],
			['top', 1],
			['theme-icons', 1],
		]);
		expect(new Set(pages.map((p) => p.slug)).size).toBe(pages.length);
	});

	it('give every row and heading of the source page its own id, none taken from the page itself', () => {
		const source = sourceOf('colliding-slugs');
		const ids = [...entries.map((e) => e.anchor), ...source.headings.map((h) => h.id)];
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ['theme-icons', 'errdex-same-status', 'errdex-family', 'site-search-results'])
			expect(ids).not.toContain(id);
		expect(source.headings.find((h) => h.text === 'Errors')!.id).not.toBe(
			entries.find((e) => e.code === 'Errors')!.anchor,
		);
	});
});

/** Every element and attribute of some HTML, to look for what must never be published. */
function elements(html: string): Element[] {
	const found: Element[] = [];
	const visit = (node: Root | RootContent) => {
		if (node.type === 'element') found.push(node);
		if ('children' in node) for (const child of node.children) visit(child);
	};
	visit(fromHtml(html, { fragment: true }));
	return found;
}

function dangers(html: string): string[] {
	const problems: string[] = [];
	for (const element of elements(html)) {
		if (/^(?:script|iframe|object|embed|style|form|base|meta|link)$/.test(element.tagName))
			problems.push(`<${element.tagName}>`);
		for (const [name, value] of Object.entries(element.properties)) {
			if (/^on/i.test(name)) problems.push(`${element.tagName}.${name}`);
			if (name === 'style') problems.push(`${element.tagName}.style`);
			if (
				/^(?:href|src|action|formAction|xLinkHref)$/.test(name) &&
				/^\s*(?:javascript|data|vbscript):/i.test(String(value))
			) {
				problems.push(`${element.tagName}.${name}=${String(value)}`);
			}
		}
	}
	return problems;
}

describe('no markup from a document can run', () => {
	it('source pages, messages and details keep no script, handler, style or script URL', () => {
		for (const source of catalog.sources) expect(dangers(source.html), source.file).toEqual([]);
		for (const entry of catalog.entries) {
			expect(dangers(entry.messageHtml), `${entry.file}:${entry.line}`).toEqual([]);
			for (const detail of entry.details)
				expect(dangers(detail.html), `${entry.file}:${entry.line}`).toEqual([]);
		}
	});

	it('scripts in cells disappear, scripts written as code or entities stay readable text', () => {
		expect(codesOf('script-tags')).toEqual([
			'SCRIPT_IN_CODE',
			'SCRIPT_IN_STATUS',
			'SCRIPT_IN_MESSAGE',
			'SCRIPT_IN_DETAIL',
			'SCRIPT_AS_TEXT',
		]);
		const [, status, message, , literal] = entriesOf('script-tags');
		expect(status!.status).toBe(401);
		expect(message!.message).toBe('Bad input');
		expect(literal!.message).toBe("Write <script>alert('literal')</script> to see it");
		expect(literal!.messageHtml).toContain('<code>&#x3C;script>');

		const byCode = new Map(entriesOf('html-entities').map((e) => [e.code, e]));
		expect([...byCode.keys()]).toEqual([
			'ENT_CODE',
			'ENT_STATUS',
			'ENT_MESSAGE',
			'ENT_DETAIL',
			'ENT_DOUBLE',
			'ENT_PIPE',
		]);
		expect(byCode.get('ENT_MESSAGE')!.message).toBe("<script>alert('entity')</script> stays text");
		expect(byCode.get('ENT_DOUBLE')!.message).toBe('Written twice: &lt;b&gt;');
		expect(byCode.get('ENT_PIPE')!.message).toBe('An escaped | pipe and | an entity pipe');
		expect(byCode.get('ENT_STATUS')!.statusText).toBe('401 – Unauthorized');
	});

	it('javascript: links lose their target but keep their text; the homepage is dropped', () => {
		expect(entriesOf('javascript-links').map((e) => e.message)).toEqual([
			'A plain message',
			'A plain message',
			'Click here',
			'A plain message',
			'Encoded',
			'A reference link',
		]);
		expect(sourceOf('javascript-links').homepage).toBeUndefined();
		expect(sourceOf('javascript-links').html).toContain('the docs');
	});

	it('titles are kept as the text the writer typed, for the page to escape', () => {
		expect(sourceOf('script-tags').title).toBe(
			"Script tags </title><script>alert('title')</script> everywhere",
		);
		expect(sourceOf('html-entities').title).toBe('Entities &lt;script&gt; &amp; friends');
	});
});

describe('messy documents', () => {
	it('a byte-order mark is not part of the front matter or the first code', () => {
		expect(sourceOf('byte-order-mark').title).toBe('Byte-order mark before front matter');
		expect(entriesOf('byte-order-mark').map((e) => [e.code, e.line])).toEqual([
			['BOM_FIRST', 9],
			['BOM_SECOND', 10],
		]);
	});

	it('CRLF line endings: front matter, lines and raw HTML tables read as with LF', () => {
		expect(documents.find((d) => d.file.endsWith('crlf-line-endings.md'))!.text).toContain('\r\n');
		expect(sourceOf('crlf-line-endings').title).toBe('CRLF line endings');
		expect(
			entriesOf('crlf-line-endings').map((e) => [e.code, e.status, e.line, e.message]),
		).toEqual([
			['CRLF_ONE', 400, 11, 'First row'],
			['CRLF_TWO', 404, 12, 'Second row with a break'],
			['CRLF_HTML', null, 16, 'A raw HTML row'],
		]);
	});

	it('ragged rows keep every cell they have and their order', () => {
		const entries = entriesOf('ragged-rows');
		expect(entries.map((e) => [e.code, e.status, e.message])).toEqual([
			['RAGGED_SHORT', null, ''],
			['RAGGED_TWO', 400, ''],
			['RAGGED_EXACT', 400, 'Exactly three'],
			['RAGGED_LONG', 400, 'Four cells'],
			['RAGGED_LONGER', 400, 'Many cells'],
			['RAGGED_NO_PIPES', 500, 'No outer pipes'],
			['RAGGED_ESCAPED', 400, 'An escaped pipe in the code'],
		]);
		expect(entries[4]!.details.map((d) => d.text)).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect(entries[6]!.codeNote).toBe('| PIPE');
	});

	it('a table with only a header and a document without tables are reported, not dropped', () => {
		expect(sourceOf('header-only-table').tablesRead.find((t) => !t.accepted)!.reason).toBe(
			'no data rows (headers: Code, Status, Message)',
		);
		expect(report).toContain(
			'tests/fixtures/hostile/no-tables.md → /no-tables/: 0 tables, 0 read, 0 skipped, 0 entries',
		);
		expect(sourceOf('no-tables').html).toContain('E_NO_TABLE');
	});

	it('nested HTML tables are each read, and the outer row keeps the inner table as a detail', () => {
		expect(codesOf('nested-html-tables')).toEqual([
			'NEST_OUTER_1',
			'NEST_OUTER_2',
			'NEST_INNER_1',
			'NEST_INNER_2',
			'NEST_DEEP_1',
		]);
		expect(entriesOf('nested-html-tables')[0]!.details[0]!.text).toContain('NEST_INNER_1');
	});

	it('an HTML table that is never closed ends with its HTML block; the Markdown after it is read', () => {
		expect(entriesOf('unclosed-html-table').map((e) => [e.code, e.message, e.line])).toEqual([
			['UNCLOSED_1', 'The table is never closed', 7],
			['AFTER_UNCLOSED', 'A Markdown table after the unclosed one', 13],
		]);
		expect(sourceOf('unclosed-html-table').headings.map((h) => h.text)).toContain(
			'After the table',
		);
	});

	it('raw HTML tables: upper-case tags, rows split by blank lines, no header cells', () => {
		expect(entriesOf('raw-html-tables').map((e) => [e.code, e.status, e.line])).toEqual([
			['0x80070005', 403, 10],
			['0x8024402C', 502, 12],
			['0x80240022', 500, 17],
			['UPPER_CASE_TAGS', null, 21],
		]);
		// Each table is rendered once, with its own rows: none is a copy of another.
		const html = sourceOf('raw-html-tables').html;
		expect(html.match(/<table/g)).toHaveLength(2);
		expect(html.match(/<tr id="0x80070005"/g)).toHaveLength(1);
		expect(html).toContain('<tr id="upper-case-tags" class="errdex-row">');
	});
});

describe('published documents errdex cannot fully read: warnings, and errors only when strict', () => {
	const documents = read('hostile-warnings');
	const named = (name: string) => documents.filter((d) => d.file.endsWith(`/${name}.md`));

	it.each([
		// Its row without a code joins E1: no warning.
		['empty-code', 6, ['E1'], null],
		[
			'code-only-script',
			6,
			['E1'],
			'row 2 of the error table at line 3: its code cell holds nothing errdex can publish once unsafe markup is removed; it is shown on the source page but has no code page',
		],
		[
			'front-matter-not-a-mapping',
			2,
			['E1'],
			'front matter is not a YAML mapping, so errdex ignores it',
		],
		[
			'invalid-yaml-front-matter',
			3,
			['E1'],
			/^front matter is not valid YAML, so errdex ignores it: Flow sequence/,
		],
	])('%s builds; line %i', (name, line, codes, warning) => {
		const catalog = buildCatalog(named(name));
		const source = catalog.sources[0]!;
		expect(catalog.entries.map((e) => e.code)).toEqual(codes);
		const file = `tests/fixtures/hostile-warnings/${name}.md`;
		if (warning === null) {
			expect(source.warnings).toEqual([]);
			expect(catalog.entries[0]!.details).toEqual([
				{ label: 'Message', text: 'Has none', html: 'Has none' },
			]);
			return;
		}
		expect(source.warnings).toHaveLength(1);
		expect(source.warnings[0]).toMatchObject({ file, line });
		expect(source.warnings[0]!.message).toMatch(warning);
		expect(formatReport(catalog, paths)).toContain(
			`  warning line ${line}: ${source.warnings[0]!.message}`,
		);
		// The same document stops a strict build, at the same place.
		let error: unknown;
		try {
			build(named(name), paths, { strict: true });
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(ErrdexError);
		expect(error).toMatchObject({ file, line, reason: source.warnings[0]!.message });
	});

	it('every document in hostile-warnings is covered above', () => {
		expect(documents.map((d) => posix.basename(d.file, '.md'))).toEqual([
			'code-only-script',
			'empty-code',
			'front-matter-not-a-mapping',
			'invalid-yaml-front-matter',
		]);
	});
});

describe("wrong settings in errdex's configuration stop the build", () => {
	/** What errdex's configuration attaches to each document of hostile-fails. */
	const SETTINGS: Record<string, { settings: SourceSettingsInput; reason: RegExp }> = {
		'settings-name-a-missing-column': {
			settings: { tables: [{ table: 1, code: 'Ident' }] },
			reason:
				/^errdex setting `tables` of this document: the code column of the table at line 3 is set to "Ident", which it does not have/,
		},
		'settings-name-a-missing-table': {
			settings: { tables: [{ table: 2, include: false }] },
			reason:
				/^errdex setting `tables` of this document: table 2 is corrected, but the document has no such table/,
		},
		'settings-with-an-unknown-key': {
			settings: { homePage: 'https://example.com' } as SourceSettingsInput,
			reason:
				/^errdex setting `\(settings\)` of this document is wrong: Unrecognized key: "homePage"/,
		},
	};
	const documents = read('hostile-fails');

	it.each(Object.entries(SETTINGS))('%s', (name, { settings, reason }) => {
		const document = documents.find((d) => d.file.endsWith(`/${name}.md`))!;
		// Without the settings the document builds.
		expect(buildCatalog([document]).entries).toHaveLength(1);
		let error: unknown;
		try {
			buildCatalog([{ ...document, settings }]);
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(ErrdexError);
		expect((error as ErrdexError).file).toBe(document.file);
		expect((error as ErrdexError).reason).toMatch(reason);
	});

	it('every document in hostile-fails is covered above', () => {
		expect(documents.map((d) => posix.basename(d.file, '.md'))).toEqual(Object.keys(SETTINGS));
	});
});

describe('a 20,000-row table', () => {
	const ROWS_20K = 20_000;
	// Generated, not committed: 20,000 rows of codes, statuses, placeholders and mentions.
	const text = [
		'# A very large table',
		'',
		'## Errors',
		'',
		'| Code | Status | Message |',
		'|------|--------|---------|',
		...Array.from(
			{ length: ROWS_20K },
			(_, i) =>
				`| E${100000 + i} | ${400 + (i % 30)} | The widget '{name}' failed (${i}); see E${100000 + ((i + 1) % ROWS_20K)}. |`,
		),
		'',
	].join('\n');

	it('gives 20,000 entries with distinct anchors, in order, in the report and the export', () => {
		const big: Catalog = buildCatalog([{ file: 'content/large.md', text }]);
		expect(formatReport(big, paths)).toEqual([
			`content/large.md → /large/: 1 table, 1 read, 0 skipped, 20000 entries`,
			`  read    line 5: 20000 rows, code column "Code" (+6.4): 100% of "Code" are shaped like codes (+2.4), header "Code" names codes (+2.1), 100% of "Message" say something failed (+1.9)`,
			// Past the default budget of code pages, the codes are found at their rows.
			expect.stringMatching(
				/^ {2}warning line 5007: content\/large\.md has 20,000 codes, .*`maxCodePagesPerDocument: 20000`/,
			),
			`1 document, 20000 entries, 5000 code pages`,
		]);
		const entries = exportCatalog(big, paths).entries;
		expect(entries).toHaveLength(ROWS_20K);
		expect(entries.at(4_999)).toMatchObject({ code: 'E104999', url: '/large/e104999/' });
		expect(entries.at(5_000)!.url).toBe(entries.at(5_000)!.anchor);
		const last = entries.at(-1)!;
		expect(last).toMatchObject({
			code: 'E119999',
			line: 7 + ROWS_20K - 1,
			// A table this long is cut into pages; the row is on the last.
			anchor: expect.stringMatching(/^\/large\/page-\d+\/#e119999$/),
		});
		expect(last.url).toBe(last.anchor);
		expect(new Set(entries.map((e) => e.anchor)).size).toBe(ROWS_20K);
		expect(entries.every((e, i) => e.line === 7 + i)).toBe(true);
		expect(big.sources[0]!.html.match(/<tr id="/g)).toHaveLength(ROWS_20K);
	}, 120_000);
});
