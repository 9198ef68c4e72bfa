import { z } from 'zod';
import { MAX_CODE_PAGES_PER_DOCUMENT } from '../pipeline/link';
import { MAX_FETCH_BYTES } from '../pipeline/read/remote';
import { sourceSettingsSchema } from '../pipeline/read/settings';
import { ErrdexAstroError } from './errors';

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
		/**
		 * A document in the `content` folder, by file name. A file the folder does not have is a
		 * warning (an error under `strict`), and its settings are not used.
		 *
		 * @default none: give `file` or `url`
		 * @example
		 * { file: 'pluralkit.md', homepage: 'https://pluralkit.me/api/errors' }
		 */
		file: z.string().trim().min(1).optional(),
		/**
		 * A document published elsewhere, fetched at build time and kept in a cache that is
		 * revalidated (ETag, Last-Modified) on every build. When the URL cannot be reached the
		 * cached copy is used, with a warning.
		 *
		 * @default none: give `file` or `url`
		 * @example
		 * { url: 'https://raw.githubusercontent.com/acme/api/main/docs/errors.md', title: 'Acme API errors' }
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
		/**
		 * The folder of Markdown documents, relative to the project.
		 *
		 * @default 'content'
		 * @example
		 * errdex({ content: 'errors' })
		 */
		content: z.string().trim().min(1).default('content'),
		/**
		 * A folder every errdex page lives in, inside the site: `prefix: 'errors'` gives
		 * `/errors/pluralkit/20003/`.
		 *
		 * @default none: errdex's pages are at the top of the site
		 * @example
		 * errdex({ prefix: 'errors' })
		 */
		prefix: segment.optional(),
		/**
		 * The folder of short links, `/<shortLinks>/<code>/`, under `prefix`.
		 *
		 * @default 'e'
		 * @example
		 * errdex({ shortLinks: 'code' })
		 */
		shortLinks: segment.default('e'),
		/**
		 * Settings per document: title, original URL, which tables count, which column is which;
		 * and documents at URLs.
		 *
		 * @default []
		 * @example
		 * errdex({ sources: [{ file: 'pluralkit.md', title: 'PluralKit API errors' }] })
		 */
		sources: z
			.array(sourceSchema)
			.superRefine((sources, context) => {
				const first = new Map<string, number>();
				sources.forEach((source, i) => {
					const key = source.file ?? source.url;
					if (key === undefined) return;
					const earlier = first.get(key);
					if (earlier === undefined) first.set(key, i);
					else
						context.addIssue({
							code: 'custom',
							path: [i],
							message: `${key} is listed twice (also in \`sources[${earlier}]\`); keep one entry for it`,
						});
				});
			})
			.default([]),
		/**
		 * Turn what errdex could not read in a document, and settings for documents it does not
		 * have, into errors that stop the build, for the CI of a docs repository.
		 * `ERRDEX_STRICT=1` does the same.
		 *
		 * @default false
		 * @example
		 * errdex({ strict: true })
		 */
		strict: z.boolean().default(false),
		/**
		 * What errdex remembers of earlier builds, so that every address it published keeps
		 * answering: a removed code's page says when it went and what it was, a renamed code's
		 * leads to the new one (README, "History, tombstones and the feed"). Each build reads the
		 * history the last one wrote and writes the next into the site (`errors-history.json`).
		 * `url`: where the live site publishes it, fetched and cached as documents at URLs are;
		 * `file`: a committed copy, relative to the project, which the build writes back; `git`:
		 * with no history to read, begin one from this many of the last commits that changed the
		 * content folder; `false`: no history.
		 *
		 * @default `{ url: '<site>/errors-history.json' }` when Astro's `site` is set and is not localhost; else none to read
		 * @example
		 * errdex({ history: { file: 'errors-history.json', git: 50 } })
		 */
		history: z
			.union([
				z.literal(false),
				z
					.object({
						/**
						 * Where the live site publishes its history.
						 *
						 * @default `<site>/errors-history.json`
						 * @example
						 * { url: 'https://errors.example.com/errors-history.json' }
						 */
						url: z.url({ protocol: /^https?$/ }).optional(),
						/**
						 * A committed copy, relative to the project: read, and written back after the build.
						 *
						 * @default none
						 * @example
						 * { file: 'errors-history.json' }
						 */
						file: z.string().trim().min(1).optional(),
						/**
						 * With no history to read, begin one from this many of the last commits that
						 * changed the content folder, so that a site has dates from its first build.
						 *
						 * @default 0
						 * @example
						 * { git: 50 }
						 */
						git: z.number().int().min(0).default(0),
					})
					.strict()
					.refine((history) => history.url === undefined || history.file === undefined, {
						message:
							'give the history either `url` (where the site publishes it) or `file` (a committed copy), not both',
					}),
			])
			.optional(),
		/**
		 * The label of errdex's group in the sidebar, when the site has pages of its own.
		 *
		 * @default "Error codes" in the page's language (the translation `errdex.sidebar.group`)
		 * @example
		 * errdex({ sidebarLabel: 'API errors' })
		 */
		sidebarLabel: z.string().trim().min(1).optional(),
		/**
		 * The most errdex reads of a document at a URL (`sources[].url`), in bytes: 5 MB by
		 * default. A longer document is read up to its last whole line within the limit and built
		 * from that, with a warning; a server that sends without end cannot fill the build's memory.
		 *
		 * @default 5242880
		 * @example
		 * errdex({ maxFetchBytes: 20 * 1024 * 1024 })
		 */
		maxFetchBytes: z.number().int().positive().default(MAX_FETCH_BYTES),
		/**
		 * The most codes of one document that get a code page and a short link: the first ones, in
		 * the document's order. The others keep everything but their own page: their rows and
		 * anchors on the source page, where the search, `errors.json`, `/codes/` and the links
		 * from other pages lead; the build warns that the document is over its budget. A page
		 * costs the build a few milliseconds, so a table of 130,000 codes would take minutes.
		 *
		 * @default 5000
		 * @example
		 * errdex({ maxCodePagesPerDocument: 50_000 })
		 */
		maxCodePagesPerDocument: z
			.number({ message: 'give a whole number of code pages, such as 5000' })
			.int({ message: 'give a whole number of code pages, such as 5000' })
			.positive({ message: 'give at least 1 code page per document, such as 5000' })
			.default(MAX_CODE_PAGES_PER_DOCUMENT),
	})
	.strict();

export type ErrdexUserOptions = z.input<typeof optionsSchema>;
export type ErrdexOptions = z.output<typeof optionsSchema>;
export type SourceOptions = ErrdexOptions['sources'][number];

const OPTIONS_HINT = 'See the README, "Options", for every option with its default and an example.';

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
		throw new ErrdexAstroError(lines.join('\n'), OPTIONS_HINT);
	}
	const options = parsed.data;
	const strict = env['ERRDEX_STRICT'];
	if (strict !== undefined && strict !== '' && strict !== '0' && strict !== '1')
		throw new ErrdexAstroError(
			`ERRDEX_STRICT is "${strict}": set it to 1 to turn warnings into errors, or 0 or nothing to leave them warnings.`,
			'See the README, "Settings", for the environment variables errdex reads.',
		);
	return { ...options, strict: options.strict || strict === '1' };
}
