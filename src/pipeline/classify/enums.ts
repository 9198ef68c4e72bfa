/**
 * A subsystem's catalog of errors as an enum: a column headed as an error's code beside a column
 * of the enum's names (`ECode | Enum Name | Meaning`: `0 | FAILSAFE_RESOLVED`). Its numbers count
 * 0, 1, 2 in each subsystem's table, and repeat from one table to the next, by design.
 */
import type { Seen } from './evidence';
import { THRESHOLDS } from './tuning';
import { namesErrorCodes } from './words';

/** A header of the enum's names alone; `Mode Name` names modes, not errors. */
const ENUM_NAME_HEADER =
	/^(?:enum(?:eration)?\s*)?(?:names?|constants?|symbols?|identifiers?)$|^enum(?:eration)?s?$/i;

export function enumOfErrors(seen: Seen): boolean {
	const { labels, columns, code } = seen;
	return (
		namesErrorCodes(labels[code] ?? '') &&
		columns.some(
			(column, i) =>
				i !== code &&
				ENUM_NAME_HEADER.test(column.label.trim()) &&
				column.constants >= THRESHOLDS.enumNameShare,
		)
	);
}
