import leven from 'leven';
import type { CodeIndex, IndexedCode } from './code-index';
import { compareCodes, familyOf } from './codes';
import { paths } from './slugs';

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
}

export function readMissingPath(pathname: string, index: CodeIndex): MissingPath {
	const segments = pathname
		.split('/')
		.filter((segment) => segment !== '' && segment !== 'index.html')
		.map(decode);
	if (segments.length === 0) return { source: null, code: null };
	const rest = (from: number) => (segments.length > from ? segments.slice(from).join('/') : null);
	if (segments[0]!.toLowerCase() === 'e') return { source: null, code: rest(1) };
	const source = index.sources.find((s) => s.id === segments[0]!.toLowerCase());
	if (source) return { source: source.id, code: rest(1) };
	return { source: null, code: rest(0) };
}

/**
 * The page a path means when it differs from one only in how it is written: the case of its
 * letters (`/PluralKit/20003/`), or a short link written as the code is (`/e/BLOB_UNKNOWN/`).
 * Static hosts match paths exactly, so this is where "regardless of case" is kept.
 */
export function pathMeant(pathname: string, index: CodeIndex): string | null {
	const asked = `${decode(pathname).replace(/\/?(?:index\.html)?$/, '')}/`;
	const known = [
		paths.home(),
		paths.codes(),
		paths.search(),
		...index.sources.map((source) => source.url),
		...index.codes.flatMap((code) => [code.url, code.short]),
	];
	const short = /^\/e\/(.+)\/$/i.exec(asked);
	const wanted = short ? paths.short(short[1]!) : asked.toLowerCase();
	const found = known.find((path) => path === wanted);
	return found && found !== pathname ? found : null;
}

/**
 * The codes closest to what a missing path asks for, best first: the same code in any source,
 * then codes of the same source that are numerically nearest, of the same family, or spelt
 * alike. Codes unrelated to the request are never offered, however few remain.
 */
export function suggestCodes(missing: MissingPath, index: CodeIndex, limit = 8): Suggestion[] {
	const asked = missing.code;
	if (asked === null) return [];
	const askedShort = paths.short(asked);
	const askedNumber = numberOf(asked);
	const askedFamily = familyOf(asked);
	const titles = new Map(index.sources.map((source) => [source.id, source.title]));

	const scored: { suggestion: Suggestion; score: number }[] = [];
	for (const code of index.codes) {
		let score = code.source === missing.source ? 100 : 0;
		let reason: SuggestionReason;
		const number = numberOf(code.code);
		const similarity =
			1 -
			leven(asked.toLowerCase(), code.code.toLowerCase()) /
				Math.max(asked.length, code.code.length);
		if (code.short === askedShort) {
			score += 1000;
			reason = 'same code';
		} else if (askedNumber !== null && number !== null) {
			// Log distance: 20010 is much nearer to 20011 than 30001 is, but 30001 still ranks.
			score += 50 / (1 + Math.log10(1 + Math.abs(askedNumber - number)));
			reason = 'nearest number';
			if (askedFamily !== null && familyOf(code.code) === askedFamily) score += 40;
		} else if (askedFamily !== null && familyOf(code.code) === askedFamily) {
			score += 40 + 50 * similarity;
			reason = 'same family';
		} else if (similarity >= 0.5) {
			score += 50 * similarity;
			reason = 'similar code';
		} else {
			continue;
		}
		scored.push({
			suggestion: { code, sourceTitle: titles.get(code.source) ?? code.source, reason },
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

/** What to search for when no code is close: what the path holds, as words. */
export function searchTextOf(missing: MissingPath): string {
	return (missing.code ?? missing.source ?? '').replace(/[/]+/g, ' ').trim();
}

function numberOf(code: string): number | null {
	if (/^[-−]?\d+$/.test(code)) return Number(code.replace('−', '-'));
	if (/^0x[0-9a-f]+$/i.test(code)) return Number.parseInt(code.slice(2), 16);
	return null;
}

/** A path or segment as a reader wrote it; one that is not valid percent-encoding stays as it is. */
export function decode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}
