import config from 'virtual:errdex/config';
import type { BrowserKey } from '../i18n/dictionaries';
import { createTranslate, type Translate } from '../i18n/translate';

/**
 * errdex's strings in the browser, in the language of the page (its `<html lang>`): the build
 * sends the few that browser code shows, in each of the site's languages.
 */
const pageLang = document.documentElement.lang;
const lang = config.messages[pageLang] ? pageLang : config.lang;

export const t: Translate<BrowserKey> = createTranslate(lang, config.messages[lang] ?? {});
