/**
 * Situations mapped to the HTTP statuses that answer them (`Error | HTTP Code | Description`:
 * `Bad request | 400`, `Wrong start_time | 400`, `Unauthorized | 401`): the statuses are the codes
 * a client sees, repeated down the column as one status answers several situations, and each
 * situation's name is what its row goes by.
 */
import type { Profile } from './columns';
import { THRESHOLDS } from './tuning';

/**
 * Whether a status column that repeats is the code column all the same: every cell an error
 * status HTTP defines, in a table about errors, beside a column that names each row's situation.
 * A column of numbers that repeat in a list of values or a layout has no such column, nor
 * statuses only of failure.
 */
export function situationsOfStatuses(
	columns: Profile[],
	statusIndex: number,
	aboutErrors: boolean,
): boolean {
	return aboutErrors && columns.some((_, i) => namesSituation(columns, statusIndex, i));
}

/**
 * Whether column `i` names the situations a column of error statuses answers (`Error`: `Wrong
 * start_time`, `Item not found`): headed as the error or saying something failed, each row its
 * own, names rather than only sentences, beside error statuses that repeat.
 */
export function namesSituation(columns: Profile[], statusIndex: number, i: number): boolean {
	const status = columns[statusIndex];
	const column = columns[i]!;
	return (
		status !== undefined &&
		i !== statusIndex &&
		status.errorStatuses === 1 &&
		status.filled >= THRESHOLDS.statusShare &&
		status.unique < THRESHOLDS.statusShare &&
		column.count > 0 &&
		column.statusShare === 0 &&
		column.unique >= THRESHOLDS.aliasDistinct &&
		(column.strength === 1 || column.failureShare >= THRESHOLDS.errorWordShare) &&
		column.prose < 1
	);
}
