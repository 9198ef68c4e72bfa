/**
 * Words as the search indexes and queries them. Both sides fold text with `core/text` and read
 * words with these functions, or a word indexed at build time would never be found when typed.
 *
 * A word is a run of letters and digits. It stands for more than itself where it joins several:
 * `rateLimitExceeded` also for `rate`, `limit` and `exceeded`; `ログインIDが不正` for the runs of
 * each script in it; a run of Chinese, Japanese or Korean also for its pairs of characters, as
 * these languages do not put spaces between words. A name joined by underscores
 * (`TABLE_OR_VIEW_NOT_FOUND`) is one term of its own besides its words.
 */
import { fold, foldFast } from '../core/text';

const WORD = /[\p{L}\p{N}]+/gu;
/** A word and the underscores joining it to the next: the pieces of a snake_case name. */
const NAME = /[\p{L}\p{N}]+(?:_+[\p{L}\p{N}]+)*/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Where a word changes script (Latin to Han) or turns from lower to upper case (camelCase). */
const PART =
	/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]+|\p{Lu}+(?![\p{Ll}])|\p{Lu}?[^\p{Lu}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]+/gu;

/**
 * The terms one word (a run of letters and digits, as written) stands for: the word folded,
 * then its parts and, for Chinese, Japanese and Korean, its pairs of characters.
 */
export function wordTerms(word: string): string[] {
	const whole = foldFast(word);
	const ascii = !/[^\x00-\x7f]/.test(word);
	// Most words are one part in one script: all lower case, or capitalised.
	if (ascii && !/[a-z][A-Z]|[A-Z]{2}[a-z]/.test(word)) return [whole];
	const parts = word.match(PART) ?? [word];
	const terms = [whole];
	if (parts.length > 1) for (const part of parts) terms.push(foldFast(part));
	for (const part of parts) {
		if (part.length > 2 && CJK.test(part))
			for (let i = 0; i + 2 <= part.length; i++) terms.push(foldFast(part.slice(i, i + 2)));
	}
	return [...new Set(terms)];
}

/** The term a name joined by underscores stands for as a whole: `tableorviewnotfound`. */
export const joinedTerm = (words: readonly string[]): string => foldFast(words.join(''));

/** A query's terms in order, each marked when it comes from the text's last word. */
export function queryTerms(text: string): { term: string; last: boolean }[] {
	const terms: { term: string; last: boolean }[] = [];
	for (const name of text.matchAll(NAME)) {
		const end = name.index + name[0].length === text.length;
		const words = name[0].split(/_+/);
		words.forEach((word, i) => {
			for (const term of wordTerms(word)) terms.push({ term, last: end && i === words.length - 1 });
		});
		if (words.length > 1) terms.push({ term: joinedTerm(words), last: end });
	}
	return terms;
}

/** Terms of a text, repeats removed, in order. */
export const tokenize = (text: string): string[] => [
	...new Set(queryTerms(text).map(({ term }) => term)),
];

/** Words with their offsets in `text`, and the terms each stands for, for highlighting. */
export function tokenSpans(text: string): { terms: string[]; start: number; end: number }[] {
	// Offsets from `fold`, which keeps one character per character; terms from the word as written.
	const folded = fold(text);
	return Array.from(folded.matchAll(WORD), (m) => ({
		terms: wordTerms(text.slice(m.index, m.index + m[0].length)),
		start: m.index,
		end: m.index + m[0].length,
	}));
}

/** Whether a term holds a digit: a number, or a word of one (`v1`, `09t14`). */
export const HAS_DIGIT = /\p{N}/u;

/** Whether a query word looks like a code rather than a word of prose: `E0425`, `blob_unknown`. */
export function isCodeLike(word: string): boolean {
	return /[\p{N}_]/u.test(word);
}
