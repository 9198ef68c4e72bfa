import type { Routes } from '../core/routes';
import { CodeLookup } from './code-lookup';
import { postingCount, transpose, type Forward, type Postings } from './postings';
import {
	CODE_SEPARATOR,
	INDEX_VERSION,
	decodeColumn,
	defaultSlug,
	isWordPiece,
	joinPieces,
	type SearchIndexData,
} from './format';
import { joinedTerm, tokenize, wordTerms } from './text';
import { Vocabulary } from './vocabulary';

/** The fields of an entry the search reads words from. */
export type Field = 'message' | 'details' | 'code';

/** A piece made of underscores only: what joins the words of a snake_case name. */
const JOINER = /^_+$/;
const HAS_DIGIT = /\d/;
const HAS_LETTER = /\p{L}/u;
/** A code that is one word with digits (`E0425`, `20003`) has no words to search beyond itself. */
const NO_WORDS_CODE = /^[\p{L}\p{N}]*\d[\p{L}\p{N}]*$/u;
/** Shared by the many codes without words, rather than an empty array each. */
const NO_WORDS: readonly string[] = [];

/** The text fields, each a forward index of piece ids. */
type TextField = Exclude<Field, 'code'>;
/** Piece ids of every entry's text in one field: entry `e`'s at `[start[e], start[e + 1])`. */
interface Text {
	ids: Int32Array;
	start: Uint32Array;
}

/**
 * The search index as the query side uses it: entries' fields, word postings of messages, of
 * details and of the words of codes and their aliases (transposed from the shipped forward
 * index), the vocabulary and the lookup of codes and aliases by name. Built once on load, in
 * tight loops over typed arrays: at 100,000 entries this is most of the wait for the first
 * results.
 */
export class Corpus {
	readonly size: number;
	readonly status: readonly number[];
	readonly vocabulary: Vocabulary;
	/**
	 * Every name an entry is known by: name `e` below `size` is entry `e`'s code, the names after
	 * them its aliases (`entryOf` tells whose). One lookup, so that an alias is found exactly,
	 * by its start and with a slip just as a code is, in the same pass.
	 */
	readonly names: CodeLookup;
	/** Entries whose message holds each term. */
	readonly messagePostings: Postings;
	/** Entries whose detail columns hold each term. */
	readonly detailPostings: Postings;
	/**
	 * Entries whose code or alias is made of words holding each term: `manifest` for
	 * `MANIFEST_INVALID`, `throttled` for `ThrottledError`.
	 */
	readonly codePostings: Postings;
	readonly #data: SearchIndexData;
	/** Shared pieces, then the pieces used once: indexed by piece id. */
	readonly #pieces: string[];
	readonly #text: Record<TextField, Text>;
	/** The entries of each HTTP status, built on first use. */
	#byStatus: Map<number, number[]> | undefined;
	readonly #messages: (string | undefined)[];
	readonly #routes: Routes;
	/** The entry of each alias, by its place after the codes in `names`. */
	readonly #aliasEntry: Int32Array;
	/** The aliases of the few entries that have any. */
	readonly #aliases = new Map<number, string[]>();
	/** The place in `sections()` of each entry's heading path. */
	readonly #section: Int32Array;

