import type { Routes } from '../core/routes';
import type { Entry, Heading, Source } from '../core/types';
import { PAGE_LIMITS, utf8Length } from '../core/paging';
import { blockText, cutText, textHtml } from './long-block';

/** One page of a source page cut into several, as offsets into the source's HTML. */
export interface SourcePart {
	/** 1 for the first page. */
	part: number;
	start: number;
	end: number;
	/** The table a cut opened this page inside: its opening is written first. */
	reopens: number | undefined;
	/** The table a cut closed this page inside: its closing is written last. */
	closes: number | undefined;
	/**
	 * On a page of a block larger than the limit (a row of 230,000 cells, a 2 MB message): the
	 * block's text, cut where this page's share of it starts and ends, shown in place of its HTML.
	 */
	text?: { from: number; to: number; page: number; pages: number; ids: string[] };
}

/** How a source page is cut, and on which page each id of the document is. */
export interface SourceParts {
	parts: SourcePart[];
	/** Page (1-based) of each id the document's HTML gives: rows, headings and its own. */
	partOf: Map<string, number>;
}

/**
 * Cuts a source page into pages of at most `limit` bytes of HTML: between top-level blocks, or
 * between the rows of a long table, whose header each page repeats. A block longer than the
 * limit gets a page of its own. A document within the limit is one page.
 */
export function cutSource(
	source: Pick<Source, 'html' | 'layout'>,
	limit: number = PAGE_LIMITS.sourceBytes,
): SourceParts {
	const { html, layout } = source;
	const parts: SourcePart[] = [];
	const partOf = new Map<string, number>();
	let part: SourcePart = { part: 1, start: 0, end: 0, reopens: undefined, closes: undefined };
	let bytes = 0;
	layout.pieces.forEach((piece, index) => {
		const start = part.end;
		// The closing of a table whose last row was a long block went with it.
		if (piece.end <= start) return;
		const size = utf8Length(html, start, piece.end);
		if (size > limit) {
			part = longBlock(source, piece, index, { parts, partOf, part }, limit);
			bytes = 0;
			return;
		}
		// A table's closing stays with its last row: cut before it, the next page would hold a
		// table with no rows.
		const closing = piece.table !== undefined && layout.tables[piece.table]!.close[1] === piece.end;
		if (bytes > 0 && bytes + size > limit && !closing) {
			const previous = layout.pieces[index - 1];
			const inside =
				piece.table !== undefined && previous?.table === piece.table ? piece.table : undefined;
			parts.push({ ...part, closes: inside });
			part = { part: part.part + 1, start, end: start, reopens: inside, closes: undefined };
			bytes = 0;
		}
		part.end = piece.end;
		bytes += size;
		for (const id of piece.ids) if (!partOf.has(id)) partOf.set(id, part.part);
	});
	if (parts.length === 0 || part.end > part.start) parts.push(part);
	return { parts, partOf };
}

const texts = new WeakMap<Pick<Source, 'html'>, Map<number, string>>();

/** The text of a long block, read once per block of a source: each of its pages asks. */
function textOf(source: Pick<Source, 'html'>, part: SourcePart): string {
	let known = texts.get(source);
	if (!known) texts.set(source, (known = new Map()));
	let text = known.get(part.start);
	if (text === undefined)
		known.set(part.start, (text = blockText(source.html.slice(part.start, part.end))));
	return text;
}

/**
 * A block larger than the limit, as pages of its text: the page before it is closed (with the
 * table it is in), the block's text is cut into pages of its own, and the page after opens its
 * table again. Returns the page the next block goes on.
 */
