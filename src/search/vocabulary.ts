import leven from 'leven';

/** A vocabulary term a query word stands for, and how sure that reading is (1 = the word itself). */
export interface TermMatch {
	term: number;
	quality: number;
}

/**
 * Prefix readings beyond this many are dropped, keeping the commonest: a one-letter word being
 * typed could stand for thousands of terms. (The candidate selector still finds the rarer ones
 * among entries the other words chose.)
 */
export const MAX_PREFIX_TERMS = 40;

export const PREFIX_QUALITY = 0.85;
/** Shorter words are read only as typed: one slip in a three-letter word makes another word. */
const MIN_TYPO_LENGTH = 4;
/** Quality of a reading one edit away; two edits count for less again. */
const TYPO_QUALITY = [1, 0.75, 0.55] as const;

/**
 * The words of the catalog, sorted, with the lookups a query word needs: as typed, as the
 * start of a word still being typed, and with typos. Typos are found through trigrams of the
 * vocabulary (a small set next to the catalog) and confirmed with a bounded edit distance.
 */
export class Vocabulary {
	readonly terms: readonly string[];
	readonly #ids: Map<string, number>;
	readonly #df: Uint32Array;
	/** Built on the first typo looked up: a query that never has one never pays for it. */
	#trigrams: Map<string, number[]> | undefined;

	/** `terms` sorted, unique; `df[i]` is how many fields of entries hold `terms[i]`. */
	constructor(terms: readonly string[], df: Uint32Array) {
		this.terms = terms;
		this.#df = df;
		this.#ids = new Map(terms.map((term, id) => [term, id]));
	}

	/** Builds what typo lookups need now, rather than on the first one. */
	*prepare(): Generator<void> {
		this.#trigramIndex();
		yield;
	}

	id(term: string): number | undefined {
		return this.#ids.get(term);
	}

	/** How many messages, detail texts and codes hold the term. */
	df(term: number): number {
		return this.#df[term]!;
	}

	/**
	 * Every reading of a query word. `partial` says the word may be unfinished (the last word
	 * while typing), which adds the terms it begins.
	 */
	lookup(word: string, partial: boolean): TermMatch[] {
		const matches = new Map<number, number>();
		const add = (term: number, quality: number) => {
			if ((matches.get(term) ?? 0) < quality) matches.set(term, quality);
		};
		const exact = this.#ids.get(word);
		if (exact !== undefined) add(exact, 1);
		if (partial) for (const term of this.#prefixed(word)) add(term, PREFIX_QUALITY);
		const maxEdits = typoEdits(word);
		if (maxEdits > 0 && exact === undefined) {
			for (const [term, edits] of this.#near(word, maxEdits)) add(term, TYPO_QUALITY[edits] ?? 0);
		}
		return Array.from(matches, ([term, quality]) => ({ term, quality }));
	}

	/** Ids of the terms that begin with `prefix`, itself included: a range, as terms are sorted. */
	prefixRange(prefix: string): [from: number, to: number] {
		const from = lowerBound(this.terms, prefix);
		let to = from;
		while (to < this.terms.length && this.terms[to]!.startsWith(prefix)) to++;
		return [from, to];
	}

	#prefixed(prefix: string): number[] {
		const [from, to] = this.prefixRange(prefix);
		const found: number[] = [];
		for (let term = from; term < to; term++) if (this.terms[term] !== prefix) found.push(term);
		if (found.length <= MAX_PREFIX_TERMS) return found;
		return found.sort((a, b) => this.#df[b]! - this.#df[a]!).slice(0, MAX_PREFIX_TERMS);
	}

	#trigramIndex(): Map<string, number[]> {
		if (this.#trigrams) return this.#trigrams;
		const index = new Map<string, number[]>();
		this.terms.forEach((term, id) => {
			if (term.length < SHORTEST_TYPO_TERM || /\d/.test(term)) return;
			for (const gram of trigrams(term)) {
				const list = index.get(gram);
				if (list) list.push(id);
				else index.set(gram, [id]);
			}
		});
		return (this.#trigrams = index);
	}

	#near(word: string, maxEdits: number): Map<number, number> {
		const grams = trigrams(word);
		const index = this.#trigramIndex();
		const shared = new Map<number, number>();
		for (const gram of grams) {
			for (const term of index.get(gram) ?? []) shared.set(term, (shared.get(term) ?? 0) + 1);
		}
		// One edit changes at most three trigrams and a swap of neighbours four, so a term within
		// `maxEdits` shares at least this many.
		const needed = Math.max(1, grams.length - 4 * maxEdits);
		const near = new Map<number, number>();
		for (const [term, count] of shared) {
			const candidate = this.terms[term]!;
			if (count < needed || Math.abs(candidate.length - word.length) > maxEdits) continue;
			const edits = swapsTwo(word, candidate)
				? 1
				: leven(word, candidate, { maxDistance: maxEdits + 1 });
			if (edits <= maxEdits) near.set(term, edits);
		}
		return near;
	}
}

/** How many slips a word is read with: none in a number or a short word, two in a long one. */
function typoEdits(word: string): number {
	if (/\d/.test(word)) return 0;
	return word.length >= 8 ? 2 : word.length >= MIN_TYPO_LENGTH ? 1 : 0;
}

/**
 * Whether `written` is the query word `typed` with the slips a lookup allows `typed`: the other
 * way round from `lookup`, for a text that misspells a word the vocabulary also has right
 * (`unavilable` in one document, `unavailable` in forty).
 */
export function slipOf(typed: string, written: string): boolean {
	const maxEdits = typoEdits(typed);
	if (written === typed) return true;
	if (maxEdits === 0 || Math.abs(written.length - typed.length) > maxEdits) return false;
	return (
		swapsTwo(typed, written) || leven(typed, written, { maxDistance: maxEdits + 1 }) <= maxEdits
	);
}

/** Terms too short to be one typo away from a word long enough to be read with typos. */
const SHORTEST_TYPO_TERM = MIN_TYPO_LENGTH - 1;

/** Whether `b` is `a` with two neighbouring letters swapped: one slip of the fingers, two edits to Levenshtein. */
function swapsTwo(a: string, b: string): boolean {
	if (a.length !== b.length) return false;
	let i = 0;
	while (i < a.length && a[i] === b[i]) i++;
	return (
		i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
	);
}

function trigrams(term: string): string[] {
	const padded = `^${term}$`;
	const grams: string[] = [];
	for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
	return grams;
}

/** First index whose value is not below `value` in a sorted array. */
export function lowerBound(sorted: readonly string[], value: string): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid]! < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
