/**
 * The prebuilt search index as shipped in `/search-index.json`.
 *
 * Text is stored as a forward index: a vocabulary of pieces (words and the runs between
 * them), most frequent first so that common pieces get one-character ids, and per entry the
 * ids of its pieces. A piece used only once is not given an id: the entry holds `_` and the
 * piece is the next one in `once`, which saves the longest ids in the file. That is both the exact text, for display and for Fuse, and the word
 * postings, which the browser transposes in one pass over integers. Shipping inverted
 * postings beside the text would roughly double the gzip size for the same information.
 */

export const INDEX_VERSION = 2;

/**
 * How much of the detail columns the index carries. Descriptions can run to paragraphs; their
 * opening says what the code is about, and the whole text is one click away on the code page.
 */
export const DETAIL_CHARS = 240;

export interface SearchIndexData {
	version: typeof INDEX_VERSION;
	/** `[id, title]` of each source, in catalog order. */
	sources: [string, string][];
	/** Text pieces used more than once, most frequent first; a piece's id is its position. */
	pieces: string[];
	/** Pieces used once, in the order the entries use them (messages before details). */
	once: string[];
	/** One column per field, one row per entry, in catalog order (columns gzip better than rows). */
	entries: {
		source: number[];
		code: string[];
		/** HTTP status, 0 when the row gives none. */
		status: number[];
		/** Piece ids of the message, see `encodePieces`. */
		message: string[];
		/** Piece ids of the first `DETAIL_CHARS` of the detail columns. */
		details: string[];
		/** Slug of the code page, only where it is not `defaultSlug(code)` (keyed by entry index). */
		slug: Record<string, string>;
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

const PIECE = /[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu;
const WORD_START = /^[\p{L}\p{N}]/u;
const ID_SEPARATOR = '.';
const SEPARATOR_CODE = ID_SEPARATOR.charCodeAt(0);
const ONCE = '_';
const ONCE_CODE = ONCE.charCodeAt(0);

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
 * Reads encoded piece lists into one array of ids, in the order the builder wrote them. Pieces
 * used once get ids after the shared vocabulary, `pieces.length + k` for the k-th of `once`.
 * Reads digits in place: splitting and `parseInt` on every entry made loading a large catalog
 * mostly garbage collection.
 */
export class PieceDecoder {
	#nextOnce: number;

	constructor(sharedPieces: number) {
		this.#nextOnce = sharedPieces;
	}

	/** Appends the ids in `encoded` to `into` from position `at`; returns the position after them. */
	decode(encoded: string, into: Int32Array, at: number): number {
		let value = 0;
		let digits = 0;
		for (let i = 0; i <= encoded.length; i++) {
			const c = i < encoded.length ? encoded.charCodeAt(i) : SEPARATOR_CODE;
			if (c === SEPARATOR_CODE) {
				if (digits > 0) into[at++] = value;
				value = 0;
				digits = 0;
			} else if (c === ONCE_CODE) {
				value = this.#nextOnce++;
				digits = 1;
			} else {
				value = value * 36 + (c <= 57 ? c - 48 : c - 87);
				digits++;
			}
		}
		return at;
	}
}

/** How many ids `encoded` holds, to size the array `decodePieceIds` fills. */
export function countPieceIds(encoded: string): number {
	if (encoded === '') return 0;
	let count = 1;
	for (let i = 0; i < encoded.length; i++) if (encoded.charCodeAt(i) === SEPARATOR_CODE) count++;
	return count;
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
