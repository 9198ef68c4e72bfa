import { readCode } from '../../core/codes';
import { ErrdexError } from '../../core/errors';
import { findPlaceholders } from '../../core/placeholders';
import { readStatus } from '../../core/status';
import type { Detail } from '../../core/types';
import type { Classification } from '../classify/classify';
import type { DraftEntry, TableText } from '../types';

/** One entry per data row of an accepted table, in row order. */
export function tableEntries(
	table: TableText,
	classification: Classification,
	context: { file: string; table: number },
): DraftEntry[] {
	const { columns } = classification;
	return table.rows.map((cells, row) => {
		const line = table.rowLines[row] ?? table.line;
		const codeCell = cells[classification.code];
		if (!codeCell || codeCell.text === '') {
			throw new ErrdexError(
				context.file,
				line,
				`row ${row + 1} of the error table at line ${table.line} has no code in column ${JSON.stringify(columns[classification.code]!.label)}`,
			);
		}
		const { code, note } = readCode(codeCell.text);
		const statusCell = cells[classification.status];
		const status = classification.statusFromCode
			? readStatus(code)
			: statusCell
				? readStatus(statusCell.text)
				: null;
		const messageCell = cells[classification.message];
		// Every entry of a table has every detail column, empty where its row is short, so the
		// rows of one table can be compared and nothing a long row holds is dropped.
		const details: Detail[] = columns.flatMap((column, i) => {
			if (i === classification.code || i === classification.message || i === classification.status)
				return [];
			return [{ label: column.label, text: cells[i]?.text ?? '', html: cells[i]?.html ?? '' }];
		});
		const message = messageCell?.text ?? '';
		return {
			code,
			codeNote: note,
			status,
			statusText: classification.statusFromCode ? '' : (statusCell?.text ?? ''),
			message,
			messageHtml: messageCell?.html ?? '',
			placeholders: findPlaceholders(message),
			details,
			section: table.section,
			file: context.file,
			line,
			table: context.table,
			row,
		};
	});
}
