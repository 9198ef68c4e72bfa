/**
 * Which column is the code where one of them numbers the rows (`ID | Name`: `1 | AC0101`, `2 |
 * AC0102`): ids a list gives its rows, or codes that happen to count (errno's `1 | EPERM`).
 */
import type { Profile } from './columns';
import { THRESHOLDS } from './tuning';
import { namesAnotherForm } from './two-names';

/**
 * A column of row ids beside a column of identifiers of a code's own shape (`AC0101`, `ERR-12`,
 * `E_TIMEOUT`), each row its own: the identifiers are what a machine shows and a reader looks
 * up, the ids the list's numbering, so the ids give way and stay the identifiers' aliases. The
 * header keeps the numbers the code where it calls them so (`Code | Name`, `错误码`), or calls
 * them a value (`Name | Value`, an enum's values); names that read as words (`NotInitialized`)
 * are an enum's members, whose numbers are the codes, and do not take it.
 */
export function rowIdsGiveWay<T extends { i: number }>(columns: Profile[], candidates: T[]): T[] {
	const ids = candidates.filter((c) => {
		const column = columns[c.i]!;
		return column.rowIds && column.strength < 2 && !namesAnotherForm(column.label);
	});
	if (ids.length !== 1) return candidates;
	const identified = candidates.some((c) => {
		const column = columns[c.i]!;
		return (
			c !== ids[0] &&
			column.lettered >= THRESHOLDS.aliasShare &&
			column.filled >= THRESHOLDS.codeRows &&
			column.unique === 1
		);
	});
	return identified ? candidates.filter((c) => c !== ids[0]) : candidates;
}
