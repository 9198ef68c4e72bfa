/**
 * The evidence a query holds for an entry, and which documents answer a query as well as an
 * expected entry does: the bench's ambiguity rule for queries that are not, whole, a code or a
 * message (`HTTP/1.1 503 Service Unavailable`, `ERROR 1045 (28000): Access denied…`).
 *
 * An entry answers a query by (i) its code or one of its aliases standing in the query as whole
 * tokens, and (ii) the query's content words found among the words of its code, aliases, code
 * note, status cell and message, as written or with the slips the search allows a typed word
 * (`unsuported` for `unsupported`, `slipOf`). Another entry answers it as well when its evidence holds the
 * expected entry's on both counts: its names stand at every place of the query where the expected
 * entry's do, and it has every content word the expected entry has. A query that holds a word only
 * the expected entry has (`invalid ip address`) is answered by it alone.
 */
import type { Entry } from '../src/core/types';
import { foldFast } from '../src/core/text';
import { slipOf } from '../src/search/vocabulary';

/**
 * Words that say nothing about which entry is meant, in the languages of most queries. Negations
 * (`not`, `no`, `nicht`) are kept: `not found` and `found` are different messages.
 */
const STOP_WORDS = new Set(
	(
		'a an the of to in on at by for from with into onto as is are was were be been being it its ' +
		'0x this that these those and or if then than so but do does did has have had can could will ' +
		'would should may might must i me my we our you your he she they them their there here which ' +
		'who what when where while please ' +
		'de la le les el los las un una uno unos y o en por para con del al que se des du et ou au aux ' +
		'pour avec est une der die das den dem des ein eine einer und oder von zu mit fur ist im il lo ' +
		'gli di da e per che do dos das em um uma com na no'
	)
		.split(' ')
		// `no` is a negation in English and Spanish as well as a Portuguese article: kept.
		.filter((word) => word !== 'no'),
);

/**
 * A word that more than this share of a catalog's documents use (`error` in 58 % of the corpus's)
 * says no more about which document a query came from than a stop word does.
 */
export const COMMON_WORD_SHARE = 0.5;

/**
 * The least share of a query's content words an entry must hold to answer it by words alone:
 * most of what the query says, as the whole-query rule asks all of it.
 */
export const ANSWERED_SHARE = 0.5;

/** Runs of scripts written without spaces, read as overlapping pairs of characters. */
const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+$/u;
/**
 * A number keeps its sign (`-1` is not `1`), and a hex prefix is a token of its own, so that
 * `0x6985` names the code written `6985` as well as `0x6985`.
 */
const RUNS =
	/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+|0x(?=[\da-f]+(?![\p{L}\p{N}]))|(?<![\p{L}\p{N}])-?[\p{L}\p{N}]+|[\p{L}\p{N}]+/gu;

/**
 * A text as the tokens the rule compares: case, diacritics and punctuation aside, camelCase and
 * snake_case taken apart (`PermissionDenied`, `PERMISSION_DENIED` and `permission denied` are the
 * same two tokens), and unspaced scripts as pairs of characters (`签名错误`: 签名 名错 错误).
 */
export function evidenceTokens(text: string): string[] {
	const spaced = text.replace(/(?<=\p{Ll})(?=\p{Lu})/gu, ' ');
	const tokens: string[] = [];
	for (const [run] of foldFast(spaced).matchAll(RUNS)) {
		if (!UNSPACED.test(run) || run.length < 3) {
			tokens.push(run);
			continue;
		}
		const chars = [...run];
		for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
	}
	return tokens;
}

/** What a query holds for one entry. */
export interface Evidence {
	/** Positions of the query's tokens where the entry's code or one of its aliases stands. */
	named: Set<number>;
	/** The query's content words that the entry's own words hold. */
	words: Set<string>;
}

const holdsAll = <T>(outer: ReadonlySet<T>, inner: ReadonlySet<T>) =>
	[...inner].every((item) => outer.has(item));

/** Whether `other` answers a query at least as well as `expected` does, by their evidence. */
export function answersAsWell(other: Evidence, expected: Evidence): boolean {
	return holdsAll(other.named, expected.named) && holdsAll(other.words, expected.words);
}

/** An entry as the rule reads it. */
export interface EvidenceEntry {
	file: string;
	/** Its code, then its aliases. */
	names: string[];
	/**
	 * Everything else the reader sees of it: code note, status cell, message, the other cells of
	 * its row, the headings above its table and its document's names: title, id and homepage
	 * (`ipengine` in a log line is evidence for the document of that name).
	 */
	text: string;
}

/** What the rule reads of an entry of a catalog, by the names of its document. */
export const evidenceEntry = (entry: Entry, file: string, document: string): EvidenceEntry => ({
	file,
	names: [entry.code, ...entry.aliases],
	text: [
		entry.codeNote,
		entry.statusText,
		entry.message,
		...entry.details.map((detail) => detail.text),
		...entry.section,
		document,
	].join(' '),
});

