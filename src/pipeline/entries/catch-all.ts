import { readCodeCell } from '../../core/code-cell';
import { codeShape } from '../../core/codes';
import type { TableText } from '../types';

/**
 * Words that name the codes a table does not list (`Unknown error codes`, `All other codes`,
 * `Any other value`, `Other`, `其他`, `その他`, `기타`, `Otros`): a row that says what the rest
 * mean, not a code of its own. `Unknown` alone is left out: it is a code's name often enough.
 */
const CATCH_ALL = new RegExp(
	`^(?:${[
		String.raw`(?:(?:all|any)\s+)?others?`,
		String.raw`(?:(?:all|any)\s+)?(?:other|unknown|unlisted|remaining|undefined)\s+(?:(?:error|status|return|result|response|reason)\s+)?(?:codes?|values?|errors?|statuses|cases)`,
		String.raw`any\s+other\s+\p{L}+`,
		String.raw`(?:其[他它]|その他)(?:错误|錯誤|エラー)?(?:码|碼|代码|代碼|コード)?`,
		String.raw`기타(?:\s*(?:오류|에러))?(?:\s*코드)?`,
		String.raw`(?:otros?|outros?|autres?|altri|andere|sonstige|другие|прочие)(?:\s+\p{L}+)?`,
		String.raw`cualquier\s+otro(?:\s+\p{L}+)?`,
	].join('|')})$`,
	'iu',
);

/** Share of a code column's other cells that must read as codes for words among them to be a catch-all. */
const SHAPED_SHARE = 0.75;

/**
 * Whether a code cell's words name the codes the table does not list, among code cells that read
 * as codes: the row is shown on the source page as written, and makes no entry. A cell shaped as
 * a code (`OTHER`, `UNKNOWN_ERROR`) is a code whatever it says.
 */
export function isCatchAll(table: TableText, code: number, text: string): boolean {
	if (codeShape(text) !== null || !CATCH_ALL.test(text.trim())) return false;
	const others = table.rows.flatMap((cells, row) => {
		const other = cells[code];
		return table.rowHeaders[row] || table.rowHeadings[row] || !other?.text || other.text === text
			? []
			: [other];
	});
	const shaped = others.filter((cell) =>
		readCodeCell(cell.lines).codes.some((read) => codeShape(read) !== null),
	).length;
	return others.length >= 2 && shaped / others.length >= SHAPED_SHARE;
}
