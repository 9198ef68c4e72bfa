import type { ParseProblem } from './limits';
import { DELIMITER_ROW, FENCE } from './pieces';

/**
 * Reads pipe tables as the site generators that publish them do where GFM would not. GFM takes a
 * header row and a delimiter row as a table only when they have as many cells; kramdown (Jekyll)
 * and a person reading the source take `| Code | Name | Meaning |` above `|------|-----------|`
 * for a table of three columns all the same. The delimiter row is rewritten, for errdex's reading
 * only and to the same length so that every position still points into the document, with one
 * cell per header cell; the document itself stays as published, and a warning names the line.
 */
export function evenDelimiterRows(source: string, problems: ParseProblem[]): string {
	const lines = source.split('\n');
	let fence: string | null = null;
	let changed = false;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		const opened = FENCE.exec(line)?.[1];
		if (opened && (fence === null || opened.startsWith(fence))) {
			fence = fence === null ? opened : null;
			continue;
		}
		if (fence !== null || i === 0 || !isDelimiterRow(line)) continue;
		const header = cellCount(lines[i - 1]!);
		const delimiter = cellCount(line);
		const bullet = LIST_MARKER.test(line);
		if (header < MIN_HEADER_CELLS || (header === delimiter && !bullet)) continue;
		const even = `|${'---|'.repeat(header)}`;
		const where = bullet
			? `the delimiter row at line ${i + 1} starts as a list item does (\`- \`)`
			: `the delimiter row at line ${i + 1} has ${delimiter} cell${delimiter === 1 ? '' : 's'} under a header of ${header}`;
		if (even.length > line.trimEnd().length) {
			problems.push({
				line: i,
				message: `table-shaped lines not read as a table: ${where}, so GitHub-flavoured Markdown does not make them a table; give the delimiter row one cell per header cell`,
			});
			continue;
		}
		lines[i] = even.padEnd(line.length, ' ');
		changed = true;
		problems.push({
			line: i,
			message: bullet
				? `${where}: read as a table of ${header} columns, as Pandoc and a reader take it, though GitHub-flavoured Markdown shows a paragraph and a list; start the delimiter row with \`|\``
				: `${where}: read as a table of ${header} columns, as kramdown and a reader take it, though GitHub-flavoured Markdown shows these lines as a paragraph; give the delimiter row one cell per header cell`,
		});
		if (bullet) i = emptySpacerRows(lines, i + 1, header) - 1;
	}
	return changed ? lines.join('\n') : source;
}

/**
 * The rows of dashes a table written without outer pipes puts between its groups (`- | - | -`),
 * which a Markdown parser takes for list items that end the table: each becomes a row of empty
 * cells, which holds nothing and keeps the table whole. Returns the index of the line after the
 * table.
 */
function emptySpacerRows(lines: string[], from: number, columns: number): number {
	let i = from;
	for (; i < lines.length && lines[i]!.includes('|'); i++) {
		const line = lines[i]!;
		if (!LIST_MARKER.test(line) || !isDelimiterRow(line)) continue;
		lines[i] = `|${'   |'.repeat(columns)}`.padEnd(line.length, ' ').slice(0, line.length);
	}
	return i;
}

/** A line that starts a bullet list item, which GFM reads before it tries a table row. */
const LIST_MARKER = /^ {0,3}[-+*][ \t]/;

/** The fewest header cells that make a line above a delimiter row a table's header. */
const MIN_HEADER_CELLS = 2;

/** A delimiter row written with pipes: `---` alone is a thematic break or a heading's underline. */
function isDelimiterRow(line: string): boolean {
	return DELIMITER_ROW.test(line.replace(/\r$/, '')) && line.includes('|') && line.includes('-');
}

/** The cells of a pipe-table row, as GFM counts them: outer pipes open and close, `\|` is text. */
function cellCount(line: string): number {
	const row = line.replace(/\r$/, '').trim();
	if (!row.includes('|')) return 0;
	const inner = row.replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
	return inner.split(/(?<!\\)\|/).length;
}
