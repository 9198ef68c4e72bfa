import type { Routes } from '../core/routes';
import type { Catalog, ReportRecord, RowsRead } from '../core/types';

/**
 * The build report, as records: per document, what was read, what was skipped and why, what
 * was made, and what errdex could not use (warnings, with their lines); then the totals.
 */
export function buildReport(catalog: Catalog, routes: Routes): ReportRecord[] {
	const records: ReportRecord[] = [];
	const info = (file: string | null, line: number | null, text: string) =>
		records.push({ level: 'info', file, line, text });
	for (const source of catalog.sources) {
		const read = source.tablesRead.filter((table) => table.accepted);
		const skipped = source.tablesRead.filter((table) => !table.accepted);
		info(
			source.file,
			null,
			`${source.file} → ${routes.source(source.id)}: ${plural(source.tablesRead.length, 'table')}, ${read.length} read, ${skipped.length} skipped, ${plural(source.entries, 'entry', 'entries')}`,
		);
		for (const table of read)
			info(
				source.file,
				table.line,
				`read    line ${table.line}: ${plural(table.rows, 'row')}, ${table.reason}${rowsNote(table.rowsRead)}`,
			);
		for (const table of skipped)
			info(source.file, table.line, `skipped line ${table.line}: ${table.reason}`);
		for (const warning of source.warnings)
			records.push({
				level: 'warning',
				file: warning.file,
				line: warning.line,
				text: `warning line ${warning.line}: ${warning.message}`,
			});
	}
	info(
		null,
		null,
		`${plural(catalog.sources.length, 'document')}, ${plural(catalog.entries.length, 'entry', 'entries')}, ${plural(catalog.pages.length, 'code page')}`,
	);
	return records;
}

/**
 * A record as the report prints it: what is about one line of a document is indented under the
 * document's own line.
 */
export function reportLine(record: ReportRecord): string {
	return record.line === null ? record.text : `  ${record.text}`;
}

/** The report as the lines it prints. */
export function formatReport(catalog: Catalog, routes: Routes): string[] {
	return buildReport(catalog, routes).map(reportLine);
}

/** What became of rows that made no entry of their own; nothing when every row did. */
function rowsNote(rows: RowsRead | undefined): string {
	if (!rows) return '';
	const parts = [
		rows.joined && `${rows.joined} joined to the entry above`,
		rows.headings && plural(rows.headings, 'heading row'),
		rows.empty && plural(rows.empty, 'empty row'),
		rows.catchAll &&
			plural(rows.catchAll, 'row for the codes not listed', 'rows for the codes not listed'),
		rows.successes && plural(rows.successes, 'success row'),
		rows.unreadable && `${rows.unreadable} unreadable`,
	].filter(Boolean);
	return parts.length ? ` (${parts.join(', ')})` : '';
}

function plural(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}
