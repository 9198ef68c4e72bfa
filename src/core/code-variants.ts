/**
 * A code written with a variant of itself in one cell (`PPT_TOKEN_SCADUTO/ PPT_TOKEN_SCADUTO_KO`):
 * one error under two names, not two errors. Pure, as the code cell's reading is.
 */
import { codeShape } from './codes';
import type { CodeCell } from './code-cell';

/**
 * Two codes of one shape, the second the first with a part added after a joiner (`_KO`, `-V2`,
 * `.retry`): the second names the same error as the first does, in another form a system sends
 * it, so the first is the code and the second its alias. Null for any other pair: two codes
 * merely alike (`ERR_READ`, `ERR_WRITE`) are two errors, and a number with digits added is
 * another number.
 */
export function codeWithVariant(codes: readonly string[]): CodeCell | null {
	if (codes.length !== 2) return null;
	const [code, variant] = codes as [string, string];
	const shape = codeShape(code);
	if (shape === null || NUMBER_SHAPES.has(shape) || codeShape(variant) !== shape) return null;
	return variant.startsWith(code) && JOINER.test(variant.slice(code.length))
		? { codes: [code], note: '', aliases: [variant] }
		: null;
}
const NUMBER_SHAPES = new Set(['decimal', 'hex', 'class', 'range']);
/** What a variant adds: a joiner and at least one letter or digit (`_KO`, `-2`). */
const JOINER = /^[_\-.][A-Za-z0-9]/;

/**
 * A line of a code cell that ends in a list's separator (`PPT_TOKEN_SCADUTO/` above
 * `PPT_TOKEN_SCADUTO_KO`, as a converter puts each code in a paragraph of its own): the code
 * alone, the separator having said only that another follows. Other lines as written.
 */
export function withoutTrailingSeparator(line: string): string {
	const match = /^(\S+?)\s*[,;/、]\s*$/.exec(line);
	return match && codeShape(match[1]!) ? match[1]! : line;
}
