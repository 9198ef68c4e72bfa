import { z } from 'zod';
import { sourceSettingsSchema } from '../pipeline/read/settings';

/** A path segment errdex may put its pages under: letters, digits, `-`, `_`, `/` between them. */
const segment = z
	.string()
	.trim()
	.regex(/^[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*$/, {
		message:
			'use letters, digits, `-` and `_`, with `/` between folders, and no leading or trailing `/`',
	});

/**
 * Settings of one document. Give `file` for a document in the `content` folder, or `url` for
 * one errdex fetches at build time; every other field is optional.
 */
const sourceSchema = sourceSettingsSchema
	.extend({
		/** A document in the `content` folder, by file name: `pluralkit.md`. */
		file: z.string().trim().min(1).optional(),
		/**
		 * A document published elsewhere, fetched at build time and kept in a cache that is
		 * revalidated (ETag, Last-Modified) on every build. When the URL cannot be reached the
		 * cached copy is used, with a warning.
		 */
		url: z.url({ protocol: /^https?$/ }).optional(),
	})
	.strict()
	.refine((source) => (source.file === undefined) !== (source.url === undefined), {
		message: 'give each source either `file` (a document in the content folder) or `url`',
	});

/** errdex's options: `starlight({ plugins: [errdex({ … })] })`. Every field is optional. */
export const optionsSchema = z
	.object({
		/** The folder of Markdown documents, relative to the project. Default `content`. */
		content: z.string().trim().min(1).default('content'),
		/**
		 * A folder every errdex page lives in: `prefix: 'errors'` gives `/errors/pluralkit/20003/`.
		 * Default: none, errdex's pages are at the top of the site.
		 */
		prefix: segment.optional(),
		/** The folder of short links, `/<shortLinks>/<code>/`. Default `e`. */
		shortLinks: segment.default('e'),
		/** Settings per document: title, original URL, which tables count, which column is which. */
		sources: z.array(sourceSchema).default([]),
		/**
		 * Turn what errdex could not read in a document into errors that stop the build, for the
		 * CI of a docs repository. `ERRDEX_STRICT=1` does the same. Default `false`.
		 */
		strict: z.boolean().default(false),
		/**
		 * What errdex remembers of earlier builds, so that every code page it published keeps
		 * answering: a removed code's page says when it went and what it was, a renamed code's
		 * leads to the new one (README, "History, tombstones and the feed"). Each build reads the
		 * history the last one wrote and writes the next into the site (`errors-history.json`).
		 *
		 * - `url`: where the live site publishes it; fetched and cached as documents at URLs are.
		 * - `file`: a committed copy, relative to the project; the build writes the new history
		 *   back to it, to be committed with the documents.
		 * - `git`: with no history to read, begin one from the last this many commits that changed
		 *   the content folder, so that a site has dates from its first build. 0 to begin without.
		 * - `false`: no history; a removed code's page is a 404.
		 *
		 * @default `{ url: '<site>/errors-history.json', git: 0 }` when Astro's `site` is set and
		 * is not `localhost`; otherwise none to read (the history is still written).
		 * @example history: { file: 'errors-history.json', git: 50 }
		 */
		history: z
			.union([
				z.literal(false),
				z
					.object({
						url: z.url({ protocol: /^https?$/ }).optional(),
						file: z.string().trim().min(1).optional(),
						git: z.number().int().min(0).default(0),
					})
					.strict()
					.refine((history) => history.url === undefined || history.file === undefined, {
						message:
							'give the history either `url` (where the site publishes it) or `file` (a committed copy), not both',
					}),
			])
			.default({ git: 0 }),
		/** The label of errdex's group in the sidebar, when the site has pages of its own. */
		sidebarLabel: z.string().trim().min(1).default('Error codes'),
	})
	.strict();

export type ErrdexUserOptions = z.input<typeof optionsSchema>;
export type ErrdexOptions = z.output<typeof optionsSchema>;
export type SourceOptions = ErrdexOptions['sources'][number];

/**
 * Reads the options a person wrote. A wrong one is an error that names the setting, says what
 * is wrong, and how to write it instead.
 */
export function parseOptions(
	input: unknown,
	env: Record<string, string | undefined>,
): ErrdexOptions {
	const parsed = optionsSchema.safeParse(input ?? {});
	if (!parsed.success) {
		const lines = parsed.error.issues.map((issue) => {
			const path =
				issue.path
					.map((key, i) =>
						typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`,
					)
					.join('') || '(the options)';
			return `errdex option \`${path}\`: ${issue.message}`;
		});
		throw new Error(`${lines.join('\n')}\nSee the README, "Options".`);
	}
	const options = parsed.data;
	const strict = env['ERRDEX_STRICT'];
	if (strict !== undefined && strict !== '' && strict !== '0' && strict !== '1')
		throw new Error(
			`ERRDEX_STRICT is "${strict}": set it to 1 to turn warnings into errors, or 0 or nothing to leave them warnings.`,
		);
	return { ...options, strict: options.strict || strict === '1' };
}
