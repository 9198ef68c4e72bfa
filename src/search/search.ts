/**
 * The search's entry point: one query in, ranked hits out. It reads the query once, runs the
 * tiers in their order and lists what they put forward; each tier's scoring, the tuning table and
 * the listing order live in their own modules.
 */
import type { Routes } from '../core/routes';
import { CandidateSelector, type QueryWord } from './candidates';
import { Corpus } from './corpus';
import type { SearchIndexData } from './format';
import type { Range } from './highlight';
import { namedCodes, type Reading } from './named-codes';
import { readQuery, STRENGTH } from './paste';
import { pastedTier } from './pasted-tier';
import { NO_RANGES, outranks, rankOrder, type MatchKind, type Ranked } from './ranked';
import { RangeLookup } from './ranges';
import { TailLookup } from './code-tails';
import { TemplateMatcher } from './templates';
import { isCodeLike, queryTerms } from './text';
import { SourceExamples } from './source-examples';
import { SourceNames } from './source-names';
import { SourceTitles } from './titles';
import {
	ALIAS_BEHIND_CODE,
	EXPANDED_WORDS,
	FUSE_BUDGET,
	FUSE_CANDIDATES,
	MAX_QUERY_CHARS,
	MAX_WORDS,
	RANGE_BEHIND_CODE,
	TAIL_BEHIND_CODE,
} from './tuning';
import { wordsTier } from './words-tier';

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
	/** The code's other name the query matched, where it matched that rather than the code. */
	alias: string | null;
	/** Part of `alias` the query matched. */
	aliasRanges: Range[];
}

/**
 * The search: one query in, ranked hits out. Tiers, highest first: the query is a code; a
 * pasted text names a code or holds a message of the catalog (a JSON body, a log line, an
 * exception); codes the query begins; a code the query misspells; fuzzy matches of the words,
 * scored by Fuse over a small candidate set; the HTTP status.
 */
export class SearchEngine {
	readonly #corpus: Corpus;
	readonly #selector: CandidateSelector;
	readonly #templates: TemplateMatcher;
	readonly #titles: SourceTitles;
	/** The heading paths entries sit under, weighed as titles are. */
	readonly #sections: SourceTitles;
	readonly #products: SourceNames;
	readonly #examples: SourceExamples;
	readonly #ranges: RangeLookup;
	readonly #tails: TailLookup;

	constructor(data: SearchIndexData, routes: Routes) {
		this.#corpus = new Corpus(data, routes);
		this.#selector = new CandidateSelector(this.#corpus);
		this.#templates = new TemplateMatcher(this.#corpus);
		this.#titles = new SourceTitles(this.#corpus.titles());
		this.#sections = new SourceTitles(this.#corpus.sections());
		this.#products = new SourceNames(this.#corpus.sourceNames());
		this.#examples = new SourceExamples(this.#corpus.examples());
		const { names } = this.#corpus;
		this.#ranges = new RangeLookup(names.size, (name) => names.code(name));
		this.#tails = new TailLookup(names.size, (name) => names.code(name));
	}

	/**
	 * Builds ahead what the first queries of some kinds would otherwise build when they come,
	 * a step of a few milliseconds at a time, so that a keystroke can be answered between two.
	 */
	*prepare(): Generator<void> {
		yield* this.#corpus.names.prepare();
		yield* this.#corpus.vocabulary.prepare();
		yield* this.#templates.prepare();
		this.#corpus.withStatus(0);
		this.#ranges.holding('0');
		this.#tails.named('');
	}

