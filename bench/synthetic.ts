/**
 * A synthetic error catalog shaped like real API documentation, and a labelled query mix over
 * it. Deterministic (seeded), so runs compare.
 */
import { slugOf } from '../src/pipeline/link/slugs';
import type { Catalog, Entry, Source } from '../src/core/types';

/** Mulberry32: small, fast, good enough to make test data repeatable. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

// Real words carry the common vocabulary of error messages; invented words stand in for the
// long tail of product nouns that makes real catalogs' vocabularies large.
const NOUNS = `account api application attachment audit backup balance batch bucket cache card
certificate channel charge checkout client cluster collection comment config connection container
contract credential customer dashboard database dataset deployment device dispute document domain
draft email endpoint entity environment event export feature field file folder group guild header
hook identity image import instance integration invoice issue item job key label license limit
listing member membership merchant message metric model namespace node note notification order
organization owner package page parameter partner password payload payment permission pipeline plan
policy pool price product profile project quota record refund region release replica report
repository request resource role route rule schedule schema scope secret segment server service
session setting share shipment signature snapshot source space subscription switch system tag task
team template tenant ticket token topic transaction transfer trigger upload user variable vault
version volume wallet webhook workflow workspace zone`.split(/\s+/);
const VERBS = `access archive attach cancel change charge clone create decrypt delete deploy disable
download edit enable export fetch import invite link list lock merge migrate modify move publish
read refresh register remove rename renew replace restore resume retry revoke rotate schedule send
share start stop submit suspend sync transfer unlock update upload validate verify view write`.split(
	/\s+/,
);
const ADJECTIVES = `archived blocked busy closed corrupted deleted disabled duplicate empty expired
frozen immutable inactive incomplete invalid locked malformed missing outdated pending private
protected read-only readonly reserved restricted revoked stale suspended unavailable unknown
unsupported unverified`.split(/\s+/);
const SYLLABLES =
	`ba be bi bo bu ca ce co cu da de di do fa fe fi fo ga ge go ka ke ki ko ku la le li
lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va
ve vi vo za ze zi zo bar ber dor fen gar hin kel lin mar nor pel quin ros sen tar vel wen xor yan zel`.split(
		/\s+/,
	);

function inventWords(rng: Rng, count: number): string[] {
	const words = new Set<string>();
	while (words.size < count) {
		let w = '';
		for (let i = int(rng, 2, 4); i > 0; i--) w += pick(rng, SYLLABLES);
		words.add(w);
	}
	return [...words];
}

const PLACEHOLDERS = ['{id}', '{name}', '{memberRef}', '%s', '%d', '<name>', '${key}'] as const;
type Slot = 'N' | 'V' | 'A' | 'P' | 'X';

/** Message shapes seen in real error tables; N noun, V verb, A adjective, P placeholder, X detail noun. */
const SHAPES: readonly string[] = [
	'N not found.',
	"N 'P' not found.",
	'No N found for target X.',
	'Invalid N X.',
	'Invalid N X: P.',
	'Missing or invalid N header',
	'Unauthorized to V N X.',
	'Unauthorized to V N list',
	'Target N is not part of your X.',
	"N 'P' is not part of your X.",
	'N with provided X already exists.',
	'Duplicate N in X list.',
	'Cannot V N while X is A.',
	'The N is A.',
	'The N P is A and cannot be V.',
	'N X has expired, the token will not work.',
	'Too many N requests, retry after P seconds',
	'N limit exceeded for X P.',
	'Failed to V N: X unavailable.',
	'N X is A.',
	'You do not have permission to V this N.',
	'Request to V N X timed out after P ms.',
	'N quota exceeded; upgrade your X plan.',
	'Unsupported N X version P.',
	'N X could not be V because it is A.',
	'Expected N X to be A but got P.',
];

