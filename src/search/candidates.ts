import type { Corpus } from './corpus';
import { MAX_PREFIX_TERMS, PREFIX_QUALITY } from './vocabulary';
import { postingCount, type Postings } from './postings';

export interface QueryWord {
	word: string;
	/** The word may be unfinished (the last one while typing): also stand for terms it begins. */
	partial: boolean;
	/** Also read the word with typos and as a prefix; off for the tail of long pastes. */
	expand: boolean;
}

export interface Candidates {
	/** The best-scoring entries, best first. */
	entries: number[];
	/** The best candidate score of the query: what `share` is measured against. */
	best: number;
	/** Vocabulary terms the query matched, for highlighting. */
	matchedTerms: Set<number>;
}

/**
 * How much a word found in each field counts, next to one found in the message. A code made of
 * words (`PERMISSION_DENIED`) is its entry's own name for itself; a description only talks
 * about it.
 */
const FIELD_WEIGHT = { message: 1, code: 1.2, details: 0.9 } as const;
/**
 * Words in more than one detail text in this many (`the`, `if`) are not looked up in details:
 * their postings are the longest to walk and, weighted by IDF, would add next to nothing.
 */
const COMMON_IN_DETAILS = 8;
/**
 * A reading held by more than this share of the catalog (`the`, `is`, in a catalog whose
 * messages all start alike) is not walked when the query has rarer words: it is checked on the
 * entries the rarer words found instead, which costs a few hundred checks, not a walk over
 * most of the catalog on every keystroke.
 */
const COMMON_SHARE = 1 / 8;
/** How many of the best candidates are checked for common words and for the rarer completions of an unfinished word. */
const RECHECK = 300;

/**
 * Picks the few entries worth scoring with Fuse by walking the postings of the terms each
 * query word stands for. Every entry touched gets, per query word, the best IDF-weighted
 * reading it holds; the sum ranks it. Cost grows with the postings read, not the catalog.
 */
export class CandidateSelector {
	readonly #corpus: Corpus;
	// Scratch arrays reused by every query; tags say which values belong to the current query.
	readonly #score: Float64Array;
	readonly #best: Float64Array;
	readonly #wordTag: Uint32Array;
	readonly #queryTag: Uint32Array;
	#query = 0;
	#tag = 0;

	constructor(corpus: Corpus) {
		this.#corpus = corpus;
		this.#score = new Float64Array(corpus.size);
		this.#best = new Float64Array(corpus.size);
		this.#wordTag = new Uint32Array(corpus.size);
		this.#queryTag = new Uint32Array(corpus.size);
	}

