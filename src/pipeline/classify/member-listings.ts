/**
 * Signals of a generated listing of a class's or an object's members (Dokka's, Javadoc's, TypeDoc's
 * `Name | Summary`): each row names a member and, beside it, declares it (`fun launcherError(msg:
 * String)`, `const val CODE_LAUNCHER_ERROR: Int = 400`). Its names may be an error's, its constants
 * the codes an exception carries; but the table lists the API's members, and their readers read
 * no error from it. Weighed beside the rest of the evidence (`evidence.ts`).
 */
import type { Observed, Seen } from './evidence';
import { THRESHOLDS } from './tuning';
import { DECLARATION_KEYWORD } from './words';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a cell declares the member named (`val CREATOR: Parcelable.Creator`, `def close(self)`). */
function declares(cell: string, member: string): boolean {
	const name = member.trim();
	if (!/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(name)) return false;
	return new RegExp(
		String.raw`(?:^|[\s\]])${DECLARATION_KEYWORD.source}\s+${escape(name)}\s*[(:=<]`,
		'iu',
	).test(cell);
}

export function observeMemberListings(seen: Seen): Observed[] {
	const names = seen.codes;
	if (names.length === 0) return [];
	const declared = seen.cells
		.map((column, i) => ({
			i,
			count:
				i === seen.code ? 0 : names.filter((name, row) => declares(column[row] ?? '', name)).length,
		}))
		.reduce((best, column) => (column.count > best.count ? column : best));
	const share = declared.count / names.length;
	if (share < THRESHOLDS.declaredShare) return [];
	return [
		{
			signal: 'memberListing',
			value: 1,
			says: `${Math.round(share * 100)}% of ${JSON.stringify(seen.labels[declared.i] || `#${declared.i + 1}`)} declare the member named in the row, as a generated API listing does`,
		},
	];
}
