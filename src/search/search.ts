import Fuse from 'fuse.js';
import type { Routes } from '../core/routes';
import { CandidateSelector, type Candidates, type QueryWord } from './candidates';
import { Corpus } from './corpus';
import type { SearchIndexData } from './format';
import { termRanges, wordsWithin, type Range } from './highlight';
import { readErrorBody, statusIn } from './paste';
import { TemplateMatcher } from './templates';
import { fold } from '../core/text';
import { isCodeLike, tokenize } from './text';

/** Why a result is listed, in rank order. */
export type MatchKind = 'code' | 'message' | 'code-prefix' | 'words' | 'status';
const TIER: Record<MatchKind, number> = {
	code: 0,
	message: 1,
	'code-prefix': 2,
	words: 3,
	status: 4,
};

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
/**
 * Fuse's work is candidates × query words (one bitap per word and field), so a long paste gets
 * fewer candidates, never fewer than the results asked for.
 */
const FUSE_BUDGET = 480;
/** Words read with typos and as prefixes; the rest of a long paste is looked up as typed. */
const EXPANDED_WORDS = 12;
const MAX_WORDS = 64;
/** Fuzzy hits holding less than this share of the best hit's words are noise (a shared `not`). */
const MIN_SHARE = 0.35;
/** A pasted message must span this much of what was pasted, unless its code was pasted too. */
const MIN_COVERAGE = 0.5;

interface Ranked {
	entry: number;
	kind: MatchKind;
	score: number;
	codeRanges: Range[];
	messageRanges: Range[];
}

/** What one query says, read once and shared by the tiers. */
interface Reading {
	text: string;
	/** The texts that may be the message: a JSON body's message fields, or the whole query. */
	messages: string[];
	/** Whether the query was a JSON error body. */
	json: boolean;
	status: number | null;
	/** Entries whose code the query names (a JSON body's code, a code in a log line). */
	mentioned: Set<number>;
	limit: number;
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

	constructor(data: SearchIndexData, routes: Routes) {
		this.#corpus = new Corpus(data, routes);
		this.#selector = new CandidateSelector(this.#corpus);
		this.#templates = new TemplateMatcher(this.#corpus);
	}

	search(query: string, limit = 20): SearchHit[] {
		const text = query.trim();
		if (text === '') return [];
		const body = readErrorBody(text);
		const reading: Reading = {
			text,
			messages: body?.messages.length ? body.messages : [text],
			json: body !== null,
			status: body?.status ?? statusIn(text),
			mentioned: this.#mentionedCodes(
				body?.codes ?? text.split(/[^\p{L}\p{N}_-]+/u).filter(isCodeLike),
			),
			limit,
		};
		const ranked = new Map<number, Ranked>();
		const put = (hit: Ranked) => {
			const held = ranked.get(hit.entry);
			if (
				!held ||
				TIER[hit.kind] < TIER[held.kind] ||
				(hit.kind === held.kind && hit.score > held.score)
			)
				ranked.set(hit.entry, hit);
		};

