/** Entries holding each term: those of term `t` are `entries[start[t] … start[t + 1])`, ascending. */
export interface Postings {
	start: Uint32Array;
	entries: Uint32Array;
}

/** Calls `visit(term, entry)` for every term of every entry, entries in ascending order. */
export type TermWalk = (visit: (term: number, entry: number) => void) => void;

/**
 * Transposes a forward index (the terms of each entry, as `walk` visits them) into postings,
 * by counting sort: two walks, no per-term arrays, so that loading a large catalog allocates a
 * handful of typed arrays instead of one array per term. A term met twice in one entry is
 * posted once.
 */
export function transpose(walk: TermWalk, terms: number): Postings {
	const seen = new Int32Array(terms);
	const start = new Uint32Array(terms + 1);
	const each = (visit: (term: number, entry: number) => void) => {
		seen.fill(-1);
		walk((term, entry) => {
			if (seen[term] !== entry) {
				seen[term] = entry;
				visit(term, entry);
			}
		});
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
