import { findPlaceholders, splitPlaceholders } from '../core/placeholders';
import type { Corpus } from './corpus';
import { fold } from '../core/text';
import { tokenize } from './text';

/** Where a message template was found in a pasted text. */
export interface TemplateMatch {
	/** Share of the pasted text the filled-in message spans, 0–1. */
	coverage: number;
	/** Ranges of the message outside its placeholders, for highlighting. */
	literals: [number, number][];
}

interface Template {
	/** Terms of the message outside its placeholders: all must be in a text the template matches. */
	words: string[];
	/** Compiled when a text first holds all the words. */
	pattern?: RegExp;
	literals: [number, number][];
}

/**
 * At most this many templated entries are matched beyond the candidates per query: a query of
 * common words (`invalid`) would otherwise match every template made of them.
 */
const MAX_TEMPLATED = 50;
/** …and at most this many read under each word of the query, to keep a keystroke within a frame. */
const MAX_TEMPLATED_READ = 500;
/**
 * An alternative of a message (`ALTERNATIVES`) is matched on its own where it has at least this
 * many words: a shorter one (`Bad Request / Validation Error`) is a status's or a category's
 * name, which dozens of documents give, not the message the API returned.
 */
const MIN_ALTERNATIVE_WORDS = 3;
/** Entries read per step of `prepare`: a few milliseconds at a time. */
const PREPARE_SLICE = 10_000;
/** What every placeholder `findPlaceholders` reads holds: a message without any holds none. */
const MAY_HOLD_PLACEHOLDER = /[{%<]/;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Matches concrete messages against the catalog's messages read as templates: placeholders
 * stand for any text, spacing and case are free, and a closing full stop may be missing.
 * Templates are read once per distinct message (catalogs repeat messages: `Not found` under
 * many codes), and compiled only for a text that holds every word of the message outside its
 * placeholders: a regular expression per candidate per keystroke would cost more than the
 * rest of the search.
 */
export class TemplateMatcher {
	readonly #corpus: Corpus;
	readonly #templates = new Map<string, Template>();
	/** Entries whose message has a placeholder, under the longest word outside its placeholders. */
	#templated: Map<string, number[]> | undefined;
	/** The building of `#templated`, a slice at a time: shared by `prepare` and a query that needs it first. */
	#build: Generator<void> | undefined;

	constructor(corpus: Corpus) {
		this.#corpus = corpus;
	}

	/** Builds the entries of templated messages ahead of the first query, a slice at a time. */
	*prepare(): Generator<void> {
		this.#build ??= this.#buildTemplated();
		yield* this.#build;
	}

	/**
	 * Entries whose message is a template every word of which outside its placeholders is among
	 * `terms`: `Invalid parameter : {name}` for `Invalid parameter : keyId`, which the words a
	 * placeholder took (`key`, `id`) leave behind the entries that hold more of the query's words.
	 */
	holding(terms: ReadonlySet<string>): number[] {
		if (!this.#templated) {
			this.#build ??= this.#buildTemplated();
			while (!this.#build.next().done);
		}
		const found: number[] = [];
		for (const term of terms)
			for (const entry of (this.#templated!.get(term) ?? []).slice(0, MAX_TEMPLATED_READ)) {
				const { words } = this.#template(this.#corpus.message(entry));
				if (words.every((word) => terms.has(word))) found.push(entry);
				if (found.length >= MAX_TEMPLATED) return found;
			}
		return found;
	}

	*#buildTemplated(): Generator<void> {
		const templated = new Map<string, number[]>();
		for (let entry = 0; entry < this.#corpus.size; entry++) {
			const message = this.#corpus.message(entry);
			if (MAY_HOLD_PLACEHOLDER.test(message) && findPlaceholders(message).length > 0) {
				const longest = this.#template(message).words.reduce(
					(held, word) => (word.length > held.length ? word : held),
					'',
				);
				const entries = templated.get(longest);
				if (entries) entries.push(entry);
				else if (longest !== '') templated.set(longest, [entry]);
			}
			if ((entry + 1) % PREPARE_SLICE === 0) yield;
		}
		this.#templated = templated;
	}

	/** `text` must already be folded with `fold`; `terms` are its terms (`tokenize`). */
	match(entry: number, text: string, terms: ReadonlySet<string>): TemplateMatch | null {
		const message = this.#corpus.message(entry);
		let best = 0;
		for (const alternative of readings(message)) {
			const span = this.#span(alternative, text, terms);
			if (span) best = Math.max(best, span[1] - span[0] + subjectAfter(text, span[1]));
		}
		if (best === 0) return null;
		return {
			coverage: best / Math.max(text.trim().length, 1),
			literals: this.#template(message).literals,
		};
	}

	/**
	 * A message written in parts (`Bad Request -- La solicitud es inválida.`) that a pasted body
	 * gives in fields of their own (`"error": "Bad Request"`, `"message": "La solicitud es
	 * inválida."`), or a line in another order of separators: each part found in one of `texts`,
	 * the coverage the share of the texts they are found in that the parts span.
	 */
	matchInParts(
		entry: number,
		texts: readonly string[],
		terms: ReadonlySet<string>,
	): TemplateMatch | null {
		const message = this.#corpus.message(entry);
		const parts = message.split(PART_SEPARATOR).filter((part) => part.trim() !== '');
		if (parts.length < 2) return null;
		const spanned = new Map<number, number>();
		for (const part of parts) {
			const at = texts.findIndex((text) => this.#found(part, text, terms) !== null);
			if (at < 0) return null;
			spanned.set(at, (spanned.get(at) ?? 0) + this.#found(part, texts[at]!, terms)!);
		}
		let spans = 0;
		let length = 0;
		for (const [at, span] of spanned) {
			spans += span;
			length += texts[at]!.trim().length;
		}
		return {
			coverage: Math.min(1, spans / Math.max(length, 1)),
			literals: this.#template(message).literals,
		};
	}

	/** How long a stretch of `text` the message read as a template matches; null when none. */
	#found(message: string, text: string, terms: ReadonlySet<string>): number | null {
		const span = this.#span(message, text, terms);
		return span ? span[1] - span[0] : null;
	}

	/** Where in `text` the message read as a template matches; null when nowhere. */
	#span(message: string, text: string, terms: ReadonlySet<string>): [number, number] | null {
		const template = this.#template(message);
		// No words outside placeholders: the template would match anything.
		if (template.words.length === 0 || !template.words.every((word) => terms.has(word)))
			return null;
		template.pattern ??= compile(message);
		const found = template.pattern.exec(text);
		return found ? [found.index, found.index + found[0].length] : null;
	}

	#template(message: string): Template {
		let template = this.#templates.get(message);
		if (template) return template;
		const literals: [number, number][] = [];
		const words: string[] = [];
		let at = 0;
		for (const part of splitPlaceholders(message)) {
			if (!part.placeholder) {
				literals.push([at, at + part.text.length]);
				for (const word of tokenize(part.text)) words.push(word);
			}
			at += part.text.length;
		}
		template = { words: [...new Set(words)], literals };
		this.#templates.set(message, template);
		return template;
	}
}

