import type { ClassifiedSource, DraftedSource, DraftEntry } from '../types';
import { tableEntries } from './entries';
import { withMeaningsElsewhere } from './meanings-elsewhere';

/**
 * Entries stage: draft entries from every error table, in document order; rows it cannot read
 * become warnings, and each table's report says what became of its rows. A row that says nothing
 * of its code takes what another table's cell lists it as meaning.
 */
export function draftEntries(classified: ClassifiedSource): DraftedSource {
	const { file, tables, verdicts } = classified;
	const drafts: DraftEntry[] = [];
	const warnings = [...classified.warnings];
	let errorTable = 0;
	const reports = classified.reports.map((report, index) => {
		if (!verdicts[index]!.accepted) return report;
		const read = tableEntries(tables[index]!, verdicts[index]!, { file, table: errorTable++ });
		for (const entry of read.entries) drafts.push(entry);
		for (const warning of read.warnings) warnings.push(warning);
		return { ...report, rowsRead: read.rowsRead };
	});
	const skipped = verdicts.map((verdict) => !verdict.accepted);
	return {
		...classified,
		drafts: withMeaningsElsewhere(drafts, tables, skipped, classified.document.hast),
		warnings,
		reports,
	};
}
