/**
 * What a paste says of documents by the examples they show. A document that prints its
 * error body (`{"timestamp": …, "status": 400, "error": …, "message": …, "path": …}`) is the API
 * a body of the same keys came from, where forty documents return 400 with the message
 * `Bad Request`. Keys every API uses (`code`, `message`) name none.
 */
import { HAS_DIGIT, tokenize } from './text';

/** A paste names the documents whose examples hold all its keys or words where at most this many do. */
const MAX_SOURCES_PER_SHAPE = 3;
/** Fewer keys (`{"error": …}`) are a shape of any API; fewer words, a phrase of any. */
const MIN_KEYS = 3;
/** How deep a pasted body's keys are read: an error body's shape is near its top. */
const MAX_DEPTH = 8;
/** A key of a JSON body as pasted, where the body does not parse. */
const KEY = /"([^"\\]{1,40})"\s*:/g;

export class SourceExamples {
	readonly #examples: readonly string[];
	/** The sources whose examples hold each word, built on first use. */
	#byWord: Map<string, Set<number>> | undefined;

	constructor(examples: readonly string[]) {
		this.#examples = examples;
	}

	/**
	 * The sources (by place) whose examples show what was pasted: a JSON body of the same keys
	 * (among `coded`, where the body's code is the catalog's), or a line of which they hold every word (`HTTP/1.1 402 Please upgrade your account to access
	 * API`, printed as the response a plan without the API gets).
	 */
	shown(paste: string, json: boolean, coded: ReadonlySet<number> | null = null): Set<number> {
		const shape = new Set(json ? shapeKeys(paste).flatMap(tokenize) : []);
		const words = new Set(tokenize(paste).filter((word) => !HAS_DIGIT.test(word)));
		// A body of too few keys to tell an API by is still told by its words, as a line is; a
		// shape many APIs print (`message`, `status`, `retryAfter`) by its keys and words together.
		if (shape.size < MIN_KEYS) return this.#holding(words);
		// A body whose code is one of the catalog's (`"code": "NoSuchKey"`; `coded`, the sources that
		// have it) is of an API that has it: keys that other APIs print too (`statusCode`, `code`,
		// `error`, `message`) tell apart only those.
		const byShape = [...this.#holding(shape)].filter((source) => !coded || coded.has(source));
		return byShape.length > 0 ? new Set(byShape) : this.#holding(new Set([...shape, ...words]));
	}

	/** The sources whose examples hold every word, where at most `MAX_SOURCES_PER_SHAPE` do. */
	#holding(words: ReadonlySet<string>): Set<number> {
		if (words.size < MIN_KEYS) return new Set();
		const byWord = this.#index();
		let shown: Set<number> | undefined;
		for (const word of words) {
			const sources = byWord.get(word) ?? new Set<number>();
			shown = new Set(shown ? [...shown].filter((source) => sources.has(source)) : sources);
			if (shown.size === 0) break;
		}
		return shown && shown.size <= MAX_SOURCES_PER_SHAPE ? shown : new Set();
	}

	#index(): Map<string, Set<number>> {
		if (!this.#byWord) {
			const byWord = new Map<string, Set<number>>();
			this.#examples.forEach((words, source) => {
				if (words === '') return;
				for (const word of words.split(' ')) {
					const sources = byWord.get(word);
					if (sources) sources.add(source);
					else byWord.set(word, new Set([source]));
				}
			});
			this.#byWord = byWord;
		}
		return this.#byWord;
	}
}

/**
 * The keys that give a pasted body its shape. The fields of a validation map
 * (`"errors": {"email": ["The Email field is required."]}`) are the request's own, not the
 * API's: the same API's example names another field (`dateofbirth`).
 */
function shapeKeys(paste: string): string[] {
	let body: unknown;
	try {
		body = JSON.parse(
			paste.slice(
				paste.search(/[{[]/),
				Math.max(paste.lastIndexOf('}'), paste.lastIndexOf(']')) + 1,
			),
		);
	} catch {
		return [...paste.matchAll(KEY)].map((match) => match[1]!);
	}
	const keys: string[] = [];
	const walk = (value: unknown, depth: number) => {
		if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
		if (Array.isArray(value)) {
			for (const item of value) walk(item, depth + 1);
			return;
		}
		for (const [key, field] of Object.entries(value)) {
			if (depth > 0 && Array.isArray(field) && field.every((item) => typeof item === 'string'))
				continue;
			keys.push(key);
			walk(field, depth + 1);
		}
	};
	walk(body, 0);
	return keys;
}
