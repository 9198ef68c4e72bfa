import type { Routes } from '../core/routes';
import type { Catalog, RowsRead } from '../core/types';

/**
 * The build report: per document, what was read, what was skipped and why, what was made, and
 * what errdex could not use (warnings, with their lines).
 */
export function formatReport(catalog: Catalog, routes: Routes): string[] {
	const lines: string[] = [];
	for (const source of catalog.sources) {
		const read = source.tablesRead.filter((table) => table.accepted);
		const skipped = source.tablesRead.filter((table) => !table.accepted);
		lines.push(
			`${source.file} → ${routes.source(source.id)}: ${plural(source.tablesRead.length, 'table')}, ${read.length} read, ${skipped.length} skipped, ${plural(source.entries, 'entry', 'entries')}`,
		);
		for (const table of read) {
			lines.push(
				`  read    line ${table.line}: ${plural(table.rows, 'row')}, ${table.reason}${rowsNote(table.rowsRead)}`,
			);
		}
		for (const table of skipped) {
			lines.push(`  skipped line ${table.line}: ${table.reason}`);
		}
		for (const warning of source.warnings) {
			lines.push(`  warning line ${warning.line}: ${warning.message}`);
		}
	}
	const codes = catalog.pages.length;
	lines.push(
		`${plural(catalog.sources.length, 'document')}, ${plural(catalog.entries.length, 'entry', 'entries')}, ${plural(codes, 'code page')}`,
	);
	return lines;
}

/** What became of rows that made no entry of their own; nothing when every row did. */
function rowsNote(rows: RowsRead | undefined): string {
	if (!rows) return '';
	const parts = [
		rows.joined && `${rows.joined} joined to the entry above`,
		rows.headings && plural(rows.headings, 'heading row'),
		rows.empty && plural(rows.empty, 'empty row'),
		rows.unreadable && `${rows.unreadable} unreadable`,
	].filter(Boolean);
	return parts.length ? ` (${parts.join(', ')})` : '';
}

function plural(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}
