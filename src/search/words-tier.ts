/**
 * The words tier: fuzzy matches of the query's words, Fuse scoring a small candidate set and the
 * final score also weighing how much of the query each candidate holds. Apart from the exact tiers
 * because it alone reads with typos, and is the costliest step of a query.
 */
import Fuse from 'fuse.js';
import type { Candidates } from './candidates';
import {
	contextWords,
	detailSaysMessage,
	startsWithTyped,
	statusAgreement,
	wordShare,
	type EvidenceSources,
} from './evidence';
import { termRanges } from './highlight';
import { namedAlias, type Reading } from './named-codes';
import type { AliasMatch, Ranked } from './ranked';
import { MIN_SHARE, MIN_SHARE_UNMATCHED, SHARE_VS_FUSE, TYPED_FROM_START, WEIGHT } from './tuning';

/** Fuse scores the candidates; the final score also weighs how much of the query each holds. */
export function wordsTier(
	sources: EvidenceSources,
	reading: Reading,
	candidates: Candidates,
	fuseWords: readonly string[],
	put: (hit: Ranked) => void,
): void {
	if (candidates.entries.length === 0) return;
	const { corpus } = sources;
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
	const typedFromStart = startsWithTyped(reading);
	const detailSays = detailSaysMessage(sources, reading, candidates);
	const context = contextWords(sources, fuseWords);
	for (const { entry, message } of docs) {
		const share = wordShare(sources, candidates, entry);
		const score = fuseScore.get(entry);
		if (share < (score === undefined ? MIN_SHARE_UNMATCHED : MIN_SHARE)) continue;
		put({
			entry,
			kind: 'words',
			score:
				SHARE_VS_FUSE * share +
				(1 - SHARE_VS_FUSE) * (1 - (score ?? 1)) +
				(typedFromStart(message) ? TYPED_FROM_START : 0) +
				detailSays(entry) +
				context(entry) +
				WEIGHT.mention * (reading.named.get(entry) ?? 0) +
				((reading.json && reading.about.has(corpus.sourceOf(entry))) ||
				reading.led.has(corpus.sourceOf(entry))
					? WEIGHT.product
					: 0) +
				statusAgreement(sources, reading, entry),
			codeRanges: [],
			messageRanges: () => termRanges(message, candidates.matchedTerms, corpus.vocabulary),
			alias: () =>
				namedAlias(reading, entry) ?? aliasWords(sources, entry, candidates.matchedTerms),
		});
	}
}

/**
 * The first alias of an entry whose words the query's words matched, where its code's did
 * not: `throttled` finds `RATE_LIMITED` by its alias `ThrottledError`, which says why.
 */
function aliasWords(
	{ corpus }: EvidenceSources,
	entry: number,
	terms: ReadonlySet<number>,
): AliasMatch | null {
	const { vocabulary } = corpus;
	const aliases = corpus.aliases(entry);
	if (aliases.length === 0 || termRanges(corpus.code(entry), terms, vocabulary).length) return null;
	for (const name of aliases) {
		const ranges = termRanges(name, terms, vocabulary);
		if (ranges.length) return { name, ranges };
	}
	return null;
}

/** A code as the words it is made of, for Fuse: `serviceNotAvailable` → `service Not Available`. */
const spelledOut = (code: string) =>
	code.replace(/[_./-]+/g, ' ').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
