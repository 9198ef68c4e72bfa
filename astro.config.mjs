// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { errdexIntegration } from './src/astro/integration.ts';
import { SITE_TITLE } from './src/astro/config.ts';
import { createRoutes } from './src/core/routes.ts';

/** `ERRDEX_BASE=/api-errors` builds the site to be served from that path. */
const base = process.env.ERRDEX_BASE;
const routes = createRoutes({ base });

export default defineConfig({
	site: process.env.ERRDEX_SITE ?? 'http://localhost:4321',
	...(base !== undefined && { base }),
	outDir: process.env.ERRDEX_OUT_DIR ?? './dist',
	trailingSlash: 'always',
	vite: {
		// Scripts as files, never inlined: a site of thousands of code pages then sends the
		// copy buttons' script once, from the cache, rather than in every page.
		build: { assetsInlineLimit: 0 },
	},
	integrations: [
		errdexIntegration(),
		// Short links only send readers on; the code pages they lead to are the ones to index.
		sitemap({ filter: (page) => !routes.isShortLink(new URL(page).pathname) }),
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
			routeMiddleware: './src/astro/route-middleware.ts',
			components: {
				Search: './src/components/Search.astro',
			},
		}),
	],
});
