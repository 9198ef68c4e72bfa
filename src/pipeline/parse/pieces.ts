/**
 * Where a long document can be cut so that each piece is parsed on its own and the trees put
 * together are the tree of the whole: micromark holds its events for a whole parse, some 250
 * bytes a byte, and a 10 MB document parsed at once took 2.7 GB.
 *
 * A cut goes before a line that no block above it can claim:
 * - after a blank line, at a line that starts in the first column and is not a list item
 *   (which could continue the list above), outside fenced code, front matter and the HTML
 *   blocks that run across blank lines (`<!--`, `<pre>`, `<script>`, `<style>`, …);
 * - between two rows of a table that starts after a blank line, each row starting with `|`:
 *   the piece after the cut is parsed with the table's header and delimiter rows in front;
 * - inside a row longer than a piece, before a `|` that is not escaped: GitHub's tables read
 *   each cell on its own, so the cells after the cut are read as a row of the same table, and
 *   joined to the row they continue.
 * What a cut could still change is checked when the pieces are put together (`markdown.ts`).
 */
import { LIMITS } from './limits';

export interface Piece {
	/** Where the piece starts in the document: offset, line and column (1-based). */
	offset: number;
	line: number;
	column: number;
	/** Offset just past the piece. */
	end: number;
	/** The header and delimiter rows of the table this piece continues (each ending in `\n`). */
	tableHead: string | null;
	/** Whether the piece starts inside a row of that table, whose cells it continues. */
	continuesRow: boolean;
}

/** An HTML block that may hold blank lines, by how it opens, with what ends it. */
const HTML_BLOCKS: [open: RegExp, end: RegExp][] = [
	[/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
	[/^ {0,3}<!--/, /-->/],
	[/^ {0,3}<\?/, /\?>/],
	[/^ {0,3}<![A-Za-z]/, />/],
	[/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
/**
 * An HTML block that ends at the next blank line: one of HTML's block tags (`<div>`, `<table>`),
 * or any tag alone on its line after a blank line (`<CodeGroup>`, `</Accordion>`). A fence inside
 * it is text of the block, not a fence.
 */
const BLOCK_TAG =
	/^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t]|\/?>|$)/i;
const TAG_LINE =
	/^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$/;
export const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A list item's marker: a line after a blank line that starts one may continue the list. */
const LIST_ITEM = /^(?:[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/;
/** A table's delimiter row: `| --- | :-: |`, with or without the outer pipes. */
export const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const TABLE_ROW = /^ {0,3}\|/;
const BLANK = /^[ \t]*$/;

/**
 * The pieces of a document, each at least `size` characters but the last (a document that
 * has no place to cut is one piece).
 */
export function cutPieces(source: string, size: number = LIMITS.pieceChars): Piece[] {
	const first: Piece = {
		offset: 0,
		line: 1,
		column: 1,
		end: source.length,
		tableHead: null,
		continuesRow: false,
	};
	if (source.length <= size) return [first];
	const pieces: Piece[] = [];
	let piece = first;
	const cut = (at: number, next: Omit<Piece, 'offset' | 'end'>) => {
		pieces.push({ ...piece, end: at });
		piece = { ...next, offset: at, end: source.length };
	};
	let fence: string | null = null;
	let htmlEnd: RegExp | null = null;
	let frontMatter = /^---[ \t]*\r?\n/.test(source);
	let blankBefore = false;
	/** The line before, when it could be a table's header row (it starts a block). */
	let header: string | null = null;
	/** The header and delimiter rows of the table being read, while its rows start with `|`. */
	let table: string | null = null;
	let lineNumber = 0;
	for (let start = 0; start < source.length;) {
		const newline = source.indexOf('\n', start);
		const next = newline < 0 ? source.length : newline + 1;
		const line = source.slice(start, newline < 0 ? source.length : newline).replace(/\r$/, '');
		lineNumber++;
		const blank = BLANK.test(line);

		if (frontMatter) {
			if (lineNumber > 1 && /^(?:---|\.\.\.)[ \t]*$/.test(line)) frontMatter = false;
		} else if (fence !== null) {
			const close = FENCE.exec(line)?.[1];
			if (
				close &&
				close[0] === fence[0] &&
				close.length >= fence.length &&
				BLANK.test(line.slice(line.indexOf(close) + close.length))
			)
				fence = null;
		} else if (htmlEnd !== null) {
			if (htmlEnd.test(line)) htmlEnd = null;
		} else {
			const afterBlank = blankBefore && /^\S/.test(line) && !LIST_ITEM.test(line);
			const betweenRows = table !== null && TABLE_ROW.test(line);
			if ((afterBlank || betweenRows) && start - piece.offset >= size)
				cut(start, {
					line: lineNumber,
					column: 1,
					tableHead: afterBlank ? null : table,
					continuesRow: false,
				});
			if (betweenRows && line.length > size) {
				// Not at the pipe that closes the row: the last cell holds it.
				const closing = line.trimEnd().length - 1;
				for (
					let at = line.indexOf('|', 1);
					at >= 0 && at < closing;
					at = line.indexOf('|', at + 1)
				) {
					if (!escaped(line, at) && start + at - piece.offset >= size)
						cut(start + at, {
							line: lineNumber,
							column: at + 1,
							tableHead: table,
							continuesRow: true,
						});
				}
			}
			if (table !== null && !betweenRows) table = null;
			// A header too long to repeat in every piece leaves its table whole.
			if (
				table === null &&
				header !== null &&
				DELIMITER_ROW.test(line) &&
				line.includes('-') &&
				header.length + line.length < LIMITS.repeatedChars
			)
				table = `${header}\n${line}\n`;
			header = (blankBefore || lineNumber === 1) && !blank && table === null ? line : null;
			const opened = FENCE.exec(line)?.[1];
			if (
				opened &&
				!(opened[0] === '`' && line.slice(line.indexOf(opened) + opened.length).includes('`'))
			) {
				fence = opened;
				table = null;
			} else {
				const block = HTML_BLOCKS.find(([open]) => open.test(line));
				if (block && !block[1].test(line.slice(line.indexOf('<') + 2))) htmlEnd = block[1];
				else if (
					!block &&
					(BLOCK_TAG.test(line) || (TAG_LINE.test(line) && (blankBefore || lineNumber === 1)))
				)
					htmlEnd = BLANK;
			}
		}
		blankBefore = blank;
		start = next;
	}
	pieces.push(piece);
	return pieces;
}

/** Whether the character at `at` is escaped: an odd number of backslashes before it. */
function escaped(line: string, at: number): boolean {
	let slashes = 0;
	while (at - slashes > 0 && line[at - slashes - 1] === '\\') slashes++;
	return slashes % 2 === 1;
}

/**
 * The link reference definitions and footnote definitions of a document (`[id]: url`), each
 * with the line after it (where its URL may be). micromark reads `[text][id]` as a link only
 * when `id` is defined somewhere in what it parses, so every piece is parsed with them after it.
 */
export function definitionLines(source: string): string {
	const found: string[] = [];
	const pattern = /^ {0,3}\[(?:[^\]\\\n]|\\.){1,999}\]:.*(?:\r?\n(?![ \t]*\r?\n).*)?/gm;
	for (let match = pattern.exec(source); match; match = pattern.exec(source)) found.push(match[0]);
	return found.join('\n');
}
