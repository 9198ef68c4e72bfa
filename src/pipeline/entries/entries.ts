import { toHtml } from 'hast-util-to-html';
import { bareNote, readCodeCell, saysNoCode } from '../../core/code-cell';
import { codeShape } from '../../core/codes';
import { findPlaceholders } from '../../core/placeholders';
import { normalizeSpace } from '../../core/text';
import { FIRST_ERROR_STATUS, isStatusRange, readStatus } from '../../core/status';
import type { Cell, Detail, RowsRead, SourceWarning } from '../../core/types';
import type { Classification } from '../classify/classify';
import { CODE_WORD } from '../classify/words';
import type { DraftEntry, TableText } from '../types';
import { isCatchAll } from './catch-all';
import { headsGroup } from './class-rows';
import { notesNameStatuses, otherNamesOf, statusNameColumns } from './other-names';
import { statedByCodeOrMeaning, statusNamedByMeaning } from './stated-status';
import { statusesAmongOwn } from './statuses-among-own';

/**
 * A code cell that only says "as above": the row goes on with the entry above it. Writers use
 * ditto marks and dashes for it as often as an empty cell.
 */
const DITTO = /^(?:["'″〃”“]|''|-|–|—|…|\.\.\.|ditto|idem|same|同上|上同)$/i;

/** The status a cell gives, none where it gives a range of them (`500-511`). */
function statusOf(text: string): number | null {
	return isStatusRange(normalizeSpace(text)) ? null : readStatus(text);
}

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
	const rowsRead: RowsRead = {
		entries: 0,
		joined: 0,
		headings: 0,
		empty: 0,
		catchAll: 0,
		successes: 0,
		unreadable: 0,
	};
	const roles = new Set([classification.code, classification.message, classification.status]);
	let above: DraftEntry[] = [];
	let section = table.section;
	const numbered = numberedCodes(table, classification.code);
	const phrases = phraseCodes(table, classification.code);
	const statusNames = classification.statusFromCode
		? statusNameColumns(
				table.rows.filter((_, row) => !table.rowHeaders[row] && !table.rowHeadings[row]),
				classification.code,
				classification.message,
			)
		: [];
	const httpStatuses = statusesAmongOwn(table, classification.code);
	const notesNameStatuses =
		classification.statusFromCode &&
		namedNotes(
			table.rows
				.filter((_, row) => !table.rowHeaders[row] && !table.rowHeadings[row])
				.map((cells) => cells[classification.code]),
		);
	table.rows.forEach((cells, row) => {
		const line = table.rowLines[row] ?? table.line;
		if (table.rowHeaders[row]) {
			// Sub-column names or the header again: its words name the columns, it holds no code.
			rowsRead.headings++;
			return;
		}
		const classHeads = headsGroup(table.rows, row, classification.code, classification.message);
		if (table.rowHeadings[row] || classHeads) {
			// `Class 22 — Data Exception` across the table, or `0x0001xx | File errors` over the
			// codes of that class: the section of the rows below it.
			const title = classHeads
				? cells[classification.message]?.text
				: cells.find((cell) => cell.text)?.text;
			section = title ? [...table.section, title] : table.section;
			rowsRead.headings++;
			above = [];
			return;
		}
		if (cells.every((cell) => !cell.written)) {
			rowsRead.empty++;
			return;
		}
		/** Reads one entry's cells; whether it made entries (rather than joined, or was unreadable). */
		const readRow = (cells: Cell[]): boolean => {
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
				return false;
			}
			const statusCell = cells[classification.status];
			// A row with no code but a status of its own, where the rows around it give a code and a
			// status (`500 Internal Server Error |` beside `403 Forbidden | {"error": …}`): the status is
			// all the row says of its error, so it is the code. A row that repeats the status above, or
			// gives none, goes on with the entry above.
			// A code cell that says there is none (`N/A`: a gateway's 502 has no GraphQL code) is as empty.
			const noCode = codeText === '' || saysNoCode(codeText);
			const ownStatus = noCode && statusCell ? readStatus(statusCell.text) : null;
			// `200 | OK | | Everything worked as expected.`: a request that went well names no error,
			// so its row has no code to give, under its status or any other.
			if (ownStatus !== null && ownStatus < FIRST_ERROR_STATUS) {
				rowsRead.successes++;
				return false;
			}
			const statusOnly = ownStatus !== null && above.every((entry) => entry.status !== ownStatus);
			// Where a table pasted from a PDF cut a word at a cell's end (`…record in fi` above `fr | om
			// the inquiry`), the next row's cells carry on the row above: letters among numbered codes,
			// and words that go on a sentence.
			const carriesOn =
				numbered &&
				/^[a-z]{1,3}$/.test(codeText) &&
				/^[a-z]/.test(cells[classification.message]?.text ?? '');
			const name = statusOnly ? undefined : nameForCode(cells, codeText, above, classification);
			if ((codeText === '' || DITTO.test(codeText) || carriesOn) && !statusOnly && !name) {
				if (above.length === 0) {
					unreadable(
						`it has no code in column ${JSON.stringify(columns[classification.code]!.label)} and no entry above it to continue`,
					);
					return false;
				}
				// Nothing the document says is lost: the row's cells become more details of the entry.
				const more = detailsOf(cells, columns, (i) => i !== classification.code).filter(
					(detail) => detail.text,
				);
				for (const entry of above) for (const detail of more) entry.details.push(detail);
				rowsRead.joined++;
				return false;
			}
			// `Unknown error codes | …` says what the codes not listed mean: the source page shows it as
			// written, and it is no code to look up. Where the row gives the rest a name of their own
			// (`Others | APIError`: the exception a user sees), the row is kept so that name is found.
			const named = classification.aliases.some((i) => cells[i]?.text);
			if (!statusOnly && !name && !named && isCatchAll(table, classification.code, codeText)) {
				rowsRead.catchAll++;
				return false;
			}
			if (numbered && !phrases && !statusOnly && WORDS.test(codeText)) {
				// A template's leftover (`new code | new code info`) among numbered codes: words where
				// every other row has a number are no code, whatever a header says.
				unreadable(
					`its code cell ${JSON.stringify(codeText)} is words where the column's other codes are numbers`,
				);
				return false;
			}
			const { codes, note, aliases } = statusOnly
				? { codes: [String(ownStatus)], note: '', aliases: [] }
				: name
					? { codes: [name], note: '', aliases: [] }
					: phrases
						? phraseOf(codeCell!, codeText)
						: readCodeCell(codeCell!.lines);
			const messageCell = cells[classification.message];
			// Where a row leaves its message empty, its next column of words is what it says (not
			// another name of the code), else its next filled column; where it has none, what its code
			// cell says beside the code (the description in an error body).
			const others = cells.filter(
				(cell, i) => !roles.has(i) && !classification.aliases.includes(i) && cell.text,
			);
			// A sentence the code cell says under its code (a generated reference's name cell) says
			// more than a word beside it (`define`).
			const sentence = !messageCell && /\s/.test(note);
			// A table of codes and their other names only (`404 | Faraday::ResourceNotFound`) says what a
			// code means in its code cell, if anywhere: a row's name is its message only where the
			// row left its message column empty.
			// A row that says nothing but its code's other name (`404 | NotFoundError`) is known by it.
			const said = messageCell?.text
				? messageCell
				: (others.find((cell) => /\s/.test(cell.text)) ??
					(sentence ? undefined : others[0]) ??
					(messageCell ? cells.find((cell, i) => !roles.has(i) && cell.text) : undefined) ??
					(note
						? undefined
						: classification.aliases.map((i) => cells[i]).find((cell) => cell?.text)));
			const message = said?.text ?? note;
			const messageHtml = said?.html ?? toHtml({ type: 'text', value: note });
			above = codes.map((code) => {
				const names = otherNamesOf(code, {
					cellAliases: aliases,
					note,
					cells,
					code: classification.code,
					message: classification.message,
					aliases: classification.aliases,
					statusNames,
					notesNameStatuses,
				});
				return {
					code,
					// A note that is only the code's other name is said once, as its alias.
					codeNote: names.includes(normalizeSpace(bareNote(note))) ? '' : note,
					aliases: names,
					status: classification.statusFromCode
						? statusOf(code)
						: classification.statusLeads
							? Number(code.slice(0, 3))
							: statusCell
								? statusOf(statusCell.text)
								: (classification.sectionStatus ??
									(httpStatuses.has(code)
										? Number(code)
										: (statusNamedByMeaning(code, messageCell?.text ?? '') ??
											statedByCodeOrMeaning(code, messageCell?.text ?? '')))),
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
				};
			});
			for (const entry of above) entries.push(entry);
			return true;
		};
		// A row of codes side by side, each with its message (`E100 Invalid login | E821 …`), is an
		// entry per cell, left to right; a cell left empty there is no entry, not "as above".
		const { code, pairs } = classification;
		const sides = [code, ...pairs]
			.sort((a, b) => a - b)
			.filter((i) => i === code || cells[i]?.text);
		let made = false;
		for (const side of sides) made = readRow(alone(cells, side, code, pairs)) || made;
		if (made) rowsRead.entries++;
	});
	return { entries, warnings, rowsRead };
}

