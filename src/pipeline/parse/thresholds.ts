/** The numbers the parse stage decides by, with why each has its value. */
export const THRESHOLDS = {
	/**
	 * A first row holding a number is data, not a header, when this share of the rows below hold
	 * a number in the same column: a column of codes, allowing a row that says "varies".
	 */
	numberColumnShare: 0.8,
	/**
	 * The most words a column name runs to (`Error code`, `Reason (hex)`, `HTTP status code`);
	 * longer cells are data, whatever their case.
	 */
	labelWords: 4,
	/**
	 * A cell under the header names its column when at most this share of the cells below it are
	 * words of the same kind (one to `labelWords` words, no digits): `dec` above numbers, `Name`
	 * above constants. A column of words holds data of that kind, and a word in it is data too.
	 */
	sameKindShare: 0.5,
	/**
	 * A cell of more words than this is a sentence, never a column's name (`Description of the
	 * error returned to the client`, eight words, still names one).
	 */
	sentenceWords: 8,
	/**
	 * The most rows a header runs to under its first (sub-column names, a unit row): more rows of
	 * words are data, and each is checked against every row below it.
	 */
	headerRows: 3,
	/**
	 * A row whose first cell alone is written, in bold words, titles the rows below it in a table of
	 * at least this many columns; in a table of two, it may be a name with no description yet.
	 */
	titledWidth: 3,
	/**
	 * Rows bold in every cell title sections of a table when there are at least this many among
	 * plain rows: one bold row under the header is a second header row, two apart are a pattern.
	 */
	sectionRows: 2,
} as const;
