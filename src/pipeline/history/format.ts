import { z } from 'zod';
import type { Change, History, PageRecord, RowRecord, SourceRecord } from '../../core/history';

/**
 * The history file, `errors-history.json`: versioned, one record a line (so that a committed
 * copy diffs line by line), and compact enough for 100,000 codes. Defaults are left out: a
 * row's anchor or short link when it is the page's slug, a status text that is the number alone, empty
 * details, dates not known. Heading paths are listed once per source and named by index.
 *
 * ```json
 * {"errdex":"history","version":1,
 * "builds":["2026-05-01T10:00:00Z"],
 * "sources":[
 * {"id":"pluralkit","title":"PluralKit API errors","file":"content/pluralkit.md","sections":[["JSON error codes"]]}],
 * "changes":[
 * {"build":0,"kind":"added","source":"pluralkit","slug":"20010","code":"20010"}],
 * "pages":[
 * {"source":0,"code":"20010","slug":"20010","first":0,"rows":[{"status":404,"message":"…","section":0,"table":0,"row":9,"line":48}]}]}
 * ```
 */
export const HISTORY_VERSION = 1;

const build = z.number().int().nonnegative();
const code = z.object({ slug: z.string(), code: z.string() });
const wording = z.object({ status: z.number().nullable(), message: z.string() });

const fileSchema = z.object({
	errdex: z.literal('history'),
	version: z.literal(HISTORY_VERSION),
	builds: z.array(z.string()),
	sources: z.array(
		z.object({
			id: z.string(),
			title: z.string(),
			file: z.string(),
			removed: build.optional(),
			sections: z.array(z.array(z.string())),
		}),
	),
	changes: z.array(
		z.discriminatedUnion('kind', [
			code.extend({ build, source: z.string(), kind: z.literal('added') }),
			code.extend({
				build,
				source: z.string(),
				kind: z.literal('removed'),
				candidates: z.array(code).optional(),
			}),
			code.extend({ build, source: z.string(), kind: z.literal('renamed'), to: code }),
			code.extend({
				build,
				source: z.string(),
				kind: z.literal('reworded'),
				before: z.array(wording),
				after: z.array(wording),
			}),
		]),
	),
	pages: z.array(
		z.object({
			source: z.number().int().nonnegative(),
			code: z.string(),
			slug: z.string(),
			short: z.string().optional(),
			first: build.optional(),
			changed: build.optional(),
			removed: build.optional(),
			to: z.array(z.string()).optional(),
			rows: z.array(
				z.object({
					status: z.number().nullable(),
					statusText: z.string().optional(),
					message: z.string(),
					details: z.array(z.tuple([z.string(), z.string()])).optional(),
					section: z.number().int().nonnegative(),
					table: z.number().int().nonnegative(),
					row: z.number().int().nonnegative(),
					line: z.number().int().nonnegative(),
					anchor: z.string().optional(),
				}),
			),
		}),
	),
});

type HistoryFile = z.infer<typeof fileSchema>;

/** A history errdex cannot use: it says which, why, and what to do. */
export class HistoryFormatError extends Error {}

/**
 * Reads a history file. One errdex cannot read is an error, never an empty history: the next
 * history would be written without it, and every removed code's page would be lost.
 * `where` names the file or URL in the message.
 */
export function parseHistory(text: string, where: string): History {
	const fix =
		'Give errdex the history its last build wrote (`history: { file }` or `{ url }`), or set `history: false` to build without one.';
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new HistoryFormatError(
			`errdex history ${where} is not JSON (${error instanceof Error ? error.message : String(error)}). ${fix}`,
		);
	}
	const head = json as { errdex?: unknown; version?: unknown } | null;
	if (typeof head !== 'object' || head === null || head.errdex !== 'history')
		throw new HistoryFormatError(`errdex history ${where} is not an errdex history. ${fix}`);
	if (typeof head.version === 'number' && head.version > HISTORY_VERSION)
		throw new HistoryFormatError(
			`errdex history ${where} is version ${head.version}, written by a newer errdex; this one reads version ${HISTORY_VERSION}. Build with the errdex that wrote it, or a newer one: building without it would lose the pages of every removed code.`,
		);
	const parsed = fileSchema.safeParse(json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new HistoryFormatError(
			`errdex history ${where} cannot be read: ${issue.path.join('.') || '(the file)'}: ${issue.message}. ${fix}`,
		);
	}
	return fromFile(parsed.data, where);
}

