import { codeIdentity, looseIdentity } from '../core/identity';
import { CODE_SEPARATOR } from './format';
import { lowerBound } from './vocabulary';

/**
 * A code typed with one slip is found when it is at least this long (its identity, so
 * `E-1` counts 2): in a shorter code one slip makes another code.
 */
const MIN_TYPO_LENGTH = 5;
/**
 * …and at most this long: a slip is looked for by trying every letter at every place, so its
 * cost grows with the square of the length (an 8,000-character token held the worker for 10 s),
 * and a code this long is found by its start long before it is typed whole.
 */
const MAX_TYPO_LENGTH = 64;
/** What a slip can put into an identity: identities are lower case letters, digits and `-`. */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789-';
/** Codes read per step when preparing in the background: a few milliseconds' work. */
const PREPARE_SLICE = 10_000;
/** Stands for a looser reading that several codes share, and so finds none of them. */
const AMBIGUOUS = '';
const SEPARATOR_CODE = CODE_SEPARATOR.charCodeAt(0);

/**
 * Finds entries by their code: exactly, by a looser reading, by the start of a code, and with
 * one slip of the fingers.
 *
 * The codes stay in the one string the index ships them in, and the exact lookup is a hash
 * table of entry numbers over it, built in one pass over the characters: a `Map` from 100,000
 * code strings took the browser 45 ms to build, most of the wait for the first results after
 * parsing. A code of ASCII letters and digits (most codes) is its own identity once lower
 * case, and is compared in place; the identities of the others are kept aside. What only some
 * queries need (the looser readings, the sorted keys for prefixes) is built on first use, or
 * ahead of it by `prepare`.
 */
export class CodeLookup {
	readonly size: number;
	/** Length of the longest code identity: no longer text is a code, or the start of one. */
	readonly longest: number;
	readonly #column: string;
	/** Where each code starts in the column; the next code starts one character after its end. */
	readonly #start: Uint32Array;
	/** Entry numbers (+1, 0 for empty) by hash of their identity; open addressing. */
	readonly #slots: Int32Array;
	/** Identities of the codes that are not plain ASCII letters and digits. */
	readonly #identities = new Map<number, string>();
	/** Whether each code is ASCII letters and digits with at least one digit (`E0425`): one word. */
	readonly #plainWithDigit: Uint8Array;
	/** The key each looser reading stands for, or `AMBIGUOUS` when it stands for several. */
	#loose: Map<string, string> | undefined;
	/** The building of `#loose`, a slice at a time: shared by `prepare` and a lookup that needs it first. */
	#looseBuild: Generator<void> | undefined;
	/** Distinct code keys, sorted, for prefix ranges. */
	#sorted: string[] | undefined;
	/** The keys that are whole numbers, by value, for the numerically nearest codes. */
	#numbers: { value: number; key: string }[] | undefined;