	constructor(data: SearchIndexData, routes: Routes) {
		this.#routes = routes;
		if (data.version !== INDEX_VERSION)
			throw new Error(`search index version ${String(data.version)}, expected ${INDEX_VERSION}`);
		this.#data = data;
		const { entries } = data;
		const pieces = (this.#pieces = [...data.pieces, ...data.once]);
		const size = (this.size = entries.status.length);
		this.status = entries.status;
		const aliasCount = entries.aliasEntry.length;
		const aliasEntry = (this.#aliasEntry = new Int32Array(aliasCount));
		for (let k = 0, e = 0; k < aliasCount; k++) {
			e += entries.aliasEntry[k]!;
			aliasEntry[k] = e;
		}
		const names = (this.names = new CodeLookup(
			aliasCount === 0
				? entries.code
				: size === 0
					? entries.alias
					: entries.code + CODE_SEPARATOR + entries.alias,
			size + aliasCount,
		));
		for (let k = 0; k < aliasCount; k++) {
			const list = this.#aliases.get(aliasEntry[k]!);
			if (list) list.push(names.code(size + k));
			else this.#aliases.set(aliasEntry[k]!, [names.code(size + k)]);
		}
		this.#messages = new Array<string | undefined>(size);
		const section = (this.#section = new Int32Array(size));
		for (let e = 0, place = 0; e < size; e++) section[e] = place += entries.section[e]!;

		const message = decodeColumn(entries.message, size, data.pieces.length);
		const details = decodeColumn(entries.details, size, message.nextOnce);
		this.#text = { message, details };
		const word = pieces.map(isWordPiece);
		const joiner = pieces.map((piece) => JOINER.test(piece));
		const joinedMessage = joinedNames(message, pieces, word, joiner);
		const joinedDetails = joinedNames(details, pieces, word, joiner);

		// Every term as text first, then ids in sorted order (the vocabulary's prefix ranges need it).
		const pieceTerms = pieces.map((piece, id) => (word[id] ? wordTerms(piece) : []));
		const codeTexts = Array.from({ length: size }, (_, e) =>
			names.isPlainWithDigit(e) ? NO_WORDS : codeWords(names.code(e)),
		);
		for (const [e, aliases] of this.#aliases)
			codeTexts[e] = [...new Set([...codeTexts[e]!, ...aliases.flatMap(codeWords)])];
		const all = new Set<string>();
		for (const terms of pieceTerms) for (const term of terms) all.add(term);
		for (const joined of [joinedMessage, joinedDetails])
			for (const names of joined.values()) for (const name of names) all.add(name);
		for (const words of codeTexts) for (const word of words) all.add(word);
		const terms = [...all].sort();
		const termOf = new Map(terms.map((term, id) => [term, id]));

		// Each piece's terms as a range of one flat list: most pieces stand for one term.
		const pieceStart = new Uint32Array(pieces.length + 1);
		for (let p = 0; p < pieces.length; p++)
			pieceStart[p + 1] = pieceStart[p]! + pieceTerms[p]!.length;
		const pieceTermIds = new Int32Array(pieceStart[pieces.length]!);
		pieceTerms.forEach((texts, p) =>
			texts.forEach((text, i) => (pieceTermIds[pieceStart[p]! + i] = termOf.get(text)!)),
		);

		const postingsOf = (text: Text, joined: Map<number, string[]>) =>
			transpose({ terms: text.ids, start: text.start }, terms.length, {
				start: pieceStart,
				terms: pieceTermIds,
				extra: new Map(
					[...joined].map(([entry, names]) => [entry, names.map((name) => termOf.get(name)!)]),
				),
			});
		this.messagePostings = postingsOf(message, joinedMessage);
		this.detailPostings = postingsOf(details, joinedDetails);
		this.codePostings = transpose(codeForward(codeTexts, termOf), terms.length);
		const df = Uint32Array.from(
			terms,
			(_, t) =>
				postingCount(this.messagePostings, t) +
				postingCount(this.detailPostings, t) +
				postingCount(this.codePostings, t),
		);
		this.vocabulary = new Vocabulary(terms, df);
	}

	postings(field: Field): Postings {
		return field === 'message'
			? this.messagePostings
			: field === 'details'
				? this.detailPostings
				: this.codePostings;
	}

	/** Entries whose message or details hold `term` (folded), in catalog order. */
	entriesHolding(term: string): number[] {
		const id = this.vocabulary.id(term);
		if (id === undefined) return [];
		const found = new Set<number>();
		for (const { start, entries } of [this.messagePostings, this.detailPostings])
			for (let p = start[id]!; p < start[id + 1]!; p++) found.add(entries[p]!);
		return [...found].sort((a, b) => a - b);
	}

	/** The code of an entry, as written. */
	code(entry: number): string {
		return this.names.code(entry);
	}

	/** The other names of an entry's code, as written; most have none. */
	aliases(entry: number): readonly string[] {
		return this.#aliases.get(entry) ?? NO_WORDS;
	}

	/** The entry a name found in `names` belongs to. */
	entryOf(name: number): number {
		return name < this.size ? name : this.#aliasEntry[name - this.size]!;
	}

	/** The alias a name found in `names` is, or null when it is the entry's code. */
	aliasOf(name: number): string | null {
		return name < this.size ? null : this.names.code(name);
	}

	message(entry: number): string {
		return (this.#messages[entry] ??= this.#join('message', entry));
	}

	details(entry: number): string {
		return this.#join('details', entry);
	}

	/** The place of an entry's source among `titles()`. */
	sourceOf(entry: number): number {
		return this.#data.entries.source[entry]!;
	}

	/** The place of an entry's heading path among `sections()`. */
	sectionOf(entry: number): number {
		return this.#section[entry]!;
	}

	/** Every heading path entries sit under, as one text each (`SearchIndexData.sections`). */
	sections(): string[] {
		return this.#data.sections;
	}

	/** Every source's title, in the order of the index. */
	titles(): string[] {
		return this.#data.sources.map(([, title]) => title);
	}

	/** The entries that return an HTTP status, in catalog order. */
	withStatus(status: number): number[] {
		if (!this.#byStatus) {
			const byStatus = new Map<number, number[]>();
			this.status.forEach((s, entry) => {
				if (!s) return;
				const list = byStatus.get(s);
				if (list) list.push(entry);
				else byStatus.set(s, [entry]);
			});
			this.#byStatus = byStatus;
		}
		return this.#byStatus.get(status) ?? [];
	}

	/** Every source's id (its file name, as a slug), in the order of the index. */
	ids(): string[] {
		return this.#data.sources.map(([id]) => id);
	}

	/** Every source's names: its id, and its file's name where the id is not made of it. */
	sourceNames(): string[][] {
		return this.#data.sources.map(([id, , file]) => (file ? [id, file] : [id]));
	}

	/** Every source's example words (`SearchIndexData.examples`), in the order of the index. */
	examples(): string[] {
		return this.#data.examples;
	}

	source(entry: number): { id: string; title: string } {
		const [id, title] = this.#data.sources[this.#data.entries.source[entry]!]!;
		return { id, title };
	}

	url(entry: number): string {
		const row = this.#data.entries.row[entry];
		if (row) return this.#routes.row(this.source(entry).id, row[1], row[0]);
		const slug = this.#data.entries.slug[entry] ?? defaultSlug(this.code(entry));
		return this.#routes.code(this.source(entry).id, slug);
	}

	#join(field: TextField, entry: number): string {
		const { ids, start } = this.#text[field];
		return joinPieces(ids.subarray(start[entry], start[entry + 1]), this.#pieces);
	}
}

/** The terms of each entry's code. */
function codeForward(words: readonly (readonly string[])[], termOf: Map<string, number>): Forward {
	const start = new Uint32Array(words.length + 1);
	for (let e = 0; e < words.length; e++) start[e + 1] = start[e]! + words[e]!.length;
	const terms = new Int32Array(start[words.length]!);
	for (let e = 0; e < words.length; e++)
		for (let i = 0; i < words[e]!.length; i++) terms[start[e]! + i] = termOf.get(words[e]![i]!)!;
	return { terms, start };
}

/** The snake_case names in each entry's text, as terms: by entry, the names its text holds. */
function joinedNames(
	{ ids, start }: { ids: Int32Array; start: Uint32Array },
	pieces: readonly string[],
	word: readonly boolean[],
	joiner: readonly boolean[],
): Map<number, string[]> {
	const names = new Map<number, string[]>();
	if (!joiner.includes(true)) return names;
	for (let e = 0; e + 1 < start.length; e++) {
		const from = start[e]!;
		const to = start[e + 1]!;
		for (let p = from + 1; p + 1 < to; p++) {
			if (!joiner[ids[p]!] || !word[ids[p - 1]!] || !word[ids[p + 1]!]) continue;
			// A name starts here unless the word before it is itself joined to an earlier one.
			if (p - 2 >= from && joiner[ids[p - 2]!]) continue;
			const parts = [pieces[ids[p - 1]!]!];
			let q = p;
			while (q + 1 < to && joiner[ids[q]!] && word[ids[q + 1]!]) {
				parts.push(pieces[ids[q + 1]!]!);
				q += 2;
			}
			const list = names.get(e);
			if (list) list.push(joinedTerm(parts));
			else names.set(e, [joinedTerm(parts)]);
		}
	}
	return names;
}

/**
 * The words a code is made of, where it has several or is itself a word: `manifest`, `invalid`
 * and `manifestinvalid` for `MANIFEST_INVALID`. Terms with digits are left to the code lookup,
 * which finds `E0425` and `ces.0014` as codes.
 */
function codeWords(code: string): readonly string[] {
	if (NO_WORDS_CODE.test(code) || !HAS_LETTER.test(code)) return NO_WORDS;
	return tokenize(code).filter((term) => !HAS_DIGIT.test(term));
}
