import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { codesLoader, sourcesLoader } from './astro/loader';
import { routes } from './astro/routes';
import type { CodePage, Source } from './core/types';

/** Where the Markdown documents are; `ERRDEX_CONTENT` builds the site from another folder. */
const contentDir = process.env['ERRDEX_CONTENT'] ?? 'content';

// The documents' only free-form input, front matter, is validated by the Zod schema in
// src/pipeline/parse/front-matter.ts. What the loaders store is made by errdex's own typed pipeline, so it is
// typed here rather than validated a second time, which would cost minutes at 100,000 codes.
export const collections = {
	// Starlight needs its docs collection; every page of errdex is generated from `content/`.
	docs: defineCollection({ loader: () => [], schema: docsSchema() }),
	sources: defineCollection({
		loader: sourcesLoader({ contentDir, routes }),
		schema: z.custom<Omit<Source, 'html'>>(),
	}),
	codes: defineCollection({
		loader: codesLoader({ contentDir, routes }),
		schema: z.custom<CodePage>(),
	}),
};
