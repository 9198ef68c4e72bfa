// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { SITE_TITLE } from './src/lib/site.ts';
import { paths } from './src/lib/slugs.ts';

export default defineConfig({
	site: process.env.ERRDEX_SITE ?? 'http://localhost:4321',
	outDir: process.env.ERRDEX_OUT_DIR ?? './dist',
	trailingSlash: 'always',
	vite: {
		// Scripts as files, never inlined: a site of thousands of code pages then sends the
		// copy buttons' script once, from the cache, rather than in every page.
		build: { assetsInlineLimit: 0 },
	},
	integrations: [
		// Short links only send readers on; the code pages they lead to are the ones to index.
		sitemap({ filter: (page) => !new URL(page).pathname.startsWith(paths.shortLinks()) }),
		starlight({
			title: SITE_TITLE,
			description: 'Error-code reference: every code, its meaning, and a permalink to share.',
			pagefind: false,
			// Sidebar links point into source pages; Previous/Next between them would be noise.
			pagination: false,
			// errdex's own 404 reads the missing path and suggests the codes it may have meant.
			disable404Route: true,
			customCss: ['./src/styles/errdex.css'],
			// Escapes every page's <title>: it holds text from the documents.
			routeMiddleware: './src/routeData.ts',
			components: {
				Search: './src/components/Search.astro',
			},
		}),
	],
});
