import { foldFast } from './text';
import type { CodePage } from './types';

const PLAIN_CODE = /^[A-Za-z0-9]+$/;

/**
 * When two codes are the same code. Cross-links ("the same code in other sources"), short links
 * (`/e/<code>/`) and the search's exact-code tier all ask this one function, so a reader who
 * finds `BLOB_UNKNOWN` linked to `blob-unknown` also finds them behind one short link and one
 * search.
 *
 * Case, diacritics and the punctuation people write codes with do not matter: `E0425`,
 * `e-0425` and `` `E0425` `` are one code, as are `BLOB_UNKNOWN` and `blob-unknown`. Two things
 * do: a leading minus (`-1` is not `1`), and a separator between two digits (`1.0` is not `10`,
 * `4000-4999` is not `40004999`).
 */
export function codeIdentity(code: string): string {
	// Most codes are letters and digits only (`E0425`, `20003`), whose identity is their lower
	// case; skipping the general reading makes loading 100,000 codes in the browser quicker.
	if (PLAIN_CODE.test(code)) return code.toLowerCase();
	const folded = foldFast(code).trim();
	const sign = /^[-\u2212]\s*\d/.test(folded) ? '-' : '';
	const key = folded
		.replace(/(?<=\p{N})[^\p{L}\p{N}]+(?=\p{N})/gu, '-')
		.replace(/[^\p{L}\p{N}-]+|(?<!\p{N})-|-(?!\p{N})/gu, '');
	// A code with no letters or digits at all (`💥`) is compared as written.
	return key === '' ? folded : sign + key;
}

/**
 * A looser reading of an identity, where zeros padding a number are ignored: `E425` reads as
 * `E0425`. Only for when the identity finds nothing and this reading is unambiguous.
 */
export function looseIdentity(identity: string): string {
	return identity.replace(/(^-?|\p{L})0+(?=\d)/gu, '$1');
}

/**
 * A code's aliases as errdex lists them: each identity once, in the order given, and none that
 * is the code itself written another way (`rate-limited` beside `RATE_LIMITED`).
 */
export function distinctAliases(code: string, aliases: Iterable<string>): string[] {
	const seen = new Set([codeIdentity(code)]);
	const distinct: string[] = [];
	for (const alias of aliases) {
		const identity = codeIdentity(alias);
		if (seen.has(identity)) continue;
		seen.add(identity);
		distinct.push(alias);
	}
	return distinct;
}

/** A number in any notation, as an identity: `500`, `-1`, `0x1f4`, `4000-4999`. */
const NUMBER = /^-?(?:0x[\da-f]+|\d[\d-]*)$/;

/**
 * The identity an alias of a code has when it stands for the code across sources and in the
 * text of others (cross-links), or null when it cannot. A name (`ThrottledError`) is the same
 * code wherever it is written, so `RATE_LIMITED` known as `ThrottledError` and a code
 * `ThrottledError` elsewhere are one code. A number that is another notation of a code (`500`
 * for `0x01F4`) is not: the numbers of one document mean nothing in another's numbering, and
 * `500` would link a device's reason code to every code 500 of every API. Short links and the
 * search still find an alias of either kind: there the reader asks for it by name.
 */
export function aliasLinkIdentity(alias: string): string | null {
	const identity = codeIdentity(alias);
	return NUMBER.test(identity) ? null : identity;
}

/** The id of a code page, unique in the catalog: `<source>/<slug>`. */
export function pageId(page: Pick<CodePage, 'source' | 'slug'>): string {
	return `${page.source}/${page.slug}`;
}
