/**
 * The prebuilt search index as shipped in `/search-index.json`.
 *
 * Text is stored as a forward index: a vocabulary of pieces (words and the runs between
 * them), most frequent first so that common pieces get one-character ids, and per entry the
 * ids of its pieces. A piece used only once is not given an id: the entry holds `_` and the
 * piece is the next one in `once`, which saves the longest ids in the file. That is both the
 * exact text, for display and for Fuse, and the word postings, which the browser transposes in
 * one pass over integers. Shipping inverted postings beside the text would roughly double the
 * gzip size for the same information.
 *
 * The columns of codes and of piece ids are single strings rather than arrays of one string
 * per entry: parsing 300,000 small strings was most of the cost of reading a large index.
 */

export const INDEX_VERSION = 8;

/**
 * How much of the detail columns the index carries. Descriptions can run to paragraphs; their
 * opening says what the code is about, and the whole text is one click away on the code page.
 */
export const DETAIL_CHARS = 240;

/**
 * How many words of its examples the index carries of a source: an error body or two and the
 * call that got it, which is what a paste would repeat; a document of many examples (a tutorial)
 * is not told apart by the words of all of them.
 */
export const EXAMPLE_WORDS = 120;

export interface SearchIndexData {
	version: typeof INDEX_VERSION;
	/**
	 * `[id, title]` of each source, in catalog order, and its file's name where the id is not made
	 * of it (a front matter's `slug: /http_response_codes` for `apitube-http-response-codes.md`):
	 * a file name may name the product (`source-names.ts`) where the slug does not.
	 */
	sources: ([string, string] | [string, string, string])[];
	/**
	 * Of each source, in the same order, the words of the examples its document shows in code
	 * blocks (an error body, a request), as search terms joined by spaces, at most
	 * `EXAMPLE_WORDS`: a pasted body written as one document's example is that API's.
	 */
	examples: string[];
	/**
	 * The heading paths the entries' tables sit under, each once per source, as one text (the
	 * headings joined by spaces); the first is the empty path. A log line says what its table's
	 * heading says (`Connection failed, return code 4` under `Connect Return code`), which tells
	 * apart documents that all have the code it names.
	 */
	sections: string[];
	/** Text pieces used more than once, most frequent first; a piece's id is its position. */
	pieces: string[];
	/** Pieces used once, in the order the columns use them: every message, then every detail text. */
	once: string[];
	/** One column per field, one row per entry, in catalog order (columns gzip better than rows). */
	entries: {
		source: number[];
		/** The codes, separated by `CODE_SEPARATOR`. */
		code: string;
		/** HTTP status, 0 when the row gives none. */
		status: number[];
		/** Piece ids of every message, see `encodeColumn`. */
		message: string;
		/** Piece ids of the first `DETAIL_CHARS` of the detail columns, as `message`. */
		details: string;
		/** Slug of the code page, only where it is not `defaultSlug(code)` (keyed by entry index). */
		slug: Record<string, string>;
		/**
		 * Of a code past its document's budget of code pages, which has no page, where its row is
		 * (keyed by entry index): the part of its source page that holds the row, and the row's
		 * anchor. A result leads there rather than to a page that does not exist.
		 */
		row: Record<string, [part: number, anchor: string]>;
		/**
		 * The codes' other names (`Entry.aliases`), separated by `CODE_SEPARATOR`, in catalog
		 * order. Most entries have none, so they are listed apart rather than as a column.
		 */
		alias: string;
		/**
		 * The entry of each alias, as the step from the entry of the alias before it (the first
		 * from entry 0): small numbers, mostly the same one, which gzip keeps small.
		 */
		aliasEntry: number[];
		/**
		 * The place in `sections` of each entry's heading path, as the step from the entry before
		 * it (the first from 0): the entries of a table share one, so most steps are 0.
		 */
		section: number[];
	};
}

/**
 * The slug most codes get (`E0425` → `e0425`, `BLOB_UNKNOWN` → `blob-unknown`, `-1` →
 * `minus-1`), so that the index stores only the others. Not how slugs are made (the pipeline
 * does that); only a guess the builder checks against the real slug of every entry.
 */
export function defaultSlug(code: string): string {
	const slug = code
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return /^-\d/.test(code) ? `minus-${slug}` : slug;
}

/** Between two codes: table cells are one line, so no code holds one. */
export const CODE_SEPARATOR = '\n';
/** Between an entry's detail columns in its details text, where the search tells them apart. */
export const DETAIL_SEPARATOR = ' · ';
const ENTRY_SEPARATOR = ',';

