import type { Document as YamlDocument, Scalar } from 'yaml';
import { isMap, isPair, isScalar, visit } from 'yaml';
import { parseMarkdown, type ParsedDocument } from './markdown';
import { DELIMITER_ROW } from './pieces';

/** A string of the front matter that a theme renders as Markdown, parsed, with where it was. */
export interface FrontMatterContent {
	/** The key it is the value of (the nearest one, for an item of a list). */
	key: string;
	/** Its Markdown, parsed, with every line a document line. */
	parsed: ParsedDocument;
}

/**
 * The Markdown a theme keeps in front matter and renders as the page: CloudCannon's Jekyll API
 * documentation template renders `content_markdown: |-`, other themes a `body` or a list item's
 * value. What counts is the value, not the key's name: a string anywhere in the front matter
 * whose value (folding applied, as the theme's YAML library gives it) is Markdown holding a GFM
 * table. Plain text, a URL, a line of description or Markdown without a table is no content of
 * errdex's, and neither is the value of one of errdex's own settings (`skipKeys`).
 *
 * `yamlText` is the YAML as written and `firstLine` the document line it starts on: each line of
 * a value is found, in order, among the lines its scalar spans, so that a table's rows point at
 * the lines they are written on (a folded row, `>-`, is one line as written).
 */
export function frontMatterContent(
	yaml: YamlDocument,
	yamlText: string,
	firstLine: number,
	skipKeys: ReadonlySet<string>,
): FrontMatterContent[] {
	const found: FrontMatterContent[] = [];
	const written = yamlText.split('\n');
	visit(yaml, {
		Pair: (_, pair, path) => {
			const topLevel = path.length === 2 && isMap(path[1]);
			if (topLevel && isScalar(pair.key) && skipKeys.has(String(pair.key.value))) return visit.SKIP;
			return undefined;
		},
		Scalar: (key, scalar, path) => {
			if (key === 'key' || typeof scalar.value !== 'string') return;
			if (!mayHoldTable(scalar.value)) return;
			const parsed = parseMarkdown(scalar.value);
			if (!parsed.tables.some((table) => table.kind === 'markdown')) return;
			const lines = sourceLines(scalar, written, firstLine);
			found.push({ key: nearestKey(path), parsed: placed(parsed, lines) });
		},
	});
	return found;
}

/** A value with a line that is a table's delimiter row; the rest cannot hold a GFM table. */
function mayHoldTable(value: string): boolean {
	return value.includes('|') && value.split('\n').some((line) => DELIMITER_ROW.test(line));
}

/** The key a value sits under, as words (`content_markdown` → `content markdown`). */
function nearestKey(path: readonly unknown[]): string {
	for (let i = path.length - 1; i >= 0; i--) {
		const node = path[i];
		if (isPair(node) && isScalar(node.key))
			return String(node.key.value)
				.replace(/([a-z])([A-Z])/g, '$1 $2')
				.replace(/[_-]+/g, ' ')
				.trim();
	}
	return '';
}

/**
 * The document line of each line of a scalar's value: the next line the scalar spans that shows
 * it (or, folded, starts it), from the scalar's first line on. A value line nothing shows as
 * written (a quoted scalar's escapes) takes the line found last.
 */
function sourceLines(scalar: Scalar, written: string[], firstLine: number): number[] {
	const [start = 0, , end = start] = scalar.range ?? [];
	const lineAt = (offset: number) => lineOf(written, offset);
	let cursor = lineAt(start);
	const last = lineAt(end);
	let line = cursor;
	return String(scalar.value)
		.split('\n')
		.map((valueLine) => {
			const wanted = valueLine.trim();
			if (wanted === '') return firstLine + line;
			for (let i = cursor; i <= last && i < written.length; i++) {
				const shown = written[i]!.trim();
				if (shown === '') continue;
				if (shown.includes(wanted) || wanted.startsWith(`${shown} `)) {
					line = i;
					cursor = i + 1;
					break;
				}
			}
			return firstLine + line;
		});
}

/** The 0-based line of an offset in the YAML's lines. */
function lineOf(written: string[], offset: number): number {
	let seen = 0;
	for (let i = 0; i < written.length; i++) {
		seen += written[i]!.length + 1;
		if (offset < seen) return i;
	}
	return Math.max(0, written.length - 1);
}

/** A value's parse with its lines made document lines (`lines[n - 1]` for its line n). */
function placed(parsed: ParsedDocument, lines: number[]): ParsedDocument {
	const at = (line: number) => lines[line - 1] ?? lines.at(-1)!;
	for (const table of parsed.tables) {
		table.line = at(table.line);
		for (const row of [table.header, ...table.rows]) row.line = at(row.line);
	}
	for (const problem of parsed.problems) problem.line = at(problem.line);
	return parsed;
}

/**
 * The document as its page shows it: the front matter's Markdown first, in the order it is
 * written, then the body. Each value's key says what its tables are, as a caption does.
 */
export function withFrontMatterContent(
	body: ParsedDocument,
	content: FrontMatterContent[],
): ParsedDocument {
	if (content.length === 0) return body;
	for (const { key, parsed } of content)
		for (const table of parsed.tables) if (key) table.around.push(key);
	const parts = [...content.map((c) => c.parsed), body];
	return {
		frontMatter: body.frontMatter,
		hast: { type: 'root', children: parts.flatMap((part) => part.hast.children) },
		tables: parts.flatMap((part) => part.tables),
		headings: parts.flatMap((part) => part.headings),
		// The first level-1 heading of the page as shown, which its rendering drops as the title.
		title: parts.find((part) => part.title !== null)?.title ?? null,
		problems: parts.flatMap((part) => part.problems),
	};
}
