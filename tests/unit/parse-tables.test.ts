/**
 * The parse stage's tables on their own: a document in, `TableText` out. Header rows inside a
 * table name its columns and are never data; the words around a table (a tab's label, a caption,
 * a title row, the sentence that introduces it) are kept for the classifier to weigh.
 */
import { readFileSync } from 'node:fs';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/pipeline/parse';
import { componentLabels } from '../../src/pipeline/parse/mdx';
import { buildCatalog } from './helpers';

const tablesOf = (text: string, file = 'content/doc.md') => parseSource({ file, text }).tables;
const labels = (text: string) => tablesOf(text)[0]!.header.map((cell) => cell.text);

describe('parse: header rows inside a table', () => {
	it('joins sub-column names under the header to it, a name spanning the empty cell beside it', () => {
		const [table] = tablesOf(
			[
				'| Result code | | Meaning | Since |',
				'|---|---|---|---|',
				'| dec | hex | | |',
				'| 0 | 0x00 | Command accepted. | |',
				'| 3 | 0x03 | No carrier. | v2 |',
			].join('\n'),
		);
		expect(table!.header.map((cell) => cell.text)).toEqual([
			'Result code dec',
			'Result code hex',
			'Meaning',
			'Since',
		]);
		expect(table!.rowHeaders).toEqual([true, false, false]);
	});

	it('takes a row written right above the header row, which GFM leaves a paragraph, as the first header row', () => {
		const [table] = tablesOf(
			[
				'# Instructions',
				'',
				'| Op Code || Mnemonic | Meaning |',
				'| Hex | Dec | | |',
				'|---|---|---|---|',
				'| 0x00 | 0 | `NOP` | Do nothing. |',
				'| 0x76 | 118 | `HALT` | Stop the CPU. |',
			].join('\n'),
		);
		expect(table!.line).toBe(3);
		expect(table!.header.map((cell) => cell.text)).toEqual([
			'Op Code Hex',
			'Op Code Dec',
			'Mnemonic',
			'Meaning',
		]);
		expect(table!.rowHeaders).toEqual([true, false, false]);
		expect(table!.rows.slice(1).map((row) => row[0]!.text)).toEqual(['0x00', '0x76']);
	});

	it('leaves a row above that is part of a paragraph, or of another width, out of the table', () => {
		const under = (above: string[]) =>
			tablesOf(
				[...above, '| Code | Meaning |', '|---|---|', '| E1 | Disk failed. |'].join('\n'),
			)[0]!;
		const paragraph = under(['Codes are listed below.', '| Name | Description |']);
		expect(paragraph.line).toBe(3);
		expect(paragraph.header.map((cell) => cell.text)).toEqual(['Code', 'Meaning']);
		const wider = under(['', '| Name | Kind | Description |']);
		expect(wider.line).toBe(3);
	});

	it('reads two rows of <th> with colspan and rowspan as one header', () => {
		expect(
			labels(
				[
					'<table>',
					'<thead><tr><th colspan="2">Code</th><th rowspan="2">Meaning</th></tr>',
					'<tr><th>dec</th><th>hex</th></tr></thead>',
					'<tr><td>20</td><td>0x14</td><td>The register does not exist.</td></tr>',
					'</table>',
				].join('\n'),
			),
		).toEqual(['Code dec', 'Code hex', 'Meaning']);
	});

	it('takes a bold row under a title row as the header of an HTML table, and the title as what it says it is', () => {
		const [table] = tablesOf(
			[
				'<table>',
				'<tr><td colspan="3"><b>Dial errors</b></td></tr>',
				'<tr><td><b>Code</b></td><td><b>Name</b></td><td><b>Meaning</b></td></tr>',
				'<tr><td>8</td><td>NO_ANSWER</td><td>The far end did not answer.</td></tr>',
				'<tr><td>9</td><td>BUSY</td><td>The far end is busy.</td></tr>',
				'</table>',
			].join('\n'),
		);
		expect(table!.header.map((cell) => cell.text)).toEqual(['Code', 'Name', 'Meaning']);
		expect(table!.rows.map((row) => row[0]!.text)).toEqual(['8', '9']);
		expect(table!.context).toEqual(['Dial errors']);
	});

	it('marks the header written again further down as a header row', () => {
		const [table] = tablesOf(
			[
				'| Code | Meaning |',
				'|---|---|',
				'| E100 | The SIM card is missing. |',
				'| Code | Meaning |',
				'| E200 | The network refused the registration. |',
			].join('\n'),
		);
		expect(table!.rowHeaders).toEqual([false, true, false]);
	});

	it('keeps a first row of words as data where the column below holds words too', () => {
		const [table] = tablesOf(
			[
				'| State | Meaning |',
				'|---|---|',
				'| Pending | Waiting |',
				'| Active | Running |',
				'| Closed | Done |',
			].join('\n'),
		);
		expect(table!.rowHeaders).toEqual([false, false, false]);
	});

	it('keeps a first row of words in code spans as data over a column of code spans', () => {
		const text = readFileSync('tests/fixtures/codes-in-code-spans-under-header.md', 'utf8');
		const [codes, reasons] = tablesOf(text);
		expect(codes!.rowHeaders.some(Boolean)).toBe(false);
		expect(codes!.header.map((cell) => cell.text)).toEqual(['Code', 'Meaning']);
		expect(codes!.rows.slice(0, 2).map((row) => row[0]!.text)).toEqual(['storage', 'session']);
		// Names of sub-columns in code spans over numbers still name them.
		expect(reasons!.rowHeaders).toEqual([true, false, false, false]);
		expect(reasons!.header.map((cell) => cell.text)).toEqual([
			'Reason dec',
			'Reason hex',
			'Meaning',
		]);
	});
});