	/** `column`: `size` codes separated by `CODE_SEPARATOR`, as the index ships them. */
	constructor(column: string, size: number) {
		this.size = size;
		this.#column = column;
		const start = (this.#start = new Uint32Array(size + 1));
		const plainWithDigit = (this.#plainWithDigit = new Uint8Array(size));
		const hashes = new Uint32Array(size);
		let entry = 0;
		let hash = FNV_OFFSET;
		let plain = true;
		let digit = false;
		let longest = 0;
		for (let i = 0; i <= column.length; i++) {
			const c = i < column.length ? column.charCodeAt(i) : SEPARATOR_CODE;
			if (c === SEPARATOR_CODE) {
				if (plain && i > start[entry]!) {
					hashes[entry] = hash;
					plainWithDigit[entry] = digit ? 1 : 0;
					longest = Math.max(longest, i - start[entry]!);
				} else {
					const identity = codeIdentity(column.slice(start[entry], i));
					this.#identities.set(entry, identity);
					hashes[entry] = hashOf(identity);
					longest = Math.max(longest, identity.length);
				}
				start[++entry] = i + 1;
				hash = FNV_OFFSET;
				plain = true;
				digit = false;
			} else if (plain) {
				const lower = c >= 65 && c <= 90 ? c + 32 : c;
				if ((lower >= 97 && lower <= 122) || (c >= 48 && c <= 57)) {
					hash = Math.imul(hash ^ lower, FNV_PRIME) >>> 0;
					digit ||= c <= 57;
				} else {
					plain = false;
				}
			}
		}
		this.longest = longest;
		const slots = (this.#slots = new Int32Array(tableSize(size)));
		const mask = slots.length - 1;
		for (let e = 0; e < size; e++) {
			if (this.#identities.get(e) === '') continue;
			let slot = hashes[e]! & mask;
			while (slots[slot] !== 0) slot = (slot + 1) & mask;
			slots[slot] = e + 1;
		}
	}

	/** The code of an entry, as written. */
	code(entry: number): string {
		return this.#column.slice(this.#start[entry], this.#start[entry + 1]! - 1);
	}

	/** Whether the code is one word with digits (`E0425`, `20003`): nothing to search in it but itself. */
	isPlainWithDigit(entry: number): boolean {
		return this.#plainWithDigit[entry] === 1;
	}

	/** Builds what the first prefix or loose lookup would, ahead of it, a slice per step. */
	*prepare(): Generator<void> {
		this.#looseBuild ??= this.#buildLoose();
		yield* this.#looseBuild;
		this.#sortedKeys();
		yield;
	}

	/** Entries whose code is `text`; `E425` also finds `E0425` when no other code reads so. */
	exact(text: string): number[] {
		const key = codeIdentity(text);
		if (key.length > this.longest) return [];
		const found = this.#entries(key);
		// The looser reading only drops zeros before digits: a key without digits has none.
		if (found.length || !/\d/.test(key)) return found;
		const reading = this.#looseKeys().get(looseIdentity(key));
		return reading === undefined || reading === AMBIGUOUS ? [] : this.#entries(reading);
	}

	/**
	 * Entries whose code is the whole number `text` written with zeros before it (`016`, `0016`
	 * for `16`), which `exact` leaves out when a code is the number itself.
	 */
	padded(text: string): number[] {
		const key = codeIdentity(text);
		if (!/^[1-9]\d*$/.test(key)) return [];
		const found: number[] = [];
		for (let zeros = '0'; zeros.length + key.length <= this.longest; zeros += '0')
			found.push(...this.#entries(zeros + key));
		return found;
	}

	/**
	 * Entries whose code is `text` with one letter added, dropped, changed, or two neighbours
	 * swapped (`UNAUTHENTICATD`, `2PB01`). Not for numbers: a number one digit off is another
	 * number, not a slip.
	 */
	near(text: string): number[] {
		const key = codeIdentity(text);
		// A slip adds at most one character.
		if (key.length < MIN_TYPO_LENGTH || key.length > Math.min(MAX_TYPO_LENGTH, this.longest + 1))
			return [];
		if (!/[a-z]/.test(key)) return [];
		const found = new Set<number>();
		const visit = (candidate: string) => {
			if (candidate !== key) for (const entry of this.#entries(candidate)) found.add(entry);
		};
		for (let i = 0; i <= key.length; i++) {
			const head = key.slice(0, i);
			const tail = key.slice(i);
			if (i < key.length) visit(head + tail.slice(1));
			if (i + 1 < key.length) visit(head + tail[1] + tail[0] + tail.slice(2));
			for (const c of ALPHABET) {
				visit(head + c + tail);
				if (i < key.length) visit(head + c + tail.slice(1));
			}
		}
		return [...found];
	}

	/** Entries whose code starts with `text` (and is longer), shortest codes first, at most `limit`. */
	prefixed(text: string, limit: number): number[] {
		const key = codeIdentity(text);
		if (key === '' || key.length >= this.longest) return [];
		const sorted = this.#sortedKeys();
		// Scans the whole range but keeps only `limit` keys: a one-digit prefix can span most of
		// a large catalog, and sorting all of it on every keystroke would cost more than this.
		const best: string[] = [];
		for (let i = lowerBound(sorted, key); i < sorted.length; i++) {
			const candidate = sorted[i]!;
			if (!candidate.startsWith(key)) break;
			if (candidate === key) continue;
			if (best.length === limit && candidate.length >= best[limit - 1]!.length) continue;
			let at = best.length;
			while (at > 0 && best[at - 1]!.length > candidate.length) at--;
			best.splice(at, 0, candidate);
			if (best.length > limit) best.pop();
		}
		const entries: number[] = [];
		for (const key of best) for (const entry of this.#entries(key)) entries.push(entry);
		return entries.slice(0, limit);
	}

	/**
	 * The codes that sort next to `text`, `count` on each side, and for a number the `count`
	 * numerically nearest on each side: the codes a page that was not found was likely meant
	 * for (`E0426` beside `E0425`, `20010` beside `20011`), found without reading every code.
	 */
	around(text: string, count: number): number[] {
		const key = codeIdentity(text).slice(0, this.longest);
		if (key === '') return [];
		const sorted = this.#sortedKeys();
		const at = lowerBound(sorted, key);
		const keys = sorted.slice(Math.max(0, at - count), at + count);
		if (/^-?\d{1,15}$/.test(key)) {
			const numbers = this.#numberKeys();
			const value = Number(key);
			let lo = 0;
			let hi = numbers.length;
			while (lo < hi) {
				const mid = (lo + hi) >>> 1;
				if (numbers[mid]!.value < value) lo = mid + 1;
				else hi = mid;
			}
			for (const number of numbers.slice(Math.max(0, lo - count), lo + count))
				keys.push(number.key);
		}
		const entries: number[] = [];
		for (const found of new Set(keys))
			for (const entry of this.#entries(found)) entries.push(entry);
		return entries;
	}

	/** Entries whose code's identity is `key`, in catalog order. */
	#entries(key: string): number[] {
		const found: number[] = [];
		if (key === '') return found;
		const slots = this.#slots;
		const mask = slots.length - 1;
		for (let slot = hashOf(key) & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
			const entry = slots[slot]! - 1;
			if (this.#is(entry, key)) found.push(entry);
		}
		return found.sort((a, b) => a - b);
	}

	/** Whether the identity of an entry's code is `key`, compared in place for plain codes. */
	#is(entry: number, key: string): boolean {
		const identity = this.#identities.get(entry);
		if (identity !== undefined) return identity === key;
		const from = this.#start[entry]!;
		if (this.#start[entry + 1]! - 1 - from !== key.length) return false;
		for (let i = 0; i < key.length; i++) {
			const c = this.#column.charCodeAt(from + i);
			if ((c >= 65 && c <= 90 ? c + 32 : c) !== key.charCodeAt(i)) return false;
		}
		return true;
	}

	#identity(entry: number): string {
		return this.#identities.get(entry) ?? this.code(entry).toLowerCase();
	}

	#looseKeys(): Map<string, string> {
		if (!this.#loose) {
			this.#looseBuild ??= this.#buildLoose();
			while (!this.#looseBuild.next().done);
		}
		return this.#loose!;
	}

	*#buildLoose(): Generator<void> {
		const loose = new Map<string, string>();
		for (let entry = 0; entry < this.size; entry++) {
			const key = this.#identity(entry);
			if (key !== '') {
				const reading = looseIdentity(key);
				const held = loose.get(reading);
				loose.set(reading, held === undefined || held === key ? key : AMBIGUOUS);
			}
			if ((entry + 1) % PREPARE_SLICE === 0) yield;
		}
		this.#loose = loose;
	}

	#numberKeys(): { value: number; key: string }[] {
		this.#numbers ??= this.#sortedKeys()
			.filter((key) => /^-?\d{1,15}$/.test(key))
			.map((key) => ({ value: Number(key), key }))
			.sort((a, b) => a.value - b.value);
		return this.#numbers;
	}

	#sortedKeys(): string[] {
		if (this.#sorted) return this.#sorted;
		const keys = new Set<string>();
		for (let entry = 0; entry < this.size; entry++) keys.add(this.#identity(entry));
		keys.delete('');
		return (this.#sorted = [...keys].sort());
	}
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the characters of an identity, as the constructor hashes plain codes in place. */
function hashOf(identity: string): number {
	let hash = FNV_OFFSET;
	for (let i = 0; i < identity.length; i++)
		hash = Math.imul(hash ^ identity.charCodeAt(i), FNV_PRIME) >>> 0;
	return hash;
}

/** A power of two at least twice the number of codes: probes stay short. */
function tableSize(codes: number): number {
	let size = 16;
	while (size < codes * 2) size *= 2;
	return size;
}
