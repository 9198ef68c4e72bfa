import { starlightTranslate } from '../i18n/starlight';
import type { Translate } from '../i18n/translate';
import { siteConfig } from './site';

/**
 * errdex's strings on a page, through Starlight's `Astro.locals.t`. errdex's pages speak the
 * site's default language, in the direction the site gives it, whatever locale their path may
 * look like; a component that is on every page of the site (the search dialog) gives the page's
 * own language instead.
 */
export function pageTranslate(locals: App.Locals, lang: string = siteConfig.lang): Translate {
	return starlightTranslate(locals.t, lang, lang === siteConfig.lang ? siteConfig.dir : undefined);
}
