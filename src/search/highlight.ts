import { tokenSpans } from './text';
import type { Vocabulary } from './vocabulary';

export type Range = [start: number, end: number];

/** Ranges of the words of `text` that stand for one of `terms` (or hold one, as `rateLimit` holds `limit`). */
export function termRanges(
	text: string,
	terms: ReadonlySet<number>,
	vocabulary: Vocabulary,
): Range[] {
	const ranges: Range[] = [];
	for (const { terms: spanTerms, start, end } of tokenSpans(text)) {
		if (
			spanTerms.some((t) => {
				const term = vocabulary.id(t);
				return term !== undefined && terms.has(term);
			})
		)
			ranges.push([start, end]);
	}
	return ranges;
}

/** Ranges of the words of `text` that lie inside `within`. */
export function wordsWithin(text: string, within: readonly Range[]): Range[] {
	return tokenSpans(text)
		.filter(({ start, end }) => within.some(([from, to]) => start >= from && end <= to))
		.map(({ start, end }): Range => [start, end]);
}

/** Splits `text` into runs, each marked or not, in order; what a renderer walks. */
export function splitByRanges(
	text: string,
	ranges: readonly Range[],
): { text: string; marked: boolean }[] {
	const runs: { text: string; marked: boolean }[] = [];
	let at = 0;
	for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
		if (end <= at) continue;
		if (start > at) runs.push({ text: text.slice(at, start), marked: false });
		runs.push({ text: text.slice(Math.max(start, at), end), marked: true });
		at = end;
	}
	if (at < text.length) runs.push({ text: text.slice(at), marked: false });
	return runs;
}
