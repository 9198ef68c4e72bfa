import { z } from 'zod';
import { ErrdexError } from '../../core/errors';
import type { SourceSettings } from '../../core/types';

/**
 * What a person can set for one document, wherever they set it: in errdex's options (`sources`)
 * or, for people who own their documents, in the document's front matter. One schema for both,
 * so a setting means the same thing in either place.
 */

const columnRef = z.union([z.string().min(1), z.number().int().positive()]);

/** A correction for one table, when detection guesses wrong. */
export const tableOverrideSchema = z
	.object({
		/**
		 * Which table: its number in the document, 1 for the first. Give this or `line`.
		 *
		 * @default none
		 * @example
		 * { table: 2, include: false }
		 */
		table: z.number().int().positive().optional(),
		/**
		 * Which table, by the line its header row (or `<table>` tag) is on, as the build report
		 * gives it. Give this or `table`.
		 *
		 * @default none
		 * @example
		 * { line: 48, include: true }
		 */
		line: z.number().int().positive().optional(),
		/**
		 * Take the table in (`true`) even if it does not look like an error table, or leave it out
		 * (`false`).
		 *
		 * @default errdex decides
		 * @example
		 * { table: 1, include: false }
		 */
		include: z.boolean().optional(),
		/**
		 * The column that holds the codes: its header text (any case) or its number, 1 for the
		 * first. A table whose code column is named is taken in.
		 *
		 * @default errdex decides
		 * @example
		 * { table: 3, code: 'Identifier' }
		 */
		code: columnRef.optional(),
		/**
		 * The column that holds the HTTP status, by header text or number.
		 *
		 * @default errdex decides
		 * @example
		 * { table: 3, status: 2 }
		 */
		status: columnRef.optional(),
		/**
		 * The column that holds the message, by header text or number.
		 *
		 * @default errdex decides
		 * @example
		 * { table: 3, message: 'Meaning' }
		 */
		message: columnRef.optional(),
		/**
		 * The columns that give each code another name (its constant, its exception class, its
		 * value in another base), by header text or number, one or a list: each cell becomes an
		 * alias of the row's code. Given, they replace the columns errdex finds itself.
		 *
		 * @default errdex decides
		 * @example
		 * { table: 3, aliases: ['Symbol', 'Exception'] }
		 */
		aliases: z.union([columnRef, z.array(columnRef).min(1)]).optional(),
	})
	.strict()
	.refine((t) => t.table !== undefined || t.line !== undefined, {
		message: 'each table override needs `table` (its number, 1 for the first) or `line`',
	});

/** Settings of one document. */
export const sourceSettingsSchema = z.object({
	/**
	 * The title of the source, on its pages, in the sidebar and on the home page.
	 *
	 * @default the document's first level-1 heading, then its file name
	 * @example
	 * { file: 'pluralkit.md', title: 'PluralKit API errors' }
	 */
	title: z.string().trim().min(1).optional(),
	/**
	 * One line about the source, on the home page.
	 *
	 * @default none
	 * @example
	 * { file: 'pluralkit.md', description: 'Errors of the v2 API' }
	 */
	description: z.string().trim().min(1).optional(),
	/**
	 * The source's id in URLs, `/<slug>/`.
	 *
	 * @default the file name, lowercased, without its extension
	 * @example
	 * { file: 'PluralKit-Errors.md', slug: 'pluralkit' }
	 */
	slug: z.string().trim().min(1).optional(),
	/**
	 * Where the document is published: linked from its pages, and what its relative links
	 * resolve against.
	 *
	 * @default none: relative links are kept as text
	 * @example
	 * { file: 'pluralkit.md', homepage: 'https://pluralkit.me/api/errors' }
	 */
	homepage: z.url({ protocol: /^https?$/ }).optional(),
	/**
	 * Corrections, one per table, when detection guesses wrong.
	 *
	 * @default []
	 * @example
	 * { file: 'pluralkit.md', tables: [{ table: 2, include: false }] }
	 */
	tables: z.array(tableOverrideSchema).default([]),
});

export type SourceSettingsInput = z.input<typeof sourceSettingsSchema>;

/**
 * The settings errdex's configuration attaches to a document, checked strictly: a person wrote
 * them for errdex, so a wrong one stops the build with the setting and how to fix it. Only the
 * keys given are returned, so that they override the document's front matter key by key.
 */
export function readSettings(input: SourceSettingsInput, file: string): Partial<SourceSettings> {
	const parsed = sourceSettingsSchema.partial().strict().safeParse(input);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new ErrdexError(
			file,
			1,
			`errdex setting \`${issue.path.join('.') || '(settings)'}\` of this document is wrong: ${issue.message}.`,
			'Fix it in the `sources` entry of this document in errdex\'s configuration (see README: "Settings of a document").',
		);
	}
	return Object.fromEntries(
		Object.entries(parsed.data).filter(([key]) => key in input),
	) as Partial<SourceSettings>;
}
