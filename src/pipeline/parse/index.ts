import type { SourceSettings } from '../../core/types';
import { readSettings, sourceSettingsSchema } from '../read/settings';
import type { Document, ParsedSource } from '../types';
import { readCell } from './cells';
import { readFrontMatter } from './front-matter';
import { frontMatterContent, withFrontMatterContent } from './front-matter-content';
import { parseMarkdown } from './markdown';
import { columnNames } from './header-rows';
import { blankMdxSyntax, componentLabels, flavourOf } from './mdx';
import { documentUrls } from './urls';

/** errdex's own front matter keys: settings, never content. */
const SETTINGS_KEYS: ReadonlySet<string> = new Set(Object.keys(sourceSettingsSchema.shape));

/**
 * Parse stage: a document's tree, its settings, and every table with its cells read, the
 * Markdown its front matter holds for the page included.
 */
export function parseSource(document: Document): ParsedSource {
	const { file } = document;
	const configured = document.settings ? readSettings(document.settings, file) : {};
	const flavour = flavourOf(file, document.text);
	const mdx = flavour === 'mdx';
	const body = parseMarkdown(mdx ? blankMdxSyntax(document.text) : document.text, flavour);
	const labelsAt = mdx ? componentLabels(document.text) : () => [];
	const frontMatter = body.frontMatter
		? readFrontMatter(body.frontMatter.yaml, file, body.frontMatter.line)
		: { settings: {}, warnings: [], yaml: null };
	const parsed =
		body.frontMatter && frontMatter.yaml
			? withFrontMatterContent(
					body,
					frontMatterContent(
						frontMatter.yaml,
						body.frontMatter.yaml,
						body.frontMatter.line,
						SETTINGS_KEYS,
					),
				)
			: body;
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
		tables: parsed.tables
			.map(({ rows, ...raw }) => ({ ...raw, rows: rows.filter((row) => !row.prose) }))
			.map((raw) => ({
				line: raw.line,
				section: raw.section,
				header: columnNames(raw.header, raw.rows).map((cell) => readCell(cell.nodes, resolveUrl)),
				rows: raw.rows.map((row) => row.cells.map((cell) => readCell(cell.nodes, resolveUrl))),
				rowLines: raw.rows.map((row) => row.line),
				rowHeadings: raw.rows.map((row) => row.heading),
				rowHeaders: raw.rows.map((row) => row.header === true),
				context: [...labelsAt(raw.line), ...raw.around],
				title: settings.title ?? parsed.title ?? '',
			})),
	};
}
