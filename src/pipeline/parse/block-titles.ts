/**
 * The title a writer puts above a table in an HTML block of its own where Markdown has no way to
 * say it (`<div dir="rtl">تفسیر کد های خروجی</div>`, for a page written right to left): one
 * element around a few words, a heading in all but name.
 */
import { normalizeSpace } from '../../core/text';
import { THRESHOLDS } from './thresholds';

/** One element of text alone: `<div …>words</div>`, `<p align="center">words</p>`. */
const ONE_ELEMENT = /^\s*<([a-z][a-z0-9]*)\b[^<>]*>([^<>]*)<\/\1\s*>\s*$/i;

/** The text of an HTML block that titles what follows it, or null where it is no title. */
export function blockTitle(html: string): string | null {
	const match = ONE_ELEMENT.exec(html);
	if (!match) return null;
	const text = normalizeSpace(match[2]!);
	const words = text.split(' ').length;
	return text !== '' && words <= THRESHOLDS.sentenceWords ? text : null;
}
