import { parseDocument } from 'yaml';
import { z } from 'zod';
import { ErrdexError } from '../../core/errors';
import type { SourceSettings } from '../../core/types';

const columnRef = z.union([z.string().min(1), z.number().int().positive()]);

/**
 * The front matter keys errdex reads. Every other key is ignored, because documents are used
 * exactly as they are published elsewhere and carry keys for other tools.
 */
const frontMatterSchema = z.object({
	/** Title of the source; defaults to the document's first heading, then its file name. */
	title: z.string().trim().min(1).optional().catch(undefined),
	/** One-line summary shown on the home page. */
	description: z.string().trim().min(1).optional().catch(undefined),
	/** Id of the source in URLs (`/<slug>/`); defaults to the file name. */
	slug: z.string().trim().min(1).optional().catch(undefined),
	/** Link to the original document. */
	homepage: z
		.url({ protocol: /^https?$/ })
		.optional()
		.catch(undefined),
	/** Corrections for when table detection guesses wrong, one per table. */
	tables: z
		.array(
			z
				.object({
					/** 1-based index among all tables of the document. */
					table: z.number().int().positive().optional(),
					/** The line the table's header row is on. */
					line: z.number().int().positive().optional(),
					/** Force the table in (`true`) or out (`false`). */
					include: z.boolean().optional(),
					/** Header label (case-insensitive) or 1-based column number. */
					code: columnRef.optional(),
					status: columnRef.optional(),
					message: columnRef.optional(),
				})
				.strict()
				.refine((t) => t.table !== undefined || t.line !== undefined, {
					message: 'each table override needs `table` (1-based index) or `line`',
				}),
		)
		.default([]),
});

/**
 * Reads front matter YAML. `firstLine` is the document line the YAML starts on, so that messages
 * point into the document rather than into the YAML block.
 */
export function readFrontMatter(
	yamlText: string,
	file: string,
	firstLine: number,
): { settings: SourceSettings; warnings: string[] } {
	const warnings: string[] = [];
	const strict = parseDocument(yamlText);
	const docLine = (line: number | undefined) => firstLine + (line ?? 1) - 1;
	for (const error of strict.errors) {
		// A repeated key is common in hand-written front matter; YAML says it is an error, but
		// refusing the whole document for it would punish the reader, so the last value wins.
		if (error.code === 'DUPLICATE_KEY') {
			warnings.push(
				`${file}:${docLine(error.linePos?.[0].line)}: repeated front matter key; the last value is used`,
			);
			continue;
		}
		throw new ErrdexError(
			file,
			docLine(error.linePos?.[0].line),
			`invalid front matter: ${error.message.split('\n')[0]}`,
		);
	}
	const data: unknown = parseDocument(yamlText, { uniqueKeys: false }).toJS() ?? {};
	if (typeof data !== 'object' || Array.isArray(data)) {
		throw new ErrdexError(file, firstLine, 'front matter must be a YAML mapping');
	}
	const parsed = frontMatterSchema.safeParse(data);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new ErrdexError(
			file,
			firstLine,
			`invalid front matter at \`${issue.path.join('.')}\`: ${issue.message}`,
		);
	}
	const { title, description, slug, homepage, tables } = parsed.data;
	return {
		settings: {
			...(title !== undefined && { title }),
			...(description !== undefined && { description }),
			...(slug !== undefined && { slug }),
			...(homepage !== undefined && { homepage }),
			tables,
		},
		warnings,
	};
}
