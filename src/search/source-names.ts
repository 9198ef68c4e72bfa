/**
 * What a paste says of documents by the names of the APIs they are about. A client's log line, an
 * exception or a URL names the API it called (`ipengine: GET https://api.ipengine.dev/…`,
 * `CruxApiError`, `grantnz client:`), and a document is named for its API where its file name
 * leads with the product (`ipengine-status-codes`, `grant-n-z-api-error-response`). Where the rest
 * of the paste is a status that many documents hold, that name is what tells them apart.
 */
import { tokenize } from './text';

/**
 * A file name's leading words name a product where at most this many documents lead with them:
 * more is a kind of document (`http-…`, `api-…`), not one API.
 */
const MAX_SOURCES_PER_NAME = 2;
/** A product's name is written with up to this many of the file name's leading parts joined (`grant-n-z` is GrantNZ). */
const MAX_NAME_PARTS = 3;
/** Shorter leading parts (`a`, `go`) are too often a word of any line. */
const MIN_NAME_CHARS = 3;

export class SourceNames {
	readonly #ids: readonly string[];
	/** The sources each product name leads the file name of, built on first use. */
	#byName: Map<string, number[]> | undefined;

	constructor(ids: readonly string[]) {
		this.#ids = ids;
	}

	/** The sources (by place) whose product the query names. */
	named(query: string): Set<number> {
		const byName = this.#index();
		const named = new Set<number>();
		for (const word of tokenize(query))
			for (const source of byName.get(word) ?? []) named.add(source);
		return named;
	}

	#index(): Map<string, number[]> {
		if (this.#byName) return this.#byName;
		const parts = this.#ids.map((id) => id.toLowerCase().split(/[^\p{L}\p{N}]+/u));
		// A word that follows another in some file name (`api`, `errors`, `status`) says what kind
		// of document it is, whichever document it leads.
		const inner = new Set(parts.flatMap((words) => words.slice(1)));
		const byName = new Map<string, number[]>();
		parts.forEach((words, source) => {
			const lead = words[0] ?? '';
			if (lead.length < MIN_NAME_CHARS || /^\p{N}+$/u.test(lead) || inner.has(lead)) return;
			for (let count = 1; count <= Math.min(MAX_NAME_PARTS, words.length); count++) {
				const name = words.slice(0, count).join('');
				const sources = byName.get(name);
				if (!sources) byName.set(name, [source]);
				else if (!sources.includes(source)) sources.push(source);
			}
		});
		for (const [name, sources] of byName)
			if (sources.length > MAX_SOURCES_PER_NAME) byName.delete(name);
		this.#byName = byName;
		return byName;
	}
}
