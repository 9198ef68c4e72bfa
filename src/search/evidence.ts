/**
 * The evidence both the pasted-text tier and the words tier add to an entry's score: how much of
 * the query's words it holds, and whether it returns the status the query states. One definition,
 * so the two tiers weigh an entry alike.
 */
import type { CandidateSelector, Candidates } from './candidates';
import type { Corpus } from './corpus';
import { DETAIL_SEPARATOR } from './format';
import type { QueryReading } from './paste';
import { fold, normalizeSpace } from '../core/text';
import { tokenize } from './text';
import type { SourceTitles } from './titles';
import { slipOf } from './vocabulary';
import {
	CATEGORY_ENTRIES,
	DETAIL_IS_QUERY,
	EXAMPLE_NUMBER_WORDS,
	MIN_SECTION_SHARE,
	WEIGHT,
} from './tuning';

/** What a tier reads an entry's evidence from. */
export interface EvidenceSources {
	corpus: Corpus;
	selector: CandidateSelector;
	titles: SourceTitles;
	/** The heading paths entries sit under (`Corpus.sections`), weighed as titles are. */
	sections: SourceTitles;
}

/**
 * A heading's share of the query's words counts from `MIN_SECTION_SHARE` up: below, it holds only
 * words every heading has (`codes`, `response`), which would order equal answers by chance.
 */
const sectionShare = (share: number) => (share >= MIN_SECTION_SHARE ? share : 0);

/**
 * How much of the query's words an entry's document title and the headings above its table say
 * (`WEIGHT.titleWords`, `WEIGHT.sectionWords`): the subject a reader sees around the code. Worked
 * out once per query, by title and by heading path, not per entry.
 */
export function contextWords(
	{ corpus, titles, sections }: EvidenceSources,
	terms: readonly string[],
): (entry: number) => number {
	const titleShares = titles.wordShares(terms);
	const sectionShares = sections.wordShares(terms);
	return (entry) =>
		WEIGHT.titleWords * (titleShares.get(corpus.sourceOf(entry)) ?? 0) +
		WEIGHT.sectionWords * sectionShare(sectionShares.get(corpus.sectionOf(entry)) ?? 0);
}

/**
 * Whether a text says, whole, one of the query's messages, slips aside (`Redis Service unavilable`
 * for `redis service unavailable`): each of its words a word the query was read as, and as many
 * words as the message has.
 */
export function saysMessage(
	{ corpus }: EvidenceSources,
	{ messages }: QueryReading,
	candidates: Candidates,
): (text: string) => boolean {
	const { vocabulary } = corpus;
	const said = messages.map(tokenize);
	const lengths = new Set(said.map((words) => words.length));
	const typed = [...new Set(said.flat())];
	const known = new Map<string, boolean>();
	const numbered = typed.some(isNumber);
	const read = (word: string) => {
		let found = known.get(word);
		if (found === undefined) {
			const term = vocabulary.id(word);
			found =
				(term !== undefined && candidates.matchedTerms.has(term)) ||
				typed.some((query) => slipOf(query, word));
			known.set(word, found);
		}
		return found;
	};
	return (text) => {
		const words = tokenize(text);
		// `Expired/Invalid token` is typed `expired or invalid token`: the word a slash stands for
		// is one more word of the query.
		const slashes = text.match(SLASH_BETWEEN_WORDS)?.length ?? 0;
		const example = numbered && standsForAnyNumber(words);
		return (
			(lengths.has(words.length) || (slashes > 0 && lengths.has(words.length + slashes))) &&
			words.every((word) => read(word) || (example && isNumber(word)))
		);
	};
}

const isNumber = (word: string) => /^\d+$/.test(word);

/**
 * Whether the numbers of a catalog's text are examples of the value a message states (`block #1
 * not found`, `Rate limit of 100 requests exceeded`): a message pasted with another number in
 * their place (`block #48213377 not found`) says it, where enough words beside them say which
 * message it is (`EXAMPLE_NUMBER_WORDS`).
 */
const standsForAnyNumber = (words: readonly string[]) =>
	words.some(isNumber) && words.filter((word) => !isNumber(word)).length >= EXAMPLE_NUMBER_WORDS;

