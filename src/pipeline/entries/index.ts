import type { ClassifiedSource, DraftedSource } from '../types';
import { tableEntries } from './entries';

/** Entries stage: one draft entry per data row of every error table, in document order. */
export function draftEntries(classified: ClassifiedSource): DraftedSource {
	const { file, tables, verdicts } = classified;
	const errorTables = tables.filter((_, index) => verdicts[index]!.accepted);
	const drafts = errorTables.flatMap((table, index) =>
		tableEntries(table, verdicts[tables.indexOf(table)]!, { file, table: index }),
	);
	return { ...classified, drafts };
}
