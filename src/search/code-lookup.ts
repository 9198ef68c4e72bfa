import { codeIdentity, looseIdentity } from '../core/identity';
import { lowerBound } from './vocabulary';

/**
 * A code typed with one slip is found when it is at least this long (its identity, so
 * `E-1` counts 2): in a shorter code one slip makes another code.
 */
const MIN_TYPO_LENGTH = 5;
/** Codes read per step when preparing in the background: a few milliseconds' work. */
const PREPARE_SLICE = 10_000;
/** Stands for a looser reading that several codes share, and so finds none of them. */
const AMBIGUOUS = '';
/** What a slip can put into an identity: identities are lower case letters, digits and `-`. */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789-';

/**
 * Finds entries by their code: exactly, by a looser reading, by the start of a code, and with
 * one slip of the fingers. The exact map is built on load; what only some queries need (the
 * looser readings, the sorted keys for prefixes) is built on first use.
 */
export class CodeLookup {
	/** Entries by code key: one entry as a number (most codes), several as an array. */
	readonly #exact = new Map<string, number | number[]>();
	/** The key each looser reading stands for, or `AMBIGUOUS` when it stands for several. */
	#loose: Map<string, string> | undefined;
	/** The building of `#loose`, a slice at a time: shared by `prepare` and a lookup that needs it first. */
	#looseBuild: Generator<void> | undefined;
	/** Distinct code keys, sorted, for prefix ranges. */
	#sorted: string[] | undefined;

	constructor(codes: readonly string[]) {
		const exact = this.#exact;
		for (let entry = 0; entry < codes.length; entry++) {
			const key = codeIdentity(codes[entry]!);
			if (key === '') continue;
			const held = exact.get(key);
			if (held === undefined) exact.set(key, entry);
			else if (typeof held === 'number') exact.set(key, [held, entry]);
			else held.push(entry);
		}
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
		const found = this.#entries(key);
		// The looser reading only drops zeros before digits: a key without digits has none.
		if (found.length || !/\d/.test(key)) return found;
		const reading = this.#looseKeys().get(looseIdentity(key));
		return reading === undefined || reading === AMBIGUOUS ? [] : this.#entries(reading);
	}

	/**
	 * Entries whose code is `text` with one letter added, dropped, changed, or two neighbours
	 * swapped (`UNAUTHENTICATD`, `2PB01`). Not for numbers: a number one digit off is another
	 * number, not a slip.
	 */
	near(text: string): number[] {
		const key = codeIdentity(text);
		if (key.length < MIN_TYPO_LENGTH || !/[a-z]/.test(key)) return [];
		const found = new Set<number>();
		// Called over a thousand times per query: no array is made for the many misses.
		const visit = (candidate: string) => {
			const held = candidate === key ? undefined : this.#exact.get(candidate);
			if (held === undefined) return;
			if (typeof held === 'number') found.add(held);
			else for (const entry of held) found.add(entry);
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
		if (key === '') return [];
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
		for (const key of best) entries.push(...this.#entries(key));
		return entries.slice(0, limit);
	}

	#entries(key: string): number[] {
		const held = this.#exact.get(key);
		return held === undefined ? [] : typeof held === 'number' ? [held] : held;
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
		let done = 0;
		for (const key of this.#exact.keys()) {
			const reading = looseIdentity(key);
			const held = loose.get(reading);
			loose.set(reading, held === undefined || held === key ? key : AMBIGUOUS);
			if (++done % PREPARE_SLICE === 0) yield;
		}
		this.#loose = loose;
	}

	#sortedKeys(): string[] {
		return (this.#sorted ??= [...this.#exact.keys()].sort());
	}
}
