/// <reference path="./starlight-keys.d.ts" />
/**
 * errdex's strings through Starlight's translations: what a site writes in its own
 * `src/content/i18n/<lang>.json` wins over what errdex ships, as it does for Starlight's own
 * strings. Where Starlight has no string for the language (a language errdex does not speak,
 * or a regional tag such as `pt-BR`, which Starlight looks up exactly), errdex's nearest
 * dictionary answers (`dictionaryFor`).
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { BROWSER_KEYS, DICTIONARIES, dictionaryFor, keyForms } from './dictionaries';
import { formatMessages, translator, type Messages, type Translate } from './translate';

type ConfigSetup = NonNullable<StarlightPlugin['hooks']['config:setup']>;

/** Starlight's `t` (`Astro.locals.t`, or `useTranslations(lang)` at configuration time). */
export type StarlightT = ReturnType<Parameters<ConfigSetup>[0]['useTranslations']>;

/** What i18next gives back for a key it does not have, in place of the key itself. */
const MISSING = '\u0000';

/** Every language's strings, as Starlight's `injectTranslations` takes them. */
export function translationsForStarlight(): Record<string, Record<string, string>> {
	return Object.fromEntries(
		Object.entries(DICTIONARIES).map(([lang, messages]) => [lang, { ...messages }]),
	);
}

/**
 * A `Translate` in `lang` (written in direction `dir`, where the site says) over Starlight's
 * `t`. The language is given with every call: Astro derives the `t` of a page from any segment
 * of its path that names a locale, and a code or a source can be named like one (`/acme/ja/`).
 */
export function starlightTranslate(t: StarlightT, lang: string, dir?: 'ltr' | 'rtl'): Translate {
	const own = formatMessages(lang, dictionaryFor(lang));
	return translator(
		lang,
		(key, values) => {
			const found = t(key, {
				...values,
				lng: lang,
				// Values are text for Astro to escape (or the page's own escaping): i18next must not.
				interpolation: { escapeValue: false },
				defaultValue: MISSING,
			});
			return found === MISSING ? own(key, values) : found;
		},
		dir,
	);
}

/**
 * The strings browser code needs (`BROWSER_KEYS`), in `lang`: the site's own translations
 * first, then errdex's.
 */
export function browserMessages(t: StarlightT, lang: string): Messages {
	const own = dictionaryFor(lang);
	const site: Record<string, unknown> = t.all();
	const messages: Record<string, string> = {};
	for (const key of BROWSER_KEYS) {
		for (const form of keyForms(key, own)) {
			const value = site[form];
			messages[form] = typeof value === 'string' && value !== '' ? value : own[form]!;
		}
	}
	return messages;
}
