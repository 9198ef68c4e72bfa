// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import errdex from './src/index.ts';
import { createRoutes } from './src/core/routes.ts';

/** `ERRDEX_BASE=/api-errors/` builds the site to be served from that path. */
const base = process.env.ERRDEX_BASE;
/** `ERRDEX_CONTENT` builds the site from another folder (the tests build their fixtures so). */
const content = process.env.ERRDEX_CONTENT ?? 'content';
/**
 * `ERRDEX_HISTORY` reads the history of an earlier build from a file (written back after the
 * build) or a URL; by default the site at `ERRDEX_SITE` is asked, unless that is localhost.
 */
const history = process.env.ERRDEX_HISTORY;
/** `ERRDEX_MAX_CODE_PAGES` sets errdex's `maxCodePagesPerDocument` (the tests build a site so). */
const maxCodePages = process.env.ERRDEX_MAX_CODE_PAGES;
const routes = createRoutes({ base });

/**
 * What errdex should know of the bundled documents, which stay as they are published. Exported
 * for the tests that read content/ as the site does.
 * @type {import('./src/index.ts').ErrdexUserOptions['sources']}
 */
export const sources = [
	{ file: 'pluralkit.md', homepage: 'https://pluralkit.me/api/errors' },
	{
		file: 'ffxiv-companion.md',
		title: 'Companion API known error codes',
		homepage: 'https://github.com/xivapi/companion-php/blob/master/docs/KnownErrorCodes.md',
	},
];

export default defineConfig({
	site: process.env.ERRDEX_SITE ?? 'http://localhost:4321',
	...(base !== undefined && { base }),
	outDir: process.env.ERRDEX_OUT_DIR ?? './dist',
	trailingSlash: 'always',
	// Two pages at a time: while one page is written, the next renders. A site of thousands of
	// code pages waits on its writes a fifth of the time otherwise (`npm run bench:build`).
	build: { concurrency: 2 },
	vite: {
		// Scripts as files, never inlined: a site of thousands of code pages then sends the
		// copy buttons' script once, from the cache, rather than in every page.
		build: { assetsInlineLimit: 0 },
	},
	integrations: [
		// Short links only send readers on; the code pages they lead to are the ones to index.
		sitemap({ filter: (page) => !routes.isShortLink(new URL(page).pathname) }),
		starlight({
			title: 'errdex',
			description: 'Error-code reference: every code, its meaning, and a permalink to share.',
			// The site is errdex's pages only, and errdex has its own search.
			pagefind: false,
			// Sidebar links point into source pages; Previous/Next between them would be noise.
			pagination: false,
			plugins: [
				errdex({
					content,
					sources: content === 'content' ? sources : [],
					...(history !== undefined && {
						history: /^https?:/.test(history) ? { url: history } : { file: history },
					}),
					...(maxCodePages !== undefined && { maxCodePagesPerDocument: Number(maxCodePages) }),
				}),
			],
		}),
	],
});
