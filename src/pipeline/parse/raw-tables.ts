/** The tables of a document as the parse stage finds them, before their cells are read. */
import type { Element, ElementContent } from 'hast';

/** One cell as found in the document: its hast content, not yet sanitised. */
export interface RawCell {
	nodes: ElementContent[];
	/** Whether it was written as a header cell (`<th>`). */
	header: boolean;
}

export interface RawRow {
	line: number;
	/** One per column: a cell spanning several columns or rows fills each slot it covers. */
	cells: RawCell[];
	/**
	 * A row that titles the rows below it rather than holding data: a body row of `<th>` cells
	 * only, or one cell across the whole table (`Class 22 — Data Exception`).
	 */
	heading: boolean;
	/**
	 * A row that names the columns rather than holding data: sub-column names right under the
	 * header, or the header written again (see `header-rows.ts`).
	 */
	header?: boolean;
	/**
	 * A line of prose right under a GFM table, without a pipe, that GFM took in as a row
	 * (`lazy-lines.ts`): shown as written, read as no data.
	 */
	prose?: boolean;
}

/** A table of the document, Markdown or raw HTML, in one shape. */
export interface RawTable {
	kind: 'markdown' | 'html';
	line: number;
	/** Heading path above the table, outermost first. */
	section: string[];
	header: RawRow;
	rows: RawRow[];
	/**
	 * What the document says the table is, other than in a heading: its `<caption>`, a title row
	 * above its header, the sentence right above it that introduces it (`The API returns these
	 * codes:`).
	 */
	around: string[];
	/** The table's element in `ParsedDocument.hast`, replaced when the page is rendered. */
	element: Element;
}
