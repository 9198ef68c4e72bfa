import { describe, expect, it } from 'vitest';
import { buildCatalog } from './helpers';
import { LIMITS } from '../../src/pipeline/parse/limits';

const hostile = [
	'# Errors <img src=x onerror="alert(1)">',
	'',
	'## Codes',
	'',
	'| Code | Message |',
	'|------|---------|',
	'| `E1` | Bad <script>alert("cell")</script> input |',
	'| E2 | [click](javascript:alert(2)) <img src="x" onerror="alert(3)"> |',
	'| E3 | Fine &amp; dandy &lt;b&gt; |',
	'',
	'<div onclick="alert(4)"><iframe src="https://evil.example"></iframe>prose</div>',
	'',
].join('\n');

describe('the rendered source page', () => {
	const catalog = buildCatalog([{ file: 'content/hostile.md', text: hostile }]);
	const [source] = catalog.sources;
	const html = source!.html;

	it('keeps no script, event handler, javascript: URL or iframe from the document', () => {
		expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<iframe/i);
		for (const entry of catalog.entries) {
			expect(entry.messageHtml).not.toMatch(/<script|onerror|javascript:/i);
		}
	});

	it('keeps the text a reader should see, entities decoded once', () => {
		expect(catalog.entries.map((entry) => entry.code)).toEqual(['E1', 'E2', 'E3']);
		expect(catalog.entries[2]!.message).toBe('Fine & dandy <b>');
		expect(catalog.entries[2]!.messageHtml).toBe('Fine &#x26; dandy &#x3C;b>');
		expect(html).toContain('prose');
	});

	it('anchors every error row and links its code to the code page', () => {
		expect(html).toContain('<tr id="e1" class="errdex-row">');
		expect(html).toContain('<a href="/hostile/e1/" class="errdex-code"><code>E1</code></a>');
		expect(html).toContain('<a href="#e2" class="errdex-anchor"');
		expect(html).toContain('<h2 id="codes">Codes</h2>');
	});
});

describe('the cells of error rows', () => {
	it('say which holds the code, which the message and what the others are, for narrow screens', () => {
		const text = [
			'| Code | Exception | Message |',
			'| --- | --- | --- |',
			'| `THROTTLED` | `ThrottledError` | Too many requests. |',
			'',
			'| Setting | Value | Meaning |',
			'| --- | --- | --- |',
			'| `MODE` | `on` | Turns it on. |',
		].join('\n');
		const { html } = buildCatalog([{ file: 'content/sdk.md', text }]).sources[0]!;
		expect(html.match(/class="errdex-message"/g)).toHaveLength(1);
		expect(html).toContain('<td class="errdex-message">Too many requests.</td>');
		expect(html).toContain('<td data-label="Exception"><code>ThrottledError</code></td>');
		expect(html).toContain('<td class="errdex-code-cell"><a href="/sdk/throttled/"');
		expect(html).toContain('<td><code>on</code></td>');
	});
});

describe('raw HTML tables', () => {
	const text = [
		'## Errors',
		'',
		'<table>',
		'  <thead><tr><th>Error code</th><th>Description</th></tr></thead>',
		'  <tbody>',
		'    <tr><td><code>0x80070005</code></td><td>Access is denied.</td></tr>',
		'',
		'    <tr><td>0x8024402C</td><td>A <b>proxy</b> error<br>occurred.</td></tr>',
		'  </tbody>',
		'</table>',
		'',
	].join('\n');
	const catalog = buildCatalog([{ file: 'content/win.md', text }]);

	it('are read whole even when a blank line splits them, with the lines of their rows', () => {
		expect(catalog.entries.map((entry) => [entry.code, entry.line, entry.message])).toEqual([
			['0x80070005', 6, 'Access is denied.'],
			['0x8024402C', 8, 'A proxy error occurred.'],
		]);
		expect(catalog.sources[0]!.tablesRead[0]).toMatchObject({
			kind: 'html',
			accepted: true,
			line: 3,
		});
	});

	it('are rebuilt with anchors in the page', () => {
		expect(catalog.sources[0]!.html).toContain('<tr id="0x8024402c" class="errdex-row">');
	});
});

describe('a table nested in another table', () => {
	const text = [
		'## Errors',
		'',
		'<table>',
		'<tr><th>Code</th><th>Message</th></tr>',
		'<tr><td>E100</td><td>Outer error, see:',
		'<table>',
		'<tr><th>Code</th><th>Message</th></tr>',
		'<tr><td>E101</td><td>Inner error.</td></tr>',
		'</table>',
		'</td></tr>',
		'</table>',
		'',
		'## After',
	].join('\n');
	const catalog = buildCatalog([{ file: 'content/nested.md', text }]);
	const html = catalog.sources[0]!.html;

	it('keeps the inner table inside its cell, with its own row anchors', () => {
		expect(catalog.entries.map((entry) => [entry.code, entry.anchor])).toEqual([
			['E100', 'e100'],
			['E101', 'e101'],
		]);
		expect(html).toMatch(
			/<tr id="e100" class="errdex-row">.*<table class="errdex-table">.*<tr id="e101" class="errdex-row">/s,
		);
		expect(html.match(/id="e101"/g)).toHaveLength(1);
		expect(html).toContain('<h2 id="after">After</h2>');
	});
});

