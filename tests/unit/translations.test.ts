/**
 * errdex's strings in every language it speaks: complete, filled in as i18next fills them in,
 * reaching Starlight, and the only way text gets onto errdex's pages.
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { siteLanguages } from '../../src/astro/site-language';
import {
	BROWSER_KEYS,
	DICTIONARIES,
	ENGLISH,
	baseKey,
	dictionaryFor,
} from '../../src/i18n/dictionaries';
import {
	browserMessages,
	starlightTranslate,
	translationsForStarlight,
	type StarlightT,
} from '../../src/i18n/starlight';
import {
	createTranslate,
	formatMessages,
	textDirection,
	type MessageKey,
} from '../../src/i18n/translate';

const LANGUAGES = ['en', 'de', 'es', 'fr', 'pt', 'ja', 'ko', 'zh-CN', 'fa'];
const VALUE = /\{\{\s*(\w+)\s*(?:,\s*\w+\s*)?\}\}/g;
const valuesOf = (message: string) => new Set([...message.matchAll(VALUE)].map((m) => m[1]!));
const baseKeys = [...new Set(Object.keys(ENGLISH).map(baseKey))];
const isPlural = (key: string) => !(key in ENGLISH);

describe('the dictionaries', () => {
	it('are the languages the issue asks for', () => {
		expect(Object.keys(DICTIONARIES).sort()).toEqual([...LANGUAGES].sort());
	});

	for (const lang of LANGUAGES) {
		const messages = DICTIONARIES[lang]!;
		it(`${lang}: has every key, each plural in every form the language has, and nothing else`, () => {
			const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
			const expected = baseKeys.flatMap((key) =>
				isPlural(key) ? categories.map((category) => `${key}_${category}`) : [key],
			);
			expect(Object.keys(messages).sort()).toEqual(expected.sort());
		});

		it(`${lang}: fills in the same values as English, and every value is namespaced`, () => {
			for (const [key, message] of Object.entries(messages)) {
				expect(key).toMatch(/^errdex\./);
				expect(message.trim()).toBe(message);
				const english = valuesOf(ENGLISH[key] ?? ENGLISH[`${baseKey(key)}_other`]!);
				const own = valuesOf(message);
				// A singular may say "one" in words rather than the count.
				if (isPlural(baseKey(key))) own.add('count');
				expect([key, [...own].sort()]).toEqual([key, [...english].sort()]);
			}
		});
	}

	it('are filled in by errdex exactly as i18next (Starlight) fills them in', async () => {
		const i18n = i18next.createInstance();
		await i18n.init({
			resources: Object.fromEntries(
				LANGUAGES.map((lang) => [lang, { starlight: DICTIONARIES[lang]! }]),
			),
			ns: 'starlight',
			defaultNS: 'starlight',
			fallbackLng: false,
			interpolation: { escapeValue: false },
		});
		const sample = {
			status: 404,
			source: 'Acme <API> & co',
			code: '-9',
			file: 'content/acme.md',
			path: '/e/x/',
			query: 'Member "x"',
			date: 'March 1, 2026',
			message: 'Member <b>x</b> & co',
		};
		for (const lang of LANGUAGES) {
			const ours = formatMessages(lang, DICTIONARIES[lang]!);
			for (const key of baseKeys) {
				for (const count of [0, 1, 2, 5, 1_000_000]) {
					const values = {
						...sample,
						count,
						shown: count,
						number: count + 1,
						page: count + 1,
						pages: count + 2,
						first: 1,
						last: count + 1,
						line: 12_345,
					};
					const theirs = i18n.t(key as MessageKey, { ...values, lng: lang });
					expect([lang, key, count, ours(key as MessageKey, values)]).toEqual([
						lang,
						key,
						count,
						theirs,
					]);
				}
			}
		}
	});
});

describe('a language errdex does not have', () => {
	it('reads the dictionary of the same language and script, else English', () => {
		const lead = (lang: string) => dictionaryFor(lang)['errdex.home.title'];
		expect(lead('pt-BR')).toBe(DICTIONARIES['pt']!['errdex.home.title']);
		expect(lead('zh')).toBe(DICTIONARIES['zh-CN']!['errdex.home.title']);
		expect(lead('zh-Hans-SG')).toBe(DICTIONARIES['zh-CN']!['errdex.home.title']);
		expect(lead('zh-TW')).toBe('Error reference');
		expect(lead('it')).toBe('Error reference');
	});
});

describe('a translator', () => {
	const fa = createTranslate('fa', DICTIONARIES['fa']!);
	const ja = createTranslate('ja', DICTIONARIES['ja']!);
	const en = createTranslate('en', ENGLISH);

	it('writes numbers and plurals as the language does', () => {
		expect(en('errdex.common.codeCount', { count: 1 })).toBe('1 code');
		expect(en('errdex.common.codeCount', { count: 12_345 })).toBe('12,345 codes');
		expect(fa('errdex.common.codeCount', { count: 27 })).toBe('۲۷ کد');
		expect(ja('errdex.common.codeCount', { count: 27 })).toBe('27 件のコード');
		expect(fa.number(1234)).toBe('۱٬۲۳۴');
	});

	it('joins lists as the language does', () => {
		expect(en.list(['A', 'B', 'C'])).toBe('A, B, and C');
		expect(ja.list(['A', 'B', 'C'])).toBe('A、B、C');
		expect(en.listParts(2)).toEqual([{ slot: '0' }, ' and ', { slot: '1' }]);
	});

	it('cuts a message where elements go, and leaves values unescaped for the page to escape', () => {
		expect(en.parts('errdex.home.export', ['link'])).toEqual([
			'The whole catalog is also available as ',
			{ slot: 'link' },
			'.',
		]);
		expect(fa.parts('errdex.notFound.browse', ['codes', 'sources'])).toEqual([
			'یا ',
			{ slot: 'codes' },
			' یا ',
			{ slot: 'sources' },
			' را ببینید.',
		]);
		expect(en('errdex.common.codeIn', { code: '<b>', source: 'A & B' })).toBe('<b> in A & B');
	});

	it('knows which languages are written right to left', () => {
		expect([fa.dir, ja.dir, en.dir]).toEqual(['rtl', 'ltr', 'ltr']);
		expect(['ar', 'he', 'ur', 'fa-AF', 'de'].map(textDirection)).toEqual([
			'rtl',
			'rtl',
			'rtl',
			'rtl',
			'ltr',
		]);
	});
});

/** Starlight's translation system, as `createTranslationSystem` builds it for a site. */
async function starlightT(
	lang: string,
	site: Record<string, Record<string, string>> = {},
	defaultLang = lang,
): Promise<StarlightT> {
	const injected = translationsForStarlight();
	const i18n = i18next.createInstance();
	await i18n.init({
		resources: Object.fromEntries(
			[...new Set([lang, defaultLang])].map((each) => [
				each,
				{ starlight: { ...injected[each], ...site[each] } },
			]),
		),
		// Starlight falls back to the site's default language.
		fallbackLng: defaultLang,
	});
	const t = i18n.getFixedT(lang, 'starlight');
	return Object.assign(t, {
		all: () => i18n.getResourceBundle(lang, 'starlight'),
		exists: (key: string, options?: object) =>
			i18n.exists(key, { lng: lang, ns: 'starlight', ...options }),
		dir: () => i18n.dir(lang),
	}) as unknown as StarlightT;
}

