/**
 * Codes that stand for a range of numbers (`4-255`, `102 - 111`, `4000–4999`, `5xx`,
 * `-4090001 ~ 4`, `R300 ~ R399`): a user who got `127`, `State: 110`, `-4090002` or `R305`
 * holds a code inside one, never the range as written. Read from the code text itself, so the index format does not change.
 */
import { ABBREVIATED_RANGE_DIGITS } from './tuning';

/** `lo - hi`, `lo – hi`, `lo ~ hi`, `lo..hi`, `lo to hi`, spaces or not; `lo` perhaps negative. */
const SPAN = /^(-?)(\d{1,15})\s*(?:-|–|—|~|\.\.|to)\s*(\d{1,15})$/i;
/** `5xx`, `4XX`: a leading digit and the places any digit can take. */
const WILDCARD = /^([1-9])(x{1,4})$/i;
/**
 * `R300 ~ R399`, `V000-V099`: the same letters before both numbers, of one width, since a code
 * such as `AB12-34` names a section as often as a span.
 */
const LETTERED_SPAN = /^([a-z]{1,4})(\d{1,12})\s*(?:-|–|—|~|\.\.|to)\s*([a-z]{1,4})(\d{1,12})$/i;
/** A code made of letters and digits, as a query names one inside a lettered span. */
const LETTERED_CODE = /^([a-z]{1,4})(\d{1,12})$/i;

export interface NumberRange {
	lo: number;
	hi: number;
	/** For a lettered span, its letters (upper case) and how many digits follow them. */
	lettered?: { letters: string; width: number };
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
	const lettered = LETTERED_SPAN.exec(text);
	if (lettered) {
		const [, letters, first, again, last] = lettered as unknown as [
			string,
			string,
			string,
			string,
			string,
		];
		if (letters.toUpperCase() !== again.toUpperCase() || first.length !== last.length) return null;
		const from = Number(first);
		const to = Number(last);
		if (from >= to) return null;
		return { lo: from, hi: to, lettered: { letters: letters.toUpperCase(), width: first.length } };
	}
	return null;
}

/** What a query names, as a range would hold it: a whole number, or letters and digits. */
function heldValue(text: string): { value: number; letters: string; width: number } | null {
	const trimmed = text.trim();
	if (/^-?\d{1,15}$/.test(trimmed)) return { value: Number(trimmed), letters: '', width: 0 };
	const lettered = LETTERED_CODE.exec(trimmed);
	if (!lettered) return null;
	const [, letters, digits] = lettered as unknown as [string, string, string];
	return { value: Number(digits), letters: letters.toUpperCase(), width: digits.length };
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

	/**
	 * Names whose code is a range holding `text`, a whole number or a lettered code; narrowest
	 * range first.
	 */
	holding(text: string): number[] {
		const held = heldValue(text);
		if (!held) return [];
		const { value, letters, width } = held;
		return this.#all()
			.filter(
				({ lo, hi, lettered }) =>
					lo <= value &&
					value <= hi &&
					(lettered ? lettered.letters === letters && lettered.width === width : letters === ''),
			)
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