/**
 * Between the alternatives of a message (`Missing required parameter / Invalid parameter`): the
 * API returns one of them, each a message of its own.
 */
const ALTERNATIVES = /\s+\/\s+/u;

/**
 * What a pasted message adds after the catalog's message to say what it is about, to the end of
 * the text: `missing required parameter: channel_id` names the parameter as a placeholder would.
 */
const SUBJECT = /^\s*:\s*[^\s:]+\s*$/u;

/** A message, and each of its alternatives long enough to be one on its own (`MIN_ALTERNATIVE_WORDS`). */
function readings(message: string): string[] {
	if (!ALTERNATIVES.test(message)) return [message];
	const alternatives = message
		.split(ALTERNATIVES)
		.filter((alternative) => tokenize(alternative).length >= MIN_ALTERNATIVE_WORDS);
	return [message, ...alternatives];
}

/** How long the subject after `end` is (`SUBJECT`), or 0. */
const subjectAfter = (text: string, end: number): number =>
	SUBJECT.exec(text.slice(end))?.[0].length ?? 0;

/** Where a table joins the parts of a message: ` -- `, ` - `, ` | `, `: `. */
const PART_SEPARATOR = /\s+(?:-{1,2}|[–—|])\s+|:\s+/u;

/** Quotes a table writes a message between: the message is what they hold. */
const OPENING_QUOTE = /^\s*["'“]/;
const CLOSING_QUOTE = /["'”]\s*$/;

function compile(message: string): RegExp {
	const parts = splitPlaceholders(message);
	// `"This JWT token is invalid"` is pasted as the API returns it, without the quotes.
	const quoted = OPENING_QUOTE.test(message) && CLOSING_QUOTE.test(message);
	let source = '';
	parts.forEach((part, i) => {
		const last = i === parts.length - 1;
		if (part.placeholder) {
			// The last placeholder takes the rest of the line; inner ones as little as they can.
			source += last ? '(\\S.*)' : '(\\S.*?)';
		} else {
			let text = fold(part.text);
			const opens = quoted && i === 0;
			const closes = quoted && last;
			if (opens) text = text.replace(OPENING_QUOTE, '');
			if (closes) text = text.replace(CLOSING_QUOTE, '');
			const stop = last && /[.!]\s*$/.test(text);
			if (stop) text = text.replace(/[.!]\s*$/, '');
			source +=
				(opens ? `["'“]?` : '') +
				text.split(/\s+/).map(escape).join('\\s+') +
				(stop ? '[.!]?' : '') +
				(closes ? `["'”]?` : '');
		}
	});
	return new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, 'u');
}
