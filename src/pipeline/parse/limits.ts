/**
 * What the parse stage gives one document at most, with why each has its value. A published
 * document can hold anything; past these, errdex keeps what it could not read as text, with a
 * warning, so that one document can neither stop nor stall the build.
 */
export const LIMITS = {
	/**
	 * Elements nested inside one another, Markdown and raw HTML together. The tree libraries
	 * errdex uses (mdast to hast, the sanitiser, the HTML serialiser) recurse once per level
	 * and ran out of stack between 1,000 and 2,000 levels; real documents nest a few dozen
	 * (lists in a table cell in a `<div>`). Deeper content is kept as the text it was written as.
	 */
	depth: 128,
	/**
	 * Runs of `*`, `_` or `~` in one paragraph, heading or table cell that are read as emphasis.
	 * micromark pairs them by walking back over every run before each one, so a cell of 100,000
	 * took minutes; the most in any block of the 79 published documents of the corpus is 33 (a
	 * bold word is two runs, and so is `ERROR_ACCESS_DENIED`). Past 100 the runs of that block are
	 * shown as written, so that the pairing costs at most 100 runs' walk per run.
	 */
	delimiterRuns: 100,
	/**
	 * Markdown parsed at once, in UTF-16 units (about bytes for Latin text). micromark holds some
	 * 250 bytes of events per byte until a parse ends, so a 10 MB document parsed whole peaked at
	 * 2.7 GB; a long document is parsed a piece at a time, cut between blocks or table rows
	 * where the cut cannot change what is read. 64 KB of pieces keeps that near 16 MB, and
	 * parsed the 10 MB table of long rows in half the time 256 KB did (bench/pipeline.ts): a
	 * piece's events no longer outlive V8's young generation, so they are not collected with
	 * the whole heap.
	 */
	pieceChars: 64 * 1024,
	/**
	 * What every piece is parsed with in front of it, at most: the document's link definitions,
	 * so that `[text][id]` is a link in any piece, and the header of the table a piece continues.
	 * More definitions are left out (a reference is then text past the first piece), and a longer
	 * header leaves its table whole: the size pieces were when these were set, so that making
	 * pieces smaller changed what no document reads.
	 */
	repeatedChars: 64 * 1024,
} as const;

/** Something in a document errdex kept as written rather than read, and the line it is on. */
export interface ParseProblem {
	line: number;
	message: string;
}
