import type { Corpus, Field } from './corpus';
import { MAX_PREFIX_TERMS, PREFIX_QUALITY } from './vocabulary';

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
 * How much a word found in each field counts. A code made of words (`PERMISSION_DENIED`) names
 * its entry as surely as its message; a description only talks about it.
 */
const FIELD_WEIGHT: Record<Field, number> = { message: 1, code: 1, details: 0.9 };
const FIELDS: readonly Field[] = ['message', 'code', 'details'];
/**
 * Words in more than one detail text in this many (`the`, `if`) are not looked up in details:
 * their postings are the longest to walk and, weighted by IDF, would add next to nothing.
 */
const COMMON_IN_DETAILS = 8;
/**
 * An unfinished word that begins more terms than this (`e`, `co`) is read as its commonest
 * completions only: the rarer ones would each count no more than the word typed so far, next
 * to nothing, and walking thousands of them cost 10 ms a keystroke at 100,000 entries.
 */
const MAX_REST_TERMS = 1000;
/**
 * A reading held by more than this share of the catalog (`the`, `is`, in a catalog whose
 * messages all start alike) only adds to the entries rarer words of the query found, when it
 * has any: making candidates of most of the catalog on every keystroke would cost more than
 * the rest of the search.
 */
const COMMON_SHARE = 1 / 8;

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
		const read = words.map(({ word, partial, expand }) => {
			const range = partial && expand ? vocabulary.prefixRange(word) : undefined;
			return {
				word,
				readings: expand ? vocabulary.lookup(word, partial) : exactOnly(vocabulary.id(word)),
				// A short unfinished word was read as its commonest completions only; the rarer ones
				// are looked for in the entries the other words chose, where they decide the ranking.
				rest:
					range && range[1] - range[0] > MAX_PREFIX_TERMS && range[1] - range[0] <= MAX_REST_TERMS
						? range
						: undefined,
				// What is typed so far says only as much as all its completions together: `fo`
				// could be `found` as well as a rare `folo`, and must not count as `folo` does.
				cap: range ? this.#idfOfRange(range) : Infinity,
				tag: ++this.#tag,
			};
		});
		const common = (term: number) => vocabulary.df(term) > size * COMMON_SHARE;
		const anyRare = read.some(({ readings }) => readings.some(({ term }) => !common(term)));
		const joinOnly: { term: number; weight: number; tag: number }[] = [];
		for (const { word, readings, rest, cap, tag } of read) {
			const idf = (term: number) =>
				vocabulary.terms[term] !== word && vocabulary.terms[term]!.startsWith(word)
					? Math.min(this.#idf(term), cap)
					: this.#idf(term);
			for (const { term, quality } of readings) {
				matchedTerms.add(term);
				const weight = quality * idf(term);
				if (anyRare && common(term)) joinOnly.push({ term, weight, tag });
				else this.#walk(term, weight, query, tag, touched, false);
			}
			if (rest) {
				for (let term = rest[0]; term < rest[1]; term++)
					joinOnly.push({ term, weight: PREFIX_QUALITY * idf(term), tag });
			}
		}
		for (const { term, weight, tag } of joinOnly) {
			if (this.#walk(term, weight, query, tag, touched, true)) matchedTerms.add(term);
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

	/** The IDF of a word standing for any of a range of terms. */
	#idfOfRange([from, to]: [number, number]): number {
		let df = 0;
		for (let term = from; term < to; term++) df += this.#corpus.vocabulary.df(term);
		return Math.log(1 + this.#corpus.size / Math.max(1, df));
	}

	/**
	 * Credits the entries in the term's postings, field by field; with `touchedOnly`, only the
	 * entries other words found, so that a common word adds to their scores without making
	 * candidates of most of the catalog. Returns whether any entry was credited.
	 */
	#walk(
		term: number,
		weight: number,
		query: number,
		wordTag: number,
		touched: number[],
		touchedOnly: boolean,
	): boolean {
		const corpus = this.#corpus;
		let credited = false;
		for (const field of FIELDS) {
			const { entries, start } = corpus.postings(field);
			// Words in many detail texts (`the`, `if`) add next to nothing, weighted by IDF, and
			// their postings are the longest to walk.
			if (
				field === 'details' &&
				(start[term + 1]! - start[term]!) * COMMON_IN_DETAILS > corpus.size
			)
				continue;
			const w = FIELD_WEIGHT[field] * weight;
			for (let p = start[term]!, to = start[term + 1]!; p < to; p++) {
				const entry = entries[p]!;
				if (touchedOnly && this.#queryTag[entry] !== query) continue;
				this.#credit(entry, w, query, wordTag, touched);
				credited = true;
			}
		}
		return credited;
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
