/** Entries holding each term: those of term `t` are `entries[start[t] … start[t + 1])`, ascending. */
export interface Postings {
	start: Uint32Array;
	entries: Uint32Array;
}

/** Terms of every entry, one after another: entry `e`'s at `[start[e], start[e + 1])`. */
export interface Forward {
	terms: Int32Array;
	start: Uint32Array;
}

/**
 * The terms each id of a forward index stands for, where that is not simply the id: the pieces
 * of a text stand for terms (`rateLimit` for `ratelimit`, `rate` and `limit`; a space for none),
 * and an entry can stand for more terms than its pieces (the snake_case names in its text).
 */
export interface Expansion {
	/** Terms of id `i`: `terms[start[i]] … terms[start[i + 1]]`. */
	start: Uint32Array;
	terms: Int32Array;
	/** More terms of some entries. */
	extra: ReadonlyMap<number, readonly number[]>;
}

/**
 * Transposes a forward index into postings, by counting sort: two tight passes over integers,
 * no per-term arrays, so that loading a large catalog allocates a handful of typed arrays
 * instead of one array per term. A term met twice in one entry is posted once.
 */
export function transpose(forward: Forward, terms: number, expansion?: Expansion): Postings {
	const seen = new Int32Array(terms).fill(-1);
	const start = new Uint32Array(terms + 1);
	eachTerm(forward, expansion, (term, e) => {
		if (seen[term] === e) return;
		seen[term] = e;
		start[term + 1]!++;
	});
	for (let t = 0; t < terms; t++) start[t + 1]! += start[t]!;
	const entries = new Uint32Array(start[terms]!);
	const next = start.slice(0, terms);
	seen.fill(-1);
	eachTerm(forward, expansion, (term, e) => {
		if (seen[term] === e) return;
		seen[term] = e;
		entries[next[term]!++] = e;
	});
	return { start, entries };
}

function eachTerm(
	{ terms: ids, start }: Forward,
	expansion: Expansion | undefined,
	visit: (term: number, entry: number) => void,
): void {
	for (let e = 0; e + 1 < start.length; e++) {
		for (let p = start[e]!, to = start[e + 1]!; p < to; p++) {
			if (!expansion) {
				visit(ids[p]!, e);
				continue;
			}
			const id = ids[p]!;
			for (let t = expansion.start[id]!, end = expansion.start[id + 1]!; t < end; t++)
				visit(expansion.terms[t]!, e);
		}
		if (expansion?.extra.size) for (const term of expansion.extra.get(e) ?? []) visit(term, e);
	}
}

export const postingCount = (postings: Postings, term: number) =>
	postings.start[term + 1]! - postings.start[term]!;
