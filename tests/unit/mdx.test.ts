import { describe, expect, it } from 'vitest';
import { blankMdxSyntax } from '../../src/pipeline/parse/mdx';
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
});