	select(words: readonly QueryWord[], limit: number): Candidates {
		const { vocabulary, size } = this.#corpus;
		const query = (this.#query = ++this.#tag);
		const touched: number[] = [];
		const matchedTerms = new Set<number>();
		const readings = words.map(({ word, partial, expand }) => ({
			readings: expand ? vocabulary.lookup(word, partial) : exactOnly(vocabulary.id(word)),
			prefix: partial && expand ? vocabulary.prefixRange(word) : undefined,
			tag: ++this.#tag,
		}));
		const common = (term: number) => vocabulary.df(term) > size * COMMON_SHARE;
		const anyRare = readings.some((r) => r.readings.some(({ term }) => !common(term)));
		// Readings checked on the best candidates rather than walked: common terms, and the rarer
		// completions of an unfinished word (a range of terms, as the vocabulary is sorted).
		const deferred: { tag: number; terms: Map<number, number>; range?: [number, number] }[] = [];
		for (const { readings: list, prefix, tag } of readings) {
			const later = new Map<number, number>();
			for (const { term, quality } of list) {
				matchedTerms.add(term);
				const weight = quality * this.#idf(term);
				if (anyRare && common(term)) {
					later.set(term, weight);
					continue;
				}
				this.#walk('message', term, weight, query, tag, touched);
				this.#walk('code', term, weight, query, tag, touched);
				if (postingCount(this.#corpus.detailPostings, term) * COMMON_IN_DETAILS < size)
					this.#walk('details', term, weight, query, tag, touched);
			}
			// A short unfinished word was read as its commonest completions only; look for the
			// rarer ones in the entries the other words chose, where they decide the ranking.
			const range = prefix && prefix[1] - prefix[0] > MAX_PREFIX_TERMS ? prefix : undefined;
			if (later.size || range) deferred.push({ tag, terms: later, ...(range && { range }) });
		}
		if (deferred.length) {
			for (const entry of topBy(touched, this.#score, RECHECK)) {
				for (const { tag, terms, range } of deferred) {
					let weight = 0;
					this.#corpus.eachTerm(entry, (term) => {
						const w =
							terms.get(term) ??
							(range && term >= range[0] && term < range[1]
								? PREFIX_QUALITY * this.#idf(term)
								: undefined);
						if (w !== undefined && w > weight) {
							weight = w;
							matchedTerms.add(term);
						}
					});
					if (weight > 0) this.#credit(entry, weight, query, tag, touched);
				}
			}
		}
		const entries = topBy(touched, this.#score, limit);
		return {
			entries,
			best: entries.length ? this.#score[entries[0]!]! : 0,
			matchedTerms,
		};
	}

	/** The candidate score of an entry in the last query selected for; 0 when it was not touched. */
	score(entry: number): number {
		return this.#queryTag[entry] === this.#query ? this.#score[entry]! : 0;
	}

	#idf(term: number): number {
		return Math.log(1 + this.#corpus.size / Math.max(1, this.#corpus.vocabulary.df(term)));
	}

	/** Credits every entry in the term's postings of one field. */
	#walk(
		field: keyof typeof FIELD_WEIGHT,
		term: number,
		weight: number,
		query: number,
		wordTag: number,
		touched: number[],
	): void {
		const postings: Postings =
			field === 'message'
				? this.#corpus.messagePostings
				: field === 'code'
					? this.#corpus.codePostings
					: this.#corpus.detailPostings;
		const { entries, start } = postings;
		const w = FIELD_WEIGHT[field] * weight;
		for (let p = start[term]!, to = start[term + 1]!; p < to; p++)
			this.#credit(entries[p]!, w, query, wordTag, touched);
	}

	/** Adds a reading of the current query word to an entry, keeping per word only its best reading. */
	#credit(entry: number, weight: number, query: number, wordTag: number, touched: number[]): void {
		if (this.#queryTag[entry] !== query) {
			this.#queryTag[entry] = query;
			this.#score[entry] = 0;
			touched.push(entry);
		}
		if (this.#wordTag[entry] !== wordTag) {
			this.#wordTag[entry] = wordTag;
			this.#best[entry] = weight;
			this.#score[entry]! += weight;
		} else if (weight > this.#best[entry]!) {
			this.#score[entry]! += weight - this.#best[entry]!;
			this.#best[entry] = weight;
		}
	}
}

const exactOnly = (term: number | undefined) => (term === undefined ? [] : [{ term, quality: 1 }]);

/** The `limit` items with the highest score, best first, ties in catalog order; linear in `items`. */
function topBy(items: readonly number[], score: Float64Array, limit: number): number[] {
	if (items.length <= limit) return [...items].sort((a, b) => score[b]! - score[a]! || a - b);
	// Keep a sorted window of the best `limit`; most items fall below its floor and cost one compare.
	const best: number[] = [];
	for (const item of items) {
		const s = score[item]!;
		if (best.length === limit) {
			const floor = best[limit - 1]!;
			if (s < score[floor]! || (s === score[floor]! && item > floor)) continue;
			best.pop();
		}
		let at = best.length;
		while (
			at > 0 &&
			(score[best[at - 1]!]! < s || (score[best[at - 1]!]! === s && best[at - 1]! > item))
		)
			at--;
		best.splice(at, 0, item);
	}
	return best;
}