/** Sentences of the kind a description column adds under the message. */
const DETAIL_SHAPES: readonly string[] = [
	'Check that the N exists and that your X has permission to V it.',
	'Returned when the N X is A; V it again after the X is restored.',
	'The N X was A by an administrator. Contact support to V it.',
	'Usually caused by a A N. Retry with a valid X.',
	'Happens if you do not V the N endpoint first.',
	'Seen when the N belongs to a different X or was A.',
	'Wait until the N X is no longer A, then V the request.',
	'Your N X does not allow this; V a N with the X scope.',
	'Maintenance on the N X; the service is A for a few minutes.',
	'Either the N has expired or it was never V on the X.',
];

export interface SyntheticOptions {
	entries: number;
	seed?: number;
}

interface Template {
	message: string;
	placeholders: string[];
}

function fill(rng: Rng, shape: string, invented: readonly string[]): Template {
	const placeholders: string[] = [];
	const message = shape.replace(/\b[NVAPX]\b/g, (slot) => {
		switch (slot as Slot) {
			case 'N':
				return pick(rng, rng() < 0.5 ? NOUNS : invented);
			case 'X':
				return pick(rng, invented);
			case 'V':
				return pick(rng, VERBS);
			case 'A':
				return pick(rng, ADJECTIVES);
			case 'P': {
				const p = pick(rng, PLACEHOLDERS);
				placeholders.push(p);
				return p;
			}
		}
	});
	return { message: message.charAt(0).toUpperCase() + message.slice(1), placeholders };
}

const templateKey = (t: Template) =>
	t.placeholders.reduce((m, p) => m.replace(p, '\0'), t.message.toLowerCase());

type CodeStyle = (rng: Rng, i: number, prefix: string) => string;
const CODE_STYLES: readonly CodeStyle[] = [
	(_, i) => String(10001 + i),
	(_, i) => String(200000 + i * 7),
	(_, i, p) => `${p.toUpperCase().slice(0, 1)}${String(i + 1).padStart(4, '0')}`,
	(_, i, p) => `${p.toUpperCase().slice(0, 2)}${3000 + i}`,
	(_, i) => `0x8024${(0xa000 + i).toString(16).toUpperCase()}`,
	(_, i) => String(-1000 - i),
];

/**
 * Every how many sources one (the first among them) gives every code an exception name, as SDK
 * references do, unless its codes are hex, which have their decimal twin: most entries have no
 * alias, and the smallest catalog has some.
 */
const EXCEPTION_SOURCE_EVERY = 5;

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The aliases of one source's codes, made from a generator of their own so that the rest of the
 * catalog is the one made before codes had aliases: the decimal twin of a hex code, or else,
 * in some sources, an exception class name (`BafoRefundError`).
 */
function aliasMaker(
	rng: Rng,
	invented: readonly string[],
	source: number,
): (code: string) => string[] {
	const exceptions = source % EXCEPTION_SOURCE_EVERY === 0;
	return (code) =>
		/^0x[0-9a-f]+$/i.test(code)
			? [String(parseInt(code, 16))]
			: exceptions
				? [`${capitalised(pick(rng, invented))}${capitalised(pick(rng, NOUNS))}Error`]
				: [];
}

