/**
 * A long document is parsed a piece at a time (src/pipeline/parse/pieces.ts): the tree put
 * together from the pieces must be the tree of the whole, positions included. Every document of
 * the test corpus is parsed both ways, cut at every place a cut may go.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cutPieces } from '../../src/pipeline/parse/pieces';
import { parseSyntaxTree } from '../../src/pipeline/parse/syntax-tree';

const folders = ['fixtures', 'fixtures/real', 'fixtures/hostile', 'fixtures/site'];
const documents = folders.flatMap((folder) =>
	readdirSync(new URL(`../${folder}/`, import.meta.url))
		.filter((name) => /\.(?:md|mdx|markdown)$/.test(name))
		.map((name) => ({
			name: `${folder}/${name}`,
			text: readFileSync(new URL(`../${folder}/${name}`, import.meta.url), 'utf8').replace(
				/^\uFEFF/,
				'',
			),
		})),
);

/**
 * Parsed whole, this document reads its list as a paragraph: @adobe/remark-gridtables, after its
 * `+++` front matter (TOML, which errdex does not read) failed to be a grid table, leaves the
 * parser unable to start a list for the rest of the document (`+++\na\n+++\n\n1. one` gives a
 * paragraph). Parsed in pieces, the list after a cut is read as a list, as it should be.
 */
const GRID_TABLE_BUG = 'fixtures/real/travelgate-response-status-codes.md';

describe('a document parsed in pieces gives the tree of the whole', () => {
	for (const { name, text } of documents) {
		if (name === GRID_TABLE_BUG) continue;
		it(
			name,
			() => {
				const whole = parseSyntaxTree(text, Infinity);
				// Pieces of one character: a cut at every line where one may go.
				const pieces = parseSyntaxTree(text, 1);
				expect(pieces.tree).toEqual(whole.tree);
				expect(pieces.problems).toEqual(whole.problems);
			},
			60_000,
		);
	}

	it('warns once of emphasis shown as written, whether the crowded blocks fall in one piece or in several', () => {
		const crowded = (word: string) => Array.from({ length: 120 }, () => `*${word}*`).join(' ');
		const text = `# Codes\n\n${crowded('a')}\n\nBetween.\n\n${crowded('b')}\n`;
		const message =
			'240 runs of `*`, `_` or `~` in one paragraph or cell, more than errdex reads as emphasis (100), so they are shown as written (and in 1 more blocks)';
		expect(parseSyntaxTree(text, Infinity).problems).toEqual([{ line: 3, message }]);
		expect(parseSyntaxTree(text, 1).problems).toEqual([{ line: 3, message }]);
	});

	it('the corpus has documents that are cut, between blocks and between table rows', () => {
		const cut = documents.map(({ text }) => cutPieces(text, 1));
		expect(cut.filter((pieces) => pieces.length > 1).length).toBeGreaterThan(80);
		expect(cut.flat().filter((piece) => piece.tableHead !== null).length).toBeGreaterThan(1000);
		expect(cut.flat().filter((piece) => piece.continuesRow).length).toBeGreaterThan(1000);
	});
});

describe('where a document is cut', () => {
	const lines = (text: string) => cutPieces(text, 1).map((piece) => piece.line);

	it('after a blank line, before a line in the first column', () => {
		expect(lines('# A\n\nText.\n\n  indented\n\nMore.\n')).toEqual([1, 3, 7]);
	});

	it('after a tag alone on its line, whose HTML block a blank line ends, where a fence in the block is no fence', () => {
		// `<Group>` opens an HTML block up to the blank line, so the ``` under it is text; the ```
		// after `x` opens a fence, which runs to the end.
		const text = [
			'Text.',
			'',
			'<Group>',
			'```js',
			'a',
			'',
			'x',
			'```',
			'',
			'```py',
			'b',
			'```',
			'',
		];
		expect(lines(text.join('\n'))).toEqual([1, 3, 7]);
	});

	it('never before a list item, which may continue the list above it', () => {
		expect(lines('- one\n\n- two\n\n1. three\n\nText.\n')).toEqual([1, 7]);
	});

	it('never inside fenced code, front matter, or an HTML block that runs across blank lines', () => {
		const text = [
			'---',
			'title: x',
			'',
			'more: y',
			'---',
			'',
			'```',
			'code',
			'',
			'code',
			'```',
			'',
			'<!-- a comment',
			'',
			'still the comment -->',
			'',
			'<pre>',
			'',
			'text',
			'</pre>',
			'',
			'After.',
		].join('\n');
		expect(lines(text)).toEqual([1, 7, 13, 17, 22]);
	});

	it("between a table's rows, each piece with the table's header and delimiter rows", () => {
		const text = '| Code | Message |\n| --- | --- |\n| E1 | One |\n| E2 | Two |\n';
		const head = '| Code | Message |\n| --- | --- |\n';
		expect(cutPieces(text, 12).map((piece) => [piece.line, piece.column, piece.tableHead])).toEqual(
			[
				[1, 1, null],
				[3, 1, head],
				[4, 1, head],
			],
		);
	});

	it('inside a row longer than a piece, before a pipe that is not escaped', () => {
		const text = '| Code | Message |\n| --- | --- |\n| E1 | a \\| b | c | d |\n';
		expect(
			cutPieces(text, 1).map((piece) => [piece.line, piece.column, piece.continuesRow]),
		).toEqual([
			[1, 1, false],
			[3, 1, false],
			[3, 6, true],
			[3, 15, true],
			[3, 19, true],
		]);
	});

	it('a short document is one piece', () => {
		expect(cutPieces('# A\n\nText.\n')).toEqual([
			{ offset: 0, line: 1, column: 1, end: 11, tableHead: null, continuesRow: false },
		]);
	});
});
