import { codeIdentity, looseIdentity } from '../core/identity';
import { lowerBound } from './vocabulary';

/** Finds entries by their code: exactly, by a looser reading, and by the start of a code. */
export class CodeLookup {
	readonly #exact = new Map<string, number[]>();
	readonly #loose = new Map<string, Set<string>>();
	/** Distinct code keys, sorted, for prefix ranges. */
	readonly #sorted: string[];

	constructor(codes: readonly string[]) {
		codes.forEach((code, entry) => {
			const key = codeIdentity(code);
			if (key === '') return;
			const list = this.#exact.get(key);
			if (list) list.push(entry);
			else this.#exact.set(key, [entry]);
		});
		for (const key of this.#exact.keys()) {
			const loose = looseIdentity(key);
			const keys = this.#loose.get(loose);
			if (keys) keys.add(key);
			else this.#loose.set(loose, new Set([key]));
		}
		this.#sorted = [...this.#exact.keys()].sort();
	}

	/** Entries whose code is `text`; `E425` also finds `E0425` when no other code reads so. */
	exact(text: string): number[] {
		const key = codeIdentity(text);
		const found = this.#exact.get(key);
		if (found) return found;
		const readings = this.#loose.get(looseIdentity(key));
		if (readings?.size !== 1) return [];
		const [only] = readings;
		return this.#exact.get(only!) ?? [];
	}

	/** Entries whose code starts with `text` (and is longer), shortest codes first, at most `limit`. */
	prefixed(text: string, limit: number): number[] {
		const key = codeIdentity(text);
		if (key === '') return [];
		// Scans the whole range but keeps only `limit` keys: a one-digit prefix can span most of
		// a large catalog, and sorting all of it on every keystroke would cost more than this.
		const best: string[] = [];
		for (let i = lowerBound(this.#sorted, key); i < this.#sorted.length; i++) {
			const candidate = this.#sorted[i]!;
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
}
