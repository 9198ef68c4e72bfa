import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';

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
		expect(catalog.sources[0]!.tablesRead[0]).toMatchObject({ kind: 'html', accepted: true, line: 3 });
	});

	it('are rebuilt with anchors in the page', () => {
		expect(catalog.sources[0]!.html).toContain('<tr id="0x8024402c" class="errdex-row">');
	});
});
