/**
 * Text folding shared by the index builder and the query side. Both must fold identically,
 * or a token indexed at build time would never be found at query time.
 */

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
const NON_ASCII = /[^\x00-\x7f]/;
// Pasted messages often come through chat or word processors that curl quotes and dashes.
const TYPOGRAPHIC: Record<string, string> = {
	'\u2018': "'",
	'\u2019': "'",
	'\u201A': "'",
	'\u201B': "'",
	'\u2032': "'",
	'\u201C': '"',
	'\u201D': '"',
	'\u201E': '"',
	'\u2033': '"',
	'\u2010': '-',
	'\u2011': '-',
	'\u2012': '-',
	'\u2013': '-',
	'\u2014': '-',
	'\u00A0': ' ',
};
const TYPOGRAPHIC_RE = new RegExp(`[${Object.keys(TYPOGRAPHIC).join('')}]`, 'g');

/**
 * Lowercases, strips diacritics and straightens quotes, keeping one output character per
 * input character so that offsets in the folded text are offsets in the original too
 * (the highlighter relies on that).
 */
export function fold(text: string): string {
	let out = '';
	for (const ch of text) {
		const mapped = TYPOGRAPHIC[ch];
		if (mapped !== undefined) {
			out += mapped;
			continue;
		}
		const base = ch.normalize('NFD').replace(MARKS, '').toLowerCase();
		// Keep the length when folding would change it (e.g. `İ` → `i̇`, ligatures).
		out +=
			base.length === ch.length
				? base
				: ch.toLowerCase().length === ch.length
					? ch.toLowerCase()
					: ch;
	}
	return out;
}

/** Cheaper than `fold` for text that need not keep offsets, e.g. a whole query. */
export function foldFast(text: string): string {
	// Most text is ASCII, and normalising it is most of the cost of loading a large index.
	if (!NON_ASCII.test(text)) return text.toLowerCase();
	return text
		.normalize('NFD')
		.replace(MARKS, '')
		.toLowerCase()
		.replace(TYPOGRAPHIC_RE, (c) => TYPOGRAPHIC[c] ?? c);
}

/** Words of a text, folded: the unit of the postings and of the candidate scoring. */
export function tokenize(text: string): string[] {
	return foldFast(text).match(WORD) ?? [];
}

/** Words with their offsets in `text`, for highlighting. */
export function tokenSpans(text: string): { token: string; start: number; end: number }[] {
	const folded = fold(text);
	return Array.from(folded.matchAll(WORD), (m) => ({
		token: m[0],
		start: m.index,
		end: m.index + m[0].length,
	}));
}

/**
 * How a code is compared: case and punctuation do not matter (`e0425`, `E-0425`, `` `E0425` ``
 * are one code).
 */
export function codeKey(code: string): string {
	const folded = foldFast(code).trim();
	// A leading minus is part of the code: `-1` and `1` are different codes.
	const sign = /^[-\u2212]\s*\d/.test(folded) ? '-' : '';
	const key = folded.replace(/[^\p{L}\p{N}]+/gu, '');
	// A code with no letters or digits at all (`💥`) is compared as written.
	return key === '' ? folded : sign + key;
}

/**
 * A looser reading of a code key, where zeros padding a number away are ignored: `E425` reads
 * as `E0425`. Only used when the exact key finds nothing and this reading is unambiguous.
 */
export function looseCodeKey(key: string): string {
	return key.replace(/(^-?|\p{L})0+(?=\d)/gu, '$1');
}

/** Whether a query word looks like a code rather than a word of prose: `E0425`, `blob_unknown`. */
export function isCodeLike(word: string): boolean {
	return /[\p{N}_]/u.test(word);
}
