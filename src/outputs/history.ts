import type { History, PageRecord, SourceRecord } from '../core/history';
import type { Routes } from '../core/routes';

/** A code page that was published and is gone: its record, and its source's. */
export interface GonePage {
	source: SourceRecord;
	page: PageRecord;
	/** When it was removed (ISO 8601). */
	removed: string;
	/** Site path of the page it was renamed to, following later renames; null when none. */
	renamedTo: string | null;
}

/** What a live code page's history says, where known. */
export interface PageDates {
	/** When it first appeared; null when it was there before the history began. */
	firstSeen: string | null;
	/** When its message or status last changed; null when never, as far as is known. */
	changed: string | null;
	/** The codes renamed to it, with when. */
	formerly: { code: string; date: string }[];
}

/** The history as the pages read it: dates of live pages, and every page that is gone. */
export interface HistoryIndex {
	history: History;
	/** By page id (`<source>/<slug>`), for pages something is known of. */
	dates: Map<string, PageDates>;
	/** Gone pages, by source, in the order of the history. */
	gone: GonePage[];
	/** Sources removed whole. */
	goneSources: SourceRecord[];
}

const UNKNOWN: PageDates = { firstSeen: null, changed: null, formerly: [] };

export function historyIndex(history: History, routes: Routes): HistoryIndex {
	const date = (build: number | null) => (build === null ? null : history.builds[build]!);
	const dates = new Map<string, PageDates>();
	const gone: GonePage[] = [];
	const live = new Set<string>();
	for (const source of history.sources)
		for (const page of source.pages) {
			if (page.removed !== null) continue;
			const key = `${source.id}/${page.slug}`;
			live.add(key);
			if (page.first !== null || page.changed !== null)
				dates.set(key, { firstSeen: date(page.first), changed: date(page.changed), formerly: [] });
		}
	const renames = new Map<string, string>();
	for (const source of history.sources)
		for (const page of source.pages)
			if (page.removed !== null && page.to?.length === 1)
				renames.set(`${source.id}/${page.slug}`, `${source.id}/${page.to[0]!}`);
	/** Where a chain of renames ends: at a live page, or at a gone one that was not renamed. */
	const follow = (key: string) => {
		const seen = new Set([key]);
		let at = renames.get(key)!;
		while (!live.has(at) && renames.has(at) && !seen.has(at)) {
			seen.add(at);
			at = renames.get(at)!;
		}
		return at;
	};
	for (const source of history.sources)
		for (const page of source.pages) {
			if (page.removed === null) continue;
			const key = `${source.id}/${page.slug}`;
			const removed = date(page.removed)!;
			let renamedTo: string | null = null;
			if (renames.has(key)) {
				const target = follow(key);
				const [id, ...slug] = target.split('/');
				renamedTo = routes.code(id!, slug.join('/'));
				const direct = renames.get(key)!;
				if (live.has(direct)) {
					const known = dates.get(direct) ?? { ...UNKNOWN, formerly: [] };
					known.formerly.push({ code: page.code, date: removed });
					dates.set(direct, known);
				}
			}
			gone.push({ source, page, removed, renamedTo });
		}
	return {
		history,
		dates,
		gone,
		goneSources: history.sources.filter((source) => source.removed !== null),
	};
}

/** What is known of a live page's dates. */
export function datesOf(index: HistoryIndex, pageId: string): PageDates {
	return index.dates.get(pageId) ?? UNKNOWN;
}

/** Every gone page's path and source pages removed whole: kept out of the sitemap. */
export function gonePaths(index: HistoryIndex, routes: Routes): Set<string> {
	return new Set([
		...index.gone.map(({ source, page }) => routes.code(source.id, page.slug)),
		...index.goneSources.map((source) => routes.source(source.id)),
	]);
}

/** A date as the pages show it: the day, as ISO 8601 writes it. */
export function day(date: string): string {
	return date.slice(0, 10);
}
