import { AstroError } from 'astro/errors';
import { ErrdexError } from '../core/errors';

/**
 * An error errdex raises to Astro: a message and a hint of errdex's own.
 *
 * Astro puts a hint of its own over any error whose `toString()` says "document" or "window"
 * ("Browser APIs are not available on the server": `generateHint` in
 * astro/dist/core/errors/dev/utils.js), and errdex's messages speak of documents and may quote
 * them. Astro shows the message and hint from their own fields; only that guess reads
 * `toString()`, so it gives the error's name alone.
 */
export class ErrdexAstroError extends AstroError {
	override toString(): string {
		return this.name;
	}
}

/** An error of errdex's pipeline as Astro shows errors; any other error as it is. */
export function toAstroError(error: unknown): unknown {
	return error instanceof ErrdexError ? new ErrdexAstroError(error.message, error.hint) : error;
}
