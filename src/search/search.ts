import Fuse from 'fuse.js';
import { codeIdentity } from '../core/identity';
import type { Routes } from '../core/routes';
import { CandidateSelector, type Candidates, type QueryWord } from './candidates';
import { Corpus } from './corpus';
import { DETAIL_SEPARATOR, type SearchIndexData } from './format';
import { termRanges, wordsWithin, type Range } from './highlight';
import { readQuery, shapeStrength, STRENGTH, type QueryReading } from './paste';
import { TemplateMatcher, type TemplateMatch } from './templates';
import { RangeLookup } from './ranges';
import { SourceTitles } from './titles';
import { fold, foldFast, normalizeSpace } from '../core/text';
import { isCodeLike, joinedTerm, queryTerms, tokenize } from './text';

/** Why a result is listed, in rank order. */
export type MatchKind = 'code' | 'message' | 'code-prefix' | 'code-typo' | 'words' | 'status';
const TIER: Record<MatchKind, number> = {
	code: 0,
	message: 1,
	'code-prefix': 2,
	'code-typo': 3,
	words: 4,
	status: 5,
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
	/** The code's other name the query matched, where it matched that rather than the code. */
	alias: string | null;
	/** Part of `alias` the query matched. */
	aliasRanges: Range[];
}

/** An alias of a hit's code, and what of it the query matched. */
interface AliasMatch {
	name: string;
	ranges: Range[];
}

/**
 * How the evidence of a pasted text adds up for an entry, in the `message` tier and as
 * agreement in the `words` tier.
 */
const WEIGHT = {
	/** A code the query names, times how surely it names it (`STRENGTH` in paste.ts). */
	mention: 1,
	/** A message template found in the query, times the share of the query it spans: a whole message counts as much as a code given under a `code` key. */
	template: 1,
	/** The IDF-weighted share of the query's words the entry holds: picks among several codes named, or among the variants of one code. */
	words: 0.5,
	/** The entry returns the HTTP status the query states. */
	status: 0.25,
	/** Between codes named equally surely, the first one named is what the text is about (an exception's headline, not its cause). */
	position: 0.1,
	/**
	 * Added to how surely a code is named when the query also names its document by a rare word of
	 * its title (`Error: 18456, … State: 38` in the document `MSSQLSERVER_18456`): a bare number
	 * (`word`, 0.2) then names the code (`named`, 0.5).
	 */
	title: 0.3,
} as const;
/** Each later code named counts this much less for `WEIGHT.position`. */
const POSITION_DECAY = 0.8;
/**
 * A text written like a code (a number, or letters written as a name, not a word of prose) that
 * is no code of the catalog may be a code's other name, in
 * another column: the decimal form of a hex code (`-1978335212`), the symbol of a numeric one
 * (`TCGB_ERROR_INVALID_PARAMETER`), the error classes of a SQLSTATE (`TABLE_OR_VIEW_NOT_FOUND`).
 * It names the entries whose message or details hold it, if they are this few (a word held
 * by more is just a word), a little less surely than a code.
 */
const ALIAS = { maxEntries: 3, strength: 0.9 } as const;

/**
 * How far, in the tiers of codes typed and mistyped, an alias ranks behind a code (whose scores
 * run from 0 to 2 by how exactly it is written): a name typed is first the code of that name,
 * then the codes known by it.
 */
const ALIAS_BEHIND_CODE = 3;
/**
 * A number typed that lies inside a code written as a range (`127` in `4-255`) ranks behind the
 * codes and aliases that are the number, and ahead of everything else: the range is that
 * number's entry in its document, but a code that is the number names it more surely.
 */
const RANGE_BEHIND_CODE = ALIAS_BEHIND_CODE + 1;
/**
 * How surely a number in a paste names a code that is another reading of it (the range holding
 * it, `127` in `4-255`; the number padded with zeros, `16` for `016`), against naming a code that
 * is the number: less, so that an exact code wins a tie, but enough that the paste's other
 * evidence can tip it: the words of its message (`016`'s `Geçersiz app id ve app secret` beside
 * `"status_code":16`), its document's title (`Error: 18456` beside `State: 110`).
 */
const OTHER_READING = 0.8;

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
/** A candidate Fuse did not match at all must hold this much of the best hit's words to be listed. */
const MIN_SHARE_UNMATCHED = 0.6;
/** In the words tier, how much the candidate share counts against Fuse's own score. */
const SHARE_VS_FUSE = 0.6;
/**
 * Added in the words tier when the message starts with what is typed: the reader is typing the
 * message from its start, and the last word is still unfinished, so its words alone tie.
 */
const TYPED_FROM_START = 0.3;
/**
 * Added in the words tier when a detail column says, whole, what is typed (`Invalid or expired
 * credentials` under Possible cause, `Too Many Requests` under Status): as much as a message that
 * starts with it, where longer messages hold the same words scattered.
 */