		this.#exactCode(reading, put);
		const words = this.#words(reading);
		const fuseWords = words.filter((word) => word.expand).map((word) => word.word);
		const candidates = this.#selector.select(
			words,
			Math.max(
				limit,
				Math.min(FUSE_CANDIDATES, Math.floor(FUSE_BUDGET / Math.max(fuseWords.length, 1))),
			),
		);
		this.#pastedMessage(reading, candidates.templateCandidates, put);
		this.#codePrefix(reading, put);
		this.#fuzzy(reading, candidates, fuseWords, put);
		this.#status(reading, put);

		return [...ranked.values()]
			.sort((a, b) => TIER[a.kind] - TIER[b.kind] || b.score - a.score || a.entry - b.entry)
			.slice(0, limit)
			.map((hit) => this.#hit(hit));
	}

	#exactCode({ text }: Reading, put: (hit: Ranked) => void): void {
		const { codeLookup, codes } = this.#corpus;
		for (const entry of codeLookup.exact(text)) {
			// `E1` finds `E1`, `e1`, `E-1` and `E.1`; the one written as typed comes first.
			const code = codes[entry]!;
			const score = code === text ? 2 : code.toLowerCase() === text.toLowerCase() ? 1 : 0;
			put({ entry, kind: 'code', score, codeRanges: [[0, code.length]], messageRanges: [] });
		}
	}

	#pastedMessage(
		reading: Reading,
		templateCandidates: readonly number[],
		put: (hit: Ranked) => void,
	): void {
		const { messages, mentioned } = reading;
		const folded = messages.map(fold);
		for (const entry of templateCandidates) {
			for (const message of folded) {
				const match = this.#templates.match(entry, message);
				if (match && (match.coverage >= MIN_COVERAGE || mentioned.has(entry))) {
					const messageRanges = wordsWithin(this.#corpus.message(entry), match.literals);
					put({
						entry,
						kind: 'message',
						score: match.coverage + this.#agreement(reading, entry),
						codeRanges: [],
						messageRanges,
					});
				}
			}
		}
		// A JSON body's code stands on its own even when its message is not in the catalog.
		if (reading.json) {
			for (const entry of mentioned)
				put({
					entry,
					kind: 'message',
					score: this.#agreement(reading, entry) - 0.5,
					codeRanges: [],
					messageRanges: [],
				});
		}
	}

	#codePrefix({ text, limit }: Reading, put: (hit: Ranked) => void): void {
		if (/\s/.test(text) || !isCodeLike(text)) return;
		this.#corpus.codeLookup.prefixed(text, limit).forEach((entry, rank) => {
			const code = this.#corpus.codes[entry]!;
			const typed = code.toLowerCase().startsWith(text.toLowerCase()) ? text.length : 0;
			put({
				entry,
				kind: 'code-prefix',
				score: -rank,
				codeRanges: typed ? [[0, typed]] : [],
				messageRanges: [],
			});
		});
	}

	/** Fuse scores the candidates; the final score also weighs how much of the query each holds. */
	#fuzzy(
		reading: Reading,
		candidates: Candidates,
		fuseWords: readonly string[],
		put: (hit: Ranked) => void,
	): void {
		if (candidates.entries.length === 0) return;
		const best = Math.max(...candidates.scores.values());
		const docs = candidates.entries.map((entry) => ({
			entry,
			message: this.#corpus.message(entry),
			details: this.#corpus.details(entry),
		}));
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
		for (const { item, score = 1 } of fuse.search(fuseWords.join(' '))) {
			const share = candidates.scores.get(item.entry)! / best;
			if (share < MIN_SHARE) continue;
			put({
				entry: item.entry,
				kind: 'words',
				score: 0.6 * share + 0.4 * (1 - score) + this.#agreement(reading, item.entry),
				codeRanges: [],
				messageRanges: termRanges(item.message, candidates.matchedTerms, this.#corpus.vocabulary),
			});
		}
	}

	#status({ status, json }: Reading, put: (hit: Ranked) => void): void {
		// A JSON body's status only breaks ties: listing every code with it would bury the answer.
		if (status === null || json) return;
		for (const entry of this.#entriesWithStatus(status))
			put({ entry, kind: 'status', score: 0, codeRanges: [], messageRanges: [] });
	}

	/** How far an entry agrees with the code and status the query names besides its message. */
	#agreement({ mentioned, status }: Reading, entry: number): number {
		return (
			(mentioned.has(entry) ? 1 : 0) +
			(status !== null && this.#corpus.status[entry] === status ? 0.25 : 0)
		);
	}

	#words({ messages, json }: Reading): QueryWord[] {
		const words = [...new Set(messages.flatMap((message) => tokenize(message)))].slice(
			0,
			MAX_WORDS,
		);
		// The last word is still being typed unless something follows it; a JSON body is pasted whole.
		const unfinished = !json && /[\p{L}\p{N}]$/u.test(messages.at(-1) ?? '');
		return words.map((word, i) => ({
			word,
			partial: unfinished && i === words.length - 1,
			expand: i < EXPANDED_WORDS,
		}));
	}

	#mentionedCodes(texts: readonly string[]): Set<number> {
		const entries = new Set<number>();
		for (const text of texts.slice(0, MAX_WORDS))
			for (const entry of this.#corpus.codeLookup.exact(text)) entries.add(entry);
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
