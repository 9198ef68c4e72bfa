/**
 * errdex's strings in a language, for any runtime: the view models, the pages written outside
 * Astro, and the browser. The strings themselves live in `translations/<lang>.json` and reach
 * Starlight through its `i18n:setup` hook; pages read them through `Astro.locals.t`
 * (`./starlight.ts`), everything else through a `Translate` made here.
 *
 * A message is an i18next string: `{{name}}` is a value, `{{name, number}}` a number written as
 * the language writes it, and a message given a `count` has a form per plural category of the
 * language (`key_one`, `key_other`, … as `Intl.PluralRules` names them).
 */
import type english from './translations/en.json';

type PluralCategory = Intl.LDMLPluralRule;
type BaseKey<K> = K extends `${infer Base}_${PluralCategory}` ? Base : K;

/** A message of errdex, without its plural suffix: `errdex.common.codeCount`. */
export type MessageKey = BaseKey<keyof typeof english>;

/** Message templates by key, plural forms under their suffixed keys. */
export type Messages = Readonly<Record<string, string>>;

export type Values = Readonly<Record<string, string | number>>;

/** A piece of a message cut at its slots: its own text, or where an element goes. */
export type Part = string | { slot: string };

/** errdex's strings in one language; `Key` narrows which (the browser is sent only some). */
export interface Translate<Key extends string = MessageKey> {
	(key: Key, values?: Values): string;
	/** The BCP-47 tag of the language. */
	readonly lang: string;
	readonly dir: 'ltr' | 'rtl';
	/** A number as the language writes it. */
	number(value: number): string;
	/** `a, b and c` as the language joins a list. */
	list(items: readonly string[]): string;
	/** A day (an ISO date and time) as the language writes it: `December 4, 2026`. */
	date(iso: string): string;
	/**
	 * A list of `count` elements as the language joins them, the elements as slots named by
	 * their index (`{ slot: '0' }`), for a list whose items are markup.
	 */
	listParts(count: number): Part[];
	/**
	 * The message cut where the named values go, so that an element (a link, a code) can stand
	 * there: `parts('errdex.home.export', ['link'])` is `['The whole catalog is … as ', { slot:
	 * 'link' }, '.']`.
	 */
	parts(key: Key, slots: readonly string[], values?: Values): Part[];
}

/** How a message is looked up and filled in: by errdex here, or by Starlight's i18next. */
export type Format = (key: MessageKey, values: Values) => string;

/** Languages written right to left, where `Intl.Locale` cannot say (as Starlight lists them). */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'prs', 'ps', 'syc', 'ug', 'ur']);

/** Letters of the scripts written right to left. */
const RIGHT_TO_LEFT_LETTER =
	/[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;

/** The direction a text reads in: that of its first letter, as `dir="auto"` decides it. */
export function directionOf(text: string): 'ltr' | 'rtl' {
	const letter = /\p{L}/u.exec(text)?.[0];
	return letter !== undefined && RIGHT_TO_LEFT_LETTER.test(letter) ? 'rtl' : 'ltr';
}

/**
 * Text kept left to right wherever it stands, for plain text that no element can isolate
 * (an attribute, a title): Unicode's left-to-right isolate around it.
 */
export function leftToRight(text: string): string {
	return `\u2066${text}\u2069`;
}

/**
 * Text that reads in its own direction wherever it stands (`dir="auto"` for plain text): a
 * document's title inside a sentence of the page's language, in a page title.
 */
export function ownDirection(text: string): string {
	return `\u2068${text}\u2069`;
}

/** The direction a language is written in. */
export function textDirection(lang: string): 'ltr' | 'rtl' {
	const locale = new Intl.Locale(lang) as Intl.Locale & {
		getTextInfo?: () => { direction?: string };
		textInfo?: { direction?: string };
	};
	const direction = (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
	if (direction === 'rtl' || direction === 'ltr') return direction;
	return RIGHT_TO_LEFT.has(locale.language) ? 'rtl' : 'ltr';
}

/**
 * Slots are filled with characters of Unicode's private use area, which no message holds, and
 * cut out again after the message is formatted.
 */
const SLOT_OPEN = '\uE000';
const SLOT_CLOSE = '\uE001';
const SLOT = new RegExp(`${SLOT_OPEN}([^${SLOT_CLOSE}]*)${SLOT_CLOSE}`);

/**
 * How a language writes numbers, lists and plurals. Made once per language: every component of
 * every page asks for a translator, and a 100,000-code site has that many pages.
 */
interface Conventions {
	numbers: Intl.NumberFormat;
	lists: Intl.ListFormat;
	plurals: Intl.PluralRules;
	days: Intl.DateTimeFormat;
	dir: 'ltr' | 'rtl';
}
const conventions = new Map<string, Conventions>();
function conventionsOf(lang: string): Conventions {
	let found = conventions.get(lang);
	if (!found)
		conventions.set(
			lang,
			(found = {
				numbers: new Intl.NumberFormat(lang),
				lists: new Intl.ListFormat(lang, { type: 'conjunction' }),
				plurals: new Intl.PluralRules(lang),
				// Days are recorded in UTC; a reader elsewhere sees the day they were recorded on.
				days: new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }),
				dir: textDirection(lang),
			}),
		);
	return found;
}

/**
 * A `Translate` around a way of formatting messages, in `lang`; `dir` is the direction the
 * site gives the language, where it gives one.
 */
export function translator(lang: string, format: Format, dir?: 'ltr' | 'rtl'): Translate {
	const { numbers, lists, days } = conventionsOf(lang);
	const t = (key: MessageKey, values: Values = {}) => format(key, values);
	return Object.assign(t, {
		lang,
		dir: dir ?? conventionsOf(lang).dir,
		number: (value: number) => numbers.format(value),
		list: (items: readonly string[]) => lists.format(items),
		date: (iso: string) => days.format(new Date(iso)),
		listParts: (count: number): Part[] =>
			lists
				.formatToParts(Array.from({ length: count }, (_, i) => String(i)))
				.map((piece) => (piece.type === 'element' ? { slot: piece.value } : piece.value)),
		parts(key: MessageKey, slots: readonly string[], values: Values = {}): Part[] {
			const marked = { ...values };
			for (const slot of slots) marked[slot] = `${SLOT_OPEN}${slot}${SLOT_CLOSE}`;
			return format(key, marked)
				.split(SLOT)
				.map((piece, i) => (i % 2 === 1 ? { slot: piece } : piece))
				.filter((piece) => piece !== '');
		},
	});
}

const VALUE = /\{\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?\}\}/g;

/**
 * Fills in a message as i18next does (`{{name}}`, `{{name, number}}`, the plural form for
 * `count`), for where i18next is not: the browser, and the build's own files. The unit tests
 * hold it to i18next's output for every message of every language.
 */
export function formatMessages(lang: string, messages: Messages): Format {
	const { plurals, numbers } = conventionsOf(lang);
	return (key, values) => {
		const count = values['count'];
		const template =
			(typeof count === 'number'
				? (messages[`${key}_${plurals.select(count)}`] ?? messages[`${key}_other`])
				: undefined) ??
			messages[key] ??
			key;
		return template.replace(VALUE, (whole, name: string, style: string | undefined) => {
			const value = values[name];
			if (value === undefined) return whole;
			return style === 'number' && typeof value === 'number'
				? numbers.format(value)
				: String(value);
		});
	};
}

/** A `Translate` over messages errdex holds (`dir`: the site's direction for the language). */
export function createTranslate(lang: string, messages: Messages, dir?: 'ltr' | 'rtl'): Translate {
	return translator(lang, formatMessages(lang, messages), dir);
}