const DETAIL_IS_QUERY = TYPED_FROM_START;
/**
 * A pasted message must span this much of what was pasted, unless its code was pasted too. Less
 * leaves words of the query unexplained that another entry may hold: `Internal server error check
 * logs` is not the generic `Internal Server Error` of many documents but the one whose message
 * also says `check logs` (and misspells `Intrnal`, so no template of it matches).
 */
const MIN_COVERAGE = 0.7;
/**
 * What is read of a paste: an error body, or the head of a stack trace, where the error is
 * named. Beyond this a paste is a log file, and reading all of it would hold up the next
 * keystroke (a 30,000-character trace takes 50 ms).
 */
const MAX_QUERY_CHARS = 8000;

interface Ranked {
	entry: number;
	kind: MatchKind;
	score: number;
	codeRanges: Range[];
	/** Worked out for the hits listed only: most candidates never are. */
	messageRanges: () => Range[];
	/** The alias the query matched, worked out as `messageRanges` is; none when absent. */
	alias?: () => AliasMatch | null;
}

const NO_RANGES = (): Range[] => [];

/** What one query says, read once and shared by the tiers. */
interface Reading extends QueryReading {
	text: string;
	/** Entries whose code the query names, with how surely (strength plus the position tie-break). */
	named: Map<number, number>;
	/** Of `named`, those it names by an alias, with the alias. */
	namedAs: Map<number, string>;
	limit: number;
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
	readonly #ranges: RangeLookup;
	#byStatus: Map<number, number[]> | undefined;

	constructor(data: SearchIndexData, routes: Routes) {
		this.#corpus = new Corpus(data, routes);
		this.#selector = new CandidateSelector(this.#corpus);
		this.#templates = new TemplateMatcher(this.#corpus);
		this.#titles = new SourceTitles(this.#corpus.titles());
		const { names } = this.#corpus;
		this.#ranges = new RangeLookup(names.size, (name) => names.code(name));
	}

	/**
	 * Builds ahead what the first queries of some kinds would otherwise build when they come,
	 * a step of a few milliseconds at a time, so that a keystroke can be answered between two.
	 */
	*prepare(): Generator<void> {
		yield* this.#corpus.names.prepare();
		yield* this.#corpus.vocabulary.prepare();
		this.#entriesWithStatus(0);
		this.#ranges.holding('0');
	}