/** Whether the code cells' notes name the statuses (see `notesNameStatuses`). */
function namedNotes(cells: (Cell | undefined)[]): boolean {
	return notesNameStatuses(
		cells.flatMap((cell) => {
			const read = readCodeCell(cell?.lines ?? []);
			return read.codes.length === 1 ? [{ code: read.codes[0]!, note: read.note }] : [];
		}),
	);
}

/**
 * The name a row without a code of its own is known by: its other name, where the code cell says
 * there is none (`N/A | APIConnectionError`), or is left empty beside a name and a message of the
 * row's own (`  | 4.7.5 | [internal] SSL cert … |` under `451 | 4.4.2 | No valid hosts`). A row
 * that says again what the row above says goes on with it, as a ditto mark says it does.
 */
function nameForCode(
	cells: Cell[],
	codeText: string,
	above: DraftEntry[],
	classification: Classification,
): string | undefined {
	const none = saysNoCode(codeText);
	if (!none && codeText !== '') return undefined;
	// Under an empty cell, only a second column of codes (`Enhanced Code`) gives a code: rows of
	// exception names under one code (`-32000 | WSRPCNotRunningError`, `  | BlockNotFoundError`)
	// are the errors that share it.
	const names = classification.aliases.filter(
		(i) =>
			i !== classification.message &&
			(none || CODE_WORD.test(classification.columns[i]?.label ?? '')),
	);
	const name = names
		.map((i) => readCodeCell(cells[i]?.lines ?? []).codes[0])
		.find((code) => code !== undefined && !DITTO.test(code));
	if (name === undefined || none) return name;
	const message = normalizeSpace(cells[classification.message]?.text ?? '');
	return message !== '' && above.every((entry) => normalizeSpace(entry.message) !== message)
		? name
		: undefined;
}

