/** Entries holding each term: those of term `t` are `entries[start[t] … start[t + 1])`, ascending. */
export interface Postings {
	start: Uint32Array;
	entries: Uint32Array;
}

/**
 * Transposes a forward index (the piece ids of each entry's field, `ids[from(e) … to(e))`)
 * into postings, by counting sort: two passes, no per-term arrays, so that loading a large
 * catalog allocates a handful of typed arrays instead of one array per term.
 */
export function transpose(
	ids: Int32Array,
	from: (entry: number) => number,
	to: (entry: number) => number,
	pieceTerm: Int32Array,
	terms: number,
	size: number,
): Postings {
	const seen = new Int32Array(terms).fill(-1);
	const start = new Uint32Array(terms + 1);
	const each = (visit: (term: number, entry: number) => void) => {
		seen.fill(-1);
		for (let e = 0; e < size; e++) {
			for (let p = from(e), end = to(e); p < end; p++) {
				const term = pieceTerm[ids[p]!]!;
				if (term >= 0 && seen[term] !== e) {
					seen[term] = e;
					visit(term, e);
				}
			}
		}
	};
	each((term) => start[term + 1]!++);
	for (let t = 0; t < terms; t++) start[t + 1]! += start[t]!;
	const entries = new Uint32Array(start[terms]!);
	const fill = start.slice(0, terms);
	each((term, entry) => (entries[fill[term]!++] = entry));
	return { start, entries };
}

export const postingCount = (postings: Postings, term: number) =>
	postings.start[term + 1]! - postings.start[term]!;