describe('links written for where the document is published', () => {
	const text = (homepage: string) =>
		[
			...(homepage ? ['---', `homepage: ${homepage}`, '---'] : []),
			'See [authentication](./auth.md), [section](#codes) and [home](https://example.com/).',
			'',
			'## Codes',
			'',
			'| Code | Message |',
			'|---|---|',
			'| E1 | Read [the guide](../guide.md) <img src="diagram.png" alt="a diagram"> |',
		].join('\n');

	it('resolve against the homepage', () => {
		const catalog = buildCatalog([
			{ file: 'content/api.md', text: text('https://docs.example.com/api/errors.html') },
		]);
		expect(catalog.sources[0]!.html).toContain('href="https://docs.example.com/api/auth.md"');
		expect(catalog.entries[0]!.messageHtml).toContain('href="https://docs.example.com/guide.md"');
		expect(catalog.entries[0]!.messageHtml).toContain(
			'src="https://docs.example.com/api/diagram.png"',
		);
	});

	it('lead nowhere without one, so they are kept as text', () => {
		const catalog = buildCatalog([{ file: 'content/api.md', text: text('') }]);
		const html = catalog.sources[0]!.html;
		expect(html).toContain('<a>authentication</a>');
		expect(html).toContain('href="#codes"');
		expect(html).toContain('href="https://example.com/"');
		expect(catalog.entries[0]!.messageHtml).toBe('Read <a>the guide</a> a diagram');
	});
});

describe('a long Markdown table, read from its rows alone', () => {
	// Longer than a few pieces of the parse (64 KB), so that it is parsed in pieces and put together.
	const rows = 2500;
	const text = [
		'# Long table',
		'',
		'| Code | Message |',
		'| --- | --- |',
		...Array.from(
			{ length: rows },
			(_, i) =>
				`| \`L${i}\` | Failed *${i}* times, see [the guide](https://example.com/guide/${i}) and <kbd>retry</kbd> ${'later '.repeat(12)}|`,
		),
		'',
	].join('\n');
	const catalog = buildCatalog([{ file: 'content/long.md', text }]);
	const [source] = catalog.sources;

	it('gives every row its line in the document', () => {
		expect(text.length).toBeGreaterThan(4 * LIMITS.pieceChars);
		expect(catalog.entries).toHaveLength(rows);
		catalog.entries.forEach((entry, i) => {
			expect(entry.code).toBe(`L${i}`);
			expect(entry.line).toBe(i + 5);
		});
	});

	it("keeps every cell's markup on the source page and in the entry", () => {
		const last = catalog.entries.at(-1)!;
		expect(last.messageHtml).toContain(
			`Failed <em>${rows - 1}</em> times, see <a href="https://example.com/guide/${rows - 1}">the guide</a> and <kbd>retry</kbd>`,
		);
		expect(source!.html).toContain(
			`<tr id="l${rows - 1}" class="errdex-row"><td class="errdex-code-cell"><a href="/long/l${rows - 1}/" class="errdex-code"><code>L${rows - 1}</code></a>`,
		);
		expect(source!.html).toContain(`<td class="errdex-message">${last.messageHtml}</td>`);
	});

	it('cuts the page between its rows, each piece with the id of its row', () => {
		const rowPieces = source!.layout.pieces.filter((piece) => piece.table === 0);
		// Each row, then the table's closing.
		expect(rowPieces).toHaveLength(rows + 1);
		expect(rowPieces.slice(0, rows).map((piece) => piece.ids)).toEqual(
			catalog.entries.map((entry) => [entry.anchor]),
		);
		expect(rowPieces.at(-1)!.end).toBe(source!.html.length);
	});
});

describe('a Markdown table with raw HTML in a cell', () => {
	it('still reads a table written in the cell as a table of its own', () => {
		const text = [
			'| Code | Message |',
			'| --- | --- |',
			'| E1 | <b>bold</b> and <table><tr><th>Code</th><th>Message</th></tr><tr><td>E9</td><td>Inner failure</td></tr></table> |',
			'| E2 | plain |',
		].join('\n');
		const catalog = buildCatalog([{ file: 'content/inner.md', text }]);
		expect(catalog.sources[0]!.tablesRead.map(({ kind, line }) => [kind, line])).toEqual([
			['markdown', 1],
			['html', 3],
		]);
		expect(catalog.entries.map(({ code, line }) => [code, line])).toEqual([
			['E1', 3],
			['E2', 4],
			['E9', 3],
		]);
		expect(catalog.sources[0]!.html).toContain(
			'<td class="errdex-message"><b>bold</b> and <table>',
		);
	});
});
