/**
 * Signals of tables that give codes to things rather than to errors: institutions with their web
 * sites and their names in two languages, currencies or brands by their proper names, a call's
 * fields beside the values they take, the states
 * of a thing (`transaction_status`, 交易状态), a protocol's message codes, the ranges of codes each
 * part of an API uses (`code-ranges.ts`). None of them says anything failed; each is weighed beside the rest of the
 * evidence (`evidence.ts`), so an error table that shows one still reads.
 */
import type { Observed, Seen } from './evidence';
import { namesBodyFields } from './body-fields';
import { observeCodeRanges } from './code-ranges';
import { THRESHOLDS } from './tuning';
import {
	FIELD_HEADER,
	LOOKUP_CONTEXT,
	MESSAGE_TYPE_CONTEXT,
	STATUS_FIELD,
	namesErrors,
} from './words';

/**
 * A cell that is a web address and nothing else: `https://www.bccard.com/`, `www.ibk.co.kr`. Not a
 * bare dotted name, which a message key is as often (`error.google.api.failed`).
 */
const WEB_ADDRESS = /^(?:https?:\/\/|www\.)\S+$/i;
/** Letters of scripts other than Latin: a name in Korean, Chinese, Cyrillic or Arabic. */
const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
const LATIN = /\p{Script=Latin}/u;
/** Words a name lowercases in any language it is written in: `Dólar de Barbados`, `Bank of Tokyo`. */
const PARTICLE_LETTERS = 3;

/**
 * What a table shows of a list of things: a column of web sites, names in two scripts, a field of
 * a thing's status, a protocol's message codes. `quiet` says that no cell, code or heading of the
 * table says anything failed: where one does, only the status field is weighed.
 */
export function observeListedThings(seen: Seen, quiet: boolean, calmCells: boolean): Observed[] {
	const observed: Observed[] = [...observeCodeRanges(seen, calmCells)];
	const label = seen.labels[seen.code] ?? '';
	// A field's states may include a failure (`3 | 失败 | 交易失败`); the field names them all.
	if (STATUS_FIELD.test(label) && !namesErrors(label))
		observed.push({
			signal: 'statusField',
			value: 1,
			says: `header ${JSON.stringify(label)} is a field holding the status of a thing`,
		});
	// The fields of the error body shown above (`Tag | Description`: `Code`, `Message`,
	// `RequestId`): each row says what a field holds, and so speaks of errors as a table of them.
	if (namesBodyFields(seen.codes))
		observed.push({
			signal: 'bodyFields',
			value: 1,
			says: `${JSON.stringify(seen.labels[seen.code] || `#${seen.code + 1}`)} names the fields of an error body, a code and a message among them`,
		});
	if (!quiet) return observed;
	const name = (i: number) => JSON.stringify(seen.labels[i] || `#${i + 1}`);
	const others = [...seen.cells.keys()].filter((i) => i !== seen.code);
	const share = (cells: string[], test: (text: string) => boolean) =>
		cells.length ? cells.filter(test).length / cells.length : 0;

	const sites = others.find(
		(i) => share(seen.cells[i]!, (text) => WEB_ADDRESS.test(text)) >= THRESHOLDS.siteShare,
	);
	if (sites !== undefined)
		observed.push({
			signal: 'siteColumn',
			value: 1,
			says: `column ${name(sites)} holds web sites, and nothing says something failed`,
		});

	// A name and its translation (`비씨 | BC`, `국민은행 | Kookmin Bank`): an institution or a
	// product, which an error table names in one language and describes in a sentence.
	const short = (text: string) => text.split(/\s+/).length <= THRESHOLDS.nameWords;
	const namesIn = (cells: string[], script: RegExp) =>
		share(cells, (text) => short(text) && script.test(text) && !/[.!?。]$/.test(text)) >=
		THRESHOLDS.translatedShare;
	const native = others.find((i) => namesIn(seen.cells[i]!, NON_LATIN));
	// Type names (`String`, `int`) and the names of errors (`APPLICATION_ERROR`) are in Latin
	// letters whatever the page's language.
	const latin = others.find(
		(i) =>
			seen.columns[i]!.types < THRESHOLDS.doubtfulCodeShare &&
			seen.columns[i]!.codeScore < THRESHOLDS.doubtfulCodeShare &&
			!seen.cells[i]!.some((text) => NON_LATIN.test(text)) &&
			namesIn(seen.cells[i]!, LATIN),
	);
	if (native !== undefined && latin !== undefined)
		observed.push({
			signal: 'namesInTwoScripts',
			value: 1,
			says: `columns ${name(native)} and ${name(latin)} name each row in two languages, and nothing says something failed`,
		});

	// A list of currencies or card brands names each row properly (`Dirham dos Emirados`, `Peso
	// Argentino`) and says nothing else: an error table says what went wrong, in a sentence or a
	// phrase whose case is a sentence's.
	const proper = others.find((i) => properNames(seen.cells[i]!));
	if (
		proper !== undefined &&
		seen.columns[seen.code]!.statusCodes < THRESHOLDS.statusShare &&
		others.every((i) => i === proper || seen.columns[i]!.prose < THRESHOLDS.proseShare)
	)
		observed.push({
			signal: 'properNames',
			value: 1,
			says: `column ${name(proper)} holds proper names, and nothing says something failed`,
		});

	// A call's fields beside the values they take (`필드명 | 코드 | 비고`: `gopaymethod |
	// onlykakaopay`): a table of a request, where an error table's other columns say what failed.
	const fields = others.find((i) => FIELD_HEADER.test(seen.labels[i] ?? ''));
	if (fields !== undefined)
		observed.push({
			signal: 'fieldColumn',
			value: 1,
			says: `header ${name(fields)} names a request's fields, and nothing says something failed`,
		});

	const near = [seen.section.at(-1) ?? '', ...seen.around, ...seen.labels].filter(Boolean);
	// Regions, countries or languages by their codes (`AFR | Africa` under `Supported Region
	// Codes`): what the codes stand for is named above or atop the table, and each row is a name
	// where an error table says what went wrong.
	const lookup = near.find((text) => LOOKUP_CONTEXT.test(text));
	if (lookup && others.length > 0 && others.every((i) => names(seen.cells[i]!)))
		observed.push({
			signal: 'quietLookup',
			value: 1,
			says: `${JSON.stringify(lookup)} names what the codes stand for, each row names one, and nothing says something failed`,
		});
	const messages = near.find((text) => MESSAGE_TYPE_CONTEXT.test(text));
	if (messages && !near.some(namesErrors))
		observed.push({
			signal: 'messageTypes',
			value: 1,
			says: `${JSON.stringify(messages)} names a protocol's message codes, and nothing says something failed`,
		});
	return observed;
}

