/**
 * The evidence both the pasted-text tier and the words tier add to an entry's score: how much of
 * the query's words it holds, and whether it returns the status the query states. One definition,
 * so the two tiers weigh an entry alike.
 */
import type { CandidateSelector, Candidates } from './candidates';
import type { Corpus } from './corpus';
import { DETAIL_SEPARATOR } from './format';
import type { QueryReading } from './paste';
import { tokenize } from './text';
import { DETAIL_IS_QUERY, WEIGHT } from './tuning';

/** What a tier reads an entry's evidence from. */
export interface EvidenceSources {
	corpus: Corpus;
	selector: CandidateSelector;
}

/**
 * What an entry gains where a detail column says, whole, one of the query's messages, slips aside
 * (`Invalid or expired credentials` under Possible cause; a JSON body's `"message": "Error"`
 * beside a Name column of `Error`): each of the cell's words a word the query was read as, and
 * as many words as the message has.
 */
export function detailSaysMessage(
	{ corpus }: EvidenceSources,
	{ messages }: QueryReading,
	candidates: Candidates,
): (entry: number) => number {
	const { vocabulary } = corpus;
	const lengths = new Set(messages.map((message) => tokenize(message).length));
	const says = (cell: string) => {
		const words = tokenize(cell);
		return (
			lengths.has(words.length) &&
			words.every((word) => {
				const term = vocabulary.id(word);
				return term !== undefined && candidates.matchedTerms.has(term);
			})
		);
	};
	return (entry) =>
		corpus.details(entry).split(DETAIL_SEPARATOR).some(says) ? DETAIL_IS_QUERY : 0;
}

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
