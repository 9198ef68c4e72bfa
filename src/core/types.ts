/**
 * The data errdex derives from a folder of Markdown documents. Every stage of the pipeline
 * (parse → classify → entries → link) reads and writes these shapes, and so do the Astro
 * loader, the pages, the export and the search index.
 */

/**
 * Something in a published document errdex could not use: a row it cannot read, front matter
 * it cannot use. The build goes on (unless it is strict) and says where.
 */
export interface SourceWarning {
	file: string;
	line: number;
	message: string;
}

/**
 * One line of the build report, as a record: the integration logs it at its level, and a
 * program reads its fields rather than re-reading words.
 */
export interface ReportRecord {
	level: 'info' | 'warning';
	/** The document it is about (its path from the project, or its URL); null for the whole build. */
	file: string | null;
	/** The line of that document it is about; null for the whole document. */
	line: number | null;
	/** What it says, in the report's words. */
	text: string;
}

/** A place in a source document, 1-based, as an editor shows it. */
export interface Position {
	/** Path of the document relative to the project root, e.g. `content/pluralkit.md`. */
	file: string;
	line: number;
}

/**
 * The role errdex gives a table column. An `alias` column gives each code another name (its
 * constant, its exception class, its value in another base); it stays a detail of the entry too.
 */
export type ColumnRole = 'code' | 'status' | 'message' | 'alias' | 'detail';

export interface Column {
	/** Header text as written (plain text). Empty when the header cell is empty. */
	label: string;
	role: ColumnRole;
}

/** One cell, read from Markdown or raw HTML. */
export interface Cell {
	/** Plain text as a reader sees it (no backticks, link syntax or tags). */
	text: string;
	/** Sanitised inline HTML, safe to insert into a page. */
	html: string;
	/** The text line by line, as `<br>`, paragraphs and headings break it; none when empty. */
	lines: string[];
	/** Whether the document wrote anything in the cell, even what sanitising removes. */
	written: boolean;
}

/** A detail column of one entry. */
export interface Detail {
	label: string;
	text: string;
	html: string;
}

/** Why a table was or was not read as an error table. */
export interface TableReport {
	line: number;
	/** Heading path above the table. */
	section: string[];
	/** `markdown` for a GFM table, `html` for a raw `<table>`. */
	kind: 'markdown' | 'html';
	accepted: boolean;
	/**
	 * Human-readable reason with the balance of the evidence and the strongest of it each way,
	 * e.g. `not an error table (−1.9): column "type" holds type names (−2.0), …; for: …`.
	 */
	reason: string;
	/** The balance of the evidence; absent where a setting or the table's shape decided. */
	score?: number;
	/** What spoke for (positive weight) and against (negative) the table, strongest first. */
	evidence?: TableEvidence[];
	columns: Column[];
	rows: number;
	/** Of an error table: what became of its data rows. They add up to `rows`. */
	rowsRead?: RowsRead;
}

/** One signal that spoke for or against a table being an error table. */
export interface TableEvidence {
	/** Which signal (`codeHeader`, `typeColumn`…): a key of the classifier's weights. */
	signal: string;
	weight: number;
	/** What was seen, in words: `header "Code" names codes`. */
	says: string;
}

/** What became of the data rows of an error table; each row is counted once. */
export interface RowsRead {
	/** Rows that made entries (one per code: a cell may list several). */
	entries: number;
	/** Rows that continue the entry above them (empty or ditto code cell): more details of it. */
	joined: number;
	/**
	 * Rows that title the rows below them (`Class 22 — Data Exception`), or that name the columns
	 * (sub-column names under the header, the header repeated).
	 */
	headings: number;
	/** Rows with nothing in them. */
	empty: number;
	/**
	 * Rows whose code cell names the codes not listed (`Unknown error codes`, `All other codes`):
	 * what the rest mean, shown on the source page, no entry.
	 */
	catchAll: number;
	/**
	 * Rows with no code whose HTTP status says the request went well (`200 | OK | |`): no error,
	 * shown on the source page, no entry.
	 */
	successes: number;
	/** Rows errdex could not read: each is a warning. */
	unreadable: number;
}

/** One data row of one error table. */
export interface Entry {
	/** Id of the source the entry belongs to. */
	source: string;
	/** The code as a reader sees it: `20003`, `0x8024A000`, `E0001`, `5xx`. */
	code: string;
	/** Extra words written beside the code in its cell, e.g. `NOT FOUND` in `404 (NOT FOUND)`. */
	codeNote: string;
	/**
	 * Other names of the same code, as a reader sees them, in the order the row gives them: an
	 * exception or constant name in the code cell or a name column (`ThrottledError` beside
	 * `RATE_LIMITED`), the decimal twin of a hex code. Never the code itself; empty when none.
	 */
	aliases: string[];
	/** HTTP status as a number, or null when the row gives none. */
	status: number | null;
	/** The status cell as written (`503 Slow Down`); empty when the table has no status column. */
	statusText: string;
	/** Message as plain text; empty when the table has no message column. */
	message: string;
	/** Message as sanitised inline HTML. */
	messageHtml: string;
	/** Placeholders found in the message, as written: `{memberRef}`, `%s`, `<name>`. */
	placeholders: string[];
	/** Every other column, in table order. */
	details: Detail[];
	/** Heading path above the table, outermost first. */
	section: string[];
	file: string;
	line: number;
	/** Index of the table among the document's error tables, 0-based. */
	table: number;
	/** Index of the row in its table, 0-based. */
	row: number;
	/** 0 for the first row with this code in the source, 1 for the second, … */
	variant: number;
	/** Slug of the code, unique within the source; the code page is `/<source>/<slug>/`. */
	slug: string;
	/** Id of the row in the source page, unique within that page. */
	anchor: string;
	/**
	 * Set when the code is past its document's budget of code pages (`maxCodePagesPerDocument`):
	 * it has no code page and no short link, and every link to it leads to its row.
	 */
	pageless?: true;
}

