/**
 * The balance of a table's evidence and how the build report says it: each signal's weight
 * times how strongly it was seen, summed with the prior, and the strongest each way in words.
 */
import type { Profile } from './columns';
import type { Evidence, Observed } from './evidence';
import { THRESHOLDS, WEIGHTS, type Weights } from './tuning';

/** The signals weighed, strongest first, and their balance with the prior. */
export function weigh(
	observed: Observed[],
	weights: Weights = WEIGHTS,
): { score: number; evidence: Evidence[] } {
	const evidence = observed
		.map(({ signal, value, says }) => ({ signal, says, weight: round(weights[signal] * value) }))
		.filter((e) => e.weight !== 0)
		.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
	const score = round(evidence.reduce((sum, e) => sum + e.weight, weights.prior));
	return { score, evidence };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** How many signals each way the report names. */
const NAMED = 3;

/**
 * The balance and the strongest evidence each way, as the build report says it:
 * `(−2.1): column "type" holds type names (−1.5), …; for: header "code" names codes (+1.0)`.
 */
export function explain(score: number, evidence: Evidence[]): string {
	const side = (sign: number) =>
		evidence
			.filter((e) => Math.sign(e.weight) === sign)
			.slice(0, NAMED)
			.map((e) => `${e.says} (${signed(e.weight)})`)
			.join(', ');
	const main = side(score > 0 ? 1 : -1);
	const other = side(score > 0 ? -1 : 1);
	return `(${signed(score)})${main ? `: ${main}` : ''}${other ? `; ${score > 0 ? 'against' : 'for'}: ${other}` : ''}`;
}

/**
 * Why no column could be the codes, where a table had nothing to weigh: what each column holds
 * against what a code column needs, and whether anything around the table speaks of errors. A
 * reader of the build report sees what errdex saw, as for a table it weighed (`explain`).
 */
export function noCodeColumn(columns: readonly Profile[], aboutErrors: boolean): string {
	const percent = (share: number) => `${Math.round(share * 100)} %`;
	const said = columns.slice(0, NAMED_COLUMNS).map((column, i) => {
		const name = JSON.stringify(column.label || `#${i + 1}`);
		if (column.count === 0) return `${name} is empty`;
		if (column.prose >= THRESHOLDS.proseShare)
			return `${name} holds sentences (${percent(column.prose)})`;
		const codes = Math.min(column.codeScore + column.identifiers, 1);
		return `${name} holds ${percent(codes)} codes or names, ${percent(column.unique)} distinct`;
	});
	if (columns.length > NAMED_COLUMNS) said.push(`${columns.length - NAMED_COLUMNS} more columns`);
	const needs = `a code column needs ${percent(THRESHOLDS.doubtfulCodeShare)} codes or names, ${percent(THRESHOLDS.distinctShare)} distinct`;
	return `${said.join(', ')}; ${needs}${aboutErrors ? '' : '; nothing around it speaks of errors'}`;
}

/** Columns a report line describes one by one before it counts the rest. */
const NAMED_COLUMNS = 4;

export function signed(n: number): string {
	const fixed = Math.abs(n).toFixed(1);
	return n < 0 ? `−${fixed}` : `+${fixed}`;
}
