/**
 * Words as the search indexes and queries them. Both sides fold text with `core/text`, or a
 * word indexed at build time would never be found at query time.
 */
import { fold, foldFast } from '../core/text';

const WORD = /[\p{L}\p{N}]+/gu;

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

/** Whether a query word looks like a code rather than a word of prose: `E0425`, `blob_unknown`. */
export function isCodeLike(word: string): boolean {
	return /[\p{N}_]/u.test(word);
}
