/**
 * What errdex remembers of the pages it published, build after build: every code page it ever
 * wrote, as it last stood, and what changed between builds. The history stage
 * (`pipeline/history/`) reads the previous history and the new catalog and makes the next
 * one; it is written with the site (`errors-history.json`) and read back by the next build.
 *
 * Builds are named by their index in `History.builds`: only builds that changed something are
 * kept, so a rebuild of the same documents writes the same history.
 */

/** One row of a code page as it was last published. */
export interface RowRecord {
	status: number | null;
	/** The status cell as written, when it says more than the number. */
	statusText: string;
	message: string;
	/** The other columns, as plain text. */
	details: [label: string, text: string][];
	/** Heading path above the row's table. */
	section: string[];
	/** Index of the table among the document's error tables, and of the row in it. */
	table: number;
	row: number;
	line: number;
	/** Id of the row in the source page. */
	anchor: string;
}

/** One code page ever published: `/<source>/<slug>/`. */
export interface PageRecord {
	code: string;
	slug: string;
	/** Slug of its short link, `/e/<short>/`. */
	short: string;
	/** Build it first appeared in; null when it was there before the history began. */
	first: number | null;
	/** Build its message or status last changed in; null when never, as far as is known. */
	changed: number | null;
	/** Build it was removed in; null while it is published. */
	removed: number | null;
	/**
	 * For a removed page: the slug it was renamed to (one), or the candidates when which one
	 * was ambiguous (several). Null for a page removed outright, or still published.
	 */
	to: string[] | null;
	rows: RowRecord[];
}

export interface SourceRecord {
	id: string;
	title: string;
	file: string;
	/** Build the whole document was removed in; null while it is published. */
	removed: number | null;
	/** Every page the source ever had: those published in catalog order, then those gone. */
	pages: PageRecord[];
}

/** A code as a change names it: its page in its source, and the code as written. */
export interface ChangedCode {
	slug: string;
	code: string;
}

/** What a row said, for a change to its message or status. */
export interface Wording {
	status: number | null;
	message: string;
}

/** One change between two builds, to one code page. */
export type Change = ChangedCode & {
	build: number;
	source: string;
} & (
		| { kind: 'added' }
		| { kind: 'removed'; candidates: ChangedCode[] }
		| { kind: 'renamed'; to: ChangedCode }
		| { kind: 'reworded'; before: Wording[]; after: Wording[] }
	);

export type ChangeKind = Change['kind'];

export interface History {
	/** When each build that changed something ran (ISO 8601, UTC), oldest first. */
	builds: string[];
	/** Every source ever published: those of the catalog in its order, then those removed. */
	sources: SourceRecord[];
	/** Every change, oldest first. */
	changes: Change[];
}

/** A history that knows nothing yet: every page of the next build is new. */
export function emptyHistory(): History {
	return { builds: [], sources: [], changes: [] };
}