describe('parse: the words around a table', () => {
	it('keeps the sentence that introduces a table, and the caption of an HTML one', () => {
		const [intro, captioned] = tablesOf(
			[
				'The API answers with one of these codes:',
				'',
				'| Code | Meaning |',
				'|---|---|',
				'| E1 | Failed. |',
				'',
				'A paragraph that does not introduce the table.',
				'',
				'<table><caption>Error codes</caption><tr><th>Code</th></tr><tr><td>E2</td></tr></table>',
			].join('\n'),
		);
		expect(intro!.context).toEqual(['The API answers with one of these codes:']);
		expect(captioned!.context).toEqual(['Error codes']);
	});

	it('keeps a numbered caption above a table, across the empty anchor between them', () => {
		const [normal, errors, plain] = tablesOf(
			[
				'**Table 1** Normal response codes',
				'',
				'<a name="table954018135591"></a>',
				'<table><tr><th>Status Code</th></tr><tr><td>200</td></tr></table>',
				'',
				'表 2 错误码',
				'',
				'| Code | Meaning |',
				'|---|---|',
				'| E1 | Failed. |',
				'',
				'Table 3 lists the codes of the older API, which a client should no longer expect.',
				'',
				'| Code | Meaning |',
				'|---|---|',
				'| E2 | Failed. |',
			].join('\n'),
		);
		expect(normal!.context).toEqual(['Table 1 Normal response codes']);
		expect(errors!.context).toEqual(['表 2 错误码']);
		expect(plain!.context).toEqual([]);
	});

	it('keeps the labels of the MDX components around a table, outermost first', () => {
		const mdx = [
			'<Tabs>',
			'<TabItem label="Parameters">',
			'',
			'| Name | Description |',
			'|---|---|',
			'| `file` | The file. |',
			'',
			'</TabItem>',
			'<TabItem label="Errors">',
			'',
			'| String | Description |',
			'|---|---|',
			'| `QUOTA_REACHED` | Thrown if the quota is reached. |',
			'',
			'</TabItem>',
			'</Tabs>',
		].join('\n');
		const [parameters, errors] = tablesOf(mdx, 'content/doc.mdx');
		expect(parameters!.context).toEqual(['Parameters']);
		expect(errors!.context).toEqual(['Errors']);
		const at = componentLabels(
			`<Accordion title='Limits'>\n<Tab title={"Errors"}>\nx\n</Tab>\n</Accordion>\n`,
		);
		expect(at(3)).toEqual(['Limits', 'Errors']);
		expect(at(6)).toEqual([]);
	});

	it('gives every table the document title', () => {
		const [table] = tablesOf('---\ntitle: Storage errors\n---\n\n| Code |\n|---|\n| E1 |\n');
		expect(table!.title).toBe('Storage errors');
	});
});

