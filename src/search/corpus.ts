import { splitPlaceholders } from '../core/placeholders';
import type { Routes } from '../core/routes';
import { CodeLookup } from './code-lookup';
import { postingCount, transpose, type Postings } from './postings';
import {
	INDEX_VERSION,
	PieceDecoder,
	countPieceIds,
	isWordPiece,
	joinPieces,
	type SearchIndexData,
} from './format';
import { foldFast } from '../core/text';
import { tokenize } from './text';
import { Vocabulary } from './vocabulary';

/** Pieces that can open or close a placeholder; messages without them need no placeholder scan. */
const PLACEHOLDER_CHARS = /[{}%<>$]/;

/**
 * The search index as the query side uses it: entries' fields, word postings of messages and
 * of details (transposed from the shipped forward index), the vocabulary and the code lookup.
 * Built once on load.
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
	/** Distinct words of each message outside its placeholders. */
	readonly literalTerms: Uint16Array;
	readonly #data: SearchIndexData;
	/** Shared pieces, then the pieces used once: indexed by piece id. */
	readonly #pieces: string[];
	/** Piece ids of every entry: message of entry `e` at `[#start[2e], #start[2e+1])`, details up to `#start[2e+2]`. */
	readonly #pieceIds: Int32Array;
	readonly #start: Uint32Array;
	readonly #messages: (string | undefined)[];
	/** Term id of each piece id, -1 for the runs between words. */
	readonly #pieceTerm: Int32Array;

	readonly #routes: Routes;

	constructor(data: SearchIndexData, routes: Routes) {
		this.#routes = routes;
		if (data.version !== INDEX_VERSION)
			throw new Error(`search index version ${String(data.version)}, expected ${INDEX_VERSION}`);
		this.#data = data;
		const { entries } = data;
		const pieces = (this.#pieces = [...data.pieces, ...data.once]);
		const size = (this.size = entries.code.length);
		this.codes = entries.code;
		this.status = entries.status;
		this.codeLookup = new CodeLookup(entries.code);
		this.#messages = new Array<string | undefined>(size);

		this.#start = new Uint32Array(2 * size + 1);
		for (let e = 0; e < size; e++) {
			this.#start[2 * e + 1] = this.#start[2 * e]! + countPieceIds(entries.message[e]!);
			this.#start[2 * e + 2] = this.#start[2 * e + 1]! + countPieceIds(entries.details[e]!);
		}
		const ids = (this.#pieceIds = new Int32Array(this.#start[2 * size]!));
		const decoder = new PieceDecoder(data.pieces.length);
		for (let e = 0; e < size; e++) {
			decoder.decode(
				entries.details[e]!,
				ids,
				decoder.decode(entries.message[e]!, ids, this.#start[2 * e]!),
			);
		}

		const pieceWords = pieces.map((piece) => (isWordPiece(piece) ? foldFast(piece) : ''));
		const terms = [...new Set(pieceWords.filter(Boolean))].sort();
		const termOf = new Map(terms.map((term, id) => [term, id]));
		const pieceTerm = (this.#pieceTerm = Int32Array.from(pieceWords, (word) =>
			word ? termOf.get(word)! : -1,
		));

		const starts = this.#start;
		this.messagePostings = transpose(
			ids,
			(e) => starts[2 * e]!,
			(e) => starts[2 * e + 1]!,
			pieceTerm,
			terms.length,
			size,
		);
		this.detailPostings = transpose(
			ids,
			(e) => starts[2 * e + 1]!,
			(e) => starts[2 * e + 2]!,
			pieceTerm,
			terms.length,
			size,
		);
		const df = Uint32Array.from(
			terms,
			(_, t) => postingCount(this.messagePostings, t) + postingCount(this.detailPostings, t),
		);
		this.vocabulary = new Vocabulary(terms, df);

		const placeholderPiece = pieces.map((piece) => PLACEHOLDER_CHARS.test(piece));
		this.literalTerms = new Uint16Array(size);
		const distinct = new Set<number>();
		for (let e = 0; e < size; e++) {
			const from = this.#start[2 * e]!;
			const to = this.#start[2 * e + 1]!;
			let placeholders = false;
			distinct.clear();
			for (let p = from; p < to; p++) {
				placeholders ||= placeholderPiece[ids[p]!]!;
				const term = pieceTerm[ids[p]!]!;
				if (term >= 0) distinct.add(term);
			}
			if (placeholders) {
				const literal = splitPlaceholders(this.message(e)).flatMap((part) =>
					part.placeholder ? [] : tokenize(part.text),
				);
				this.literalTerms[e] = new Set(literal).size;
			} else {
				this.literalTerms[e] = distinct.size;
			}
		}
	}

	/** Calls `visit` with each term of the entry's message and details (repeats included). */
	eachTerm(entry: number, visit: (term: number) => void): void {
		for (let p = this.#start[2 * entry]!, to = this.#start[2 * entry + 2]!; p < to; p++) {
			const term = this.#pieceTerm[this.#pieceIds[p]!]!;
			if (term >= 0) visit(term);
		}
	}

	message(entry: number): string {
		return (this.#messages[entry] ??= joinPieces(
			this.#pieceIds.subarray(this.#start[2 * entry], this.#start[2 * entry + 1]),
			this.#pieces,
		));
	}

	details(entry: number): string {
		return joinPieces(
			this.#pieceIds.subarray(this.#start[2 * entry + 1], this.#start[2 * entry + 2]),
			this.#pieces,
		);
	}

	source(entry: number): { id: string; title: string } {
		const [id, title] = this.#data.sources[this.#data.entries.source[entry]!]!;
		return { id, title };
	}

	url(entry: number): string {
		const slug = this.#data.entries.slug[entry] ?? this.codes[entry]!;
		return this.#routes.code(this.source(entry).id, slug);
	}
}
