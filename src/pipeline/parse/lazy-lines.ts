/**
 * Lines of prose GFM takes into a table as rows: a table runs on to the first blank line, so a
 * sentence written right under the last row, without a pipe (`code 的具体解释, 参考对应的
 * err-msg.`), becomes one more row of one cell. Its writer meant a paragraph, and a reader reads
 * it as one: such rows at the end of a table are no data. They stay in the table as GFM renders
 * it, so the source page still shows them.
 */
import type { RawRow } from './raw-tables';
import { cellText, isSentence } from './header-rows';

/** Marks the rows at the end of a GFM table that are a paragraph its writer put right under it. */
export function markLazyLines(rows: RawRow[], source: string, offsets: [number, number][]): void {
	const data = rows.slice(1);
	const written = (row: RawRow) => row.cells.filter((cell) => cellText(cell) !== '').length;
	let end = data.length;
	while (end > 0 && isLazyLine(data[end - 1]!, source.slice(...offsets[end]!))) end--;
	// A table whose rows hold one cell each is a list, whose last line is one of its rows; a
	// table that would be left without a row of data was never a table of several columns.
	if (end === data.length || end === 0 || rows[0]!.cells.length < 2) return;
	if (!data.slice(0, end).every((row) => written(row) >= 2 || row.heading)) return;
	for (const row of data.slice(end)) row.prose = true;
}

/** A row written without a pipe whose one cell is a sentence. */
function isLazyLine(row: RawRow, line: string): boolean {
	if (line.includes('|')) return false;
	const texts = row.cells.map(cellText).filter((text) => text !== '');
	return texts.length === 1 && (isSentence(texts[0]!) || /[。！？]$/.test(texts[0]!));
}
