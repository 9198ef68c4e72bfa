import { textDirection } from '../i18n/translate';

/** A locale of a Starlight site, as its configuration writes it. */
interface LocaleUserConfig {
	lang?: string | undefined;
	dir?: 'ltr' | 'rtl' | undefined;
}

/** Astro's own `i18n.locales` (used by a site that configures languages there instead). */
type AstroLocales = readonly (string | { path: string; codes: readonly string[] })[];

/** The languages of the site errdex is part of. */
export interface SiteLanguages {
	/**
	 * The language of the site's default locale. errdex's pages exist once, not once per locale,
	 * and speak it.
	 */
	lang: string;
	dir: 'ltr' | 'rtl';
	/** Every language the site's pages are written in, the default first. */
	langs: string[];
	/** The folders of the site's locales other than the root one: `en` for `/en/…`. */
	folders: string[];
}

const canonical = (lang: string) => Intl.getCanonicalLocales(lang)[0] ?? lang;

/**
 * The site's languages as Starlight reads its configuration: `locales` (the key is the folder,
 * `lang` the language, the key when it is not given; `root` has no folder; `dir` left to right
 * unless the locale says otherwise, as Starlight has it), `defaultLocale` (else `root`), or
 * Astro's `i18n` when the site configures its languages there (the direction then is the
 * language's); English when it configures none.
 */
export function siteLanguages(
	locales: Readonly<Record<string, LocaleUserConfig | undefined>> | undefined,
	defaultLocale: string | undefined,
	astroI18n?: { defaultLocale: string; locales: AstroLocales } | undefined,
): SiteLanguages {
	if (locales && Object.keys(locales).length > 0) {
		const entries = Object.entries(locales).map(([key, locale]) => ({
			key,
			lang: canonical(locale?.lang ?? key),
			dir: locale?.dir,
		}));
		const wanted = defaultLocale ?? 'root';
		const first = entries.find((entry) => entry.key === wanted) ?? entries[0]!;
		return {
			lang: first.lang,
			dir: first.dir ?? 'ltr',
			langs: [...new Set([first.lang, ...entries.map((entry) => entry.lang)])],
			folders: entries.filter((entry) => entry.key !== 'root').map((entry) => entry.key),
		};
	}
	if (astroI18n) {
		const entries = astroI18n.locales.map((locale) =>
			typeof locale === 'string'
				? { path: locale, lang: canonical(locale) }
				: { path: locale.path, lang: canonical(locale.codes[0] ?? locale.path) },
		);
		const first =
			entries.find((entry) => entry.path === astroI18n.defaultLocale) ??
			entries.find((entry) => entry.lang === canonical(astroI18n.defaultLocale)) ??
			entries[0];
		if (first)
			return {
				lang: first.lang,
				dir: textDirection(first.lang),
				langs: [...new Set([first.lang, ...entries.map((entry) => entry.lang)])],
				folders: entries.map((entry) => entry.path),
			};
	}
	return { lang: 'en', dir: 'ltr', langs: ['en'], folders: [] };
}
