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
 * instead of one array per term. A term met twice in one entry is posted once. Written as
 * plain loops, without a callback per term: the browser runs this once, before its compiler
 * has had the time to inline one, and a callback made it three times slower.
 */
export function transpose(
	{ terms: ids, start }: Forward,
	terms: number,
	expansion?: Expansion,
): Postings {
	const entries = start.length - 1;
	const seen = new Int32Array(terms);
	const first = new Uint32Array(terms + 1);
	let posted = new Uint32Array(0);
	let next = first;
	// One entry's terms, gathered before they are counted or placed.
	let own: Int32Array = new Int32Array(64);
	// Pass 0 counts each term's entries; pass 1 places them.
	for (let pass = 0; pass < 2; pass++) {
		seen.fill(-1);
		for (let e = 0; e < entries; e++) {
			let n = 0;
			for (let p = start[e]!, to = start[e + 1]!; p < to; p++) {
				const id = ids[p]!;
				const from = expansion ? expansion.start[id]! : 0;
				const end = expansion ? expansion.start[id + 1]! : 1;
				if (n + end - from > own.length) own = grown(own, n + end - from);
				for (let t = from; t < end; t++) own[n++] = expansion ? expansion.terms[t]! : id;
			}
			const extra = expansion?.extra.size ? expansion.extra.get(e) : undefined;
			if (extra) {
				if (n + extra.length > own.length) own = grown(own, n + extra.length);
				for (const term of extra) own[n++] = term;
			}
			for (let i = 0; i < n; i++) {
				const term = own[i]!;
				if (seen[term] === e) continue;
				seen[term] = e;
				if (pass === 0) first[term + 1]!++;
				else posted[next[term]!++] = e;
			}
		}
		if (pass === 0) {
			for (let t = 0; t < terms; t++) first[t + 1]! += first[t]!;
			posted = new Uint32Array(first[terms]!);
			next = first.slice(0, terms);
		}
	}
	return { start: first, entries: posted };
}

function grown(list: Int32Array, needed: number): Int32Array {
	const larger = new Int32Array(Math.max(needed, list.length * 2));
	larger.set(list);
	return larger;
}

export const postingCount = (postings: Postings, term: number) =>
	postings.start[term + 1]! - postings.start[term]!;