describe('parse: title rows inside a table', () => {
	it('reads a bold first cell alone in its row as a title of the rows below, not a data row', () => {
		const [table] = tablesOf(
			[
				'| Code | Name | Description |',
				'|---|---|---|',
				'| **Network** | | |',
				'| 7001 | SOCKET_CLOSED | The socket was closed. |',
				'| **E7002** | | |',
				'| Storage | | |',
			].join('\n'),
		);
		// A bold code alone and a plain word alone are data: only bold words title rows.
		expect(table!.rowHeadings).toEqual([true, false, false, false]);
	});

	it('leaves a bold name alone in a table of two columns as data', () => {
		const [table] = tablesOf(['| Code | Meaning |', '|---|---|', '| **Pending** | |'].join('\n'));
		expect(table!.rowHeadings).toEqual([false]);
	});
});

describe('parse: section rows bold in every cell, and a title in an HTML block', () => {
	const catalog = [
		'Code | Meaning',
		'---- | ----',
		'**Group S0** | **Success**',
		'S0000 | Completed',
		'**Group S1** | **Page errors**',
		'S1001 | Page checksum mismatch',
		'S1002 | Page header torn',
		'**Group S2** | **Log errors**',
		'S2001 | Log segment missing',
	].join('\n');

	it('reads every bold row among plain ones as a section title, the first too, never a header row', () => {
		const [table] = tablesOf(catalog);
		expect(table!.header.map((cell) => cell.text)).toEqual(['Code', 'Meaning']);
		expect(table!.rowHeadings).toEqual([true, false, true, false, false, true, false]);
		expect(table!.rowHeaders.some(Boolean)).toBe(false);
	});

	it('still reads one bold row under the header as a second header row', () => {
		const [table] = tablesOf(
			[
				'| Code | Meaning |',
				'|---|---|',
				'| **dec** | **text** |',
				'| 1 | Bad page |',
				'| 2 | Torn log |',
			].join('\n'),
		);
		expect(table!.rowHeaders).toEqual([true, false, false]);
	});

	it('takes the words of an HTML block right above a table as its title', () => {
		const [table] = tablesOf(
			[
				'<div dir="rtl">',
				'کدهای خروجی',
				'</div>',
				'',
				'| کد خطا | توضیح خطا |',
				'|---|---|',
				'| 101 | نام کاربری صحیح نمی باشد |',
			].join('\n'),
		);
		expect(table!.context).toContain('کدهای خروجی');
	});

	it('takes no title from an HTML block of sentences or of several elements', () => {
		const long = 'This block says a whole sentence of more words than any title runs to.';
		for (const block of [`<div>${long}</div>`, '<div><b>Codes</b> and <i>more</i></div>']) {
			const [table] = tablesOf(
				[block, '', '| Code | Text |', '|---|---|', '| 1 | Bad |'].join('\n'),
			);
			expect(table!.context).toEqual([]);
		}
	});
});

