import { ErrdexError } from '../../core/errors';
import type { TableReport } from '../../core/types';
import type { ClassifiedSource, ParsedSource } from '../types';
import { classifyTable } from './classify';
import { responseShapeOf } from './response-shape';

/**
 * Classify stage: which tables are error tables and which column plays which role, with the
 * reason for each verdict; and the error body the document's other tables describe.
 */
export function classifySource(parsed: ParsedSource): ClassifiedSource {
	const { file, settings, settingsLine, tables } = parsed;
	const used = new Set<number>();
	const verdicts = tables.map((table, index) => {
		const overrideIndex = settings.tables.findIndex(
			(o) => o.table === index + 1 || o.line === table.line,
		);
		if (overrideIndex >= 0) used.add(overrideIndex);
		return classifyTable(table, settings.tables[overrideIndex], file, settingsLine);
	});
	settings.tables.forEach((override, i) => {
		if (used.has(i)) return;
		throw new ErrdexError(
			file,
			settingsLine,
			`front matter overrides ${override.table ? `table ${override.table}` : `the table at line ${override.line}`}, but the document has no such table (it has ${tables.length}${tables.length ? `, at lines ${tables.map((t) => t.line).join(', ')}` : ''})`,
		);
	});
	const reports: TableReport[] = tables.map((table, index) => ({
		line: table.line,
		section: table.section,
		kind: parsed.document.tables[index]!.kind,
		accepted: verdicts[index]!.accepted,
		reason: verdicts[index]!.reason,
		columns: verdicts[index]!.columns,
		rows: table.rows.length,
	}));
	return {
		...parsed,
		verdicts,
		reports,
		responseShape: responseShapeOf(tables.filter((_, index) => !verdicts[index]!.accepted)),
	};
}