/** How a source's tables are read, from its front matter. */
export interface TableOverride {
	/** 1-based index among all tables of the document, or the line the table starts on. */
	table?: number | undefined;
	line?: number | undefined;
	/** Force the table in or out. */
	include?: boolean | undefined;
	/** Header label (case-insensitive) or 1-based column number of each role. */
	code?: string | number | undefined;
	status?: string | number | undefined;
	message?: string | number | undefined;
	/** The columns of other names of each code, as the other roles are given. */
	aliases?: string | number | (string | number)[] | undefined;
}

/** What a person set for one document: in its front matter, or in errdex's configuration. */
export interface SourceSettings {
	title?: string;
	description?: string;
	/** Id of the source in URLs; default: the file name. */
	slug?: string;
	/** Link to where the document is published originally. */
	homepage?: string;
	tables: TableOverride[];
}

export interface SourceMeta {
	title: string;
	description?: string;
	/** Link to where the document is published originally. */
	homepage?: string;
	tables: TableOverride[];
}

/**
 * How a source says its error responses look, read from a table that lists the fields of the
 * error body (PluralKit's `key | type | description`: `code int`, `message string`). Only a
 * body whose code and message fields are both named counts: anything less would be a guess.
 */
export interface ResponseShape {
	codeKey: string;
	/** Whether the document types the code as a number (`int`, `integer`, `number`). */
	numericCode: boolean;
	messageKey: string;
}

/** A heading of a source document, with its id in the source page. */
export interface Heading {
	depth: number;
	text: string;
	id: string;
}

export interface Source extends SourceMeta {
	/** URL-safe id, unique in the catalog; the source page is `/<id>/`. */
	id: string;
	file: string;
	entries: number;
	tablesRead: TableReport[];
	headings: Heading[];
	/** What errdex could not use in the document, with where: in the report and on the source page. */
	warnings: SourceWarning[];
	/** The error body the document describes, if it describes one. */
	responseShape: ResponseShape | null;
	/** The whole document rendered as sanitised HTML, error rows anchored and linked. */
	html: string;
	/** Where `html` may be cut, for a document too long for one page. */
	layout: SourceLayout;
}

/**
 * The source page's HTML as consecutive pieces, by offsets into it, so that a long document
 * can be cut into pages without parsing its HTML again: between top-level blocks, and between
 * the rows of a top-level table (which the cut then closes and opens again).
 */
export interface SourceLayout {
	pieces: LayoutPiece[];
	/** Top-level tables cut into rows: their opening (up to `<tbody>`) and closing, by offsets. */
	tables: { open: [start: number, end: number]; close: [start: number, end: number] }[];
}

export interface LayoutPiece {
	/** Offset just after the piece; it starts where the one before it ends. */
	end: number;
	/** The ids of the piece's elements: row anchors and headings, and any the document set. */
	ids: string[];
	/** The table (in `tables`) whose row this is; its first row holds its opening too. */
	table?: number;
}

/**
 * Generated links from one code page to related pages, as page ids (`<source>/<slug>`, see
 * `pageId`). Ids rather than copies of the pages they name: at 100,000 codes, copies made the
 * stored collection seven times larger than the entries themselves. `resolveLinks` turns them
 * into references when a page is rendered.
 */
export interface CrossLinks {
	/** The same code in other sources. */
	elsewhere: string[];
	/** Other codes that return the same HTTP status (first few). */
	sameStatus: string[];
	/** Total number of other codes with the same status. */
	sameStatusTotal: number;
	previous: string | null;
	next: string | null;
	/** Neighbouring codes of the same family in the same source. */
	family: string[];
	/** Codes this entry's text mentions. */
	mentions: string[];
	/** Codes whose text mentions this one. */
	mentionedBy: string[];
}

/** `CrossLinks` with every id resolved to a reference. */
export type ResolvedLinks = {
	[K in keyof CrossLinks]: CrossLinks[K] extends string[]
		? EntryRef[]
		: CrossLinks[K] extends string | null
			? EntryRef | null
			: CrossLinks[K];
};

/** A short reference to an entry, enough to render a link. */
export interface EntryRef {
	source: string;
	sourceTitle: string;
	code: string;
	status: number | null;
	message: string;
	/** Site path of the code page, e.g. `/pluralkit/20003/`. */
	url: string;
	/** Site path of the row, e.g. `/pluralkit/#20003`. */
	anchor: string;
}

/** Another name of a code page's code, as its variants give it. */
export interface CodeAlias {
	name: string;
	/** Slug of the name's short link, shared with codes and other names of the same identity. */
	short: string;
}

/** One code page: every variant of one code in one source. */
export interface CodePage {
	source: string;
	slug: string;
	/** Slug of the code's short link, shared by every page with the same code identity. */
	short: string;
	code: string;
	/** The variants' aliases, each identity once, in row order; none the identity of the code. */
	aliases: readonly CodeAlias[];
	variants: Entry[];
	links: CrossLinks;
}

export interface Catalog {
	sources: Source[];
	entries: Entry[];
	pages: CodePage[];
	/**
	 * The codes past their document's budget of code pages (`maxCodePagesPerDocument`), grouped
	 * and linked as pages are, but built as none: each is found at its rows on the source page.
	 * Absent or empty when every code has its page.
	 */
	pageless?: CodePage[];
}
