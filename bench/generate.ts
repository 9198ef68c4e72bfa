/**
 * Large catalogs for the build benchmark: N error codes spread over documents shaped like real
 * API error references (front matter, sections, a table per section, placeholders, codes that
 * mention other codes), and the same codes as the one-line Markdown pages a maintainer would
 * write by hand for a plain Starlight site. Deterministic, so that runs compare.
 */

export interface GeneratedFile {
	/** Path relative to the folder the files are written to. */
	path: string;
	text: string;
}

const STATUSES = [400, 401, 403, 404, 409, 410, 413, 422, 429, 500, 502, 503];
const NOUNS = [
	'member',
	'group',
	'switch',
	'message',
	'token',
	'webhook',
	'invoice',
	'upload',
	'session',
	'project',
];
const PROBLEMS = [
	'was not found',
	'is locked',
	'has expired',
	'is invalid',
	'already exists',
	'is too large',
	'is not allowed',
];
const SECTIONS = 4;

export interface GeneratedRow {
	code: string;
	status: number;
	message: string;
	resolution: string;
}

function rowsOf(document: number, count: number, offset: number): GeneratedRow[] {
	return Array.from({ length: count }, (_, i) => {
		const n = offset + i;
		const noun = NOUNS[n % NOUNS.length]!;
		const code = codeOf(document, i);
		return {
			code,
			status: STATUSES[(n * 7) % STATUSES.length]!,
			message: `The ${noun} '{${noun}Id}' ${PROBLEMS[(n * 3) % PROBLEMS.length]}.`,
			// Every tenth row points at a neighbour, as real references do ("see also …").
			resolution:
				i % 10 === 0 && i + 1 < count
					? `Retry later, or see ${codeOf(document, i + 1)}.`
					: 'Check the request and retry.',
		};
	});
}

function codeOf(document: number, index: number): string {
	return `E${String(document + 1).padStart(2, '0')}${String(index).padStart(6, '0')}`;
}

/** Splits `total` into `parts` near-equal counts. */
function split(total: number, parts: number): number[] {
	return Array.from(
		{ length: parts },
		(_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0),
	);
}

/** The rows of `errdexDocuments(codes, documents)`, one list per document. */
export function generatedRows(codes: number, documents = 10): GeneratedRow[][] {
	let offset = 0;
	return split(codes, documents).map((count, d) => {
		const rows = rowsOf(d, count, offset);
		offset += count;
		return rows;
	});
}

/**
 * How the documents' previous version differed, for a build with a history: one code in
 * `every` had another name (renamed since: same place, same message), one was there and is
 * removed since, one said something else (reworded since).
 */
export const EDITS = { every: 100 } as const;

/** The rows of the previous version of `generatedRows(codes, documents)` (see `EDITS`). */
export function earlierRows(codes: number, documents = 10): GeneratedRow[][] {
	return generatedRows(codes, documents).map((rows) =>
		rows.flatMap((row, i) => {
			const n = i % EDITS.every;
			if (n === 1) return [{ ...row, code: `${row.code}R` }];
			if (n === 2) return [row, { ...row, code: `${row.code}X`, message: 'A code since removed.' }];
			if (n === 3) return [{ ...row, message: `Formerly: ${row.message}` }];
			return [row];
		}),
	);
}

/** errdex's input: `documents` Markdown documents holding `codes` codes in all. */
export function errdexDocuments(
	codes: number,
	documents = 10,
	rowsOf: GeneratedRow[][] = generatedRows(codes, documents),
): GeneratedFile[] {
	return rowsOf.map((rows, d) => {
		const count = rows.length;
		const sections = split(count, SECTIONS);
		let start = 0;
		const body = sections.map((size, s) => {
			const table = rows.slice(start, (start += size));
			return [
				`## ${NOUNS[s]!.replace(/^./, (c) => c.toUpperCase())} errors`,
				'',
				'| Code | HTTP status | Message | Resolution |',
				'| ---- | ----------- | ------- | ---------- |',
				...table.map((r) => `| \`${r.code}\` | ${r.status} | ${r.message} | ${r.resolution} |`),
				'',
			].join('\n');
		});
		const name = `api-${String(d + 1).padStart(2, '0')}`;
		return {
			path: `${name}.md`,
			text: `---\ntitle: API ${d + 1} errors\n---\n\n# API ${d + 1} errors\n\nErrors are returned as JSON with a \`code\` and a \`message\`.\n\n${body.join('\n')}`,
		};
	});
}

/** The same codes as a plain Starlight site: one one-line Markdown page per code. */
export function plainStarlightPages(codes: number, documents = 10): GeneratedFile[] {
	let offset = 0;
	return split(codes, documents).flatMap((count, d) => {
		const rows = rowsOf(d, count, offset);
		offset += count;
		return rows.map((r) => ({
			path: `api-${String(d + 1).padStart(2, '0')}/${r.code.toLowerCase()}.md`,
			text: `---\ntitle: ${r.code}\n---\n\nHTTP ${r.status}: ${r.message.replace(/[{}]/g, '')} ${r.resolution}\n`,
		}));
	});
}
