import { codeIdentity, looseIdentity } from '../core/identity';
import { lowerBound } from './vocabulary';

/**
 * A code typed with one slip is found when it is at least this long (its identity, so
 * `E-1` counts 2): in a shorter code one slip makes another code.
 */
const MIN_TYPO_LENGTH = 5;
/** What a slip can put into an identity: identities are lower case letters, digits and `-`. */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789-';

/**
 * Finds entries by their code: exactly, by a looser reading, by the start of a code, and with
 * one slip of the fingers. The exact map is built on load; what only some queries need (the
 * looser readings, the sorted keys for prefixes) is built on first use.
 */
export class CodeLookup {
	readonly #exact = new Map<string, number[]>();
	#loose: Map<string, Set<string>> | undefined;
	/** Distinct code keys, sorted, for prefix ranges. */
	#sorted: string[] | undefined;

	constructor(codes: readonly string[]) {
		codes.forEach((code, entry) => {
			const key = codeIdentity(code);
			if (key === '') return;
			const list = this.#exact.get(key);
			if (list) list.push(entry);
			else this.#exact.set(key, [entry]);
		});
	}

	/** Builds what the first prefix or loose lookup would, ahead of it. */
	prepare(): void {
		this.#looseKeys();
		this.#sortedKeys();
	}

	/** Entries whose code is `text`; `E425` also finds `E0425` when no other code reads so. */
	exact(text: string): number[] {
		const key = codeIdentity(text);
		const found = this.#exact.get(key);
		if (found) return found;
		const readings = this.#looseKeys().get(looseIdentity(key));
		if (readings?.size !== 1) return [];
		const [only] = readings;
		return this.#exact.get(only!) ?? [];
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
		const visit = (candidate: string) => {
			if (candidate === key) return;
			for (const entry of this.#exact.get(candidate) ?? []) found.add(entry);
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
		for (const key of best) entries.push(...this.#exact.get(key)!);
		return entries.slice(0, limit);
	}

	#looseKeys(): Map<string, Set<string>> {
		if (this.#loose) return this.#loose;
		const loose = new Map<string, Set<string>>();
		for (const key of this.#exact.keys()) {
			const reading = looseIdentity(key);
			const keys = loose.get(reading);
			if (keys) keys.add(key);
			else loose.set(reading, new Set([key]));
		}
		return (this.#loose = loose);
	}

	#sortedKeys(): string[] {
		return (this.#sorted ??= [...this.#exact.keys()].sort());
	}
}
