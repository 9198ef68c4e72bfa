/**
 * A header row written above a table's header row (`| Op Code || Mnemonic | Meaning |` over
 * `| Hex | Dec | | |` and the delimiter row): GFM takes only the row right above the delimiter
 * for the header, and leaves the one above it a paragraph of its own. A reader sees one table of
 * two header rows, the first naming the columns the second splits (`Op Code` over `Hex` and
 * `Dec`). The table begins at that first row; GFM's header becomes a header row under it, whose
 * words join the first's (`header-rows.ts`). The page still shows the document as GFM renders it.
 */
import type { RawRow, RawTable } from './raw-tables';
import { isSentence } from './header-rows';

/** The table with the row above its header taken in as its first header row, where there is one. */
export function withHeaderAbove(table: RawTable, source: string, offset: number): RawTable {
	const above = rowAbove(source, offset);
	if (!above) return table;
	const cells = rowCells(above);
	const written = cells.filter((text) => text !== '');
	if (
		cells.length !== table.header.cells.length ||
		written.length < MIN_NAMED ||
		written.some((text) => isSentence(text) || /^:?-+:?$/.test(text))
	)
		return table;
	const header: RawRow = {
		line: table.header.line - 1,
		heading: false,
		cells: cells.map((text) => ({
			nodes: text === '' ? [] : [{ type: 'text', value: text }],
			header: true,
		})),
	};
	return {
		...table,
		line: header.line,
		header,
		rows: [{ ...table.header, header: true }, ...table.rows],
	};
}

/** The fewest cells a row above names for a header row: one alone is a title, not a row. */
const MIN_NAMED = 2;

/**
 * The line right above the table's header line, where it is a paragraph of that line alone (a
 * blank line, a heading or the start of the document above it) written as a row, between pipes.
 */
function rowAbove(source: string, offset: number): string | undefined {
	const headerStart = source.lastIndexOf('\n', offset - 1) + 1;
	if (headerStart === 0) return undefined;
	const start = source.lastIndexOf('\n', headerStart - 2) + 1;
	const line = source.slice(start, headerStart - 1).replace(/\r$/, '');
	if (!/^ {0,3}\|.*\|\s*$/.test(line)) return undefined;
	if (start > 0) {
		const before = source.slice(source.lastIndexOf('\n', start - 2) + 1, start - 1);
		if (before.trim() !== '' && !/^ {0,3}#{1,6}(?:\s|$)/.test(before)) return undefined;
	}
	return line;
}

/** A row's cells as GFM splits them: between unescaped pipes, the outer pipes dropped. */
function rowCells(line: string): string[] {
	return line
		.trim()
		.replace(/^\|/, '')
		.replace(/(?<!\\)\|$/, '')
		.split(/(?<!\\)\|/)
		.map((cell) => cell.trim().replace(/\\\|/g, '|'));
}
