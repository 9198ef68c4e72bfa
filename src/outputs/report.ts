import type { Routes } from '../core/routes';
import type { Catalog } from '../core/types';

/** The build report: per document, what was read, what was skipped and why, what was made. */
export function formatReport(catalog: Catalog, routes: Routes): string[] {
	const lines: string[] = [];
	for (const source of catalog.sources) {
		const read = source.tablesRead.filter((table) => table.accepted);
		const skipped = source.tablesRead.filter((table) => !table.accepted);
		lines.push(
			`${source.file} → ${routes.source(source.id)}: ${plural(source.tablesRead.length, 'table')}, ${read.length} read, ${skipped.length} skipped, ${plural(source.entries, 'entry', 'entries')}`,
		);
		for (const table of read) {
			lines.push(`  read    line ${table.line}: ${plural(table.rows, 'row')}, ${table.reason}`);
		}
		for (const table of skipped) {
			lines.push(`  skipped line ${table.line}: ${table.reason}`);
		}
	}
	const codes = catalog.pages.length;
	lines.push(
		`${plural(catalog.sources.length, 'document')}, ${plural(catalog.entries.length, 'entry', 'entries')}, ${plural(codes, 'code page')}`,
	);
	return lines;
}

function plural(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}
