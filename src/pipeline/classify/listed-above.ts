/**
 * Signals of a table keyed by codes an error table above it has listed: a retry guide
 * (`Code | Retry? | Notes`), a map of internal errors to the public codes (`Internal error |
 * Public code`). Its code column looks as much like codes as the error table's did, since it holds
 * the same ones; what it adds is what to do about them or what they map to, never what failed. A
 * document that lists its codes twice on purpose (a summary, then each code in detail; one table
 * per endpoint) says what failed in the second table too, or writes both alike, and keeps both.
 * The codes listed above come from `codesListedAbove` (`neighbours.ts`).
 */
import { normalizeSpace } from '../../core/text';
import { enumOfErrors } from './enums';
import type { Observed, Seen } from './evidence';
import { THRESHOLDS } from './tuning';

/**
 * The share of the code column's codes an error table above lists, where the table is keyed by
 * them: nearly all of them are, and no other column says what failed. 0 otherwise.
 */
export function listedShare(seen: Seen): number {
	const listed = seen.listedAbove;
	if (!listed?.size || seen.codes.length === 0) return 0;
	const share =
		seen.codes.filter((text) => listed.has(normalizeSpace(text))).length / seen.codes.length;
	const describes = seen.columns.some(
		(column, i) => i !== seen.code && column.failureShare >= THRESHOLDS.errorWordShare,
	);
	return share < THRESHOLDS.listedAboveShare || describes ? 0 : share;
}

/**
 * The share of the code column's codes an error table above lists, where another column holds
 * names the tables above list too (`actNotFound | XrplFailure.NotFound`): a map from one catalog
 * to another, both read already, whatever its notes say of the failures. A call's arguments are
 * no part of the name (`RpcError(35, …)`). 0 otherwise.
 */
export function mappedShare(seen: Seen): number {
	const listed = seen.listedAbove;
	if (!listed?.size || seen.codes.length === 0) return 0;
	const share = (cells: readonly string[]) =>
		cells.length === 0
			? 0
			: cells.filter((text) => listed.has(normalizeSpace(text.replace(CALL_ARGUMENTS, ''))))
					.length / cells.length;
	const codes = share(seen.codes);
	if (codes < THRESHOLDS.mappedShare) return 0;
	const other = seen.cells.some(
		(cells, i) => i !== seen.code && share(cells) >= THRESHOLDS.mappedShare,
	);
	return other ? codes : 0;
}

/** `(35, …)` after a name: the arguments of a call, as a map from names to types writes them. */
const CALL_ARGUMENTS = /\s*\([^()]*\)$/;

/**
 * Such a table adds what to do about the codes or what they map to. Its codes' own evidence (their
 * shape, the failure their names say) was weighed in the table above, and `evidence.ts` weighs it
 * for the codes that table did not list only.
 */
export function observeListedAbove(seen: Seen): Observed[] {
	const name = JSON.stringify(seen.labels[seen.code] || `#${seen.code + 1}`);
	const mapped = mappedShare(seen);
	if (mapped > 0)
		return [
			{
				signal: 'mapsListedNames',
				value: 1,
				says: `${Math.round(mapped * 100)}% of ${name} and of another column are names error tables above list: a map between them`,
			},
		];
	const share = listedShare(seen);
	// A subsystem's enum among siblings headed alike that say what failed counts from 0 as they
	// do: its codes repeat theirs by design.
	if (share === 0 || (seen.neighboursFail && enumOfErrors(seen))) return [];
	// The share only decides whether the table is such a guide: one that adds a connection error
	// or two of its own is no less one.
	return [
		{
			signal: 'listedAbove',
			value: 1,
			says: `${Math.round(share * 100)}% of ${name} are codes an error table above lists, and no other column says what failed`,
		},
	];
}
