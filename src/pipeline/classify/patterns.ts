/**
 * Tables of code patterns: a column of codes with a placeholder (`FEATURE_<NAME>_DISABLED`,
 * `user.{id}.not_found`, `E1*`) beside a column that fills each in once
 * (`FEATURE_RTC_DISABLED`). The pattern is the code a reader looks up, whatever the column
 * order or its header (`Pattern | Example`); the instance is another name of it.
 */
import type { Cell } from '../../core/types';
import { readCodeCell } from '../../core/code-cell';
import { THRESHOLDS } from './tuning';

/** A placeholder within a code: `<NAME>`, `{name}`, `${name}`, or a `*` standing for the rest. */
const PLACEHOLDER = /\$?<[\p{L}_][\p{L}\p{N}_-]*>|\$?\{[\p{L}_][\p{L}\p{N}_-]*\}|\*/u;

/**
 * The most placeholders a pattern of codes has (`<SERVICE>_<NAME>_FAILED`); a cell of more `*`
 * is emphasis or a wildcard path, no code's pattern.
 */
const MAX_PLACEHOLDERS = 3;

/** The code a cell names, as the entries stage reads it: `FEATURE_<NAME>_DISABLED`. */
const codeOf = (cell: Cell | undefined) =>
	(cell?.text ? readCodeCell(cell.lines).codes[0] : undefined) ?? '';
const writtenOf = (cell: Cell | undefined) => cell?.text.trim().replace(/^`|`$/g, '') ?? '';

/**
 * Whether `instance` is `pattern` with each placeholder filled in by a name: `FEATURE_RTC_DISABLED`
 * fills `FEATURE_<NAME>_DISABLED`; `FEATURE_<NAME>_DISABLED` fills nothing, being the pattern.
 */
export function fills(pattern: string, instance: string): boolean {
	const parts = pattern.split(PLACEHOLDER);
	if (parts.length < 2 || parts.length > MAX_PLACEHOLDERS + 1) return false;
	if (!instance || PLACEHOLDER.test(instance)) return false;
	const escaped = parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(`^${escaped.join('[\\p{L}\\p{N}_.-]+')}$`, 'u').test(instance);
}

/** The column of patterns and the column of their instances, where a table has both. */
export interface PatternColumns {
	pattern: number;
	instance: number;
}

/**
 * The pattern column and its instance column, one of them the code column chosen: where most rows
 * hold a pattern in one and a code that fills it in the other. Undefined where none does.
 */
export function patternColumns(rows: readonly Cell[][], code: number): PatternColumns | undefined {
	// Not a spread of the rows into one call: a document decides how many there are.
	const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
	const share = (pattern: number, instance: number) =>
		rows.filter((row) => fills(writtenOf(row[pattern]), codeOf(row[instance]))).length /
		rows.length;
	for (let other = 0; other < width; other++) {
		if (other === code) continue;
		if (share(other, code) >= THRESHOLDS.patternShare) return { pattern: other, instance: code };
		if (share(code, other) >= THRESHOLDS.patternShare) return { pattern: code, instance: other };
	}
	return undefined;
}
