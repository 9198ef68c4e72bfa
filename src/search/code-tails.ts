/**
 * Codes whose last part is a name of its own: after a namespace (`auth/invalid-email`,
 * `data/rate-limit-exceeded`) or a number that heads it (`E002_INVALID_EMAIL`). A user who
 * types `invalid email` or `rate limit exceeded` types that name, as they type a code named so
 * whole. Read from the code text itself, so the index format does not change.
 */
import { codeIdentity } from '../core/identity';

/** The last segment after a namespace of one or more parts: `auth/invalid-email`. */
const NAMESPACED = /^[\p{L}\p{N}_.-]+(?:\/[\p{L}\p{N}_.-]+)*\/(\p{L}[\p{L}\p{N}_-]*)$/u;
/** A name after a head of capitals and digits: `E002_INVALID_EMAIL`, `ERR42-TOKEN-EXPIRED`. */
const NUMBERED = /^\p{Lu}+\d+[_-](\p{L}[\p{L}\p{N}_-]*)$/u;
/** A tail of one word (`auth/unknown`) is a word of any query, not a name. */
const TWO_WORDS = /[_-]|\p{Ll}\p{Lu}/u;

/** The name a code's last part gives it, if it has one. */
export function codeTail(code: string): string | null {
	const text = code.trim();
	const tail = NAMESPACED.exec(text)?.[1] ?? NUMBERED.exec(text)?.[1];
	return tail && TWO_WORDS.test(tail) ? tail : null;
}

/** Finds the names whose code's last part is a text, among names read once, on first use. */
export class TailLookup {
	readonly #size: number;
	readonly #code: (name: number) => string;
	#byTail: Map<string, number[]> | undefined;

	constructor(size: number, code: (name: number) => string) {
		this.#size = size;
		this.#code = code;
	}

	/** Names whose code's last part is `text`, written any way names are (`invalid email`). */
	named(text: string): number[] {
		return this.#index().get(codeIdentity(text)) ?? [];
	}

	#index(): Map<string, number[]> {
		if (!this.#byTail) {
			this.#byTail = new Map();
			for (let name = 0; name < this.#size; name++) {
				const tail = codeTail(this.#code(name));
				if (!tail) continue;
				const key = codeIdentity(tail);
				const names = this.#byTail.get(key);
				if (names) names.push(name);
				else this.#byTail.set(key, [name]);
			}
		}
		return this.#byTail;
	}
}
