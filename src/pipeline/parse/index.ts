import type { SourceSettings } from '../../core/types';
import { sourceSettingsSchema } from '../read/settings';
import type { Document, ParsedSource } from '../types';
import { readCell } from './cells';
import { readFrontMatter } from './front-matter';
import { parseMarkdown } from './markdown';
import { documentUrls } from './urls';

/** Parse stage: a document's tree, its settings, and every table with its cells read. */
export function parseSource(document: Document): ParsedSource {
	const { file } = document;
	const parsed = parseMarkdown(document.text);
	const fromDocument = parsed.frontMatter
		? readFrontMatter(parsed.frontMatter.yaml, file, parsed.frontMatter.line)
		: { settings: { tables: [] }, warnings: [] };
	const { warnings } = fromDocument;
	// What errdex's options set wins over what the document's front matter says, key by key.
	const configured = document.settings && sourceSettingsSchema.parse(document.settings);
	const settings: SourceSettings = configured
		? {
				...fromDocument.settings,
				...(definedKeys(configured) as Omit<SourceSettings, 'tables'>),
				tables: document.settings?.tables ? configured.tables : fromDocument.settings.tables,
			}
		: fromDocument.settings;
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

function definedKeys<T extends object>(object: T): Partial<T> {
	return Object.fromEntries(
		Object.entries(object).filter(([, value]) => value !== undefined),
	) as Partial<T>;
}
