/**
 * What a paste says of documents by the names of the APIs they are about. A client's log line, an
 * exception or a URL names the API it called (`ipengine: GET https://api.ipengine.dev/…`,
 * `CruxApiError`, `grantnz client:`), and a document is named for its API where its file name
 * leads with the product (`ipengine-status-codes`, `grant-n-z-api-error-response`). Where the rest
 * of the paste is a status that many documents hold, that name is what tells them apart.
 *
 * A file name may name its product further in (`slate-lora-api-errors`, `dyspatch-java-apierror-
 * model`). Such a word is read only where the paste writes it as a name, not as prose: a label of
 * a URL's host (`https://api.lora.example/`, `api.pagar.me` for `pagarme`), a word of the path a
 * request calls (`GET /currencies/USDT` in `…-slate-currencies`), a qualifier of a dotted path
 * (`APIError.CodeEnum.NOT_FOUND`), the first part of a camelCase call (`sdsioOpen`). A word of a
 * file name is as often a word of any sentence (`command`, `model`), which names nothing.
 *
 * A typed query names a product by its first words, as people type `stripe card declined`: the
 * words that lead a file name (`credhub internal server error`, `lightning pay resource not
 * found`). Where that name is also a word the entries of other documents say (`lightning` in a
 * catalog of weather alerts), it is a word of the message, not a name.
 */
import { foldFast } from '../core/text';
import { tokenize, wordTerms } from './text';

/**
 * A file name's leading words name a product where at most this many documents lead with them:
 * more is a kind of document (`http-…`, `api-…`), not one API.
 */
const MAX_SOURCES_PER_NAME = 2;
/** A product's name is written with up to this many of the file name's leading parts joined (`grant-n-z` is GrantNZ). */
const MAX_NAME_PARTS = 3;
/** Shorter leading parts (`a`, `go`) are too often a word of any line. */
const MIN_NAME_CHARS = 3;

/**
 * A query's first word names a product only where at most this many other documents' entries
 * say it: more is a word of messages (`format`, `lightning`), which a query may start with.
 */
const MAX_DOCUMENTS_SAYING_NAME = 2;