/**
 * A row's cells as one of its codes side by side sees them: that code's cell in the code column,
 * the other codes' cells empty, so that each entry has its own code and message and no other's.
 */
function alone(cells: Cell[], side: number, code: number, pairs: number[]): Cell[] {
	if (pairs.length === 0) return cells;
	const empty: Cell = { text: '', html: '', lines: [], written: false };
	return cells.map((cell, i) =>
		i === code ? (cells[side] ?? empty) : pairs.includes(i) ? empty : cell,
	);
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

/** Whether nearly every code of the table is a number (`0`, `25`, `65536`). */
function numberedCodes(table: TableText, code: number): boolean {
	const texts = table.rows.flatMap((cells, row) =>
		table.rowHeaders[row] || table.rowHeadings[row] || !cells[code]?.text
			? []
			: [cells[code]!.text],
	);
	const numbers = texts.filter((text) => /^\d+\b/.test(text)).length;
	return texts.length > 0 && numbers / texts.length >= NUMBERED_SHARE;
}

/**
 * Whether the code column's cells are short phrases, each said whole (`3x Blinken`, `2x Blinken`,
 * `Kontinuierliches Blinken`: the patterns a device's light flashes): every cell that reads as a
 * code with words after it has the same words after it, in two rows at least. A name names one
 * code (`404 Not Found`, `E01 Overheat`), so words that every code shares are part of the codes,
 * not a name of each.
 */
function phraseCodes(table: TableText, code: number): boolean {
	const words = new Set<string>();
	let said = 0;
	for (const [row, cells] of table.rows.entries()) {
		const text = normalizeSpace(cells[code]?.text ?? '');
		if (table.rowHeaders[row] || table.rowHeadings[row] || text === '') continue;
		const read = readCodeCell(cells[code]!.lines);
		// A phrase with what it means in brackets (`Slow even blink (toggles …)`) has no count.
		if (read.codes.length !== 1 || read.note === '' || !codeShape(read.codes[0]!)) continue;
		const after = text.slice(read.codes[0]!.length).trim();
		if (!text.startsWith(read.codes[0]!) || !PHRASE_WORDS.test(after)) return false;
		words.add(after.toLowerCase().replace(/s\b/g, ''));
		said++;
	}
	return said >= 2 && words.size === 1;
}
/** A phrase code said whole, but for what it means in brackets after it (see `readCode`). */
function phraseOf(cell: Cell, text: string): { codes: string[]; note: string; aliases: string[] } {
	const read = readCodeCell(cell.lines);
	return read.codes.length === 1 && !codeShape(read.codes[0]!)
		? read
		: { codes: [normalizeSpace(text)], note: '', aliases: [] };
}

/** Words of letters alone, as a phrase goes on after its count (`Blinken`, `short beeps`). */
const PHRASE_WORDS = /^\p{L}+(?:\s+\p{L}+)*$/u;

/** Words and nothing else: no digit, more than one word. */
const WORDS = /^[^\d\s]+(?:\s+[^\d\s]+)+$/u;

/** Share of a table's codes that are numbers for a few cells of letters to be no codes. */
const NUMBERED_SHARE = 0.75;
