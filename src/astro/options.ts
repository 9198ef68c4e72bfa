import { z } from 'zod';
import { MAX_FETCH_BYTES } from '../pipeline/read/remote';
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
		/** The label of errdex's group in the sidebar, when the site has pages of its own. */
		sidebarLabel: z.string().trim().min(1).default('Error codes'),
		/**
		 * The most errdex reads of a document at a URL (`sources[].url`), in bytes. A longer
		 * document is read up to its last whole line within the limit and built from that, with a
		 * warning; a server that sends without end cannot fill the build's memory.
		 * @default 5242880 (5 MB)
		 * @example maxFetchBytes: 20 * 1024 * 1024
		 */
		maxFetchBytes: z.number().int().positive().default(MAX_FETCH_BYTES),
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
