/**
 * Which column is the message: what a code means, in the words the document gives it. The code
 * and status columns are chosen first (`roles.ts`); the message is chosen among the rest.
 */
import { type Profile, isLatin } from './columns';
import { messageKeys, reasonPhrases } from './other-names';
import { THRESHOLDS } from './tuning';
import {
	ASIDE_WORD,
	CODE_MEANING_WORD,
	MESSAGE_WORD,
	RETURNED_MESSAGE_WORD,
	namesDescription,
} from './words';

/**
 * The message: a column headed as what the code means (`Error Code Description`, which Huawei-
 * style references put before the `Error Message` the API returns); else a column headed as the
 * message; else the first column of prose after the code (a short name such as `Invalid payload`
 * reads before a long description), passing over columns half full of symbols and categories that
 * repeat a few values; else a column headed as a description; else the fullest column. Where that
 * column holds names (`Abnormal Closure`, `Message Too Big`) and another column explains them in
 * sentences, the explanation is the message and the names are a detail; unless the document calls
 * the names its message (a `Mensagem` of reason phrases is what the API returns). A remedy or a
 * remark explains nothing.
 */
export function messageColumn(columns: Profile[], codeIndex: number, taken: number[]): number {
	const chosen = firstMessageColumn(columns, codeIndex, taken);
	if (
		chosen < 0 ||
		!columns[chosen]!.names ||
		RETURNED_MESSAGE_WORD.test(columns[chosen]!.label) ||
		namesDescription(columns[chosen]!.label)
	)
		return chosen;
	const explained = [...columns.keys()].find(
		(i) =>
			i !== chosen &&
			!taken.includes(i) &&
			!columns[i]!.names &&
			columns[i]!.prose >= THRESHOLDS.proseShare &&
			!ASIDE_WORD.test(columns[i]!.label),
	);
	return explained ?? chosen;
}

function firstMessageColumn(columns: Profile[], codeIndex: number, taken: number[]): number {
	const free = [...columns.keys()].filter(
		(i) =>
			!taken.includes(i) && !messageKeys(columns, i, taken) && !reasonPhrases(columns, i, taken),
	);
	const meaning = free.find((i) => CODE_MEANING_WORD.test(columns[i]!.label));
	if (meaning !== undefined) return meaning;
	const named = free.find((i) => MESSAGE_WORD.test(columns[i]!.label));
	if (named !== undefined) return describedFirst(columns, codeIndex, free, named) ?? named;
	const ordered = [...free.filter((i) => i > codeIndex), ...free.filter((i) => i < codeIndex)];
	// A remedy or a remark (`Çözüm`, `Solution`, `Notes`) is prose that says what to do, not what
	// went wrong.
	const prose = ordered.filter(
		(i) => columns[i]!.prose >= THRESHOLDS.proseShare && !ASIDE_WORD.test(columns[i]!.label),
	);
	// A column that repeats a few values down the table (`Yazma`, `Yazma, uç nokta`: which API a
	// status comes from) is a category; what each code means differs from row to row.
	const varied = prose.filter((i) => columns[i]!.unique >= THRESHOLDS.distinctShare);
	const meanings = varied.length > 0 ? varied : prose;
	// A column half of symbols (`EX_USAGE`, remarks in its other rows) names the codes; prose
	// without symbols says what they mean.
	const plain = meanings.find((i) => columns[i]!.codeScore < THRESHOLDS.symbolShare) ?? meanings[0];
	if (plain !== undefined) return plain;
	const described = free.find((i) => namesDescription(columns[i]!.label));
	if (described !== undefined) return described;
	// One value on every row (`define`, as a generated reference gives each macro's kind) says what
	// the rows are, not what any of them means.
	return free
		.filter((i) => columns[i]!.count < 2 || columns[i]!.unique * columns[i]!.count > 1)
		.reduce((best, i) => (best < 0 || columns[i]!.count > columns[best]!.count ? i : best), -1);
}

/**
 * A description written right after the code, before a column of the message the API returns
 * (`Result Code | Description | API Response Message`, `Código | Descrição | Mensagem`): what the
 * code means comes first, as the document's readers take it; the returned text is a detail. Not a
 * column headed as the meaning (`Description | Meaning`, where the description is the status's
 * name), nor a message written before the description (`Code | Message | Description`).
 */
function describedFirst(
	columns: Profile[],
	codeIndex: number,
	free: number[],
	named: number,
): number | undefined {
	const first = codeIndex + 1;
	const message = columns[named]!.label;
	return named > first &&
		free.includes(first) &&
		RETURNED_MESSAGE_WORD.test(message) &&
		!MEANING_WORD.test(message) &&
		namesDescription(columns[first]!.label) &&
		columns[first]!.prose >= THRESHOLDS.proseShare
		? first
		: undefined;
}
/** A header of what a code means, rather than of the text the API returns. */
const MEANING_WORD = /\b(?:meaning|bedeutung|significado|signification)\b|含义|含義|意味|의미/iu;

/**
 * Where the message column is written in another script than the headings above the table (a
 * `message (korean)` column before a `message (english)` one, under English headings), the
 * message column of prose in the headings' script says it as the document does.
 */
export function messageInScriptOfHeadings(
	columns: Profile[],
	message: number,
	taken: number[],
	section: string[],
): number {
	if (message < 0 || section.length === 0) return message;
	if (!section.every(isLatin)) return wordsOverConstants(columns, message, taken);
	if (columns[message]!.latin >= THRESHOLDS.latinColumnShare) return message;
	const latin = [...columns.keys()].find(
		(i) =>
			i !== message &&
			!taken.includes(i) &&
			columns[i]!.latin >= THRESHOLDS.latinShare &&
			columns[i]!.prose >= THRESHOLDS.proseShare &&
			MESSAGE_WORD.test(columns[i]!.label),
	);
	return latin ?? message;
}

/**
 * Under headings in another script than Latin (`公共错误码`, `OpenAPI 에러 코드정리`), a column
 * headed as the message that holds constants and nothing else (`DEVICE_OFFLINE`, the code's alias
 * all the same) gives way to the column that says each in the document's own words (`设备不在线`):
 * a constant is no sentence in any language. Under Latin headings the corpus's readers split on
 * it (a `Message` of constants is the message to one, its `Description` to another), and the
 * column headed as the message stays.
 */
function wordsOverConstants(columns: Profile[], message: number, taken: number[]): number {
	const chosen = columns[message]!;
	if (chosen.prose > 0 || chosen.codeScore + chosen.identifiers < THRESHOLDS.aliasShare)
		return message;
	const words = [...columns.keys()].find(
		(i) =>
			i !== message &&
			!taken.includes(i) &&
			columns[i]!.prose >= THRESHOLDS.proseShare &&
			columns[i]!.latin < THRESHOLDS.latinColumnShare &&
			!ASIDE_WORD.test(columns[i]!.label),
	);
	return words ?? message;
}