describe("through Starlight's translations", () => {
	it("speak the site's language, and what the site writes in its own i18n files wins", async () => {
		const t = starlightTranslate(
			await starlightT('de', { de: { 'errdex.code.copyLink': 'Adresse kopieren' } }),
			'de',
		);
		expect(t('errdex.code.copyLink')).toBe('Adresse kopieren');
		expect(t('errdex.code.copyCode')).toBe('Code kopieren');
		expect(t('errdex.common.codeCount', { count: 2 })).toBe('2 Codes');
		expect(t('errdex.common.codeIn', { code: '<b>', source: 'A & B' })).toBe('<b> in A & B');
	});

	it('fall back to errdex’s nearest dictionary where Starlight has none for the tag', async () => {
		const brazil = starlightTranslate(await starlightT('pt-BR'), 'pt-BR');
		expect(brazil('errdex.code.copyLink')).toBe('Copiar link');
		const italian = starlightTranslate(await starlightT('it', {}, 'fa'), 'it');
		expect(italian('errdex.code.copyLink')).toBe('Copy link');
		expect(italian('errdex.common.codeCount', { count: 3 })).toBe('3 codes');
	});

	it('take every plural form a site writes for a language errdex does not have', async () => {
		const polish = starlightTranslate(
			await starlightT('pl', {
				pl: {
					'errdex.common.codeCount_one': '{{count, number}} kod',
					'errdex.common.codeCount_few': '{{count, number}} kody',
					'errdex.common.codeCount_many': '{{count, number}} kodów',
				},
			}),
			'pl',
		);
		expect([1, 3, 5].map((count) => polish('errdex.common.codeCount', { count }))).toEqual([
			'1 kod',
			'3 kody',
			'5 kodów',
		]);
	});

	it('read the language they are asked for, whatever the page’s t was made for', async () => {
		const t = await starlightT('fa', {}, 'fa');
		expect(starlightTranslate(t, 'fa')('errdex.code.copyLink')).toBe('کپی پیوند');
		expect(starlightTranslate(await starlightT('ja', {}, 'fa'), 'fa')('errdex.code.copyLink')).toBe(
			'کپی پیوند',
		);
	});

	it("send the browser only its own strings, in the site's words", async () => {
		const messages = browserMessages(
			await starlightT('fr', { fr: { 'errdex.copy.done': 'C’est copié' } }),
			'fr',
		);
		expect(Object.keys(messages).map(baseKey).sort()).toEqual(
			[...new Set(BROWSER_KEYS)].sort().flatMap((key) =>
				Object.keys(DICTIONARIES['fr']!)
					.filter((name) => baseKey(name) === key)
					.map(() => key),
			),
		);
		expect(messages['errdex.copy.done']).toBe('C’est copié');
		expect(messages['errdex.search.resultCount_many']).toBe('{{count, number}} résultats');
	});
});