	search(query: string, limit = 20): SearchHit[] {
		const text = query.trim().slice(0, MAX_QUERY_CHARS);
		if (text === '') return [];
		const read = readQuery(text);
		const lookups = {
			corpus: this.#corpus,
			titles: this.#titles,
			products: this.#products,
			examples: this.#examples,
			ranges: this.#ranges,
		};
		const reading: Reading = { ...read, text, ...namedCodes(lookups, read, text), limit };
		const ranked = new Map<number, Ranked>();
		const put = (hit: Ranked) => {
			const held = ranked.get(hit.entry);
			if (outranks(hit, held)) ranked.set(hit.entry, hit);
		};

		const exact = this.#exactCode(reading, put);
		const words = this.#words(reading);
		const fuseWords = words.filter((word) => word.expand).map((word) => word.word);
		const candidates = this.#selector.select(
			words,
			Math.max(
				limit,
				Math.min(FUSE_CANDIDATES, Math.floor(FUSE_BUDGET / Math.max(fuseWords.length, 1))),
			),
		);
		const sources = {
			corpus: this.#corpus,
			selector: this.#selector,
			templates: this.#templates,
			titles: this.#titles,
			sections: this.#sections,
		};
		pastedTier(sources, reading, candidates, put);
		this.#codePrefix(reading, put);
		if (!exact) this.#codeTypo(reading, put);
		wordsTier(sources, reading, candidates, fuseWords, put);
		this.#status(reading, put);

