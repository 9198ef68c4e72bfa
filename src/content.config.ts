import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';

// Starlight needs its docs collection; this site has no pages of its own besides errdex's.
export const collections = {
	docs: defineCollection({ loader: () => [], schema: docsSchema() }),
};
