/**
 * Which entries a query names, and how surely: by a code it mentions, by an alias of one, by
 * another reading of a number (the range holding it, the number padded with zeros), with the
 * title of a document it names, or the API it is about (by name, or by the keys of the body its
 * document shows), adding to its codes. Read once per query and shared by the tiers.
 */
import type { Corpus } from './corpus';
import { shapeStrength, STRENGTH, type QueryReading } from './paste';
import type { RangeLookup } from './ranges';
import type { AliasMatch } from './ranked';
import { foldFast } from '../core/text';
import { joinedTerm } from './text';
import type { SourceExamples } from './source-examples';
import type { SourceNames } from './source-names';
import type { SourceTitles } from './titles';
import { ALIAS, OTHER_READING, POSITION_DECAY, STATUS_NAME, WEIGHT } from './tuning';

/** What one query says, read once and shared by the tiers. */
export interface Reading extends QueryReading {
	text: string;
	/** Entries whose code the query names, with how surely (strength plus the position tie-break). */
	named: Map<number, number>;
	/** Of `named`, those it names by an alias, with the alias. */
	namedAs: Map<number, string>;
	/** The sources (by place) of the API the query names, by its name or by the body its example shows. */
	about: Set<number>;
	/** Of `about`, the sources whose product the query's first words spell (`SourceNames.led`). */
	led: Set<number>;
	limit: number;
}

/** Where the codes a query names are looked up. */
export interface NameLookups {
	corpus: Corpus;
	titles: SourceTitles;
	products: SourceNames;
	examples: SourceExamples;
	ranges: RangeLookup;
}

/**
 * Entries whose code the query names, by the code or by an alias, with how surely; the first
 * named wins ties.
 */
export function namedCodes(
	{ corpus, titles, products, examples, ranges }: NameLookups,
	{ mentions, status: stated, json }: QueryReading,
	text: string,
): Pick<Reading, 'named' | 'namedAs' | 'status' | 'about' | 'led'> {
	const status = stated ?? (json ? statusNamed(corpus, mentions) : null);
	const titled = mentions.length ? titles.named(text) : new Set<number>();
	const led = json ? new Set<number>() : products.led(text, otherDocumentsSaying(corpus));
	const told = mentions.length > 0 || status !== null;
	// The sources of the codes a body names under a key that says code, which its shape chooses among.
	const coded = json ? keyedSources(corpus, mentions) : null;
	const about = new Set([
		...led,
		...(told ? [...products.named(text), ...examples.shown(text, json, coded)] : []),
	]);
	const named = new Map<number, number>();
	const namedAs = new Map<number, string>();
	let rank = 0;
	for (const { text, strength } of mentions) {
		let found = writtenFirst(corpus, text, corpus.names.exact(text));
		let sureness = strength;
		if (
			found.length === 0 &&
			strength >= STRENGTH.named &&
			shapeStrength(text) >= STRENGTH.number
		) {
			const alias = aliasTerm(text);
			const held = alias ? corpus.entriesHolding(alias) : [];
			found =
				!alias || held.length > ALIAS.maxEntries
					? []
					: held
							.filter((entry) => writesName(corpus, entry, alias))
							.map((entry) => ({ entry, alias: null, written: 0 }));
			sureness *= ALIAS.strength;
		}
		const others = [
			...ranges.holding(text),
			...corpus.names.padded(text),
			...(found.length ? [] : unprefixed(corpus, text)),
		].map((name) => ({
			entry: corpus.entryOf(name),
			alias: corpus.aliasOf(name),
			sureness: strength * OTHER_READING,
			otherReading: true,
		}));
		if (found.length === 0 && others.length === 0) continue;
		const position = WEIGHT.position * POSITION_DECAY ** rank++;
		for (const { entry, alias, sureness: sure, otherReading } of [
			...found.map((name) => ({ ...name, sureness: sureness + name.written, otherReading: false })),
			...others,
		]) {
			const source = corpus.sourceOf(entry);
			const value =
				sure + (titled.has(source) ? WEIGHT.title : 0) + (about.has(source) ? WEIGHT.product : 0);
			// A bare number read otherwise (`256 KB` inside `0–999`) is no evidence alone; said
			// as a code, or beside its document's title, it is.
			if (otherReading && value < STRENGTH.named) continue;
			if (value + position <= (named.get(entry) ?? 0)) continue;
			named.set(entry, value + position);
			if (alias === null) namedAs.delete(entry);
			else namedAs.set(entry, alias);
		}
	}
	if (status !== null && about.size > 0)
		for (const entry of statedIn(corpus, about, status)) {
			const value = STRENGTH.number + WEIGHT.product;
			if (value > (named.get(entry) ?? 0)) named.set(entry, value);
		}
	return { named, namedAs, status, about, led };
}

/**
 * The sources of the codes a body names by name under a key that says code, or null where it
 * names none of the catalog's.
 */
function keyedSources(corpus: Corpus, mentions: QueryReading['mentions']): Set<number> | null {
	const sources = new Set<number>();
	for (const { text, strength } of mentions)
		if (strength >= STRENGTH.keyed && /\p{L}/u.test(text))
			for (const name of corpus.names.exact(text))
				sources.add(corpus.sourceOf(corpus.entryOf(name)));
	return sources.size > 0 ? sources : null;
}

/**
 * The entries a mention's names are of, each with what it gains by being written as the paste
 * writes it (`WEIGHT.written`): only where the names differ in case or separators, so that the
 * spelling tells them apart; a name all documents write alike, or a word, gains nothing.
 */