/** A slash between two words, as tables write alternatives: `Expired/Invalid`. */
const SLASH_BETWEEN_WORDS = /\p{L}\/(?=\p{L})/gu;

/**
 * Whether a detail column of an entry says, whole, one of the query's messages, slips aside
 * (`Invalid or expired credentials` under Possible cause; a JSON body's `"message": "Error"`
 * beside a Name column of `Error`). Not where more than `CATEGORY_ENTRIES` of the candidates of
 * its document say it too: a cell repeated down the column is a category (`Validation Error`
 * beside fifty codes), which says what kind of error the query is and not which one.
 */
export function detailSays(
	sources: EvidenceSources,
	reading: QueryReading,
	candidates: Candidates,
): (entry: number) => boolean {
	const { corpus } = sources;
	const says = saysMessage(sources, reading, candidates);
	const ordered = inQueryOrder(reading);
	const said = (entry: number) =>
		corpus
			.details(entry)
			.split(DETAIL_SEPARATOR)
			.filter((part) => says(part) && ordered(part))
			.map((part) => `${corpus.sourceOf(entry)}\n${normalizeSpace(fold(part))}`);
	let shared: Map<string, number> | undefined;
	const sharedBy = (key: string) => {
		if (!shared) {
			shared = new Map();
			for (const entry of candidates.entries)
				for (const part of said(entry)) shared.set(part, (shared.get(part) ?? 0) + 1);
		}
		return shared.get(key) ?? 0;
	};
	return (entry) => said(entry).some((part) => sharedBy(part) <= CATEGORY_ENTRIES);
}

/**
 * Whether a text's words come in the order of one of the query's messages, slips aside: a key
 * such as `error.configuration` holds the words of `Configuration error` but names a kind of
 * error, not the message a user read, and must not rank beside the message written so.
 */
function inQueryOrder({ messages }: QueryReading): (text: string) => boolean {
	const said = messages.map(tokenize);
	return (text) => {
		const words = tokenize(text);
		return said.some((query) => {
			let at = 0;
			const example = standsForAnyNumber(words);
			const same = (typed: string, word: string) =>
				typed === word || slipOf(typed, word) || (example && isNumber(word) && isNumber(typed));
			for (const word of words) {
				while (at < query.length && !same(query[at]!, word)) at++;
				if (at++ >= query.length) return false;
			}
			return true;
		});
	};
}

/** What an entry gains where a detail column says the query (`detailSays`). */
export function detailSaysMessage(
	sources: EvidenceSources,
	reading: QueryReading,
	candidates: Candidates,
): (entry: number) => number {
	const says = detailSays(sources, reading, candidates);
	return (entry) => (says(entry) ? DETAIL_IS_QUERY : 0);
}

/**
 * Whether a message starts with what is typed, slips aside on either side and the last word
 * perhaps unfinished (`Insufficient Balance Error` for `Insuficient Balance`): the reader is
 * typing the message from its start. Not for a pasted body, which is no message being typed.
 */
export function startsWithTyped({
	json,
	text,
}: QueryReading & { text: string }): (message: string) => boolean {
	if (json) return () => false;
	const typed = normalizeSpace(fold(text));
	const words = typed.match(WORD) ?? [];
	return (message) => {
		const folded = normalizeSpace(fold(message));
		if (folded.startsWith(typed)) return true;
		const heading = folded.match(WORD)?.slice(0, words.length) ?? [];
		return (
			words.length > 0 &&
			heading.length === words.length &&
			words.every((word, i) => {
				const written = heading[i]!;
				return slipOf(word, written) || (i === words.length - 1 && written.startsWith(word));
			})
		);
	};
}

/** A word as the message and the query are compared word by word. */
const WORD = /[\p{L}\p{N}]+/gu;

/** The share of the query's words (IDF-weighted) an entry holds, against the best candidate. */
export function wordShare(
	{ selector }: EvidenceSources,
	candidates: Candidates,
	entry: number,
): number {
	return candidates.best > 0 ? selector.score(entry) / candidates.best : 0;
}

export function statusAgreement(
	{ corpus }: EvidenceSources,
	{ status }: QueryReading,
	entry: number,
): number {
	return status !== null && corpus.status[entry] === status ? WEIGHT.status : 0;
}
