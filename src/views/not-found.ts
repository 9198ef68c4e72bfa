import leven from 'leven';
import { compareCodes, familyOf, numericValue } from '../core/codes';
import { codeIdentity } from '../core/identity';
import { decode, type Routes } from '../core/routes';
import type { CodeIndex, IndexedCode } from '../outputs/code-index';

/** What a path that leads nowhere seems to ask for. */
export interface MissingPath {
	/** A source the path names (matched regardless of case), or null. */
	source: string | null;
	/** What stands where a code would: `/e/<code>/`, `/<source>/<code>/` or `/<code>/`. */
	code: string | null;
}

export type SuggestionReason = 'same code' | 'nearest number' | 'same family' | 'similar code';

export interface Suggestion {
	code: IndexedCode;
	sourceTitle: string;
	reason: SuggestionReason;
	/** The code's other name the path is closest to, when that is closer than the code. */
	alias?: string | undefined;
}

export function readMissingPath(pathname: string, index: CodeIndex, routes: Routes): MissingPath {
	const target = routes.read(pathname);
	if (target === null || target.kind === 'home') return { source: null, code: null };
	if (target.kind === 'short') return { source: null, code: target.code || null };
	const { segments } = target;
	const rest = (from: number) => (segments.length > from ? segments.slice(from).join('/') : null);
	const source = index.sources.find((s) => s.id === segments[0]!.toLowerCase());
	if (source) return { source: source.id, code: rest(1) };
	return { source: null, code: rest(0) };
}

/**
 * The page a path means when it differs from one only in how it is written: the case of its
 * letters (`/PluralKit/20003/`), a short link written as the code is (`/e/BLOB_UNKNOWN/`), or
 * the folder of another of the site's locales in front (`/en/pluralkit/20003/`, where a
 * language menu leads: errdex's pages exist in the site's default language only). Static hosts
 * match paths exactly, so this is where "regardless of case" is kept.
 */
export function pathMeant(
	pathname: string,
	index: CodeIndex,
	routes: Routes,
	localeFolders: readonly string[] = [],
): string | null {
	const path = routes.withoutLocale(pathname, localeFolders) ?? pathname;
	const found = pageOf(path, index, routes);
	return found && found !== pathname ? found : null;
}

function pageOf(pathname: string, index: CodeIndex, routes: Routes): string | null {
	const target = routes.read(pathname);
	if (target?.kind === 'short') {
		const identity = codeIdentity(target.code);
		// A code without a page has no short link page either: its short link leads to its row.
		const code =
			index.codes.find((code) => codeIdentity(code.code) === identity) ??
			index.codes.find((code) =>
				code.aliases?.some((alias) => codeIdentity(alias.name) === identity),
			);
		if (code === undefined) return null;
		if (code.pageless !== undefined) return code.url;
		if (codeIdentity(code.code) === identity) return code.short;
		return code.aliases!.find((alias) => codeIdentity(alias.name) === identity)!.short;
	}
	const asked = `${decode(pathname).replace(/\/?(?:index\.html)?$/, '')}/`.toLowerCase();
	const known = [
		routes.home(),
		routes.codes(),
		routes.search(),
		...index.sources.map((source) => source.url),
		...index.codes.map((code) => code.url),
	];
	return (
		known.find((candidate) => candidate.toLowerCase() === asked) ??
		// Where the search and older links lead for a code without a page: on to its row.
		index.codes.find((code) => code.pageless?.toLowerCase() === asked)?.url ??
		null
	);
}

/**
 * How the 404 page weighs a code against what the path asked for. The tiers are orders of
 * magnitude apart so that no amount of similarity lifts a code over a better kind of match.
 */
export const SUGGESTION_SCORES = {
	/** The same code, in any source: the path was right but for its source or spelling. */
	sameCode: 1000,
	/** A code of the source the path names: outranks every code of other sources. */
	sameSource: 100,
	/** Ceiling of the numeric-nearness score; it falls with the log of the distance. */
	nearestNumber: 50,
	/** A code of the same family (`E04xx`, `BLOB_*`): numbered or named together. */
	sameFamily: 40,
	/** Ceiling of the spelling score, scaled by edit-distance similarity. */
	similarSpelling: 50,
	/** Below this share of letters in common, a code is unrelated and never offered. */
	minSimilarity: 0.5,
} as const;

