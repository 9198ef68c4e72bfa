import type { SourceSettings } from '../../core/types';
import { readSettings } from '../read/settings';
import type { Document, ParsedSource } from '../types';
import { readCell } from './cells';
import { readFrontMatter } from './front-matter';
import { parseMarkdown } from './markdown';
import { blankMdxSyntax } from './mdx';
import { documentUrls } from './urls';

/** Parse stage: a document's tree, its settings, and every table with its cells read. */
export function parseSource(document: Document): ParsedSource {
	const { file } = document;
	const configured = document.settings ? readSettings(document.settings, file) : {};
	const parsed = parseMarkdown(
		/\.mdx$/i.test(file) ? blankMdxSyntax(document.text) : document.text,
	);
	const frontMatter = parsed.frontMatter
		? readFrontMatter(parsed.frontMatter.yaml, file, parsed.frontMatter.line)
		: { settings: {}, warnings: [] };
	const settings: SourceSettings = { tables: [], ...frontMatter.settings, ...configured };
	const resolveUrl = documentUrls(settings.homepage);
	return {
		file,
		settings,
		tablesFrom: configured.tables ? 'settings' : 'front matter',
		settingsLine: parsed.frontMatter?.line ?? 1,
		warnings: [
			...(document.warnings ?? []),
			...parsed.problems.map((problem) => ({ file, ...problem })),
			...frontMatter.warnings,
		].sort((a, b) => a.line - b.line),
		document: parsed,
		resolveUrl,
		tables: parsed.tables.map((raw) => ({
			line: raw.line,
			section: raw.section,
			header: raw.header.cells.map((cell) => readCell(cell.nodes, resolveUrl)),
			rows: raw.rows.map((row) => row.cells.map((cell) => readCell(cell.nodes, resolveUrl))),
			rowLines: raw.rows.map((row) => row.line),
			rowHeadings: raw.rows.map((row) => row.heading),
		})),
	};
}
