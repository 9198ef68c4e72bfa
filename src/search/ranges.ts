/**
 * Codes that stand for a range of numbers (`4-255`, `102 - 111`, `4000–4999`, `5xx`,
 * `-4090001 ~ 4`): a user who got `127`, `State: 110` or `-4090002` holds a number inside one,
 * never the range as written. Read from the code text itself, so the index format does not change.
 */
import { ABBREVIATED_RANGE_DIGITS } from './tuning';

/** `lo - hi`, `lo – hi`, `lo ~ hi`, `lo..hi`, `lo to hi`, spaces or not; `lo` perhaps negative. */
const SPAN = /^(-?)(\d{1,15})\s*(?:-|–|—|~|\.\.|to)\s*(\d{1,15})$/i;
/** `5xx`, `4XX`: a leading digit and the places any digit can take. */
const WILDCARD = /^([1-9])(x{1,4})$/i;

export interface NumberRange {
	lo: number;
	hi: number;
}

/**
 * The numbers a code stands for, when it is written as a range; null otherwise. `3-1` (a
 * falling pair) is a section-style name, not a range. A long first number may be followed by
 * its last digits only (`-4090001 ~ 4` for -4090001 to -4090004), and a negative one counts
 * away from zero.
 */
export function codeRange(code: string): NumberRange | null {
	const text = code.trim();
	const span = SPAN.exec(text);
	if (span) {
		const [, sign, first, last] = span as unknown as [string, string, string, string];
		const abbreviated =
			last.length < first.length && first.length >= ABBREVIATED_RANGE_DIGITS
				? first.slice(0, first.length - last.length) + last
				: last;
		const from = Number(first);
		const to = Number(abbreviated);
		if (from >= to) return null;
		return sign ? { lo: -to, hi: -from } : { lo: from, hi: to };
	}
	const wildcard = WILDCARD.exec(text);
	if (wildcard) {
		const width = 10 ** wildcard[2]!.length;
		const lo = Number(wildcard[1]) * width;
		return { lo, hi: lo + width - 1 };
	}
	return null;
}

/** Finds the range codes that hold a number, among names read once, on first use. */
export class RangeLookup {
	readonly #size: number;
	readonly #code: (name: number) => string;
	#ranges: (NumberRange & { name: number })[] | undefined;

	constructor(size: number, code: (name: number) => string) {
		this.#size = size;
		this.#code = code;
	}

	/** Names whose code is a range holding `text`, a whole number; narrowest range first. */
	holding(text: string): number[] {
		if (!/^-?\d{1,15}$/.test(text.trim())) return [];
		const value = Number(text);
		return this.#all()
			.filter(({ lo, hi }) => lo <= value && value <= hi)
			.sort((a, b) => a.hi - a.lo - (b.hi - b.lo) || a.name - b.name)
			.map(({ name }) => name);
	}

	#all(): (NumberRange & { name: number })[] {
		if (!this.#ranges) {
			this.#ranges = [];
			for (let name = 0; name < this.#size; name++) {
				const range = codeRange(this.#code(name));
				if (range) this.#ranges.push({ ...range, name });
			}
		}
		return this.#ranges;
	}
}
