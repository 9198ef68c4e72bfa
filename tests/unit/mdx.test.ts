import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { blankMdxSyntax, flavourOf } from '../../src/pipeline/parse/mdx';
import { parseSource } from '../../src/pipeline/parse';
import { buildCatalog } from './helpers';

const mdx = [
	"import { Anchor } from '/snippets/anchor.jsx'",
	'',
	'<Anchor id="opcodes" />',
	'###### Opcodes',
	'',
	'| Code | Name | Description |',
	'|---|---|---|',
	'| 1 | Heartbeat | Keeps the connection alive. |',
	'',
	'<Tabs>',
	'###### Close codes',
	'',
	'| Code | Description |',
	'|---|---|',
	'| 4000 | Unknown error. |',
	'</Tabs>',
	'',
	'```js',
	"import { Client } from 'x';",
	'<Tabs>',
	'```',
	'',
].join('\n');

describe('MDX', () => {
	it('blanks ESM and component lines outside code, keeping every line and offset', () => {
		const blanked = blankMdxSyntax(mdx);
		expect(blanked).toHaveLength(mdx.length);
		expect(blanked.split('\n').map((line) => line.trim())).toEqual(
			mdx.split('\n').map((line, i) => ([0, 2, 9, 15].includes(i) ? '' : line.trim())),
		);
	});

	it('keeps a heading written right under a component, so its table is judged by it', () => {
		const catalog = buildCatalog([{ file: 'content/gateway.mdx', text: mdx }]);
		const [opcodes, close] = catalog.sources[0]!.tablesRead;
		expect(opcodes).toMatchObject({ line: 6, accepted: false, section: ['Opcodes'] });
		expect(close).toMatchObject({ line: 13, accepted: true, section: ['Close codes'] });
		expect(catalog.entries.map((entry) => entry.code)).toEqual(['4000']);
	});

	const fixture = 'tests/fixtures/indented-tables-in-components.md';
	const written = readFileSync(
		new URL('../fixtures/indented-tables-in-components.md', import.meta.url),
		'utf8',
	);

	it('reads a Markdown page that imports as MDX does as MDX, and one that does not as CommonMark', () => {
		expect(flavourOf(fixture, written)).toBe('mdx');
		expect(flavourOf('content/a.md', "```js\nimport Tabs from '@theme/Tabs';\n```\n")).toBe(
			'commonmark',
		);
		expect(flavourOf('content/a.md', 'import time\n')).toBe('commonmark');
		expect(flavourOf('content/a.mdx', '# A\n')).toBe('mdx');
	});

	it('reads tables indented inside components, as MDX shows them, with their tab labels', () => {
		const parsed = parseSource({ file: fixture, text: written });
		expect(parsed.tables.map((table) => [table.line, table.section, table.context])).toEqual([
			[15, ['Cancel Order', 'Body Parameters'], ['Request']],
			[22, ['Cancel Order', 'Body Parameters'], ['Errors']],
		]);
		expect(parsed.tables[1]!.rows.map((row) => row[0]!.text)).toEqual(['404', '409']);
	});

	it('still reads indented lines as code where the page is CommonMark', () => {
		const commonmark = written.replace(/^import .*$/gm, '');
		expect(parseSource({ file: fixture, text: commonmark }).tables).toEqual([]);
	});
});
