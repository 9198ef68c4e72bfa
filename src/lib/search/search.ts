import Fuse from 'fuse.js';
import { CandidateSelector, type QueryWord } from './candidates';
import { Corpus } from './corpus';
import type { SearchIndexData } from './format';
import { termRanges, type Range } from './highlight';
import { readErrorBody, statusIn } from './paste';
import { TemplateMatcher } from './templates';
import { fold, isCodeLike, tokenize } from './text';

/** Why a result is listed, in rank order. */
export type MatchKind = 'code' | 'message' | 'code-prefix' | 'words' | 'status';
const TIER: Record<MatchKind, number> = { code: 0, message: 1, 'code-prefix': 2, words: 3, status: 4 };

export interface SearchHit {
	kind: MatchKind;
	code: string;
	source: string;
	sourceTitle: string;
	status: number | null;
	message: string;
	url: string;
	/** Part of the code the query matched. */
	codeRanges: Range[];
	/** Parts of the message the query matched. */
	messageRanges: Range[];
}

/** How many entries Fuse scores; enough to fill a results page after Fuse drops some. */
const FUSE_CANDIDATES = 60;
/** Words read with typos and as prefixes; the rest of a long paste is looked up as typed. */
const EXPANDED_WORDS = 12;
const MAX_WORDS = 64;
/** A pasted message must span this much of what was pasted, unless its code was pasted too. */
const MIN_COVERAGE = 0.5;

interface Ranked {
	entry: number;
	kind: MatchKind;
	score: number;
	codeRanges: Range[];
	messageRanges: Range[];
}

/**
 * The search: one query in, ranked hits out. Tiers, highest first: the exact code; a pasted
 * message matching a template (or a JSON body's code and message); codes the query begins;
 * fuzzy matches of the words, scored by Fuse over a small candidate set; the HTTP status.
 */
export class SearchEngine {
	readonly #corpus: Corpus;
	readonly #selector: CandidateSelector;
	readonly #templates: TemplateMatcher;
	#byStatus: Map<number, number[]> | undefined;

	constructor(data: SearchIndexData) {
		this.#corpus = new Corpus(data);
		this.#selector = new CandidateSelector(this.#corpus);
		this.#templates = new TemplateMatcher(this.#corpus);
	}

	get size(): number {
		return this.#corpus.size;
	}

	search(query: string, limit = 20): SearchHit[] {
		const text = query.trim();
		if (text === '') return [];
		const ranked = new Map<number, Ranked>();
		const put = (hit: Ranked) => {
			const held = ranked.get(hit.entry);
			if (!held || TIER[hit.kind] < TIER[held.kind] || (hit.kind === held.kind && hit.score > held.score)) ranked.set(hit.entry, hit);
		};
		const { codeLookup, codes } = this.#corpus;

		for (const entry of codeLookup.exact(text)) put({ entry, kind: 'code', score: 1, codeRanges: [[0, codes[entry]!.length]], messageRanges: [] });

		const body = readErrorBody(text);
		const messages = body?.messages.length ? body.messages : [text];
		const status = body?.status ?? statusIn(text);
		const mentioned = this.#mentionedCodes(body?.codes ?? text.split(/[^\p{L}\p{N}_-]+/u).filter(isCodeLike));
		const agrees = (entry: number) => (mentioned.has(entry) ? 1 : 0) + (status !== null && this.#corpus.status[entry] === status ? 0.25 : 0);

		const candidates = this.#selector.select(this.#words(messages, body === null), FUSE_CANDIDATES);

		for (const entry of candidates.templateCandidates) {
			for (const message of messages) {
				const match = this.#templates.match(entry, fold(message));
				if (match && (match.coverage >= MIN_COVERAGE || mentioned.has(entry))) {
					put({ entry, kind: 'message', score: match.coverage + agrees(entry), codeRanges: [], messageRanges: match.literals });
				}
			}
		}
		// A JSON body's code stands on its own even when its message is not in the catalog.
		if (body) for (const entry of mentioned) put({ entry, kind: 'message', score: agrees(entry) - 0.5, codeRanges: [], messageRanges: [] });

		if (!/\s/.test(text) && isCodeLike(text)) {
			codeLookup.prefixed(text, limit).forEach((entry, rank) => {
				const code = codes[entry]!;
				const typed = code.toLowerCase().startsWith(text.toLowerCase()) ? text.length : 0;
				put({ entry, kind: 'code-prefix', score: -rank, codeRanges: typed ? [[0, typed]] : [], messageRanges: [] });
			});
		}

		if (candidates.entries.length > 0) {
			const best = Math.max(...candidates.scores.values());
			const docs = candidates.entries.map((entry) => ({ entry, message: this.#corpus.message(entry), details: this.#corpus.details(entry) }));
			const fuse = new Fuse(docs, {
				keys: [
					{ name: 'message', weight: 2 },
					{ name: 'details', weight: 1 },
				],
				useTokenSearch: true,
				ignoreLocation: true,
				includeScore: true,
				threshold: 0.4,
			});
			for (const { item, score = 1 } of fuse.search(messages.join(' '))) {
				const share = candidates.scores.get(item.entry)! / best;
				put({
					entry: item.entry,
					kind: 'words',
					score: 0.6 * share + 0.4 * (1 - score) + agrees(item.entry),
					codeRanges: [],
					messageRanges: termRanges(item.message, candidates.matchedTerms, this.#corpus.vocabulary),
				});
			}
		}

		if (status !== null && body === null) {
			for (const entry of this.#entriesWithStatus(status)) put({ entry, kind: 'status', score: 0, codeRanges: [], messageRanges: [] });
		}

		return [...ranked.values()]
			.sort((a, b) => TIER[a.kind] - TIER[b.kind] || b.score - a.score || a.entry - b.entry)
			.slice(0, limit)
			.map((hit) => this.#hit(hit));
	}

	#words(messages: readonly string[], typing: boolean): QueryWord[] {
		const words = [...new Set(messages.flatMap((message) => tokenize(message)))].slice(0, MAX_WORDS);
		const last = messages.at(-1) ?? '';
		// The last word is still being typed unless something follows it.
		const unfinished = typing && /[\p{L}\p{N}]$/u.test(last);
		return words.map((word, i) => ({ word, partial: unfinished && i === words.length - 1, expand: i < EXPANDED_WORDS }));
	}

	#mentionedCodes(texts: readonly string[]): Set<number> {
		const entries = new Set<number>();
		for (const text of texts.slice(0, MAX_WORDS)) for (const entry of this.#corpus.codeLookup.exact(text)) entries.add(entry);
		return entries;
	}

	#entriesWithStatus(status: number): number[] {
		if (!this.#byStatus) {
			this.#byStatus = new Map();
			const byStatus = this.#byStatus;
			this.#corpus.status.forEach((s, entry) => {
				if (!s) return;
				const list = byStatus.get(s);
				if (list) list.push(entry);
				else byStatus.set(s, [entry]);
			});
		}
		return this.#byStatus.get(status) ?? [];
	}

	#hit({ entry, kind, codeRanges, messageRanges }: Ranked): SearchHit {
		const corpus = this.#corpus;
		const source = corpus.source(entry);
		return {
			kind,
			code: corpus.codes[entry]!,
			source: source.id,
			sourceTitle: source.title,
			status: corpus.status[entry] || null,
			message: corpus.message(entry),
			url: corpus.url(entry),
			codeRanges,
			messageRanges,
		};
	}
}
