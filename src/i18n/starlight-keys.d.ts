/**
 * errdex's keys among Starlight's, so that `Astro.locals.t('errdex.…')` and the site's own
 * `src/content/i18n/<lang>.json` know them (Starlight's pattern for a plugin's strings).
 */
declare namespace StarlightApp {
	type ErrdexStrings = Record<import('./translate').MessageKey, string>;
	interface I18n extends ErrdexStrings {}
}
