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
 * Transposes a forward index into postings, by counting sort: two tight passes over integers,
 * no per-term arrays, so that loading a large catalog allocates a handful of typed arrays
 * instead of one array per term. A term met twice in one entry is posted once.
 */
export function transpose({ terms: ids, start }: Forward, terms: number): Postings {
	const entries = start.length - 1;
	const seen = new Int32Array(terms).fill(-1);
	const first = new Uint32Array(terms + 1);
	for (let e = 0; e < entries; e++) {
		for (let p = start[e]!, to = start[e + 1]!; p < to; p++) {
			const term = ids[p]!;
			if (seen[term] !== e) {
				seen[term] = e;
				first[term + 1]!++;
			}
		}
	}
	for (let t = 0; t < terms; t++) first[t + 1]! += first[t]!;
	const posted = new Uint32Array(first[terms]!);
	const fill = first.slice(0, terms);
	seen.fill(-1);
	for (let e = 0; e < entries; e++) {
		for (let p = start[e]!, to = start[e + 1]!; p < to; p++) {
			const term = ids[p]!;
			if (seen[term] !== e) {
				seen[term] = e;
				posted[fill[term]!++] = e;
			}
		}
	}
	return { start: first, entries: posted };
}

export const postingCount = (postings: Postings, term: number) =>
	postings.start[term + 1]! - postings.start[term]!;