/**
 * The code pages that search hits lead to, once each, as the code index describes them: the
 * candidates `suggestCodes` ranks, which the search index picks (`SearchEngine.codeSuggestions`)
 * so that a site of 100,000 codes does not compare the path with every one of them.
 */
export function candidatesOf(hits: readonly { url: string }[], index: CodeIndex): IndexedCode[] {
	// The search leads where the code index does: a code's page, or the row of one without.
	const byUrl = new Map(index.codes.map((code) => [code.url, code]));
	const found = new Set<IndexedCode>();
	for (const hit of hits) {
		const code = byUrl.get(hit.url);
		if (code) found.add(code);
	}
	return [...found];
}

/**
 * The codes closest to what a missing path asks for, among `candidates`, best first: the same
 * code in any source, then codes of the same source that are numerically nearest, of the same
 * family, or spelt alike. Codes unrelated to the request are never offered, however few remain.
 */
export function suggestCodes(
	missing: MissingPath,
	index: CodeIndex,
	candidates: readonly IndexedCode[],
	limit = 8,
): Suggestion[] {
	const asked = missing.code;
	if (asked === null) return [];
	const askedIdentity = codeIdentity(asked);
	const askedNumber = numericValue(asked);
	const askedFamily = familyOf(asked);
	const titles = new Map(index.sources.map((source) => [source.id, source.title]));

	const scored: { suggestion: Suggestion; score: number }[] = [];
	for (const code of candidates) {
		let score = code.source === missing.source ? SUGGESTION_SCORES.sameSource : 0;
		let reason: SuggestionReason;
		const number = numericValue(code.code);
		const { alias, same, similarity } = closestName(asked, askedIdentity, code);
		if (same) {
			score += SUGGESTION_SCORES.sameCode;
			reason = 'same code';
		} else if (askedNumber !== null && number !== null) {
			// Log distance: 20010 is much nearer to 20011 than 30001 is, but 30001 still ranks.
			score +=
				SUGGESTION_SCORES.nearestNumber / (1 + Math.log10(1 + Math.abs(askedNumber - number)));
			reason = 'nearest number';
			if (askedFamily !== null && familyOf(code.code) === askedFamily)
				score += SUGGESTION_SCORES.sameFamily;
		} else if (askedFamily !== null && familyOf(code.code) === askedFamily) {
			score += SUGGESTION_SCORES.sameFamily + SUGGESTION_SCORES.similarSpelling * similarity;
			reason = 'same family';
		} else if (similarity >= SUGGESTION_SCORES.minSimilarity) {
			score += SUGGESTION_SCORES.similarSpelling * similarity;
			reason = 'similar code';
		} else {
			continue;
		}
		scored.push({
			suggestion: {
				code,
				sourceTitle: titles.get(code.source) ?? code.source,
				reason,
				// Only where the name was what matched: a number is near by its code.
				alias: reason === 'same code' || reason === 'similar code' ? alias : undefined,
			},
			score,
		});
	}
	return scored
		.sort(
			(a, b) => b.score - a.score || compareCodes(a.suggestion.code.code, b.suggestion.code.code),
		)
		.slice(0, limit)
		.map(({ suggestion }) => suggestion);
}

/**
 * Which name of a code, the code itself or one of its aliases, is closest to what was asked:
 * whether it is the same code, and the share of letters they have in common. The code wins a
 * tie; an alias is named only when it is the closer.
 */
function closestName(
	asked: string,
	askedIdentity: string,
	code: IndexedCode,
): { alias: string | undefined; same: boolean; similarity: number } {
	const of = (name: string) => ({
		same: codeIdentity(name) === askedIdentity,
		similarity:
			1 - leven(asked.toLowerCase(), name.toLowerCase()) / Math.max(asked.length, name.length),
	});
	let best = { alias: undefined as string | undefined, ...of(code.code) };
	for (const { name } of code.aliases ?? []) {
		const candidate = of(name);
		if (best.same || (!candidate.same && candidate.similarity <= best.similarity)) continue;
		best = { alias: name, ...candidate };
	}
	return best;
}

/** What to search for when no code is close: what the path holds, as words. */
export function searchTextOf(missing: MissingPath): string {
	return (missing.code ?? missing.source ?? '').replace(/[/]+/g, ' ').trim();
}
