import type { ElementContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { normalizeSpace } from '../../core/text';
import { THRESHOLDS } from './thresholds';

/**
 * Rows inside a table's body that name its columns rather than hold data: sub-column names right
 * under the header (`| dec | hex | | |` under `| Code | | Description | |`), a second row of
 * `<th>` under the first, and the header written again further down a long table. They are never
 * codes; the words of those right under the header join the header's, so that `Code` over `dec`
 * and `hex` names two columns, `Code dec` and `Code hex`.
 */

/** A cell and a row as the parser reads them (`RawCell`, `RawRow` in markdown.ts). */
interface RawCell {
	nodes: ElementContent[];
	header: boolean;
}
interface RawRow {
	cells: RawCell[];
	heading: boolean;
	header?: boolean;
}

export function cellText(cell: RawCell | undefined): string {
	return cell ? normalizeSpace(toText({ type: 'root', children: cell.nodes })) : '';
}

/**
 * A column's name rather than a value: a few words without digits, and without the joiners of an
 * identifier (`NO_CARRIER`, `api::Error`, `noCarrier`), which are values however short.
 */
function isLabel(text: string): boolean {
	if (text === '' || /\d|_|::|[a-z][A-Z]|[.!?;]$/.test(text)) return false;
	return text.split(' ').length <= THRESHOLDS.labelWords;
}

/**
 * A sentence, which no writer names a column with: words that end as a sentence does, or more
 * words than a name runs to (`sentenceWords`).
 */
export function isSentence(text: string): boolean {
	const words = text.split(' ').length;
	return words > THRESHOLDS.sentenceWords || (words > 2 && /[.!?。]$/.test(text));
}

/** The tag of the one element a cell is written as (`strong`, `code`), or undefined. */
function onlyTag(cell: RawCell | undefined): string | undefined {
	const [only, ...more] = (cell?.nodes ?? []).filter(
		(node) => node.type !== 'text' || node.value.trim() !== '',
	);
	return more.length === 0 && only?.type === 'element' ? only.tagName : undefined;
}

/** A cell written in bold and nothing else, as a table without `<th>` marks its header. */
const isBold = (cell: RawCell) => ['b', 'strong'].includes(onlyTag(cell) ?? '');

/** A cell written as code and nothing else (`` `config` ``), as a column of identifiers writes them. */
const isCodeSpan = (cell: RawCell | undefined) => onlyTag(cell) === 'code';

/** A row that names the columns above rows of another kind, or is all `<th>` or all bold. */
export function namesColumns(row: RawRow, rows: readonly RawRow[], from: number): boolean {
	const texts = row.cells.map(cellText);
	const written = [...texts.keys()].filter((i) => texts[i] !== '');
	// One cell alone titles the rows below it; two cells saying the same are data.
	if (written.length < 2) return false;
	if (new Set(written.map((i) => texts[i]!.toLowerCase())).size < written.length) return false;
	if (row.cells.every((cell) => cell.header)) return true;
	if (written.every((i) => isBold(row.cells[i]!))) return true;
	return written.every((i) => {
		if (!isLabel(texts[i]!)) return false;
		const below: string[] = [];
		let spans = 0;
		for (let r = from; r < rows.length; r++) {
			const cell = rows[r]!.cells[i];
			const text = cellText(cell);
			if (text === '') continue;
			below.push(text);
			if (isCodeSpan(cell)) spans++;
		}
		const labels = below.filter(isLabel).length;
		// A word in a code span over a column of code spans (`` `config` `` over `` `network` ``)
		// is written as the values are: one of them, however few of them read as words.
		const writtenAlike =
			isCodeSpan(row.cells[i]) && spans / below.length > THRESHOLDS.sameKindShare;
		return (
			below.length > 0 &&
			labels / below.length <= THRESHOLDS.sameKindShare &&
			!writtenAlike &&
			!sharesWord(texts[i]!, below)
		);
	});
}

/**
 * Whether a cell says a word that every cell below it says too (`Kontinuierliches Blinken` over
 * `3x Blinken` and `2x Blinken`): a value of the same kind as theirs, not the name of the column.
 */
function sharesWord(text: string, below: readonly string[]): boolean {
	const words = (cell: string) => new Set(cell.toLowerCase().match(/\p{L}{3,}/gu) ?? []);
	const own = words(text);
	return below.length >= 2 && [...own].some((word) => below.every((cell) => words(cell).has(word)));
}

/** A row that says again what the header says (a long table repeats its header). */
function repeatsHeader(row: RawRow, names: readonly string[]): boolean {
	const texts = row.cells.map((cell) => cellText(cell).toLowerCase());
	const written = [...texts.keys()].filter((i) => texts[i] !== '');
	return (
		written.length >= 2 &&
		written.length >= names.filter(Boolean).length / 2 &&
		written.every((i) => texts[i] === names[i])
	);
}

/**
 * Marks the rows of a table that name its columns (`RawRow.header`): the rows right under the
 * header that name columns above data of another kind, and any later row that repeats the header.
 */
export function markHeaderRows(header: RawRow, rows: RawRow[]): void {
	let leading = header.cells.length > 0;
	const written = new Set(header.cells);
	const names = header.cells.map((cell) => cellText(cell).toLowerCase());
	const sections = sectionRows(rows);
	rows.forEach((row, r) => {
		if (sections.has(r)) {
			leading = false;
			row.heading = true;
			return;
		}
		if (leading && r < THRESHOLDS.headerRows && namesColumns(row, rows, r + 1)) {
			row.header = true;
			row.heading = false;
			// A header cell spanning rows (`rowspan`) fills the header rows under it with itself;
			// it names its column once, so it is written once.
			row.cells = row.cells.map((cell) => {
				if (written.has(cell)) return { nodes: [], header: cell.header };
				written.add(cell);
				return cell;
			});
			return;
		}
		leading = false;
		if (repeatsHeader(row, names)) {
			row.header = true;
			row.heading = false;
		} else if (titlesRows(row, header.cells.length)) row.heading = true;
	});
}

/**
 * Rows bold in every written cell that recur among rows that are not (`**Class 02** | **No Data**`
 * every few SQLSTATEs): each titles the rows below it, the first one too, which alone would pass
 * for a second header row. A table whose header is followed by one bold row has none.
 */
function sectionRows(rows: readonly RawRow[]): Set<number> {
	const bold = rows.flatMap((row, r) => {
		const written = row.cells.filter((cell) => cellText(cell) !== '');
		return written.length > 0 && written.every(isBold) ? [r] : [];
	});
	const plain = rows.length - bold.length;
	const between = bold.some((r, i) => i > 0 && r - bold[i - 1]! > 1);
	return bold.length >= THRESHOLDS.sectionRows && plain > bold.length && between
		? new Set(bold)
		: new Set();
}

/**
 * A row that titles the rows below it (`| **Playback** | | | |`): its first cell alone is written,
 * in bold, and says a few words without a code's digits or joiners, in a table wide enough that a
 * code with nothing beside it would leave most of a row empty.
 */
function titlesRows(row: RawRow, width: number): boolean {
	const [first, ...rest] = row.cells;
	return (
		Math.max(width, row.cells.length) >= THRESHOLDS.titledWidth &&
		first !== undefined &&
		isBold(first) &&
		isLabel(cellText(first)) &&
		rest.every((cell) => cellText(cell) === '')
	);
}

/**
 * The names of the columns: the header's cells, each followed by the words of the header rows
 * right under it. A header cell left empty beside a named one, under which a header row names a
 * column, is the named one spanning it, as a Markdown table writes a name over two columns.
 */
export function columnNames(header: RawRow, rows: readonly RawRow[]): RawCell[] {
	const leading: RawRow[] = [];
	for (const row of rows) {
		if (!row.header) break;
		leading.push(row);
	}
	if (leading.length === 0) return header.cells;
	let width = header.cells.length;
	for (const row of leading) width = Math.max(width, row.cells.length);
	let spanning: RawCell | undefined;
	return [...Array(width).keys()].map((i) => {
		const top = header.cells[i];
		// A header cell spanning rows (`rowspan`) fills the rows under it with itself.
		const under = leading
			.map((row) => row.cells[i])
			.filter((cell) => cell !== top && cellText(cell) !== '' && cellText(cell) !== cellText(top));
		if (cellText(top) !== '') spanning = top;
		const over = cellText(top) !== '' ? top : under.length > 0 ? spanning : undefined;
		const parts = [over, ...under].filter((cell): cell is RawCell => cell !== undefined);
		const nodes: ElementContent[] = parts.flatMap((cell, j) =>
			j === 0 ? cell.nodes : [{ type: 'text', value: ' ' }, ...cell.nodes],
		);
		return { nodes, header: true };
	});
}
