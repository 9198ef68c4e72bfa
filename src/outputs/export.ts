import type { Routes } from '../core/routes';
import { pageId } from '../core/identity';
import type { Catalog, Entry } from '../core/types';
import { datesOf, type HistoryIndex } from './history';
import { jsonPieces } from './json-pieces';
import { codeUrl } from './page-refs';
import { sourceIdPath } from './source-parts';

/**
 * `/errors.json`: the whole catalog, machine-readable, entries in document order, each with
 * when its code was first seen and last changed where the history knows it.
 */
export function exportCatalog(catalog: Catalog, routes: Routes, history?: HistoryIndex) {
	const entry = exportedEntry(catalog, routes, history);
	return {
		sources: exportedSources(catalog, routes),
		entries: catalog.entries.map(entry),
	};
}

/** `/errors.json` as its text (tab-indented, a newline last), in pieces: see `jsonPieces`. */
export function* exportText(
	catalog: Catalog,
	routes: Routes,
	history?: HistoryIndex,
): Generator<string> {
	const entry = exportedEntry(catalog, routes, history);
	yield* jsonPieces(
		[['sources', exportedSources(catalog, routes)]],
		['entries', catalog.entries.values().map(entry)],
		'\t',
	);
	yield '\n';
}

function exportedSources(catalog: Catalog, routes: Routes) {
	return catalog.sources.map((source) => ({
		id: source.id,
		title: source.title,
		...(source.description !== undefined && { description: source.description }),
		...(source.homepage !== undefined && { homepage: source.homepage }),
		file: source.file,
		url: routes.source(source.id),
		entries: source.entries,
		tables: source.tablesRead.map(({ line, kind, accepted, reason, rows, columns }) => ({
			line,
			kind,
			accepted,
			reason,
			rows,
			columns,
		})),
	}));
}

function exportedEntry(catalog: Catalog, routes: Routes, history: HistoryIndex | undefined) {
	const sources = new Map(catalog.sources.map((source) => [source.id, source]));
	return (entry: Entry) => {
		const dates = history ? datesOf(history, pageId(entry)) : null;
		const source = sources.get(entry.source)!;
		return {
			source: entry.source,
			code: entry.code,
			...(entry.codeNote && { codeNote: entry.codeNote }),
			aliases: entry.aliases,
			status: entry.status,
			...(entry.statusText &&
				entry.statusText !== String(entry.status) && { statusText: entry.statusText }),
			message: entry.message,
			placeholders: entry.placeholders,
			details: entry.details.map(({ label, text }) => ({ label, text })),
			section: entry.section.at(-1) ?? null,
			sectionPath: entry.section,
			file: entry.file,
			line: entry.line,
			url: codeUrl(routes, source, entry),
			anchor: sourceIdPath(routes, source, entry.anchor),
			firstSeen: dates?.firstSeen ?? null,
			changed: dates?.changed ?? null,
		};
	};
}
