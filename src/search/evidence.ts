/**
 * The evidence both the pasted-text tier and the words tier add to an entry's score: how much of
 * the query's words it holds, and whether it returns the status the query states. One definition,
 * so the two tiers weigh an entry alike.
 */
import type { CandidateSelector, Candidates } from './candidates';
import type { Corpus } from './corpus';
import type { QueryReading } from './paste';
import { WEIGHT } from './tuning';

/** What a tier reads an entry's evidence from. */
export interface EvidenceSources {
	corpus: Corpus;
	selector: CandidateSelector;
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
