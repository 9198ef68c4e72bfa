/**
 * Signals of a table that lists the messages a library throws, with no code for them
 * (`Message | Raised when`: `MerchantID is empty.`), or groups them by the module that throws
 * them (`Module | Message`: `GetInvoice | The invoice no is empty.`). A message is no code, and
 * neither is the module's name: the first word of `MerchantID is empty.` is a field's name. Each
 * is weighed beside the rest of the evidence (`evidence.ts`), so a table whose codes are
 * sentences under a header of codes (`Código | Descripción`) still reads.
 */
import type { Observed, Seen } from './evidence';
import { THRESHOLDS } from './tuning';
import { NOT_CODE_HEADER, RETURNED_MESSAGE_WORD } from './words';

/** Words before the end of a sentence: `Invalid token.` may be a code's short name, three words less so. */
const SENTENCE = /^["'“‘`]?\S+(?:\s+\S+){2,}[.!?。！？]["'”’`]?$/u;

/** Whether a cell says a whole sentence, as a thrown message does (`MerchantID is empty.`); not
 * the parse stage's `isSentence`, which asks only whether a cell could not name a column. */
export function isThrownMessage(text: string): boolean {
	return text
		.split(/\s*(?:\s\/\s|[、；;])\s*/u)
		.filter(Boolean)
		.every((part) => SENTENCE.test(part.trim()));
}

/**
 * What a table shows of listed messages: the code column headed as the message and holding
 * sentences, or headed as something else than codes (`Module`) beside a message column of
 * sentences. Nothing where the code column is headed as codes or errors.
 */
export function observeListedMessages(seen: Seen): Observed[] {
	const code = seen.columns[seen.code]!;
	if (code.strength > 0) return [];
	const label = seen.labels[seen.code] ?? '';
	const sentences = (i: number) => {
		const cells = seen.cells[i] ?? [];
		return cells.length ? cells.filter(isThrownMessage).length / cells.length : 0;
	};
	const name = (i: number) => JSON.stringify(seen.labels[i] || `#${i + 1}`);
	if (RETURNED_MESSAGE_WORD.test(label)) {
		const share = sentences(seen.code);
		return share >= THRESHOLDS.messageSentenceShare
			? [
					{
						signal: 'listedMessages',
						value: share,
						says: `${name(seen.code)} is headed as messages and ${Math.round(share * 100)}% of it are sentences, not codes`,
					},
				]
			: [];
	}
	if (!NOT_CODE_HEADER.test(label)) return [];
	const beside = seen.labels.findIndex(
		(text, i) =>
			i !== seen.code &&
			RETURNED_MESSAGE_WORD.test(text) &&
			sentences(i) >= THRESHOLDS.messageSentenceShare,
	);
	return beside < 0
		? []
		: [
				{
					signal: 'listedMessages',
					value: sentences(beside),
					says: `${name(beside)} lists messages in sentences, and ${name(seen.code)} beside it names something other than codes`,
				},
			];
}