function writtenFirst(
	corpus: Corpus,
	text: string,
	names: readonly number[],
): { entry: number; alias: string | null; written: number }[] {
	const spelled = names.map((name) => corpus.names.code(name) === text);
	const tells = COMPOUND_NAME.test(text) && spelled.includes(true) && spelled.includes(false);
	return names.map((name, i) => ({
		entry: corpus.entryOf(name),
		alias: corpus.aliasOf(name),
		written: tells && spelled[i] ? WEIGHT.written : 0,
	}));
}

/**
 * A name of several words, joined by separators or by case (`not_found`, `RateLimited`): how it
 * joins them is an API's convention. One word's case (`UNAUTHORIZED`, `forbidden` in prose) is
 * not: documents write a status's reason in capitals or not at will.
 */
const COMPOUND_NAME = /\p{L}[_\-.]+\p{L}|\p{Ll}\p{Lu}/u;

/** How many documents other than `source` have entries that say `term`. */
const otherDocumentsSaying =
	(corpus: Corpus) =>
	(term: string, source: number): number => {
		const others = new Set<number>();
		for (const entry of corpus.entriesHolding(term)) others.add(corpus.sourceOf(entry));
		others.delete(source);
		return others.size;
	};

/** The HTTP status a body's code names where it is a name the catalog gives one status (`STATUS_NAME`). */
function statusNamed(corpus: Corpus, mentions: QueryReading['mentions']): number | null {
	for (const { text, strength } of mentions) {
		if (strength < STRENGTH.keyed || !/\p{L}/u.test(text)) continue;
		const sourcesOf = new Map<number, Set<number>>();
		const sources = new Set<number>();
		for (const name of corpus.names.exact(text)) {
			const entry = corpus.entryOf(name);
			const status = corpus.status[entry]!;
			if (!status) continue;
			const source = corpus.sourceOf(entry);
			sources.add(source);
			sourcesOf.set(status, (sourcesOf.get(status) ?? new Set()).add(source));
		}
		for (const [status, giving] of sourcesOf)
			if (giving.size >= STATUS_NAME.documents && giving.size >= STATUS_NAME.share * sources.size)
				return status;
	}
	return null;
}

/**
 * The entries that a status stated as such (`status=401`, `HTTP/1.1 402`) names in the documents
 * of the API a paste names: their code for it where they have one (`401`), else those that return
 * it. Outside such documents a stated status is only a tie-break (`WEIGHT.status`): forty
 * documents return 401.
 */
function statedIn(corpus: Corpus, sources: Set<number>, status: number): number[] {
	const coded = corpus.names
		.exact(String(status))
		.map((name) => corpus.entryOf(name))
		.filter((entry) => sources.has(corpus.sourceOf(entry)));
	if (coded.length > 0) return coded;
	return corpus.withStatus(status).filter((entry) => sources.has(corpus.sourceOf(entry)));
}

/** The alias a pasted text named an entry by, as wholly matched; null when it named the code. */
export function namedAlias({ namedAs }: Reading, entry: number): AliasMatch | null {
	const name = namedAs.get(entry);
	return name === undefined ? null : { name, ranges: [[0, name.length]] };
}

/**
 * Whether an entry's message or details write the name whose term is `term` as a name: whole,
 * in any of the ways names are written (`INSUFFICIENT_PRIVILEGE` for `InsufficientPrivilege`),
 * but not as a word of prose, nor as part of a longer name. `HARD` in a log line is not the
 * `Hard capture` of a sentence, nor a part of `FATAL_UNHANDLED_HARD_ERROR`.
 */
function writesName(corpus: Corpus, entry: number, term: string): boolean {
	const names = `${corpus.message(entry)} ${corpus.details(entry)}`.match(NAME_RUN) ?? [];
	return names.some((name) => !PROSE_WORD.test(name) && joinedTerm(name.split(/_+/)) === term);
}

/** A run of letters, digits and underscores: a name as a table writes it, or a word. */
const NAME_RUN = /[\p{L}\p{N}_]+/gu;
/** A word as prose writes it: lower case, or capitalised. */
const PROSE_WORD = /^\p{Lu}?[\p{Ll}\p{M}]+$/u;

/** The term a code's other name is indexed under: its joined name, or the one word it is. */
function aliasTerm(text: string): string | undefined {
	if (/^[\p{L}\p{N}]+(?:_+[\p{L}\p{N}]+)+$/u.test(text)) return joinedTerm(text.split(/_+/));
	const words = text.match(/[\p{L}\p{N}]+/gu);
	return words?.length === 1 ? foldFast(words[0]!) : undefined;
}

/**
 * Up to four capitals, a hyphen and a number, as products prefix their codes in logs: `E-235`,
 * `ORA-00942`. Not a name with a number (`web01`), nor a word (`Error-5`).
 */
const PREFIXED_NUMBER = /^\p{Lu}{1,4}-(\d+)$/u;

/**
 * Names whose code is the number `text` writes after a prefix of capitals that the catalog
 * leaves out: a log prints `[E-235]` where the document lists `-235`, `ORA-00942` where it lists
 * `00942`. The hyphen may be the number's sign too.
 */
function unprefixed(corpus: Corpus, text: string): number[] {
	const number = PREFIXED_NUMBER.exec(text.trim())?.[1];
	if (!number) return [];
	return [`-${number}`, number].flatMap((code) => corpus.names.exact(code));
}