/**
 * Whether a column names a thing in each row, in any script: of its cells, this share
 * (`THRESHOLDS.translatedShare`) are short, start with a capital or a letter of a script without
 * case, and end in no stop (`Africa`, `Europe, Middle East and Africa`, `Commonwealth of
 * Independent States`).
 */
function names(cells: string[]): boolean {
	const name = (text: string) =>
		text.split(/\s+/).length <= THRESHOLDS.nameWords &&
		/^[\p{Lu}\p{Lo}]/u.test(text) &&
		!/[.!?。:;,]$/.test(text);
	return cells.length > 0 && cells.filter(name).length / cells.length >= THRESHOLDS.translatedShare;
}

/**
 * Whether a column names things properly: of its cells of two words or more in a script with
 * case, this share (`THRESHOLDS.translatedShare`) are short, end in no stop, and capitalise every
 * word but the particles (`Dólar de Barbados`, `Peso Argentino`). One word says nothing (`Euro`
 * is a name, `Timeout` a message), nor does a script without case; such cells are at most half.
 */
function properNames(cells: string[]): boolean {
	const words = (text: string) =>
		text
			.split(/\s+/)
			.map((word) => word.replace(/[^\p{L}]/gu, ''))
			.filter(Boolean);
	const phrases = cells.filter((text) => /\p{Lu}|\p{Ll}/u.test(text) && words(text).length >= 2);
	if (phrases.length === 0 || phrases.length < cells.length / 2) return false;
	const proper = (text: string) =>
		words(text).length <= THRESHOLDS.nameWords &&
		!/[.!?。:;,]$/.test(text) &&
		words(text).every(
			(word, i) => (i > 0 && word.length <= PARTICLE_LETTERS) || word[0] !== word[0]!.toLowerCase(),
		);
	return phrases.filter(proper).length / phrases.length >= THRESHOLDS.translatedShare;
}
