import type { Document, ParsedSource } from '../types';
import { readCell } from './cells';
import { readFrontMatter } from './front-matter';
import { parseMarkdown } from './markdown';
import { documentUrls } from './urls';

/** Parse stage: a document's tree, its settings, and every table with its cells read. */
export function parseSource(document: Document): ParsedSource {
	const { file } = document;
	const parsed = parseMarkdown(document.text);
	const { settings, warnings } = parsed.frontMatter
		? readFrontMatter(parsed.frontMatter.yaml, file, parsed.frontMatter.line)
		: { settings: { tables: [] }, warnings: [] };
	const resolveUrl = documentUrls(settings.homepage);
	return {
		file,
		settings,
		settingsLine: parsed.frontMatter?.line ?? 1,
		warnings,
		document: parsed,
		resolveUrl,
		tables: parsed.tables.map((raw) => ({
			line: raw.line,
			section: raw.section,
			header: raw.header.cells.map((cell) => readCell(cell.nodes, resolveUrl)),
			rows: raw.rows.map((row) => row.cells.map((cell) => readCell(cell.nodes, resolveUrl))),
			rowLines: raw.rows.map((row) => row.line),
		})),
	};
}