const PIECE = /[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu;
const WORD_START = /^[\p{L}\p{N}]/u;
const ID_SEPARATOR = '.';
const SEPARATOR_CODE = ID_SEPARATOR.charCodeAt(0);
const ENTRY_CODE = ENTRY_SEPARATOR.charCodeAt(0);
const ONCE = '_';
const ONCE_CODE = ONCE.charCodeAt(0);
const REPEAT = '~';
const REPEAT_CODE = REPEAT.charCodeAt(0);

/** Words and the runs between them; a lone space between two words is implied, not stored. */
export function splitPieces(text: string): string[] {
	const pieces = text.match(PIECE) ?? [];
	return pieces.filter((p, i) => !(p === ' ' && i > 0 && i < pieces.length - 1));
}

export const isWordPiece = (piece: string) => WORD_START.test(piece);

/** Encodes piece ids; `null` stands for the next piece of `once`. */
export function encodePieces(ids: readonly (number | null)[]): string {
	return ids.map((id) => (id === null ? ONCE : id.toString(36))).join(ID_SEPARATOR);
}

/**
 * Joins the encoded piece lists of a column. A list that repeats an earlier one is written as
 * `~k`, the k-th (base 36) distinct list of the column: catalogs repeat messages (`Not found`
 * under many codes), and a long repeated list costs parsing and decoding as much as a new one.
 */
export function encodeColumn(lists: readonly string[]): string {
	const distinct = new Map<string, number>();
	return lists
		.map((list) => {
			// A list with pieces used once reads differently each time however alike it is written.
			if (list === '' || list.includes(ONCE)) return list;
			const seen = distinct.get(list);
			if (seen !== undefined) return `${REPEAT}${seen.toString(36)}`;
			distinct.set(list, distinct.size);
			return list;
		})
		.join(ENTRY_SEPARATOR);
}

/**
 * Reads a column of encoded piece lists (see `encodeColumn`) into one array of ids and the
 * offset of each entry's ids in it. Pieces used once get ids after the shared vocabulary,
 * `pieces.length + k` for the k-th of `once`, in the order the builder wrote them. Reads digits
 * in place: splitting and `parseInt` on every entry made loading a large catalog mostly
 * garbage collection.
 */
export function decodeColumn(
	column: string,
	entries: number,
	firstOnce: number,
): { ids: Int32Array; start: Uint32Array; nextOnce: number } {
	let ids = new Int32Array(Math.max(16, column.length >> 1));
	const start = new Uint32Array(entries + 1);
	if (entries === 0) return { ids: ids.subarray(0, 0), start, nextOnce: firstOnce };
	// Where each distinct list is, for the repeats that refer to it.
	const distinctFrom = new Uint32Array(entries);
	const distinctTo = new Uint32Array(entries);
	let distinct = 0;
	let nextOnce = firstOnce;
	let at = 0;
	let entry = 0;
	let value = 0;
	let digits = 0;
	let repeat = false;
	// Whether the entry's list has a piece used once, which `encodeColumn` never refers back to.
	let once = false;
	for (let i = 0; i <= column.length; i++) {
		const c = i < column.length ? column.charCodeAt(i) : ENTRY_CODE;
		if (c === SEPARATOR_CODE || c === ENTRY_CODE) {
			if (!repeat && digits > 0) {
				if (at === ids.length) ids = grown(ids, at + 1);
				ids[at++] = value;
			}
			if (c === ENTRY_CODE) {
				if (repeat) {
					const from = distinctFrom[value]!;
					const to = distinctTo[value]!;
					if (at + to - from > ids.length) ids = grown(ids, at + to - from);
					// A message is a few ids: a loop costs less than a call to copyWithin.
					for (let p = from; p < to; p++) ids[at++] = ids[p]!;
				} else if (at > start[entry]! && !once) {
					distinctFrom[distinct] = start[entry]!;
					distinctTo[distinct++] = at;
				}
				repeat = false;
				once = false;
				start[++entry] = at;
			}
			value = 0;
			digits = 0;
		} else if (c === REPEAT_CODE) {
			repeat = true;
		} else if (c === ONCE_CODE) {
			value = nextOnce++;
			digits = 1;
			once = true;
		} else {
			value = value * 36 + (c <= 57 ? c - 48 : c - 87);
			digits++;
		}
	}
	if (entry !== entries)
		throw new Error(`search index: ${entry} piece lists for ${entries} entries`);
	return { ids: ids.subarray(0, at), start, nextOnce };
}

/** A larger copy of `ids`, with room for at least `needed`. */
function grown(ids: Int32Array, needed: number): Int32Array<ArrayBuffer> {
	const larger = new Int32Array(Math.max(needed, ids.length * 2));
	larger.set(ids);
	return larger;
}

export function joinPieces(ids: ArrayLike<number>, pieces: readonly string[]): string {
	let out = '';
	let previousWasWord = false;
	for (let i = 0; i < ids.length; i++) {
		const piece = pieces[ids[i]!] ?? '';
		const word = isWordPiece(piece);
		if (word && previousWasWord) out += ' ';
		out += piece;
		previousWasWord = word;
	}
	return out;
}