		return rankOrder(ranked.values(), this.#corpus)
			.slice(0, limit)
			.map((hit) => this.#hit(hit));
	}

	/**
	 * Codes written like `text`, for a page that was not found to offer: the code (or another name
	 * of it) in any source, codes it begins or misspells, codes that sort or number next to it,
	 * and what the search finds for it. Unranked: the 404 page weighs them (`views/not-found.ts`).
	 */
	codeSuggestions(text: string, limit: number): SearchHit[] {
		const cut = text.trim().slice(0, MAX_QUERY_CHARS);
		const { names } = this.#corpus;
		const entries = new Set<number>();
		for (const found of [
			names.exact(cut),
			names.near(cut),
			names.prefixed(cut, limit),
			names.around(cut, limit),
		])
			for (const name of found) entries.add(this.#corpus.entryOf(name));
		const hits = this.search(cut, limit);
		for (const entry of entries)
			hits.push(
				this.#hit({ entry, kind: 'code', score: 0, codeRanges: [], messageRanges: NO_RANGES }),
			);
		return hits;
	}

	/**
	 * Whether the query is itself a code, or another name of one; the codes whose last part it
	 * is, and a range holding it, follow.
	 */
	#exactCode({ text, json }: Reading, put: (hit: Ranked) => void): boolean {
		// A pasted body is no code typed, though its keys and values read together may spell one
		// (`{"message":"Limit Exceeded"}` and `MESSAGE_LIMIT_EXCEEDED`): its codes are its values.
		if (json) return false;
		const { names } = this.#corpus;
		const readings = [
			{ names: this.#ranges.holding(text), behind: RANGE_BEHIND_CODE },
			{ names: this.#tails.named(text), behind: TAIL_BEHIND_CODE },
		];
		for (const { names: read, behind } of readings)
			for (const name of read)
				put({
					...this.#byName(name, []),
					kind: 'code',
					score: -behind,
					messageRanges: NO_RANGES,
				});
		const found = names.exact(text);
		for (const name of found) {
			// `E1` finds `E1`, `e1`, `E-1` and `E.1`; the one written as typed comes first.
			const written = names.code(name);
			const score = written === text ? 2 : written.toLowerCase() === text.toLowerCase() ? 1 : 0;
			const byName = this.#byName(name, [[0, written.length]]);
			put({
				...byName,
				kind: 'code',
				score: byName.alias ? score - ALIAS_BEHIND_CODE : score,
				messageRanges: NO_RANGES,
			});
		}
		return found.length > 0;
	}

	/**
	 * A hit on a name the lookup found: its entry, and the part of the code, or of the alias,
	 * that matched.
	 */
	#byName(name: number, ranges: Range[]): Pick<Ranked, 'entry' | 'codeRanges' | 'alias'> {
		const alias = this.#corpus.aliasOf(name);
		return alias === null
			? { entry: name, codeRanges: ranges }
			: {
					entry: this.#corpus.entryOf(name),
					codeRanges: [],
					alias: () => ({ name: alias, ranges }),
				};
	}

	#codePrefix({ text, limit }: Reading, put: (hit: Ranked) => void): void {
		if (/\s/.test(text) || !isCodeLike(text)) return;
		const { names } = this.#corpus;
		names.prefixed(text, limit).forEach((name, rank) => {
			const typed = names.code(name).toLowerCase().startsWith(text.toLowerCase()) ? text.length : 0;
			put({
				...this.#byName(name, typed ? [[0, typed]] : []),
				kind: 'code-prefix',
				score: -rank,
				messageRanges: NO_RANGES,
			});
		});
	}

	/**
	 * A code or alias written with one slip: `UNAUTHENTICATD`, `BAD_USR_INPUT`, `ThrottledEror`.
	 * As a code typed exactly, the one written in the case typed comes first: `unauthorised` is
	 * more likely the `unauthorized` of one API than the `UNAUTHORIZED` of another.
	 */
	#codeTypo({ text, json }: Reading, put: (hit: Ranked) => void): void {
		if (json || /\s/.test(text)) return;
		const typed = letterCase(text);
		for (const name of this.#corpus.names.near(text)) {
			const byName = this.#byName(name, []);
			const score = letterCase(this.#corpus.names.code(name)) === typed ? 1 : 0;
			put({
				...byName,
				kind: 'code-typo',
				score: byName.alias ? score - ALIAS_BEHIND_CODE : score,
				messageRanges: NO_RANGES,
			});
		}
	}
	#status({ status, json }: Reading, put: (hit: Ranked) => void): void {
		// A JSON body's status only breaks ties: listing every code with it would bury the answer.
		if (status === null || json) return;
		for (const entry of this.#corpus.withStatus(status))
			put({ entry, kind: 'status', score: 0, codeRanges: [], messageRanges: NO_RANGES });
	}

	#words({ messages, names, json, mentions, named }: Reading): QueryWord[] {
		// A number that names codes is counted as the codes it names; as a word it would count again
		// for every entry that holds it, and for one that holds it by chance (`N17.4` for `code 4`).
		const numbers = new Set(
			named.size === 0
				? []
				: mentions
						.filter(({ text, strength }) => strength >= STRENGTH.named && /^-?\d+$/.test(text))
						.map(({ text }) => text),
		);
		const terms = [...names, ...messages].flatMap((message, m, all) =>
			queryTerms(message)
				.filter(({ term }) => !numbers.has(term))
				.map(({ term, last }) => ({
					term,
					last: last && m === all.length - 1,
				})),
		);
		// The last word is still being typed unless something follows it; a JSON body is pasted whole.
		const partial = new Set(json ? [] : terms.filter((t) => t.last).map((t) => t.term));
		const words = [...new Set(terms.map((t) => t.term))].slice(0, MAX_WORDS);
		return words.map((word, i) => ({
			word,
			partial: partial.has(word),
			expand: i < EXPANDED_WORDS,
		}));
	}

	#hit({ entry, kind, codeRanges, messageRanges, alias }: Ranked): SearchHit {
		const corpus = this.#corpus;
		const source = corpus.source(entry);
		const matched = alias?.() ?? null;
		return {
			kind,
			code: corpus.code(entry),
			source: source.id,
			sourceTitle: source.title,
			status: corpus.status[entry] || null,
			message: corpus.message(entry),
			url: corpus.url(entry),
			codeRanges,
			messageRanges: messageRanges(),
			alias: matched?.name ?? null,
			aliasRanges: matched?.ranges ?? [],
		};
	}
}

/** How a name is written: all small letters, all capitals, or mixed. */
function letterCase(text: string): 'lower' | 'upper' | 'mixed' {
	if (text === text.toLowerCase()) return 'lower';
	return text === text.toUpperCase() ? 'upper' : 'mixed';
}
