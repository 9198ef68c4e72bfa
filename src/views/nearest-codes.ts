import type { CodeIndex, IndexedCode } from '../outputs/code-index';
import { CodeLookup } from '../search/code-lookup';
import { CODE_SEPARATOR } from '../search/format';
import { suggestCodes, type Suggestion } from './not-found';

/**
 * How many codes on each side of a removed one, in sort order and in number, are weighed for its
 * page: the page offers six, and the nearest of a source sort or number next to it.
 */
const NEIGHBOURS = 12;

/** Codes (and their other names) that the lookups below find by number `e`. */
interface Names {
	lookup: CodeLookup;
	codeOf: IndexedCode[];
}

/**
 * The codes nearest to a removed one, as the 404 page ranks them (`suggestCodes`), among
 * candidates found without reading the whole catalog: the same name in any source, and in the
 * removed code's own source the codes it misspells, begins, or sorts and numbers next to. A
 * site with history writes a page per removed code; weighing every code for each of them made
 * the build grow with removed × codes (a 10,000-code build took 1.8 times as long).
 */
export class NearestCodes {
	readonly #index: CodeIndex;
	readonly #all: Names;
	readonly #bySource = new Map<string, Names>();

	constructor(index: CodeIndex) {
		this.#index = index;
		const bySource = new Map<string, IndexedCode[]>();
		for (const code of index.codes) {
			const codes = bySource.get(code.source);
			if (codes) codes.push(code);
			else bySource.set(code.source, [code]);
		}
		for (const [source, codes] of bySource)
			this.#bySource.set(source, namesOf(codes.map((code) => [code.code, code])));
		this.#all = namesOf(
			index.codes.flatMap((code) => [
				[code.code, code] as const,
				...(code.aliases ?? []).map(({ name }) => [name, code] as const),
			]),
		);
	}

	/** At most `limit` codes nearest to `code`, removed from `source`, best first. */
	nearest(source: string, code: string, limit: number): Suggestion[] {
		const candidates = new Set<IndexedCode>();
		const add = ({ codeOf }: Names, entries: number[]) => {
			for (const entry of entries) candidates.add(codeOf[entry]!);
		};
		add(this.#all, this.#all.lookup.exact(code));
		const own = this.#bySource.get(source);
		if (own) {
			const { lookup } = own;
			for (const found of [
				lookup.near(code),
				lookup.prefixed(code, NEIGHBOURS),
				lookup.around(code, NEIGHBOURS),
			])
				add(own, found);
		}
		return suggestCodes({ source, code }, this.#index, [...candidates], limit);
	}
}

/** The lookup over `names`, each leading to its code; a name that spans lines cannot be one. */
function namesOf(names: readonly (readonly [string, IndexedCode])[]): Names {
	const kept = names.filter(([name]) => !name.includes(CODE_SEPARATOR));
	return {
		lookup: new CodeLookup(kept.map(([name]) => name).join(CODE_SEPARATOR), kept.length),
		codeOf: kept.map(([, code]) => code),
	};
}

const built = new WeakMap<CodeIndex, NearestCodes>();

/** The nearest-code finder of an index, built once however many pages ask. */
export function nearestCodesOf(index: CodeIndex): NearestCodes {
	let nearest = built.get(index);
	if (!nearest) built.set(index, (nearest = new NearestCodes(index)));
	return nearest;
}
