/**
 * Signals of a table whose codes are ranges: a legend or a numbering plan of which part of a
 * system uses which block of codes (`auth | 1000-1999`, `编码范围 | 模块`: `10000-19999 | 通用`),
 * where an error is one code. A table of errors by range says what each range means and is not
 * allocated to parts (`Range | Category`: `100-199 | Validation | Invalid inputs`), and a range
 * among single codes (`4000–4999 | Reserved`) is one row of an error table: neither shows these.
 */
import type { Observed, Seen } from './evidence';
import { THRESHOLDS } from './tuning';
import { ALLOCATION_WORD } from './words';

/**
 * A range of codes and nothing else (`1000-1999`, `0x100 – 0x1FF`, `400..499`, `-100 to -149`),
 * nearest zero first: a block of codes set aside, where an error is one code.
 */
const RANGE = /^(-?(?:0x[\da-f]+|\d+))\s*(?:-|–|—|~|\.\.|to)\s*(-?(?:0x[\da-f]+|\d+))$/i;
/** The success a numbering starts from (`0`), which a plan lists above its blocks. */
const ZERO = /^(?:0+|0x0+)$/i;

/** How many codes are ranges nearest zero first, and how many are the success `0`. */
function rangesOf(seen: Seen): { rising: number; zeros: number } {
	const spans = seen.codes.map((code) => RANGE.exec(code.trim()));
	// A firmware's negative codes are set aside away from zero (`-100 to -149`).
	const bound = (text: string) => (text.startsWith('-') ? -Number(text.slice(1)) : Number(text));
	const rising = spans.filter(
		(span) => span && Math.abs(bound(span[1]!)) < Math.abs(bound(span[2]!)),
	).length;
	return { rising, zeros: seen.codes.filter((code) => ZERO.test(code.trim())).length };
}

/** The words above or atop a numbering plan that give its ranges to parts of a system. */
function allocatedBy(seen: Seen): string | undefined {
	return [...seen.labels, seen.section.at(-1) ?? '', ...seen.around].find((text) =>
		ALLOCATION_WORD.test(text),
	);
}

/**
 * The share of the codes that are blocks a numbering plan gives out: every code but a success `0`
 * is a range, and a header or the heading above gives them to modules or services. 0 otherwise.
 * A block is shaped like a code without being one, and `evidence.ts` weighs the shape of the
 * other codes only.
 */
export function plannedShare(seen: Seen): number {
	const { rising, zeros } = rangesOf(seen);
	if (rising < MIN_RANGES || rising + zeros < seen.codes.length || !allocatedBy(seen)) return 0;
	return rising / seen.codes.length;
}

export function observeCodeRanges(seen: Seen, calmCells: boolean): Observed[] {
	const { rising } = rangesOf(seen);
	if (rising < MIN_RANGES) return [];
	const label = JSON.stringify(seen.labels[seen.code] || `#${seen.code + 1}`);
	if (
		rising === seen.codes.length &&
		calmCells &&
		!seen.columns.some((column) => column.prose >= THRESHOLDS.proseShare)
	)
		return [
			{
				signal: 'rangeLegend',
				value: 1,
				says: `every one of ${label} is a range of codes, and no column says what went wrong`,
			},
		];
	// Blocks given to the parts of a system may say what fails in each, and the success `0` may
	// head them: a header or the heading above naming modules or allocation says it is a plan.
	if (plannedShare(seen) === 0) return [];
	return [
		{
			signal: 'rangeAllocation',
			value: 1,
			says: `every one of ${label} but a success is a range of codes, and ${JSON.stringify(allocatedBy(seen))} gives them to parts of a system`,
		},
	];
}

/** The fewest ranges that make a legend: one range beside nothing is a table of one row. */
const MIN_RANGES = 2;
