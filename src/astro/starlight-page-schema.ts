import type { AstroIntegrationLogger } from 'astro';

/** Where Starlight builds the schema `<StarlightPage>` validates its `frontmatter` prop with. */
const MODULE = /\/@astrojs\/starlight\/dist\/utils\/starlight-page\.js$/;
const BUILD = 'const schema = await StarlightPageFrontmatterSchema(';

/**
 * `<StarlightPage>` builds Starlight's whole docs frontmatter schema anew for every page it
 * renders, and Zod then sets up each new schema on its first parse: 0.7 ms a page, a sixth of
 * the build of 10,000 code pages (measured with `node --cpu-prof`). The schema depends only on
 * the site's docs collection, so the first page's is kept for every other page. Should a later
 * Starlight write that line differently, nothing is changed and pages build as before, only
 * slower; the build says so.
 */
export function keepStarlightPageSchema(logger: AstroIntegrationLogger) {
	return {
		name: 'errdex:keep-starlight-page-schema',
		transform(code: string, id: string) {
			if (!MODULE.test(id)) return undefined;
			if (code.split(BUILD).length !== 2) {
				logger.warn(
					`this Starlight builds the frontmatter schema of <StarlightPage> in a way errdex does not know; its pages build without the schema kept between pages.`,
				);
				return undefined;
			}
			return `let errdexKeptSchema;\n${code.replace(BUILD, `const schema = errdexKeptSchema ??= await StarlightPageFrontmatterSchema(`)}`;
		},
	};
}