describe("the site's languages", () => {
	it('are English when the site configures none', () => {
		expect(siteLanguages(undefined, undefined)).toEqual({
			lang: 'en',
			dir: 'ltr',
			langs: ['en'],
			folders: [],
		});
	});

	it('are a root locale’s: a Persian-only site is written right to left when it says so', () => {
		expect(siteLanguages({ root: { lang: 'fa' } }, undefined).dir).toBe('ltr');
		expect(siteLanguages({ root: { lang: 'fa', dir: 'rtl' } }, undefined)).toEqual({
			lang: 'fa',
			dir: 'rtl',
			langs: ['fa'],
			folders: [],
		});
	});

	it('start with the default locale, and know the folders of the others', () => {
		expect(
			siteLanguages(
				{ root: { lang: 'en' }, ja: {}, 'pt-br': { lang: 'pt-br' }, he: { dir: 'ltr' } },
				undefined,
			),
		).toEqual({
			lang: 'en',
			dir: 'ltr',
			langs: ['en', 'ja', 'pt-BR', 'he'],
			folders: ['ja', 'pt-br', 'he'],
		});
		expect(siteLanguages({ en: {}, fa: { dir: 'rtl' } }, 'fa')).toMatchObject({
			lang: 'fa',
			dir: 'rtl',
			langs: ['fa', 'en'],
		});
	});

	it("are read from Astro's own i18n where the site configures it there", () => {
		expect(
			siteLanguages(undefined, undefined, {
				defaultLocale: 'japanese',
				locales: ['en', { path: 'japanese', codes: ['ja', 'ja-JP'] }],
			}),
		).toEqual({ lang: 'ja', dir: 'ltr', langs: ['ja', 'en'], folders: ['en', 'japanese'] });
	});
});
