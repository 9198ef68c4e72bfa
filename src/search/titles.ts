/**
 * Which documents a query names by their title: a SQL Server log line says `Error: 18456`, and
 * one document is titled `MSSQLSERVER_18456`; the `State: 38` beside it is then that document's
 * code 38, not any other document's 38.
 */
import { tokenize } from './text';

/**
 * A title word names a document where it holds a digit and is in at most this many titles: the
 * words of prose in titles (`error`, `codes`, `api`, `payments`) are shared by the subjects of
 * many documents, however few a small site has; a number (`18456`, `8583`, `6455`) names one
 * product or protocol.
 */
const MAX_TITLES_PER_WORD = 2;
const HAS_DIGIT = /\p{N}/u;

export class SourceTitles {
	readonly #titles: readonly string[];
	/** The sources whose title holds each word, built on first use. */
	#byWord: Map<string, number[]> | undefined;

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

	#index(): Map<string, number[]> {
		if (!this.#byWord) {
			const byWord = new Map<string, number[]>();
			this.#titles.forEach((title, source) => {
				for (const word of tokenize(title).filter((term) => HAS_DIGIT.test(term))) {
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