/** A catalog of `entries` entries over many sources, with the fields search reads filled in. */
export function syntheticCatalog({ entries: total, seed = 1 }: SyntheticOptions): Catalog {
	const rng = random(seed);
	const names = random(seed + 1);
	const invented = inventWords(rng, 6000);
	const sourceCount = Math.max(3, Math.round(total / 400));
	const sources: Source[] = [];
	const entries: Entry[] = [];
	const seen = new Set<string>();
	let made = 0;
	for (let s = 0; s < sourceCount; s++) {
		const id = `${pick(rng, invented)}-${s}`;
		const size = s === sourceCount - 1 ? total - made : Math.min(total - made, int(rng, 100, 700));
		const style = pick(rng, CODE_STYLES);
		const snake = rng() < 0.15;
		const aliasesOf = aliasMaker(names, invented, s);
		for (let i = 0; i < size; i++) {
			let t: Template;
			do t = fill(rng, pick(rng, SHAPES), invented);
			while (
				// Unique as templates, not just as text: two messages differing only in their
				// placeholders would make a filled-in message ambiguous.
				seen.has(templateKey(t))
			);
			seen.add(templateKey(t));
			const words = t.message
				.replace(/[^\p{L}\s]/gu, '')
				.split(/\s+/)
				.filter(Boolean);
			const code = snake ? `${words.slice(0, 3).join('_').toUpperCase()}_${i}` : style(rng, i, id);
			const detail = rng() < 0.5 ? fill(rng, pick(rng, DETAIL_SHAPES), invented).message : '';
			const status =
				rng() < 0.3 ? null : pick(rng, [400, 401, 403, 404, 404, 409, 422, 429, 500, 502, 503]);
			const slug = slugOf(code);
			entries.push({
				source: id,
				code,
				codeNote: '',
				aliases: aliasesOf(code),
				status,
				statusText: status === null ? '' : String(status),
				message: t.message,
				messageHtml: t.message,
				placeholders: t.placeholders,
				details: detail ? [{ label: 'Description', text: detail, html: detail }] : [],
				section: ['Errors'],
				file: `content/${id}.md`,
				line: 10 + i,
				table: 0,
				row: i,
				variant: 0,
				slug,
				anchor: slug,
			});
		}
		made += size;
		sources.push(bareSource(id, `${id} API`, size));
	}
	return { sources, entries, pages: [] };
}

export type QueryKind = 'code' | 'prefix' | 'typo' | 'words' | 'filled' | 'json' | 'log' | 'alias';

export interface LabelledQuery {
	kind: QueryKind;
	query: string;
	/** Indices of entries that answer the query; a hit is any of them in the top 3. */
	answers: number[];
}

/** One slip of the fingers. Words under five letters are left alone: one slip there leaves a different word. */
function typo(rng: Rng, word: string): string {
	if (word.length < 5) return word;
	const i = int(rng, 1, word.length - 2);
	switch (int(rng, 0, 2)) {
		case 0:
			return word.slice(0, i) + word.slice(i + 1);
		case 1:
			return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
		default:
			return word.slice(0, i) + pick(rng, [...'aeioustnr']) + word.slice(i + 1);
	}
}

const fillValue = (rng: Rng, p: string) =>
	p === '%d'
		? String(int(rng, 1, 99999))
		: `${pick(rng, ['ab', 'x', 'usr', 'Qz'])}${int(rng, 1, 9999)}`;

/**
 * `perKind` queries of each kind, each with the entries that truly answer it. A query whose
 * words would be shared by more than three entries is not asked: no ranking could put a
 * specific one of them in the top 3, so it would measure luck.
 */