/** A URL's host: the labels a client's log line names its API by. */
const URL_HOST = /\b[a-z][a-z\d+.-]*:\/\/([^\s/?#:'"`<>]+)/giu;
/**
 * The path of a URL, or of a request line (`GET /currencies/USDT`): its parts name the resource
 * called, as the document about that endpoint is named (`…-currencies-…`).
 */
const URL_PATH =
	/(?:\b[a-z][a-z\d+.-]*:\/\/[^\s/?#'"`<>]+|\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+)(\/[^\s?#'"`<>()]*)/gu;
/** A path of names (`APIError.CodeEnum.NOT_FOUND`, `Acme::Client`, `Acme\\Http`): all but its last part qualify it. */
const NAME_PATH = /[\p{L}\p{N}_]+(?:(?:\.|::|\\|->)[\p{L}\p{N}_]+)+/gu;
/** A word written as camelCase (`sdsioOpen`, `CruxApiError`): its first part may be a product. */
const CAMEL_HEAD = /\b(\p{L}[\p{Ll}\p{N}]+)\p{Lu}[\p{L}\p{N}]*/gu;

/**
 * The words a paste writes as names rather than prose: each label of a URL's host and two
 * joined, each word of its path, each qualifier of a path of names, the head of a camelCase word, folded as file names are.
 */
export function writtenNames(query: string): Set<string> {
	const names = new Set<string>();
	const add = (word: string) => {
		for (const term of wordTerms(word)) names.add(term);
	};
	for (const [, host] of query.matchAll(URL_HOST)) {
		const labels = host!.split(/\./);
		for (const label of labels) for (const part of label.split(/-+/)) add(part);
		// A product named by a domain of two labels (`pagar.me`) writes them as one name (`pagarme`).
		for (let i = 1; i < labels.length; i++) add(`${labels[i - 1]}${labels[i]}`);
	}
	for (const [, path] of query.matchAll(URL_PATH))
		for (const part of path!.split('/')) if (/^\p{L}+$/u.test(part)) add(part);
	for (const [path] of query.matchAll(NAME_PATH))
		for (const part of path.split(/\.|::|\\|->/).slice(0, -1)) add(part);
	for (const [, head] of query.matchAll(CAMEL_HEAD)) add(head!);
	return names;
}

export class SourceNames {
	/** Each source's names: its id, and its file's name where the id is a slug of another name. */
	readonly #names: readonly (readonly string[])[];
	/** The sources each product name leads the file name of, built on first use. */
	#byName: Map<string, number[]> | undefined;
	/** The sources whose file name holds each word anywhere, where few do, built on first use. */
	#byWord: Map<string, number[]> | undefined;

	constructor(names: readonly (string | readonly string[])[]) {
		this.#names = names.map((name) => (typeof name === 'string' ? [name] : name));
	}

	/** The sources (by place) whose product the query names. */
	named(query: string): Set<number> {
		const byName = this.#index();
		const named = new Set<number>();
		for (const word of tokenize(query))
			for (const name of withoutVersion(word))
				for (const source of byName.get(name) ?? []) named.add(source);
		const byWord = this.#wordIndex();
		for (const word of writtenNames(query))
			for (const source of byWord.get(word) ?? []) named.add(source);
		return named;
	}

	/**
	 * The sources whose product the query's first words spell (`credhub …`, `lightning pay …`),
	 * where more words follow that say what went wrong, and where the name is not a word that
	 * other documents' entries say (`documentsSaying`, the number of other documents).
	 */
	led(query: string, documentsSaying: (term: string, source: number) => number): Set<number> {
		const words = (query.match(/[\p{L}\p{N}]+/gu) ?? []).map(foldFast);
		const byName = this.#index();
		const led = new Set<number>();
		for (let count = 1; count <= Math.min(MAX_NAME_PARTS, words.length - 1); count++) {
			const name = words.slice(0, count).join('');
			for (const source of byName.get(name) ?? [])
				if (documentsSaying(name, source) <= MAX_DOCUMENTS_SAYING_NAME) led.add(source);
		}
		return led;
	}

	#wordIndex(): Map<string, number[]> {
		if (this.#byWord) return this.#byWord;
		const byWord = new Map<string, number[]>();
		this.#names.forEach((names, source) => {
			for (const word of new Set(names.flatMap(splitName))) {
				if (word.length < MIN_NAME_CHARS || /^\p{N}+$/u.test(word)) continue;
				const sources = byWord.get(word);
				if (sources) sources.push(source);
				else byWord.set(word, [source]);
			}
		});
		for (const [word, sources] of byWord)
			if (sources.length > MAX_SOURCES_PER_NAME) byWord.delete(word);
		this.#byWord = byWord;
		return byWord;
	}

	#index(): Map<string, number[]> {
		if (this.#byName) return this.#byName;
		const parts = this.#names.map((names) => names.map(splitName));
		// A word that follows another in some file name (`api`, `errors`, `status`) says what kind
		// of document it is, whichever document it leads.
		const inner = new Set(parts.flat().flatMap((words) => words.slice(1)));
		const byName = new Map<string, number[]>();
		parts.forEach((names, source) => {
			for (const words of names) {
				const lead = words[0] ?? '';
				if (lead.length < MIN_NAME_CHARS || /^\p{N}+$/u.test(lead) || inner.has(lead)) continue;
				for (let count = 1; count <= Math.min(MAX_NAME_PARTS, words.length); count++) {
					const name = words.slice(0, count).join('');
					const sources = byName.get(name);
					if (!sources) byName.set(name, [source]);
					else if (!sources.includes(source)) sources.push(source);
				}
			}
		});
		for (const [name, sources] of byName)
			if (sources.length > MAX_SOURCES_PER_NAME) byName.delete(name);
		this.#byName = byName;
		return byName;
	}
}

/**
 * A word, and the product it names with its major version written on (`influxdb2`, `web3`), as
 * clients and loggers name themselves: the file name leads with the product alone.
 */
function withoutVersion(word: string): string[] {
	const product = VERSIONED.exec(word)?.[1];
	return product ? [word, product] : [word];
}

/** Letters, at least `MIN_NAME_CHARS` of them, then a version of one or two digits; not a host's number (`web01`). */
const VERSIONED = new RegExp(`^(\\p{L}{${MIN_NAME_CHARS},})[1-9]\\d?$`, 'u');

/** A name's words, as a file name or id separates them. */
const splitName = (name: string): string[] => name.toLowerCase().split(/[^\p{L}\p{N}]+/u);
