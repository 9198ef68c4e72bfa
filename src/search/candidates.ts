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
	/** Candidate score of each entry in `entries`: IDF-weighted share of the query's words it holds. */
	scores: Map<number, number>;
	/** Entries whose message words outside placeholders all appear, as typed, in the query. */
	templateCandidates: number[];
	/** Vocabulary terms the query matched, for highlighting. */
	matchedTerms: Set<number>;
}

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
	readonly #hits: Uint16Array;
	#tag = 0;

	constructor(corpus: Corpus) {
		this.#corpus = corpus;
		this.#score = new Float64Array(corpus.size);
		this.#best = new Float64Array(corpus.size);
		this.#wordTag = new Uint32Array(corpus.size);
		this.#queryTag = new Uint32Array(corpus.size);
		this.#hits = new Uint16Array(corpus.size);
	}

	select(words: readonly QueryWord[], limit: number): Candidates {
		const { vocabulary, messagePostings, detailPostings, size } = this.#corpus;
		const query = ++this.#tag;
		const touched: number[] = [];
		const matchedTerms = new Set<number>();
		let unfinished: { wordTag: number; from: number; to: number } | undefined;
		for (const { word, partial, expand } of words) {
			const readings = expand ? vocabulary.lookup(word, partial) : exactOnly(vocabulary.id(word));
			const wordTag = ++this.#tag;
			for (const { term, quality } of readings) {
				matchedTerms.add(term);
				const weight = quality * this.#idf(term);
				this.#walk(messagePostings, term, weight, quality === 1, query, wordTag, touched);
				if (postingCount(detailPostings, term) * COMMON_IN_DETAILS < size) {
					this.#walk(detailPostings, term, DETAIL_WEIGHT * weight, false, query, wordTag, touched);
				}
			}
			if (partial && expand) {
				const [from, to] = vocabulary.prefixRange(word);
				if (to - from > MAX_PREFIX_TERMS) unfinished = { wordTag, from, to };
			}
		}
		// A short unfinished word was read as its commonest completions only; look for the
		// rarer ones in the entries the other words chose, where they decide the ranking.
		if (unfinished) {
			const { wordTag, from, to } = unfinished;
			for (const entry of topBy(touched, this.#score, PREFIX_RECHECK)) {
				let weight = 0;
				this.#corpus.eachTerm(entry, (term) => {
					if (term >= from && term < to) {
						weight = Math.max(weight, PREFIX_QUALITY * this.#idf(term));
						matchedTerms.add(term);
					}
				});
				if (weight > 0) this.#credit(entry, weight, false, query, wordTag, touched);
			}
		}

		const { literalTerms } = this.#corpus;
		const templateCandidates = touched.filter(
			(entry) => literalTerms[entry]! > 0 && this.#hits[entry]! >= literalTerms[entry]!,
		);
		const entries = topBy(touched, this.#score, limit);
		return {
			entries,
			scores: new Map(entries.map((entry) => [entry, this.#score[entry]!])),
			templateCandidates,
			matchedTerms,
		};
	}

	#idf(term: number): number {
		return Math.log(1 + this.#corpus.size / Math.max(1, this.#corpus.vocabulary.df(term)));
	}

	/** Credits every entry in the term's postings with `weight`. */
	#walk(
		postings: Postings,
		term: number,
		weight: number,
		exact: boolean,
		query: number,
		wordTag: number,
		touched: number[],
	): void {
		const { entries, start } = postings;
		for (let p = start[term]!, to = start[term + 1]!; p < to; p++)
			this.#credit(entries[p]!, weight, exact, query, wordTag, touched);
	}

	/** Adds a reading of the current query word to an entry, keeping per word only its best reading. */
	#credit(
		entry: number,
		weight: number,
		exact: boolean,
		query: number,
		wordTag: number,
		touched: number[],
	): void {
		if (this.#queryTag[entry] !== query) {
			this.#queryTag[entry] = query;
			this.#score[entry] = 0;
			this.#hits[entry] = 0;
			touched.push(entry);
		}
		if (this.#wordTag[entry] !== wordTag) {
			this.#wordTag[entry] = wordTag;
			this.#best[entry] = weight;
			this.#score[entry]! += weight;
			if (exact) this.#hits[entry]!++;
		} else if (weight > this.#best[entry]!) {
			this.#score[entry]! += weight - this.#best[entry]!;
			this.#best[entry] = weight;
			if (exact) this.#hits[entry]!++;
		}
	}
}

/** A word found only in the detail columns counts for less than one found in the message. */
const DETAIL_WEIGHT = 0.9;
/**
 * Words in more than one detail text in this many (`the`, `if`) are not looked up in details:
 * their postings are the longest to walk and, weighted by IDF, would add next to nothing.
 */
const COMMON_IN_DETAILS = 8;

/** How many of the best candidates are searched for the rarer completions of an unfinished word. */
const PREFIX_RECHECK = 300;

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