function fromFile(file: HistoryFile, where: string): History {
	const builds = file.builds.length;
	const when = (value: number | undefined) => {
		if (value === undefined) return null;
		if (value >= builds)
			throw new HistoryFormatError(
				`errdex history ${where} names build ${value}, but lists ${builds}.`,
			);
		return value;
	};
	const sources: SourceRecord[] = file.sources.map((source) => ({
		id: source.id,
		title: source.title,
		file: source.file,
		removed: when(source.removed),
		pages: [],
	}));
	for (const page of file.pages) {
		const source = sources[page.source];
		const sections = file.sources[page.source]?.sections;
		if (!source || !sections)
			throw new HistoryFormatError(
				`errdex history ${where}: page ${page.slug} names source ${page.source}, but there are ${sources.length}.`,
			);
		source.pages.push({
			code: page.code,
			slug: page.slug,
			short: page.short ?? page.slug,
			first: when(page.first),
			changed: when(page.changed),
			removed: when(page.removed),
			to: page.to ?? null,
			rows: page.rows.map((row): RowRecord => ({
				status: row.status,
				statusText: row.statusText ?? statusNumber(row.status),
				message: row.message,
				details: row.details ?? [],
				section: sections[row.section] ?? [],
				table: row.table,
				row: row.row,
				line: row.line,
				anchor: row.anchor ?? page.slug,
			})),
		});
	}
	const changes = file.changes.map((change): Change =>
		change.kind === 'removed'
			? { ...change, candidates: change.candidates ?? [] }
			: (change as Change),
	);
	for (const change of changes) when(change.build);
	return { builds: file.builds, sources, changes };
}

/** The history file's text, a record a line, in pieces: the whole text is never one string. */
export function* historyText(history: History, batch = 500): Generator<string> {
	// Each source's heading paths, numbered in the order its pages' rows name them.
	const sections = history.sources.map((source) => {
		const numbers = new Map<string, number>();
		for (const page of source.pages)
			for (const row of page.rows) {
				const key = row.section.join('\0');
				if (!numbers.has(key)) numbers.set(key, numbers.size);
			}
		return numbers;
	});
	const sectionOf = (source: number, path: string[]) => sections[source]!.get(path.join('\0'))!;
	const lines = (items: string[]) => (items.length === 0 ? '' : `\n${items.join(',\n')}`);
	yield `{"errdex":"history","version":${HISTORY_VERSION},\n"builds":${JSON.stringify(history.builds)},\n"sources":[`;
	yield lines(
		history.sources.map((source, index) =>
			JSON.stringify({
				id: source.id,
				title: source.title,
				file: source.file,
				...(source.removed !== null && { removed: source.removed }),
				sections: [...sections[index]!.keys()].map((key) => (key === '' ? [] : key.split('\0'))),
			}),
		),
	);
	yield '],\n"changes":[';
	yield lines(history.changes.map((change) => JSON.stringify(changeFile(change))));
	yield '],\n"pages":[';
	let pending: string[] = [];
	let first = true;
	const flush = () => {
		const text = `${first ? '\n' : ',\n'}${pending.join(',\n')}`;
		first = false;
		pending = [];
		return text;
	};
	for (const [index, source] of history.sources.entries())
		for (const page of source.pages) {
			pending.push(JSON.stringify(pageFile(index, page, sectionOf)));
			if (pending.length === batch) yield flush();
		}
	if (pending.length > 0) yield flush();
	yield ']}\n';
}

function pageFile(
	source: number,
	page: PageRecord,
	sectionOf: (source: number, path: string[]) => number,
) {
	return {
		source,
		code: page.code,
		slug: page.slug,
		...(page.short !== page.slug && { short: page.short }),
		...(page.first !== null && { first: page.first }),
		...(page.changed !== null && { changed: page.changed }),
		...(page.removed !== null && { removed: page.removed }),
		...(page.to !== null && { to: page.to }),
		rows: page.rows.map((row) => ({
			status: row.status,
			...(row.statusText !== statusNumber(row.status) && { statusText: row.statusText }),
			message: row.message,
			...(row.details.length > 0 && { details: row.details }),
			section: sectionOf(source, row.section),
			table: row.table,
			row: row.row,
			line: row.line,
			...(row.anchor !== page.slug && { anchor: row.anchor }),
		})),
	};
}

/** The status text a row has by default: its number as written, or none. */
function statusNumber(status: number | null): string {
	return status === null ? '' : String(status);
}

/** A change with what says which first, and no empty list of candidates. */
function changeFile(change: Change) {
	const { build, kind, source, slug, code, ...rest } = change;
	const omit = 'candidates' in rest && rest.candidates.length === 0;
	return { build, kind, source, slug, code, ...(omit ? {} : rest) };
}
