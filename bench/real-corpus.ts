/**
 * The real-document corpus (tests/fixtures/real) as a search catalog, and the hand-written
 * queries over it (`queries.json`) scored top-3. Shared by `bench/real-queries.ts`, which writes
 * the report, and the unit test that keeps the hit rate from falling.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeIdentity } from '../src/core/identity';
import { createRoutes } from '../src/core/routes';
import type { Catalog } from '../src/core/types';
import { buildSearchIndex } from '../src/outputs/search-index';
import { buildSources, type Document } from '../src/pipeline';
import { decodeDocument } from '../src/pipeline/read/decode';
import { SearchEngine } from '../src/search/search';
import { EvidenceIndex, evidenceEntry } from './query-evidence';

export const realDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests/fixtures/real');

export interface Expected {
	file: string;
	code: string;
}

export interface RealQuery {
	kind: string;
	query: string;
	/**
	 * Any one of these in the top 3 is a hit. A code is named as the document's reader sees it:
	 * its code, or another of its names (`Entry.aliases`), as an `alias` query may name it.
	 */
	expect: Expected[];
	note?: string;
}

export interface QueryResult extends RealQuery {
	/** The top three, as `file code`. */
	top: string[];
	hit: boolean;
	/** Whether errdex read at least one of the expected codes from its document at all. */
	answerable: boolean;
	/**
	 * The documents that hold an entry answering the query exactly, where an expected entry
	 * answers it exactly too (`answersExactly`); empty otherwise. More than
	 * `AMBIGUOUS_DOCUMENTS` of them make the query ambiguous.
	 */
	equallyGood: string[];
	/**
	 * Documents other than the expected ones that answer the whole query in a wider sense than
	 * `equallyGood`'s: also by a detail cell (`Method Not Allowed` under Status) or the first
	 * sentence of a message. Not used in any rate: listed beside a miss, so that a reader sees
	 * when the top 3 is rightly held by others.
	 */
	answeredElsewhere: string[];
	/**
	 * The documents that hold an entry answering the query by at least the evidence the expected
	 * entry has (`EvidenceIndex` in query-evidence.ts: its code or an alias as whole tokens of the
	 * query, and the query's words in its own), with those of `equallyGood`: the wider reading of
	 * "as well", for queries that are more than a code or a message. Empty when the query holds no
	 * evidence for any expected entry.
	 */
	equallyGoodByEvidence: string[];
}

/**
 * A top 3 cannot hold more than three equal answers: a query that more documents than this
 * answer exactly as well as the expected one (a bare `401`) is ambiguous.
 */
export const AMBIGUOUS_DOCUMENTS = 3;

export const isAmbiguous = (r: QueryResult) => r.equallyGood.length > AMBIGUOUS_DOCUMENTS;

/** Ambiguous by the evidence the query holds (`equallyGoodByEvidence`), the rule the target is judged on. */
export const isAmbiguousByEvidence = (r: QueryResult) =>
	r.equallyGoodByEvidence.length > AMBIGUOUS_DOCUMENTS;

export interface RealRun {
	results: QueryResult[];
	entries: number;
}

export function readQueries(): RealQuery[] {
	return (
		JSON.parse(readFileSync(join(realDir, 'queries.json'), 'utf8')) as { queries: RealQuery[] }
	).queries;
}

/** The documents of one batch of the corpus: those whose `kind` starts with its name. */
export function batchFiles(batch: string): Set<string> {
	const corpus = JSON.parse(readFileSync(join(realDir, 'corpus.json'), 'utf8')) as {
		file: string;
		kind: string;
	}[];
	return new Set(corpus.filter((d) => d.kind.startsWith(`${batch}:`)).map((d) => d.file));
}

/**
 * Every document of the corpus through the pipeline, each on its own: a document the pipeline
 * refuses is left out and reported, so that one document read badly does not hide how search
 * does on the rest. (What links documents to each other plays no part in search.)
 */
/**
 * The whole corpus read together, as a build reads its documents: ids are claimed in file order,
 * so two documents that want one id (`slug: /error-codes` in both) get two, as on the site. A
 * document that stopped the pipeline would stop this too, as it would a build (no published
 * document may: `tests/unit/real-documents.test.ts`).
 */
export function realCatalog(): Catalog {
	// Every document the corpus lists, whatever its extension (`.markdown` too).
	const documents: Document[] = (
		JSON.parse(readFileSync(join(realDir, 'corpus.json'), 'utf8')) as { file: string }[]
	).map(({ file }) => ({
		file: `content/${file}`,
		text: readRealText(file),
	}));
	return { ...buildSources(documents, createRoutes()), pages: [] };
}

/**
 * A document of the corpus as a build reads its bytes (`decodeDocument`): a UTF-8 byte-order
 * mark dropped, a page saved in GBK read as GBK, so that the figures are the site's.
 */
export function readRealText(file: string): string {
	const decoded = decodeDocument(readFileSync(join(realDir, file)));
	if ('notText' in decoded) throw new Error(`${file}: ${decoded.notText}`);
	return decoded.text;
}

const key = (file: string, code: string) => `${file} ${codeIdentity(code)}`;

export function runRealQueries(queries: readonly RealQuery[] = readQueries()): RealRun {
	const catalog = realCatalog();
	return { results: scoreQueries(catalog, queries), entries: catalog.entries.length };
}

