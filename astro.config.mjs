// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
	site: process.env.ERRDEX_SITE ?? 'http://localhost:4321',
	outDir: process.env.ERRDEX_OUT_DIR ?? './dist',
	trailingSlash: 'always',
	integrations: [
		starlight({
			title: 'errdex',
			description: 'Error-code reference: every code, its meaning, and a permalink to share.',
			pagefind: false,
			// Sidebar links point into source pages; Previous/Next between them would be noise.
			pagination: false,
			customCss: ['./src/styles/errdex.css'],
			components: {
				Search: './src/components/Search.astro',
			},
		}),
	],
});
