import type { StarlightPlugin } from '@astrojs/starlight/types';
import { sourceFile } from './astro/files';
import { errdexIntegration } from './astro/integration';
import { parseOptions, type ErrdexUserOptions } from './astro/options';
import { siteLanguages } from './astro/site-language';
import { browserMessages, starlightTranslate, translationsForStarlight } from './i18n/starlight';

export type { ErrdexUserOptions } from './astro/options';

/**
 * errdex as a Starlight plugin: `starlight({ plugins: [errdex({ … })] })` adds an error
 * reference, built from the Markdown error tables of `content/` (or of documents at URLs), to
 * the site: its pages, its sidebar group, its search (codes first, then the site's pages) and
 * its styles, in the site's language.
 */
export default function errdex(userOptions?: ErrdexUserOptions): StarlightPlugin {
	const options = parseOptions(userOptions, process.env);
	return {
		name: 'errdex',
		hooks: {
			// errdex's strings join Starlight's, so that a site can change them in its own
			// `src/content/i18n/<lang>.json` as it changes Starlight's.
			'i18n:setup'({ injectTranslations }) {
				injectTranslations(translationsForStarlight());
			},
			'config:setup'({
				config,
				astroConfig,
				updateConfig,
				addIntegration,
				addRouteMiddleware,
				logger,
				useTranslations,
			}) {
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
				const languages = siteLanguages(config.locales, config.defaultLocale, astroConfig.i18n);
				const title = config.title;
				addIntegration(
					errdexIntegration(options, {
						title:
							typeof title === 'string'
								? title
								: (title?.[languages.lang] ?? Object.values(title ?? {})[0] ?? 'errdex'),
						pagefind: config.pagefind !== false,
						languages,
						messages: Object.fromEntries(
							languages.langs.map((lang) => [lang, browserMessages(useTranslations(lang), lang)]),
						),
						translate: starlightTranslate(
							useTranslations(languages.lang),
							languages.lang,
							languages.dir,
						),
					}),
				);
			},
		},
	};
}
