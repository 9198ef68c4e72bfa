/**
 * Text as errdex compares and shows it. Pure: the pipeline, the search engine and the browser
 * share these, and must agree, or a word indexed at build time is never found when typed.
 */

// Only the diacritics Latin, Greek and Cyrillic letters carry. Other scripts' marks are part of
// the word (kana's voicing marks: か and が are different words), and Hangul syllables must
// come back together after decomposing, or a Korean word would fall apart into its letters.
const MARKS = /[\u0300-\u036f]+/g;
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

/** Runs of whitespace as one space, trimmed: how a cell or heading reads. */
export function normalizeSpace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Cuts text at a word boundary and marks the cut. */
export function truncate(text: string, length: number): string {
	const flat = normalizeSpace(text);
	if (flat.length <= length) return flat;
	const cut = flat.slice(0, length - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * Lowercases, strips diacritics and straightens quotes, keeping one output character per
 * input character so that offsets in the folded text are offsets in the original too
 * (the highlighter relies on that).
 */
export function fold(text: string): string {
	// ASCII lowercases one character for one character, and most text is ASCII.
	if (!NON_ASCII.test(text)) return text.toLowerCase();
	let out = '';
	for (const ch of text) {
		const mapped = TYPOGRAPHIC[ch];
		if (mapped !== undefined) {
			out += mapped;
			continue;
		}
		const base = ch.normalize('NFD').replace(MARKS, '').normalize('NFC').toLowerCase();
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
		.normalize('NFC')
		.toLowerCase()
		.replace(TYPOGRAPHIC_RE, (c) => TYPOGRAPHIC[c] ?? c);
}
