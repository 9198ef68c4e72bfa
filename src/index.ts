import type { StarlightPlugin } from '@astrojs/starlight/types';
import { sourceFile } from './astro/files';
import { errdexIntegration } from './astro/integration';
import { parseOptions, type ErrdexUserOptions } from './astro/options';

export type { ErrdexUserOptions } from './astro/options';

/**
 * errdex as a Starlight plugin: `starlight({ plugins: [errdex({ … })] })` adds an error
 * reference, built from the Markdown error tables of `content/` (or of documents at URLs), to
 * the site: its pages, its sidebar group, its search (codes first, then the site's pages) and
 * its styles.
 */
export default function errdex(userOptions?: ErrdexUserOptions): StarlightPlugin {
	const options = parseOptions(userOptions, process.env);
	return {
		name: 'errdex',
		hooks: {
			'config:setup'({ config, updateConfig, addIntegration, addRouteMiddleware, logger }) {
				if (config.components?.Search)
					logger.warn(
						`the site overrides Starlight's Search with ${config.components.Search}; errdex replaces it with its own, which searches codes and then the site's pages.`,
					);
				updateConfig({
					components: { ...config.components, Search: sourceFile('components/Search.astro') },
					customCss: [...(config.customCss ?? []), sourceFile('styles/errdex.css')],
					// errdex's 404 page offers the codes a missing path may have meant.
					disable404Route: true,
				});
				addRouteMiddleware({ entrypoint: sourceFile('astro/route-middleware.ts'), order: 'post' });
				const title = config.title;
				addIntegration(
					errdexIntegration(options, {
						title: typeof title === 'string' ? title : (Object.values(title ?? {})[0] ?? 'errdex'),
						pagefind: config.pagefind !== false,
					}),
				);
			},
		},
	};
}