/** Each query searched for in a catalog of documents named `content/<file>`, and scored top-3. */
export function scoreQueries(catalog: Catalog, queries: readonly RealQuery[]): QueryResult[] {
	const engine = new SearchEngine(
		JSON.parse(JSON.stringify(buildSearchIndex(catalog))),
		createRoutes(),
	);
	const fileOf = new Map(
		catalog.sources.map((source) => [source.id, source.file.replace(/^content\//, '')]),
	);
	// Every name of each code, by the key of its code: a hit on the code is a hit on any of them.
	const namesOf = new Map<string, string[]>();
	for (const entry of catalog.entries) {
		const file = entry.file.replace(/^content\//, '');
		const own = key(file, entry.code);
		const names = namesOf.get(own) ?? [own];
		for (const alias of entry.aliases) names.push(key(file, alias));
		namesOf.set(own, names);
	}
	const present = new Set([...namesOf.values()].flat());
	// A document is named by its title, its id (the path of its pages) and where it is published.
	const titleOf = new Map(
		catalog.sources.map((source) => [
			source.id,
			[source.title, source.id, source.homepage ?? ''].join(' '),
		]),
	);
	const evidence = new EvidenceIndex(
		catalog.entries.map((entry) =>
			evidenceEntry(entry, entry.file.replace(/^content\//, ''), titleOf.get(entry.source) ?? ''),
		),
	);
	// The entries each name stands for, by key: a code's variants, and each of them by its aliases.
	const entriesOf = new Map<string, number[]>();
	catalog.entries.forEach((entry, at) => {
		const file = entry.file.replace(/^content\//, '');
		for (const name of [entry.code, ...entry.aliases]) {
			const id = key(file, name);
			entriesOf.set(id, [...(entriesOf.get(id) ?? []), at]);
		}
	});
	// Which documents answer a text exactly, and which of their entries do, by the text's identity.
	const exactly = new Map<string, { files: Set<string>; entries: Set<string> }>();
	for (const entry of catalog.entries) {
		const file = entry.file.replace(/^content\//, '');
		for (const text of answersExactly(entry)) {
			const id = codeIdentity(text);
			const answers = exactly.get(id) ?? { files: new Set(), entries: new Set() };
			answers.files.add(file);
			for (const name of [entry.code, ...entry.aliases]) answers.entries.add(key(file, name));
			exactly.set(id, answers);
		}
	}
	const wholly = new Map<string, Set<string>>();
	for (const entry of catalog.entries) {
		const file = entry.file.replace(/^content\//, '');
		for (const text of answersWholly(entry)) {
			const id = codeIdentity(text);
			wholly.set(id, (wholly.get(id) ?? new Set()).add(file));
		}
	}
	return queries.map((query): QueryResult => {
		const hits = engine.search(query.query, 3);
		const top = hits.map((hit) => `${fileOf.get(hit.source)!} ${hit.code}`);
		const topKeys = new Set(
			hits.flatMap((hit) => {
				const own = key(fileOf.get(hit.source)!, hit.code);
				return namesOf.get(own) ?? [own];
			}),
		);
		const wanted = query.expect.map((e) => key(e.file, e.code));
		const answers = exactly.get(codeIdentity(query.query));
		const expectedAnswers = query.expect.some((e) => {
			const names = namesOf.get(key(e.file, e.code)) ?? [key(e.file, e.code)];
			return names.some((name) => answers?.entries.has(name));
		});
		// The strongest expected entry decides: the one that the fewest documents answer as well.
		const byEvidence = query.expect
			.flatMap((e) => entriesOf.get(key(e.file, e.code)) ?? [])
			.map((at) => evidence.equallyGood(query.query, at))
			.filter((files) => files.size > 0)
			.sort((a, b) => a.size - b.size)[0];
		const equallyGood = expectedAnswers ? [...answers!.files] : [];
		return {
			...query,
			top,
			hit: wanted.some((k) => topKeys.has(k)),
			answerable: wanted.some((k) => present.has(k)),
			equallyGood: [...equallyGood].sort(),
			equallyGoodByEvidence: [...new Set([...equallyGood, ...(byEvidence ?? [])])].sort(),
			answeredElsewhere: [...(wholly.get(codeIdentity(query.query)) ?? [])]
				.filter((file) => !query.expect.some((e) => e.file === file))
				.sort(),
		};
	});
}

/**
 * What an entry answers exactly: a query that is, whole, its code, one of its aliases or its
 * message, case, diacritics, spacing and punctuation aside (`codeIdentity`): `401`, `permission
 * denied` for `PERMISSION_DENIED` or for the message `Permission denied.`.
 */
function answersExactly(entry: Catalog['entries'][number]): string[] {
	return [entry.code, ...entry.aliases, entry.message];
}

/** What an entry answers in the wider sense of `answeredElsewhere`. */
function answersWholly(entry: Catalog['entries'][number]): string[] {
	return [
		...answersExactly(entry),
		...entry.details.map((detail) => detail.text),
		entry.message.split(/(?<=[.!?])\s/)[0]!,
	];
}

export function hitRate(results: readonly QueryResult[]): number {
	return results.length === 0 ? 1 : results.filter((r) => r.hit).length / results.length;
}
