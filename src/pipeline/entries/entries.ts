import { toHtml } from 'hast-util-to-html';
import { readCodeCell } from '../../core/codes';
import { findPlaceholders } from '../../core/placeholders';
import { readStatus } from '../../core/status';
import type { Cell, Detail, RowsRead, SourceWarning } from '../../core/types';
import type { Classification } from '../classify/classify';
import type { DraftEntry, TableText } from '../types';

/**
 * A code cell that only says "as above": the row goes on with the entry above it. Writers use
 * ditto marks and dashes for it as often as an empty cell.
 */
const DITTO = /^(?:["'″〃”“]|''|-|–|—|…|\.\.\.|ditto|idem|same|同上|上同)$/i;

/**
 * The entries of an accepted table, in row order, and what became of each data row: every row
 * is an entry (one per code, when a cell lists several), joins the entry above it (an empty or
 * ditto code cell), titles the rows below it (a heading row), is empty, or is a warning.
 */
export function tableEntries(
	table: TableText,
	classification: Classification,
	context: { file: string; table: number },
): { entries: DraftEntry[]; warnings: SourceWarning[]; rowsRead: RowsRead } {
	const { columns } = classification;
	const entries: DraftEntry[] = [];
	const warnings: SourceWarning[] = [];
	const rowsRead: RowsRead = { entries: 0, joined: 0, headings: 0, empty: 0, unreadable: 0 };
	const roles = new Set([classification.code, classification.message, classification.status]);
	let above: DraftEntry[] = [];
	let section = table.section;
	table.rows.forEach((cells, row) => {
		const line = table.rowLines[row] ?? table.line;
		if (table.rowHeadings[row]) {
			// `Class 22 — Data Exception` across the table: the section of the rows below it.
			const title = cells.find((cell) => cell.text)?.text;
			section = title ? [...table.section, title] : table.section;
			rowsRead.headings++;
			above = [];
			return;
		}
		if (cells.every((cell) => !cell.written)) {
			rowsRead.empty++;
			return;
		}
		const codeCell = cells[classification.code];
		const codeText = codeCell?.text ?? '';
		const unreadable = (message: string) => {
			warnings.push({
				file: context.file,
				line,
				message: `row ${row + 1} of the error table at line ${table.line}: ${message}; it is shown on the source page but has no code page`,
			});
			rowsRead.unreadable++;
		};
		if (codeText === '' && codeCell?.written) {
			unreadable('its code cell holds nothing errdex can publish once unsafe markup is removed');
			return;
		}
		const statusCell = cells[classification.status];
		// A row with no code but a status of its own, where the rows around it give a code and a
		// status (`500 Internal Server Error |` beside `403 Forbidden | {"error": …}`): the status is
		// all the row says of its error, so it is the code. A row that repeats the status above, or
		// gives none, goes on with the entry above.
		const ownStatus = codeText === '' && statusCell ? readStatus(statusCell.text) : null;
		const statusOnly = ownStatus !== null && above.every((entry) => entry.status !== ownStatus);
		if ((codeText === '' || DITTO.test(codeText)) && !statusOnly) {
			if (above.length === 0) {
				unreadable(
					`it has no code in column ${JSON.stringify(columns[classification.code]!.label)} and no entry above it to continue`,
				);
				return;
			}
			// Nothing the document says is lost: the row's cells become more details of the entry.
			const more = detailsOf(cells, columns, (i) => i !== classification.code).filter(
				(detail) => detail.text,
			);
			for (const entry of above) for (const detail of more) entry.details.push(detail);
			rowsRead.joined++;
			return;
		}
		const { codes, note } = statusOnly
			? { codes: [String(ownStatus)], note: '' }
			: readCodeCell(codeCell!.lines);
		const messageCell = cells[classification.message];
		// Where a row leaves its message empty, its next filled column is what it says; where it
		// has none, what its code cell says beside the code (the description in an error body).
		const said = messageCell?.text
			? messageCell
			: cells.find((cell, i) => !roles.has(i) && cell.text);
		const message = said?.text ?? note;
		const messageHtml = said?.html ?? toHtml({ type: 'text', value: note });
		above = codes.map((code) => ({
			code,
			codeNote: note,
			aliases: [],
			status: classification.statusFromCode
				? readStatus(code)
				: statusCell
					? readStatus(statusCell.text)
					: classification.sectionStatus,
			statusText: classification.statusFromCode ? '' : (statusCell?.text ?? ''),
			message,
			messageHtml,
			placeholders: findPlaceholders(message),
			// Every entry of a table has every detail column, empty where its row is short, so the
			// rows of one table can be compared and nothing a long row holds is dropped.
			details: detailsOf(cells, columns, (i) => !roles.has(i)),
			section,
			file: context.file,
			line,
			table: context.table,
			row,
		}));
		for (const entry of above) entries.push(entry);
		rowsRead.entries++;
	});
	return { entries, warnings, rowsRead };
}

function detailsOf(
	cells: Cell[],
	columns: Classification['columns'],
	keep: (i: number) => boolean,
): Detail[] {
	return columns.flatMap((column, i) =>
		keep(i)
			? [{ label: column.label, text: cells[i]?.text ?? '', html: cells[i]?.html ?? '' }]
			: [],
	);
}
