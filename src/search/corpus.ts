import type { Routes } from '../core/routes';
import { CodeLookup } from './code-lookup';
import { postingCount, transpose, type Postings } from './postings';
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
const SINGLE_TOKEN = /^[\p{L}\p{N}]+$/u;

/** The text fields, each a forward index of piece ids. */
type TextField = Exclude<Field, 'code'>;
interface Text {
	/** Piece ids of every entry's text: entry `e`'s at `[start[e], start[e + 1])`. */
	ids: Int32Array;
	start: Uint32Array;
	/** Terms of the snake_case names in each entry's text, for the entries that have any. */
	joined: Map<number, number[]>;
}

/**
 * The search index as the query side uses it: entries' fields, word postings of messages, of
 * details and of the words of codes (transposed from the shipped forward index), the
 * vocabulary and the code lookup. Built once on load.
 */
export class Corpus {
	readonly size: number;
	readonly codes: readonly string[];
	readonly status: readonly number[];
	readonly vocabulary: Vocabulary;
	readonly codeLookup: CodeLookup;
	/** Entries whose message holds each term. */
	readonly messagePostings: Postings;
	/** Entries whose detail columns hold each term. */
	readonly detailPostings: Postings;
	/** Entries whose code is made of words holding each term: `manifest` for `MANIFEST_INVALID`. */
	readonly codePostings: Postings;
	readonly #data: SearchIndexData;
	/** Shared pieces, then the pieces used once: indexed by piece id. */
	readonly #pieces: string[];
	readonly #text: Record<TextField, Text>;
	readonly #messages: (string | undefined)[];
	/** Term of each piece id as written, -1 for the runs between words. */
	readonly #pieceTerm: Int32Array;
	/** The other terms of the few pieces that stand for several (camelCase, CJK). */
	readonly #pieceExtra = new Map<number, number[]>();
	/** Whether a piece has other terms: a flag read for every piece, where a map lookup would cost. */
	readonly #hasExtra: Uint8Array;
	/** Terms of the words of each entry's code. */
	readonly #codeTerms = new Map<number, number[]>();
	readonly #routes: Routes;

	constructor(data: SearchIndexData, routes: Routes) {
		this.#routes = routes;
		if (data.version !== INDEX_VERSION)
			throw new Error(`search index version ${String(data.version)}, expected ${INDEX_VERSION}`);
		this.#data = data;
		const { entries } = data;
		const pieces = (this.#pieces = [...data.pieces, ...data.once]);
		const size = (this.size = entries.status.length);
		const codes = (this.codes = size ? entries.code.split(CODE_SEPARATOR) : []);
		this.status = entries.status;
		this.codeLookup = new CodeLookup(codes);
		this.#messages = new Array<string | undefined>(size);

		const message = decodeColumn(entries.message, size, data.pieces.length);
		const details = decodeColumn(entries.details, size, message.nextOnce);
		const word = pieces.map(isWordPiece);
		const joiner = pieces.map((piece) => JOINER.test(piece));
		const joinedMessage = joinedNames(message, pieces, word, joiner);
		const joinedDetails = joinedNames(details, pieces, word, joiner);

		// Every term as text first, then ids in sorted order (the vocabulary's prefix ranges need it).
		const pieceTerms = pieces.map((piece, id) => (word[id] ? wordTerms(piece) : []));
		const codeTexts = codes.map(codeWords);
		const all = new Set<string>();
		for (const terms of pieceTerms) for (const term of terms) all.add(term);
		for (const joined of [joinedMessage, joinedDetails])
			for (const names of joined.values()) for (const name of names) all.add(name);
		for (const words of codeTexts) for (const word of words) all.add(word);
		const terms = [...all].sort();
		const termOf = new Map(terms.map((term, id) => [term, id]));
		const idsOf = (texts: readonly string[]) => texts.map((text) => termOf.get(text)!);
		const termIds = (joined: Map<number, string[]>) =>
			new Map([...joined].map(([entry, names]) => [entry, idsOf(names)]));

		this.#pieceTerm = new Int32Array(pieces.length).fill(-1);
		this.#hasExtra = new Uint8Array(pieces.length);
		pieceTerms.forEach((texts, piece) => {
			if (texts.length === 0) return;
			this.#pieceTerm[piece] = termOf.get(texts[0]!)!;
			if (texts.length > 1) {
				this.#pieceExtra.set(piece, idsOf(texts.slice(1)));
				this.#hasExtra[piece] = 1;
			}
		});
		this.#text = {
			message: { ...message, joined: termIds(joinedMessage) },
			details: { ...details, joined: termIds(joinedDetails) },
		};
		codeTexts.forEach((words, e) => words.length && this.#codeTerms.set(e, idsOf(words)));

		this.messagePostings = transpose((visit) => this.#walkText('message', visit), terms.length);
		this.detailPostings = transpose((visit) => this.#walkText('details', visit), terms.length);
		this.codePostings = transpose((visit) => {
			for (const [e, ids] of this.#codeTerms) for (const term of ids) visit(term, e);
		}, terms.length);
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

	message(entry: number): string {
		return (this.#messages[entry] ??= this.#join('message', entry));
	}

	details(entry: number): string {
		return this.#join('details', entry);
	}

	source(entry: number): { id: string; title: string } {
		const [id, title] = this.#data.sources[this.#data.entries.source[entry]!]!;
		return { id, title };
	}

	url(entry: number): string {
		const slug = this.#data.entries.slug[entry] ?? defaultSlug(this.codes[entry]!);
		return this.#routes.code(this.source(entry).id, slug);
	}

	#join(field: TextField, entry: number): string {
		const { ids, start } = this.#text[field];
		return joinPieces(ids.subarray(start[entry], start[entry + 1]), this.#pieces);
	}

	/** Calls `visit` with each term of each entry's text in one field, entry by entry. */
	#walkText(field: TextField, visit: (term: number, entry: number) => void): void {
		const { ids, start, joined } = this.#text[field];
		const pieceTerm = this.#pieceTerm;
		const hasExtra = this.#hasExtra;
		for (let e = 0; e < this.size; e++) {
			for (let p = start[e]!, to = start[e + 1]!; p < to; p++) {
				const piece = ids[p]!;
				const term = pieceTerm[piece]!;
				if (term < 0) continue;
				visit(term, e);
				if (hasExtra[piece]) for (const t of this.#pieceExtra.get(piece)!) visit(t, e);
			}
			if (joined.size) for (const term of joined.get(e) ?? []) visit(term, e);
		}
	}
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
function codeWords(code: string): string[] {
	if (!HAS_LETTER.test(code) || (SINGLE_TOKEN.test(code) && HAS_DIGIT.test(code))) return [];
	return tokenize(code).filter((term) => !HAS_DIGIT.test(term));
}