	search(query: string, limit = 20): SearchHit[] {
		const text = query.trim().slice(0, MAX_QUERY_CHARS);
		if (text === '') return [];
		const read = readQuery(text);
		const reading: Reading = { ...read, text, ...this.#named(read, text), limit };
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
		this.#pasted(reading, candidates, put);
		this.#codePrefix(reading, put);
		if (!exact) this.#codeTypo(reading, put);
		this.#fuzzy(reading, candidates, fuseWords, put);
		this.#status(reading, put);

		const sorted = [...ranked.values()].sort(
			(a, b) => TIER[a.kind] - TIER[b.kind] || b.score - a.score || a.entry - b.entry,
		);
		return this.#documentsFirst(sorted)
			.slice(0, limit)
			.map((hit) => this.#hit(hit));
	}

	/**
	 * Within a tier, each document's first entry of a code before its second and third: where
	 * one document lists `409` three times (once per operation), the reader sees first which
	 * documents have a 409, and a document's variants follow. In the words tier, each document's
	 * first entry before its second, whatever the code: where one document words three codes
	 * alike (`Insufficient balance to withdraw`, `… to transfer`), a typed `insuficient balance`
	 * shows which documents have it. Stable otherwise.
	 */
	#documentsFirst(sorted: readonly Ranked[]): Ranked[] {
		const seen = new Map<string, number>();
		const repeat = sorted.map((hit) => {
			const source = this.#corpus.source(hit.entry).id;
			const key =
				hit.kind === 'words' ? source : `${source}\n${codeIdentity(this.#corpus.code(hit.entry))}`;
			const n = seen.get(key) ?? 0;
			seen.set(key, n + 1);
			return n;
		});
		return sorted
			.map((hit, i) => ({ hit, i }))
			.sort(
				(a, b) => TIER[a.hit.kind] - TIER[b.hit.kind] || repeat[a.i]! - repeat[b.i]! || a.i - b.i,
			)
			.map(({ hit }) => hit);
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

	/** Whether the query is itself a code, or another name of one; a range holding it follows. */
	#exactCode({ text }: Reading, put: (hit: Ranked) => void): boolean {
		const { names } = this.#corpus;
		for (const name of this.#ranges.holding(text))
			put({
				...this.#byName(name, []),
				kind: 'code',
				score: -RANGE_BEHIND_CODE,
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

	/**
	 * A pasted text: the codes it names surely, and the entries whose message it holds (spanning
	 * most of it, or with its code named too), ranked by all the evidence together.
	 */
	#pasted(reading: Reading, candidates: Candidates, put: (hit: Ranked) => void): void {
		const { messages, named } = reading;
		const folded = messages.map(fold);
		const terms = new Set(messages.flatMap(tokenize));
		// Catalogs repeat messages; each distinct one is matched once per query.
		const matched = new Map<string, TemplateMatch | null>();
		const templateOf = (entry: number): TemplateMatch | null => {
			const message = this.#corpus.message(entry);
			if (!matched.has(message)) {
				let best: TemplateMatch | null = null;
				for (const text of folded) {
					const match = this.#templates.match(entry, text, terms);
					if (match && match.coverage > (best?.coverage ?? 0)) best = match;
				}
				matched.set(message, best);
			}
			return matched.get(message)!;
		};
		for (const entry of new Set([...candidates.entries, ...named.keys()])) {
			const strength = named.get(entry) ?? 0;
			const template = templateOf(entry);
			const coverage =
				template && (template.coverage >= MIN_COVERAGE || strength > 0) ? template.coverage : 0;
			if (coverage === 0 && strength < STRENGTH.named) continue;
			put({
				entry,
				kind: 'message',
				score:
					WEIGHT.mention * strength +
					WEIGHT.template * coverage +
					WEIGHT.words * this.#share(candidates, entry) +
					this.#statusAgreement(reading, entry),
				codeRanges: [],
				messageRanges: () =>
					template && coverage > 0
						? wordsWithin(this.#corpus.message(entry), template.literals)
						: [],
				alias: () => namedAlias(reading, entry),
			});
		}
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

	/** A code or alias written with one slip: `UNAUTHENTICATD`, `BAD_USR_INPUT`, `ThrottledEror`. */
	#codeTypo({ text }: Reading, put: (hit: Ranked) => void): void {
		if (/\s/.test(text)) return;
		for (const name of this.#corpus.names.near(text)) {
			const byName = this.#byName(name, []);
			put({
				...byName,
				kind: 'code-typo',
				score: byName.alias ? -ALIAS_BEHIND_CODE : 0,
				messageRanges: NO_RANGES,
			});
		}
	}

	/** Fuse scores the candidates; the final score also weighs how much of the query each holds. */
	#fuzzy(
		reading: Reading,
		candidates: Candidates,
		fuseWords: readonly string[],
		put: (hit: Ranked) => void,
	): void {
		if (candidates.entries.length === 0) return;
		const corpus = this.#corpus;
		// Details are left to the candidate score: they are the longest texts, and Fuse's cost
		// grows with the text it reads.
		const docs = candidates.entries.map((entry) => ({
			entry,
			message: corpus.message(entry),
			name: spelledOut([corpus.code(entry), ...corpus.aliases(entry)].join(' ')),
		}));
		const fuse = new Fuse(docs, {
			keys: ['message', 'name'],
			useTokenSearch: true,
			// Words as the index reads them (`_` splits), without their other readings: those
			// already count in the candidate score, and Fuse tokenizes every candidate per query.
			tokenize: /[\p{L}\p{N}]+/gu,
			ignoreLocation: true,
			includeScore: true,
			threshold: 0.4,
		});
		const fuseScore = new Map(
			fuse.search(fuseWords.join(' ')).map(({ item, score = 1 }) => [item.entry, score]),
		);
		const typed = reading.json ? null : normalizeSpace(fold(reading.text));
		const typedWords = typed && wordsOf(typed);
		const detailIsQuery = (entry: number) =>
			!!typedWords &&
			corpus
				.details(entry)
				.split(DETAIL_SEPARATOR)
				.some((cell) => wordsOf(cell) === typedWords);
		for (const { entry, message } of docs) {
			const share = this.#share(candidates, entry);
			const score = fuseScore.get(entry);
			if (share < (score === undefined ? MIN_SHARE_UNMATCHED : MIN_SHARE)) continue;
			put({
				entry,
				kind: 'words',
				score:
					SHARE_VS_FUSE * share +
					(1 - SHARE_VS_FUSE) * (1 - (score ?? 1)) +
					(typed && normalizeSpace(fold(message)).startsWith(typed) ? TYPED_FROM_START : 0) +
					(detailIsQuery(entry) ? DETAIL_IS_QUERY : 0) +
					WEIGHT.mention * (reading.named.get(entry) ?? 0) +
					this.#statusAgreement(reading, entry),
				codeRanges: [],
				messageRanges: () => termRanges(message, candidates.matchedTerms, corpus.vocabulary),
				alias: () => namedAlias(reading, entry) ?? this.#aliasWords(entry, candidates.matchedTerms),
			});
		}
	}

	/**
	 * The first alias of an entry whose words the query's words matched, where its code's did
	 * not: `throttled` finds `RATE_LIMITED` by its alias `ThrottledError`, which says why.
	 */
	#aliasWords(entry: number, terms: ReadonlySet<number>): AliasMatch | null {
		const { vocabulary } = this.#corpus;
		const aliases = this.#corpus.aliases(entry);
		if (aliases.length === 0 || termRanges(this.#corpus.code(entry), terms, vocabulary).length)
			return null;
		for (const name of aliases) {
			const ranges = termRanges(name, terms, vocabulary);
			if (ranges.length) return { name, ranges };
		}
		return null;
	}

	#status({ status, json }: Reading, put: (hit: Ranked) => void): void {
		// A JSON body's status only breaks ties: listing every code with it would bury the answer.
		if (status === null || json) return;
		for (const entry of this.#entriesWithStatus(status))
			put({ entry, kind: 'status', score: 0, codeRanges: [], messageRanges: NO_RANGES });
	}

	/** The share of the query's words (IDF-weighted) an entry holds, against the best candidate. */
	#share(candidates: Candidates, entry: number): number {
		return candidates.best > 0 ? this.#selector.score(entry) / candidates.best : 0;
	}

	#statusAgreement({ status }: Reading, entry: number): number {
		return status !== null && this.#corpus.status[entry] === status ? WEIGHT.status : 0;
	}

	#words({ messages, json }: Reading): QueryWord[] {
		const terms = messages.flatMap((message, m) =>
			queryTerms(message).map(({ term, last }) => ({
				term,
				last: last && m === messages.length - 1,
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

	/**
	 * Entries whose code the query names, by the code or by an alias, with how surely; the first
	 * named wins ties.
	 */
	#named({ mentions }: QueryReading, text: string): Pick<Reading, 'named' | 'namedAs'> {
		const corpus = this.#corpus;
		const titled = mentions.length ? this.#titles.named(text) : new Set<number>();
		const named = new Map<number, number>();
		const namedAs = new Map<number, string>();
		let rank = 0;
		for (const { text, strength } of mentions) {
			let found = corpus.names
				.exact(text)
				.map((name) => ({ entry: corpus.entryOf(name), alias: corpus.aliasOf(name) }));
			let sureness = strength;
			if (
				found.length === 0 &&
				strength >= STRENGTH.named &&
				shapeStrength(text) >= STRENGTH.number
			) {
				const alias = aliasTerm(text);
				const entries = alias ? corpus.entriesHolding(alias) : [];
				found =
					entries.length > ALIAS.maxEntries ? [] : entries.map((entry) => ({ entry, alias: null }));
				sureness *= ALIAS.strength;
			}
			const others = [...this.#ranges.holding(text), ...corpus.names.padded(text)].map((name) => ({
				entry: corpus.entryOf(name),
				alias: corpus.aliasOf(name),
				sureness: strength * OTHER_READING,
				otherReading: true,
			}));
			if (found.length === 0 && others.length === 0) continue;
			const position = WEIGHT.position * POSITION_DECAY ** rank++;
			for (const { entry, alias, sureness: sure, otherReading } of [
				...found.map((name) => ({ ...name, sureness, otherReading: false })),
				...others,
			]) {
				const value = sure + (titled.has(corpus.sourceOf(entry)) ? WEIGHT.title : 0);
				// A bare number read otherwise (`256 KB` inside `0–999`) is no evidence alone; said
				// as a code, or beside its document's title, it is.
				if (otherReading && value < STRENGTH.named) continue;
				if (value + position <= (named.get(entry) ?? 0)) continue;
				named.set(entry, value + position);
				if (alias === null) namedAs.delete(entry);
				else namedAs.set(entry, alias);
			}
		}
		return { named, namedAs };
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

/** The alias a pasted text named an entry by, as wholly matched; null when it named the code. */
function namedAlias({ namedAs }: Reading, entry: number): AliasMatch | null {
	const name = namedAs.get(entry);
	return name === undefined ? null : { name, ranges: [[0, name.length]] };
}

/** The term a code's other name is indexed under: its joined name, or the one word it is. */
function aliasTerm(text: string): string | undefined {
	if (/^[\p{L}\p{N}]+(?:_+[\p{L}\p{N}]+)+$/u.test(text)) return joinedTerm(text.split(/_+/));
	const words = text.match(/[\p{L}\p{N}]+/gu);
	return words?.length === 1 ? foldFast(words[0]!) : undefined;
}

/** A text's words, folded, with single spaces between them. */
const wordsOf = (text: string) => (fold(text).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/** A code as the words it is made of, for Fuse: `serviceNotAvailable` → `service Not Available`. */
const spelledOut = (code: string) =>
	code.replace(/[_./-]+/g, ' ').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