describe('parse: kramdown attribute lists', () => {
	const text = readFileSync(
		new URL('../fixtures/kramdown-attribute-lines.md', import.meta.url),
		'utf8',
	);
	const parsed = parseSource({ file: 'content/kramdown-attribute-lines.md', text });

	it('reads the attribute line after a table as no row, and a span list after a cell as nothing', () => {
		const [table, example] = parsed.tables;
		expect(table!.rows.map((row) => row[0]!.text)).toEqual([
			'400 Bad Request',
			'401 Unauthorized',
			'429 Rate Limited',
		]);
		expect(table!.rows[1]!.map((cell) => cell.text)).toEqual([
			'401 Unauthorized',
			'Ungültiger API-Schlüssel.',
		]);
		// A table in fenced code is the document's own example, kept as written.
		expect(example).toBeUndefined();
		expect(parsed.tables).toHaveLength(1);
	});

	it('shows no attribute list on the page, keeps the sentence introducing the table, and leaves out a comment', () => {
		const page = toText(parsed.document.hast);
		// The one left is in the fenced example, which shows the source as written.
		expect(page.match(/\{:/g)).toHaveLength(1);
		expect(page).not.toContain('500 Draft');
		expect(page).toContain('| `404 Not Found` | Ungültige URL. |\n{: .reset-td-br-1 }');
		expect(parsed.document.title).toBe('Fehler der Versand-API');
		expect(parsed.tables[0]!.context).toContain('Die API antwortet mit diesen Fehlern:');
	});
});

describe('parse: a sentence written right under a table, without a pipe', () => {
	const rows = (text: string) => tablesOf(text)[0]!.rows.map((row) => row.map((cell) => cell.text));
	const table = ['| err-code | err-msg |', '| --- | --- |', '| ledger-closed | 账本已关闭 |'];

	it('is the paragraph its writer meant, not a row of data', () => {
		expect(rows([...table, 'code 的具体解释, 参考对应的 err-msg.'].join('\n'))).toEqual([
			['ledger-closed', '账本已关闭'],
		]);
		expect(rows([...table, '具体原因请参考错误信息。'].join('\n'))).toEqual([
			['ledger-closed', '账本已关闭'],
		]);
	});

	it('stays a row where it has a pipe, is no sentence, or the table has one column', () => {
		const piped = '| See err-msg for what each code means. |';
		expect(rows([...table, piped].join('\n'))).toHaveLength(2);
		expect(rows([...table, 'amount-invalid'].join('\n'))).toHaveLength(2);
		const list = ['| Code |', '| --- |', '| E1 |', 'E2 is the last one of the list.'];
		expect(rows(list.join('\n'))).toHaveLength(2);
	});

	it('still shows on the source page', () => {
		const text = [...table, 'code 的具体解释, 参考对应的 err-msg.'].join('\n');
		const { sources, entries } = buildCatalog([{ file: 'content/doc.md', text }]);
		expect(entries.map((entry) => entry.code)).toEqual(['ledger-closed']);
		expect(sources[0]!.html).toContain('code 的具体解释, 参考对应的 err-msg.');
	});
});

describe('parse: a document that opens with a rule', () => {
	const fixture = readFileSync('tests/fixtures/opening-rule-not-front-matter.md', 'utf8');

	it('reads the tables between an opening `---` and the next as the page, not as front matter', () => {
		const parsed = parseSource({ file: 'content/doc.md', text: fixture });
		expect(parsed.tables.map((table) => table.rows[0]![0]!.text)).toEqual(['1001', '2001']);
		expect(parsed.tables[0]!.line).toBe(4);
		expect(parsed.warnings).toEqual([]);
	});

	it('keeps front matter that is YAML with a mistake in it as front matter, with its warning', () => {
		const parsed = parseSource({
			file: 'content/doc.md',
			text: '---\ntitle: ok\nhomepage: [unclosed\n---\n\n| Code | Message |\n|---|---|\n| E1 | x |\n',
		});
		expect(parsed.tables).toHaveLength(1);
		expect(parsed.warnings[0]!.message).toMatch(/^front matter is not valid YAML/);
	});
});