function longBlock(
	source: Pick<Source, 'html' | 'layout'>,
	piece: Source['layout']['pieces'][number],
	index: number,
	cut: SourceParts & { part: SourcePart },
	limit: number,
): SourcePart {
	const { parts, partOf } = cut;
	let { part } = cut;
	const start = part.end;
	const { layout } = source;
	const table = piece.table;
	const inTable = (other: number) => table !== undefined && layout.pieces[other]?.table === table;
	if (part.end > part.start)
		parts.push({ ...part, closes: inTable(index - 1) ? table : undefined });
	// A table's closing stays with its last row, as on any page: a page of its own would hold a
	// table of no rows.
	const next = layout.pieces[index + 1];
	const closing = table !== undefined && next?.end === layout.tables[table]!.close[1];
	const end = closing ? next!.end : piece.end;
	const text = blockText(source.html.slice(start, end));
	const pages = cutText(text, limit);
	pages.forEach(([from, to], page) => {
		const number = parts.length + 1;
		parts.push({
			part: number,
			start,
			end,
			reopens: undefined,
			closes: undefined,
			text: { from, to, page: page + 1, pages: pages.length, ids: page === 0 ? piece.ids : [] },
		});
		if (page === 0) for (const id of piece.ids) if (!partOf.has(id)) partOf.set(id, number);
	});
	part = {
		part: parts.length + 1,
		start: end,
		end,
		reopens: !closing && inTable(index + 1) ? table : undefined,
		closes: undefined,
	};
	return part;
}

/** The HTML of one page of a source page. */
export function partHtml(source: Pick<Source, 'html' | 'layout'>, part: SourcePart): string {
	if (part.text) return textHtml(textOf(source, part), part.text);
	const { html, layout } = source;
	const slice = ([start, end]: [number, number]) => html.slice(start, end);
	return `${part.reopens === undefined ? '' : slice(layout.tables[part.reopens]!.open)}${html.slice(part.start, part.end)}${part.closes === undefined ? '' : slice(layout.tables[part.closes]!.close)}`;
}

/** The headings of one page, for its table of contents. */
export function partHeadings(
	headings: readonly Heading[],
	parts: SourceParts,
	part: number,
): Heading[] {
	return headings.filter((heading) => (parts.partOf.get(heading.id) ?? 1) === part);
}

const cut = new WeakMap<Source, SourceParts>();

/**
 * How a source of the catalog is cut into pages. A source is cut once and the result kept for
 * as long as the source itself: every page that links into it asks.
 */
export function partsOf(source: Source): SourceParts {
	let parts = cut.get(source);
	if (!parts) cut.set(source, (parts = cutSource(source)));
	return parts;
}

/** The path of a row or heading of a source page, on the page of it that holds it. */
export function sourceIdPath(routes: Routes, source: Source, id: string): string {
	return routes.row(source.id, id, partsOf(source).partOf.get(id) ?? 1);
}

/**
 * What each page of a source page holds, for the list of its pages: its first and last codes
 * (`E0100–E0599`), else its first section, else `continued` (the word, in the site's language).
 */
export function partLabels(
	source: Source,
	entries: readonly Pick<Entry, 'code' | 'anchor'>[],
	continued: string,
): string[] {
	// Every page of the source asks: 168 pages of a table of 130,000 rows each read every row.
	const known = labelled.get(source);
	if (known?.continued === continued && known.entries === entries) return known.labels;
	const labels = labelsOf(source, entries, continued);
	labelled.set(source, { continued, entries, labels });
	return labels;
}

const labelled = new WeakMap<
	Source,
	{ continued: string; entries: readonly Pick<Entry, 'code' | 'anchor'>[]; labels: string[] }
>();

function labelsOf(
	source: Source,
	entries: readonly Pick<Entry, 'code' | 'anchor'>[],
	continued: string,
): string[] {
	const { parts, partOf } = partsOf(source);
	const codes = parts.map(() => ({ first: '', last: '' }));
	for (const entry of entries) {
		const range = codes[(partOf.get(entry.anchor) ?? 1) - 1]!;
		range.first ||= entry.code;
		range.last = entry.code;
	}
	return parts.map(({ part }, index) => {
		const { first, last } = codes[index]!;
		if (first) return first === last ? first : `${first} – ${last}`;
		return partHeadings(source.headings, { parts, partOf }, part)[0]?.text ?? continued;
	});
}

/** `parts.json` of a source page cut into several: its pages, and the ids on each but the first. */
export function partsFile(source: Source, routes: Routes): { pages: string[]; ids: string[][] } {
	const { parts, partOf } = partsOf(source);
	const ids = parts.map((): string[] => []);
	for (const [id, part] of partOf) if (part > 1) ids[part - 1]!.push(id);
	return { pages: parts.map(({ part }) => routes.source(source.id, part)), ids };
}
