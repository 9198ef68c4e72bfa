/**
 * What a query says of documents by their titles. It names one by a rare number of its title: a
 * SQL Server log line says `Error: 18456`, and one document is titled `MSSQLSERVER_18456`; the
 * `State: 38` beside it is then that document's code 38, not any other document's 38. Its words
 * speak of the subject of others (`return code` of `MQTT CONNACK return codes`), which weighs
 * between documents that all have the code it names.
 */
import { HAS_DIGIT, joinedTerm, tokenize, wordTerms } from './text';

/**
 * A title word names a document where it holds a digit and is in at most this many titles: the
 * words of prose in titles (`error`, `codes`, `api`, `payments`) are shared by the subjects of
 * many documents, however few a small site has; a number (`18456`, `8583`, `6455`) names one
 * product or protocol.
 */
const MAX_TITLES_PER_WORD = 2;
/**
 * A title word and a query word are one word when one is the other with at most this many
 * letters more at its end (`code` and `codes`, `close` and `closed`, `plugin` and `plugins`)…
 */
const INFLECTION = 2;
/** …and what is left of both is at least this long: `us` is not `use`. */
const MIN_STEM = 4;

/** The keys a word is found under: itself and, where long enough, itself less its last letters. */
function stems(word: string): string[] {
	const keys = [word];
	for (let cut = 1; cut <= INFLECTION && word.length - cut >= MIN_STEM; cut++)
		keys.push(word.slice(0, -cut));
	return keys;
}

/**
 * The names a title writes as code (`phrase_api.GlossaryTermsApi`, `Enumeration: SDKErrorCode`),
 * each as the one term a query's name is read as: a class or module is one product's, as a number
 * is, and an exception names it (`Exception when calling GlossaryTermsApi->glossary_term_show`).
 * A name of fewer parts (`JavaScript`, `iOS`) is a word of prose.
 */
function identifiers(title: string): string[] {
	const names: string[] = [];
	for (const [name] of title.matchAll(NAME)) {
		const words = name.split(/_+/);
		if (words.length >= MIN_NAME_PARTS - 1) names.push(joinedTerm(words));
		else if ((name.match(PART_START) ?? []).length >= MIN_NAME_PARTS)
			names.push(wordTerms(name)[0]!);
	}
	return names;
}

/** A run of letters and digits, perhaps joined by underscores: a name as code writes it. */
const NAME = /[\p{L}\p{N}]+(?:_+[\p{L}\p{N}]+)*/gu;
/** Where a part of a camelCase name starts: its first letter, and each capital after a lower-case letter. */
const PART_START = /^\p{L}|(?<=\p{Ll})\p{Lu}/gu;
/** Parts a name written as code has at least (`Glossary`, `Terms`, `Api`); one fewer joined by `_`. */
const MIN_NAME_PARTS = 3;

export class SourceTitles {
	readonly #titles: readonly string[];
	/** The sources whose title holds each word, built on first use. */
	#byWord: Map<string, number[]> | undefined;
	/** The sources whose title holds a word, by each of its `stems`, built on first use. */
	#byStem: Map<string, Set<number>> | undefined;

	constructor(titles: readonly string[]) {
		this.#titles = titles;
	}

	/** The sources (by place) whose title holds a number of the query that few titles hold. */
	named(query: string): Set<number> {
		const byWord = this.#index();
		const named = new Set<number>();
		for (const word of tokenize(query)) {
			const sources = byWord.get(word);
			if (sources && sources.length <= MAX_TITLES_PER_WORD)
				for (const source of sources) named.add(source);
		}
		return named;
	}

	/**
	 * How much of what the query's words say each source's title says too: the IDF-weighted
	 * share of the words (a word in many titles, `error`, counts for little), by source; sources
	 * whose title holds none are left out.
	 */
	wordShares(terms: readonly string[]): Map<number, number> {
		const byStem = this.#stemIndex();
		const shares = new Map<number, number>();
		let total = 0;
		for (const term of new Set(terms)) {
			if (HAS_DIGIT.test(term)) continue;
			const sources = new Set<number>();
			for (const key of stems(term))
				for (const source of byStem.get(key) ?? []) sources.add(source);
			const idf = Math.log(1 + this.#titles.length / Math.max(1, sources.size));
			total += idf;
			for (const source of sources) shares.set(source, (shares.get(source) ?? 0) + idf);
		}
		for (const [source, held] of shares) shares.set(source, held / total);
		return shares;
	}

	#stemIndex(): Map<string, Set<number>> {
		if (!this.#byStem) {
			const byStem = new Map<string, Set<number>>();
			this.#titles.forEach((title, source) => {
				for (const word of tokenize(title))
					for (const key of stems(word)) {
						const sources = byStem.get(key);
						if (sources) sources.add(source);
						else byStem.set(key, new Set([source]));
					}
			});
			this.#byStem = byStem;
		}
		return this.#byStem;
	}

	#index(): Map<string, number[]> {
		if (!this.#byWord) {
			const byWord = new Map<string, number[]>();
			this.#titles.forEach((title, source) => {
				for (const word of new Set([
					...tokenize(title).filter((term) => HAS_DIGIT.test(term)),
					...identifiers(title),
				])) {
					const sources = byWord.get(word);
					if (sources) sources.push(source);
					else byWord.set(word, [source]);
				}
			});
			this.#byWord = byWord;
		}
		return this.#byWord;
	}
}
