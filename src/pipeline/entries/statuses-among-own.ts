import { readCodeCell } from '../../core/code-cell';
import { codeShape, isSymbolName } from '../../core/codes';
import { reasonPhrase } from '../../core/status-names';
import type { TableText } from '../types';

/** Share of a column's cells that must be symbols' names for the column to name each code. */
const NAMED_SHARE = 0.5;
/** HTTP error statuses a column must hold for them to be HTTP's rather than the API's own. */
const MIN_ERROR_STATUSES = 2;

/**
 * The codes of a column that are HTTP statuses among the API's own numbers (`-1`, `0`, `401`,
 * `403`, `500`; `401002`, `401`, `503`): each of those is the status it is, the others have none.
 * Only where the API's own numbers are not of three digits, every number in the range of HTTP's
 * statuses is one HTTP defines, two at least of them errors, and no column names each code with a
 * constant (`401 | ERROR_PARAM_MISSING`): an API that numbers its own results in that range
 * (`209`, `212`) or beside it (`600`–`606` after `400`–`429`), or names them, has codes that only
 * look like statuses.
 */
export function statusesAmongOwn(table: TableText, code: number): Set<string> {
	const rows = table.rows.filter(
		(cells, row) => !table.rowHeaders[row] && !table.rowHeadings[row] && cells[code]?.text,
	);
	const codes = rows.flatMap((cells) => readCodeCell(cells[code]!.lines).codes);
	if (codes.length === 0 || codes.some((c) => codeShape(c) !== 'decimal')) return new Set();
	const statusLike = codes.filter((c) => /^[1-5]\d\d$/.test(c));
	const errors = statusLike.filter((c) => Number(c) >= 400);
	if (
		statusLike.length === codes.length ||
		codes.some((c) => /^\d{3}$/.test(c) && !statusLike.includes(c)) ||
		errors.length < MIN_ERROR_STATUSES ||
		statusLike.some((c) => reasonPhrase(Number(c)) === undefined)
	)
		return new Set();
	const named = table.header.some((_, i) => {
		if (i === code) return false;
		const names = rows.filter((cells) => isSymbolName(cells[i]?.text ?? '')).length;
		return names / rows.length >= NAMED_SHARE;
	});
	return named ? new Set() : new Set(statusLike);
}
