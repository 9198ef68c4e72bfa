/**
 * Signals of tables that give codes to things rather than to errors: institutions with their web
 * sites and their names in two languages, the states of a thing (`transaction_status`, 交易状态),
 * a protocol's message codes. None of them says anything failed; each is weighed beside the rest
 * of the evidence (`evidence.ts`), so an error table that shows one still reads.
 */
import type { Observed, Seen } from './evidence';
import { THRESHOLDS } from './tuning';
import { MESSAGE_TYPE_CONTEXT, STATUS_FIELD, namesErrors } from './words';

/**
 * A cell that is a web address and nothing else: `https://www.bccard.com/`, `www.ibk.co.kr`. Not a
 * bare dotted name, which a message key is as often (`error.google.api.failed`).
 */
const WEB_ADDRESS = /^(?:https?:\/\/|www\.)\S+$/i;
/** Letters of scripts other than Latin: a name in Korean, Chinese, Cyrillic or Arabic. */
const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * What a table shows of a list of things: a column of web sites, names in two scripts, a field of
 * a thing's status, a protocol's message codes. `quiet` says that no cell, code or heading of the
 * table says anything failed: where one does, only the status field is weighed.
 */
export function observeListedThings(seen: Seen, quiet: boolean): Observed[] {
	const observed: Observed[] = [];
	const label = seen.labels[seen.code] ?? '';
	// A field's states may include a failure (`3 | 失败 | 交易失败`); the field names them all.
	if (STATUS_FIELD.test(label) && !namesErrors(label))
		observed.push({
			signal: 'statusField',
			value: 1,
			says: `header ${JSON.stringify(label)} is a field holding the status of a thing`,
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

	const near = [seen.section.at(-1) ?? '', ...seen.around, ...seen.labels].filter(Boolean);
	const messages = near.find((text) => MESSAGE_TYPE_CONTEXT.test(text));
	if (messages && !near.some(namesErrors))
		observed.push({
			signal: 'messageTypes',
			value: 1,
			says: `${JSON.stringify(messages)} names a protocol's message codes, and nothing says something failed`,
		});
	return observed;
}