/** The entries of a catalog, indexed so that the entries a query holds evidence for are found fast. */
export class EvidenceIndex {
	private readonly names: string[][][] = [];
	private readonly words: Set<string>[] = [];
	/** Entries by the tokens of one of their names, joined by a space. */
	private readonly byName = new Map<string, number[]>();
	/** Entries by each of their words. */
	private readonly byWord = new Map<string, number[]>();
	private longestName = 1;
	/** Words too common in this catalog to tell its documents apart (`COMMON_WORD_SHARE`). */
	private readonly common = new Set<string>();

	constructor(private readonly entries: readonly EvidenceEntry[]) {
		const filesOf = new Map<string, Set<string>>();
		entries.forEach((entry, at) => {
			const names = entry.names.map(evidenceTokens).filter((tokens) => tokens.length > 0);
			this.names.push(names);
			for (const tokens of names) {
				this.longestName = Math.max(this.longestName, tokens.length);
				push(this.byName, tokens.join(' '), at);
			}
			const words = new Set([...names.flat(), ...evidenceTokens(entry.text)]);
			this.words.push(words);
			for (const word of words) {
				push(this.byWord, word, at);
				filesOf.set(word, (filesOf.get(word) ?? new Set()).add(entry.file));
			}
		});
		const documents = new Set(entries.map((entry) => entry.file)).size;
		for (const [word, files] of filesOf) {
			if (files.size > documents * COMMON_WORD_SHARE) this.common.add(word);
		}
	}

	/** The query's words that can be evidence: not stop words, not words most documents use. */
	contentWords(query: readonly string[]): Set<string> {
		return new Set(query.filter((token) => !STOP_WORDS.has(token) && !this.common.has(token)));
	}

	/** The evidence `query` (its tokens) holds for the entry at `at`. */
	evidence(query: readonly string[], at: number): Evidence {
		const named = new Set<number>();
		for (const tokens of this.names[at]!) {
			for (let start = 0; start + tokens.length <= query.length; start++) {
				if (tokens.every((token, i) => query[start + i] === token)) {
					for (let i = 0; i < tokens.length; i++) named.add(start + i);
				}
			}
		}
		const own = this.words[at]!;
		const words = new Set(
			[...this.contentWords(query)].filter(
				(token) => own.has(token) || [...own].some((word) => slipOf(token, word)),
			),
		);
		return { named, words };
	}

	/**
	 * The files of the entries that answer `query` at least as well as the entry at `expected`,
	 * its own among them; empty when the expected entry does not answer the query (`answers`):
	 * then nothing answers it "as well", and a miss is the search's to explain.
	 */
	equallyGood(query: string, expected: number): Set<string> {
		const tokens = evidenceTokens(query);
		const wanted = this.evidence(tokens, expected);
		if (!this.answers(tokens, wanted)) return new Set();
		const files = new Set<string>();
		for (const at of this.candidates(tokens, wanted, expected)) {
			if (answersAsWell(this.evidence(tokens, at), wanted)) files.add(this.entries[at]!.file);
		}
		return files;
	}

	/**
	 * Whether evidence answers a query at all: the query names the entry, or the entry holds at
	 * least `ANSWERED_SHARE` of the query's content words. A query the entry shares one word of
	 * with hundreds of others (`Invalid login credentials` and a 401 that says `Unauthorized`) is
	 * not answered by any of them; it is a query for the search to understand, not a tie.
	 */
	private answers(query: readonly string[], evidence: Evidence): boolean {
		if (evidence.named.size > 0) return true;
		const content = this.contentWords(query).size;
		return content > 0 && evidence.words.size >= content * ANSWERED_SHARE;
	}

	/**
	 * Entries that may answer as well: those named in the query, or else those that hold one of
	 * its words as the query or the expected entry writes it (another misspelling of a word the
	 * query misspells is not looked for: the rule errs on the side of fewer equals).
	 */
	private candidates(
		query: readonly string[],
		wanted: Evidence,
		expected: number,
	): Iterable<number> {
		if (wanted.named.size === 0) {
			const typed = [...wanted.words][0]!;
			const written = [...this.words[expected]!].filter((word) => slipOf(typed, word));
			return new Set([typed, ...written].flatMap((word) => this.byWord.get(word) ?? []));
		}
		const found = new Set<number>();
		for (let start = 0; start < query.length; start++) {
			for (let length = 1; length <= this.longestName && start + length <= query.length; length++) {
				for (const at of this.byName.get(query.slice(start, start + length).join(' ')) ?? []) {
					found.add(at);
				}
			}
		}
		return found;
	}
}

function push(map: Map<string, number[]>, key: string, at: number): void {
	const list = map.get(key);
	if (list) list.push(at);
	else map.set(key, [at]);
}