export function labelledQueries(catalog: Catalog, perKind: number, seed = 7): LabelledQuery[] {
	const rng = random(seed);
	const { entries } = catalog;
	const byCode = new Map<string, number[]>();
	entries.forEach((e, i) =>
		byCode.set(e.code.toLowerCase(), [...(byCode.get(e.code.toLowerCase()) ?? []), i]),
	);
	// Every entry a name stands for, as a code or as an alias.
	const byName = new Map<string, number[]>();
	entries.forEach((e, i) => {
		for (const name of new Set([e.code, ...e.aliases].map((n) => n.toLowerCase())))
			byName.set(name, [...(byName.get(name) ?? []), i]);
	});
	const words = (e: Entry) =>
		`${e.message} ${e.details.map((d) => d.text).join(' ')}`
			.toLowerCase()
			.match(/[\p{L}\p{N}]+/gu) ?? [];
	const wordSets = entries.map((e) => new Set(words(e)));
	const holders = (ws: string[]) => {
		const out: number[] = [];
		wordSets.forEach((set, i) => ws.every((w) => set.has(w)) && out.push(i));
		return out;
	};
	const filled = (e: Entry) => {
		let m = e.message;
		for (const p of e.placeholders) m = m.replace(p, fillValue(rng, p));
		return m;
	};
	const queries: LabelledQuery[] = [];
	const make: Record<QueryKind, (i: number) => LabelledQuery | null> = {
		code: (i) => {
			const code = entries[i]!.code;
			return {
				kind: 'code',
				query: rng() < 0.5 ? code.toLowerCase() : code,
				answers: byCode.get(code.toLowerCase())!,
			};
		},
		prefix: (i) => {
			const m = entries[i]!.message;
			const query = m.slice(0, Math.ceil(m.length * 0.7));
			const answers = entries.flatMap((e, j) =>
				e.message.toLowerCase().startsWith(query.toLowerCase()) ? [j] : [],
			);
			return answers.length > 3 ? null : { kind: 'prefix', query, answers };
		},
		typo: (i) => {
			const ws = [...new Set(words(entries[i]!).filter((w) => w.length > 3 && !/\d/.test(w)))];
			if (ws.length < 2) return null;
			const start = int(rng, 0, ws.length - 2);
			const chosen = ws.slice(start, start + int(rng, 2, 3));
			const slip = chosen.findIndex((w) => w.length >= 5);
			if (slip < 0 || holders(chosen).length > 3) return null;
			return {
				kind: 'typo',
				query: chosen.map((w, k) => (k === slip ? typo(rng, w) : w)).join(' '),
				answers: holders(chosen),
			};
		},
		words: (i) => {
			const ws = [...new Set(words(entries[i]!).filter((w) => w.length > 2 && !/\d/.test(w)))];
			if (ws.length < 3) return null;
			const chosen = Array.from({ length: 3 }, () => pick(rng, ws));
			if (new Set(chosen).size < 3 || holders(chosen).length > 3) return null;
			return { kind: 'words', query: chosen.join(' '), answers: holders(chosen) };
		},
		filled: (i) =>
			entries[i]!.placeholders.length
				? { kind: 'filled', query: filled(entries[i]!), answers: [i] }
				: null,
		json: (i) => {
			const e = entries[i]!;
			const code = /^-?\d+$/.test(e.code) ? Number(e.code) : e.code;
			const body =
				rng() < 0.5
					? { code, message: filled(e) }
					: { error: { code, message: filled(e), status: e.status } };
			return {
				kind: 'json',
				query: JSON.stringify(body, null, rng() < 0.5 ? 2 : undefined),
				answers: byCode.get(e.code.toLowerCase())!.filter((j) => entries[j]!.message === e.message),
			};
		},
		log: (i) => {
			const e = entries[i]!;
			return {
				kind: 'log',
				query: `2025-03-0${int(rng, 1, 9)}T12:${int(rng, 10, 59)}:07Z ERROR api: request failed: ${e.code} ${filled(e)}`,
				answers: [i],
			};
		},
		// A code's other name: typed, typed with a slip, heading an exception, or in a JSON body.
		alias: (i) => {
			const e = entries[i]!;
			const alias = e.aliases[0];
			if (alias === undefined) return null;
			const answers = byName.get(alias.toLowerCase())!;
			const way = rng();
			if (way < 0.4) return { kind: 'alias', query: alias, answers };
			if (way < 0.6 && /\p{L}/u.test(alias))
				return { kind: 'alias', query: typo(rng, alias), answers };
			if (way < 0.8) return { kind: 'alias', query: `${alias}: ${filled(e)}`, answers: [i] };
			return { kind: 'alias', query: JSON.stringify({ error: alias }), answers };
		},
	};
	for (const kind of Object.keys(make) as QueryKind[]) {
		let made = 0;
		for (let tries = 0; made < perKind && tries < perKind * 20; tries++) {
			const q = make[kind](Math.floor(rng() * entries.length));
			if (q && q.answers.length) {
				queries.push(q);
				made++;
			}
		}
	}
	return queries;
}

/**
 * A source as the search sees it, with no document behind it: what a catalog made for the
 * search alone (this benchmark, the search's unit tests) gives each source.
 */
export function bareSource(id: string, title: string, entries: number): Source {
	return {
		id,
		title,
		file: `content/${id}.md`,
		entries,
		tables: [],
		tablesRead: [],
		headings: [],
		warnings: [],
		responseShape: null,
		html: '',
		layout: { pieces: [], tables: [] },
	};
}
