import type { MessageKey, Part, Translate } from '../i18n/translate';
import { day } from '../outputs/history';

/**
 * A sentence of what the history knows, cut where its day (and a code) go: "First seen on …",
 * "renamed to E33 on …". `date` is the day as `<time datetime>` takes it, `day` as the language
 * writes it.
 */
export interface DatedFact {
	parts: Part[];
	code: string;
	date: string;
	day: string;
}

/** The fact `key` says of the day `iso` (ISO 8601), naming `code` where it names one. */
export function datedFact(t: Translate, key: MessageKey, iso: string, code = ''): DatedFact {
	return { parts: t.parts(key, ['code', 'date']), code, date: day(iso), day: t.date(iso) };
}
