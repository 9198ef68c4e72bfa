/**
 * What the search's tests on invented catalogs share: a document of other messages, as a real
 * catalog has, so that a query's words are not the commonest in it, and the engine over a catalog
 * as the browser gets it (the index through JSON).
 */
import { codeTable, routes } from './helpers';
import { buildSearchIndex } from '../../src/outputs/search-index';
import { SearchEngine } from '../../src/search/search';
import type { Catalog } from '../../src/core/types';
import type { Document } from '../../src/pipeline';

export function otherMessages(count = 40): Document {
	return {
		file: 'content/widgets.md',
		text: `# Widgets\n\n${codeTable(
			Array.from({ length: count }, (_, i) => [`W${i}`, `Widget ${i} is out of stock.`]),
		)}`,
	};
}

/** Documents of numbered result codes with messages of their own, one per name. */
export function resultCodes(names: readonly string[], codes: readonly string[]): Document[] {
	return names.map((name) => ({
		file: `content/${name}.md`,
		text: `# ${name} result codes\n\n${codeTable(
			codes.map((code) => [code, `The ${name} request ${code} was refused.`]),
		)}`,
	}));
}

/** A table of HTTP statuses and what each means, as status pages write them. */
export const statusTable = (rows: readonly string[][]): string =>
	`| Status | Meaning |\n|---|---|\n${rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}\n`;

export function engineOf(catalog: Catalog): SearchEngine {
	return new SearchEngine(JSON.parse(JSON.stringify(buildSearchIndex(catalog))), routes);
}

/** A query's top hits over the engine of `catalog`, each as `source code`, best first. */
export function topOf(catalog: Catalog, limit = 3): (query: string) => string[] {
	const engine = engineOf(catalog);
	return (query) => engine.search(query, limit).map((hit) => `${hit.source} ${hit.code}`);
}
