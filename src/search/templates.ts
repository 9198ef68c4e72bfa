import { splitPlaceholders } from '../core/placeholders';
import type { Corpus } from './corpus';
import { fold } from '../core/text';

/** Where a message template was found in a pasted text. */
export interface TemplateMatch {
	/** Share of the pasted text the filled-in message spans, 0–1. */
	coverage: number;
	/** Ranges of the message outside its placeholders, for highlighting. */
	literals: [number, number][];
}

interface Compiled {
	/** Null for a message with no words outside its placeholders: it would match anything. */
	pattern: RegExp | null;
	literals: [number, number][];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Matches concrete messages against the catalog's messages read as templates: placeholders
 * stand for any text, spacing and case are free, and a closing full stop may be missing.
 * Templates are compiled on first use, once per distinct message: catalogs repeat messages
 * (`Not found` under many codes), and only the best candidates of a query ever get here.
 */
export class TemplateMatcher {
	readonly #corpus: Corpus;
	readonly #compiled = new Map<string, Compiled>();

	constructor(corpus: Corpus) {
		this.#corpus = corpus;
	}

	/** `text` must already be folded with `fold`. */
	match(entry: number, text: string): TemplateMatch | null {
		const { pattern, literals } = this.#compile(entry);
		const found = pattern?.exec(text);
		if (!found) return null;
		return { coverage: found[0].length / Math.max(text.trim().length, 1), literals };
	}

	#compile(entry: number): Compiled {
		const message = this.#corpus.message(entry);
		let compiled = this.#compiled.get(message);
		if (compiled) return compiled;
		const parts = splitPlaceholders(message);
		const literals: [number, number][] = [];
		let source = '';
		let at = 0;
		parts.forEach((part, i) => {
			const last = i === parts.length - 1;
			if (part.placeholder) {
				// The last placeholder takes the rest of the line; inner ones as little as they can.
				source += last ? '(\\S.*)' : '(\\S.*?)';
			} else {
				literals.push([at, at + part.text.length]);
				let text = fold(part.text);
				const stop = last && /[.!]\s*$/.test(text);
				if (stop) text = text.replace(/[.!]\s*$/, '');
				source += text.split(/\s+/).map(escape).join('\\s+') + (stop ? '[.!]?' : '');
			}
			at += part.text.length;
		});
		const words = parts.some((part) => !part.placeholder && /[\p{L}\p{N}]/u.test(part.text));
		const pattern = words
			? new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, 'u')
			: null;
		compiled = { pattern, literals };
		this.#compiled.set(message, compiled);
		return compiled;
	}
}
