import { ErrdexError } from '../../core/errors';
import type { SourceWarning, TableReport } from '../../core/types';
import type { ClassifiedSource, ParsedSource } from '../types';
import { type Classification, classifyTable } from './classify';
import { codesElsewhere } from './code-blocks';
import { distinctInDocument } from './document-classes';
import { codesListedAbove, failingElsewhere, failingNeighbours } from './neighbours';
import { responseShapeOf } from './response-shape';
import { WEIGHTS, type Weights } from './tuning';

/**
 * Classify stage: which tables are error tables and which column plays which role, with the
 * reason for each verdict; and the error body the document's other tables describe.
 *
 * A table correction that does not fit the document is an error when errdex's configuration
 * holds it (a person wrote it for errdex) and a warning when the document's front matter does
 * (the document is published as it is); either way the correction is not applied.
 */
export function classifySource(parsed: ParsedSource, weights: Weights = WEIGHTS): ClassifiedSource {
	const { file, settings, settingsLine, tables, tablesFrom } = parsed;
	const warnings: SourceWarning[] = [...parsed.warnings];
	const misconfigured = (message: string) => {
		if (tablesFrom === 'settings')
			throw new ErrdexError(
				file,
				1,
				`errdex setting \`tables\` of this document: ${message}.`,
				'Fix the correction in the `sources` entry of this document in errdex\'s configuration. See the README, "Table corrections".',
			);
		warnings.push({
			file,
			line: settingsLine,
			message: `front matter \`tables\`: ${message}; that correction is not applied`,
		});
	};
	const used = new Set<number>();
	const distinct = distinctInDocument(tables);
	const neighboursFail = failingNeighbours(tables);
	const othersFail = failingElsewhere(tables);
	const elsewhere = codesElsewhere(tables, parsed.document.headings);
	const verdicts: Classification[] = [];
	tables.forEach((table, index) => {
		const overrideIndex = settings.tables.findIndex(
			(o) => o.table === index + 1 || o.line === table.line,
		);
		if (overrideIndex >= 0) used.add(overrideIndex);
		verdicts.push(
			classifyTable(
				table,
				settings.tables[overrideIndex],
				misconfigured,
				tablesFrom === 'settings' ? "errdex's settings" : 'front matter',
				weights,
				distinct,
				neighboursFail[index],
				othersFail[index],
				codesListedAbove(tables, verdicts, index),
				elsewhere[index],
			),
		);
	});
	settings.tables.forEach((override, i) => {
		if (used.has(i)) return;
		misconfigured(
			`${override.table ? `table ${override.table}` : `the table at line ${override.line}`} is corrected, but the document has no such table (it has ${tables.length}${tables.length ? `, at lines ${tables.map((t) => t.line).join(', ')}` : ''})`,
		);
	});
	const reports: TableReport[] = tables.map((table, index) => {
		const { accepted, reason, score, evidence, columns } = verdicts[index]!;
		return {
			line: table.line,
			section: table.section,
			kind: parsed.document.tables[index]!.kind,
			accepted,
			reason,
			...(score !== null && { score, evidence }),
			columns,
			rows: table.rows.length,
		};
	});
	return {
		...parsed,
		warnings,
		verdicts,
		reports,
		responseShape: responseShapeOf(tables.filter((_, index) => !verdicts[index]!.accepted)),
	};
}
