/**
 * What the tiers of the search put forward for an entry, and the order hits are listed in: by
 * tier, then by score, then each document's first entry before its repeats. Apart from the tiers
 * that produce them so that one place says how they are compared.
 */
import { codeIdentity } from '../core/identity';
import type { Corpus } from './corpus';
import type { Range } from './highlight';

/** Why a result is listed, in rank order. */
export type MatchKind = 'code' | 'message' | 'code-prefix' | 'code-typo' | 'words' | 'status';
const TIER: Record<MatchKind, number> = {
	code: 0,
	message: 1,
	'code-prefix': 2,
	'code-typo': 3,
	words: 4,
	status: 5,
};

/** An alias of a hit's code, and what of it the query matched. */
export interface AliasMatch {
	name: string;
	ranges: Range[];
}

export interface Ranked {
	entry: number;
	kind: MatchKind;
	score: number;
	codeRanges: Range[];
	/** Worked out for the hits listed only: most candidates never are. */
	messageRanges: () => Range[];
	/** The alias the query matched, worked out as `messageRanges` is; none when absent. */
	alias?: () => AliasMatch | null;
}

export const NO_RANGES = (): Range[] => [];

/** Whether `hit` should replace `held` as an entry's one hit: a higher tier, or a better score in the same one. */
export function outranks(hit: Ranked, held: Ranked | undefined): boolean {
	return (
		!held || TIER[hit.kind] < TIER[held.kind] || (hit.kind === held.kind && hit.score > held.score)
	);
}

/** The hits in the order they are listed. */
export function rankOrder(hits: Iterable<Ranked>, corpus: Corpus): Ranked[] {
	const sorted = [...hits].sort(
		(a, b) => TIER[a.kind] - TIER[b.kind] || b.score - a.score || a.entry - b.entry,
	);
	return documentsFirst(sorted, corpus);
}

/**
 * Within a tier, each document's first entry of a code before its second and third: where
 * one document lists `409` three times (once per operation), the reader sees first which
 * documents have a 409, and a document's variants follow. In the words tier, each document's
 * first entry before its second, whatever the code: where one document words three codes
 * alike (`Insufficient balance to withdraw`, `… to transfer`), a typed `insuficient balance`
 * shows which documents have it. Stable otherwise.
 */
function documentsFirst(sorted: readonly Ranked[], corpus: Corpus): Ranked[] {
	const seen = new Map<string, number>();
	const repeat = sorted.map((hit) => {
		const source = corpus.source(hit.entry).id;
		const key =
			hit.kind === 'words' ? source : `${source}\n${codeIdentity(corpus.code(hit.entry))}`;
		const n = seen.get(key) ?? 0;
		seen.set(key, n + 1);
		return n;
	});
	return sorted
		.map((hit, i) => ({ hit, i }))
		.sort((a, b) => TIER[a.hit.kind] - TIER[b.hit.kind] || repeat[a.i]! - repeat[b.i]! || a.i - b.i)
		.map(({ hit }) => hit);
}
