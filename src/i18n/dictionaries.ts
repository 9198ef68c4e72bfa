/**
 * Every language errdex speaks, for Starlight (`i18n:setup`), for the build's own files and for
 * what the browser is sent. Browser code never imports this module: it gets the few strings it
 * needs, in the site's languages, through `virtual:errdex/config`.
 */
import de from './translations/de.json';
import en from './translations/en.json';
import es from './translations/es.json';
import fa from './translations/fa.json';
import fr from './translations/fr.json';
import ja from './translations/ja.json';
import ko from './translations/ko.json';
import pt from './translations/pt.json';
import zhCN from './translations/zh-CN.json';
import { createTranslate, type MessageKey, type Messages } from './translate';

/** errdex's strings by language tag; English is complete, and every other has every key. */
export const DICTIONARIES: Readonly<Record<string, Messages>> = {
	en,
	de,
	es,
	fr,
	pt,
	ja,
	ko,
	'zh-CN': zhCN,
	fa,
};

export const ENGLISH: Messages = en;

/** errdex's strings in English, where no site says which language to speak. */
export const english = createTranslate('en', ENGLISH);

/** Language and script, the part of a tag that decides which strings a reader can read. */
function writtenAs(lang: string): string {
	const { language, script } = new Intl.Locale(lang).maximize();
	return `${language}-${script}`;
}

const resolved = new Map<string, Messages>();

/**
 * errdex's strings for a language tag, English where errdex has none: `pt-BR` reads `pt`, `zh`
 * and `zh-Hans` read `zh-CN` (they share language and script), `zh-TW` (another script) and
 * `it` read English.
 */
export function dictionaryFor(lang: string): Messages {
	let found = resolved.get(lang);
	if (!found) {
		const wanted = writtenAs(lang);
		const match = DICTIONARIES[lang]
			? lang
			: Object.keys(DICTIONARIES).find((known) => writtenAs(known) === wanted);
		resolved.set(lang, (found = { ...ENGLISH, ...(match ? DICTIONARIES[match] : {}) }));
	}
	return found;
}

/**
 * The messages browser code shows (search states and counts, copy buttons, the 404 page and the
 * `/codes/` filter). Only these are sent to the browser; a unit test checks that `src/client`
 * asks for no other.
 */
export const BROWSER_KEYS = [
	'errdex.common.httpStatus',
	'errdex.common.also',
	'errdex.search.noResults',
	'errdex.search.resultCount',
	'errdex.search.resultCountMore',
	'errdex.search.loading',
	'errdex.search.unavailable',
	'errdex.search.notStarted',
	'errdex.copy.done',
	'errdex.copy.failed',
	'errdex.codes.shown',
	'errdex.codes.shownOnPage',
	'errdex.notFound.missingPath',
] as const satisfies readonly MessageKey[];

export type BrowserKey = (typeof BROWSER_KEYS)[number];

const PLURAL_FORM = /^(.*)_(?:zero|one|two|few|many|other)$/;

/** The key a dictionary's key is a form of: `errdex.common.codeCount` for `…codeCount_one`. */
export function baseKey(name: string): string {
	return PLURAL_FORM.exec(name)?.[1] ?? name;
}

/** Every key of errdex's strings, without plural suffixes. */
export const BASE_KEYS: readonly MessageKey[] = [
	...new Set(Object.keys(ENGLISH).map((name) => baseKey(name) as MessageKey)),
];

/** Whether a key has a form per plural category (`errdex.common.codeCount_one`, `…_other`). */
export function isPlural(key: string): boolean {
	return !(key in ENGLISH);
}
