/// <reference path="./starlight-keys.d.ts" />
/**
 * errdex's strings through Starlight's translations: what a site writes in its own
 * `src/content/i18n/<lang>.json` wins over what errdex ships, as it does for Starlight's own
 * strings. Where Starlight has no string for the language (a language errdex does not speak,
 * or a regional tag such as `pt-BR`, which Starlight looks up exactly), errdex's nearest
 * dictionary answers (`dictionaryFor`).
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { BASE_KEYS, BROWSER_KEYS, DICTIONARIES, dictionaryFor, isPlural } from './dictionaries';
import { createTranslate, type MessageKey, type Messages, type Translate } from './translate';

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
 * errdex's strings in `lang` as the site has them: what Starlight holds for the language (the
 * site's own translations over errdex's), else errdex's nearest dictionary. `keys` narrows them
 * (the browser is sent a few). The language is given to every look-up: Astro derives the `t` of
 * a page from any segment of its path that names a locale, and a code or a source can be named
 * like one (`/acme/ja/`).
 */
export function siteMessages(
	t: StarlightT,
	lang: string,
	keys: readonly string[] = BASE_KEYS,
): Messages {
	const own = dictionaryFor(lang);
	const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
	const messages: Record<string, string> = {};
	for (const key of keys) {
		const plural = isPlural(key);
		const forms = plural ? categories.map((category) => `${key}_${category}`) : [key];
		for (const form of forms) {
			const found = t(form as MessageKey, {
				lng: lang,
				fallbackLng: false,
				skipInterpolation: true,
				defaultValue: MISSING,
			});
			const value = found === MISSING ? (own[form] ?? own[`${key}_other`]) : found;
			if (value !== undefined) messages[form] = value;
		}
	}
	return messages;
}

/**
 * Translators made, by the strings Starlight holds for the language of the `t` they were read
 * through: a page's components each ask for one, and a 100,000-code site has that many pages,
 * so the strings are read from Starlight once and filled in by errdex (as i18next would: the
 * unit tests hold them to it). The holder changes when Starlight reads its translations again
 * (the dev server, after an edit), and so do the translators.
 */
const made = new WeakMap<object, Map<string, Translate>>();
const madeWithoutHolder = new Map<string, Translate>();

/** A `Translate` in `lang` (written in direction `dir`, where the site says) over Starlight's `t`. */
export function starlightTranslate(t: StarlightT, lang: string, dir?: 'ltr' | 'rtl'): Translate {
	const holder: object | undefined = t.all();
	const byLang = holder ? (made.get(holder) ?? new Map<string, Translate>()) : madeWithoutHolder;
	if (holder) made.set(holder, byLang);
	const key = `${lang} ${dir ?? ''}`;
	let found = byLang.get(key);
	if (!found) byLang.set(key, (found = createTranslate(lang, siteMessages(t, lang), dir)));
	return found;
}

/** The strings browser code needs (`BROWSER_KEYS`), in `lang`, as the site has them. */
export function browserMessages(t: StarlightT, lang: string): Messages {
	return siteMessages(t, lang, BROWSER_KEYS);
}
