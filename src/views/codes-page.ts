import { compareCodes } from '../core/codes';
import type { Routes } from '../core/routes';
import { distinctStatuses, statusClassOf } from '../core/status';
import { summaryOf } from '../core/summary';
import type { Catalog } from '../core/types';

/** One row of `/codes/`: one documented row, so a code with several statuses is under each. */
export interface CodeRow {
	source: string;
	sourceTitle: string;
	code: string;
	status: number | null;
	summary: string;
	/** The code page, or the variant on it when the page has several. */
	url: string;
}

export interface CodesPageView {
	description: string;
	rows: CodeRow[];
	sources: { id: string; title: string }[];
	/** Statuses to filter by, ascending. */
	statuses: number[];
	classes: string[];
	/** Whether some rows document no status (offered as a filter of its own). */
	withoutStatus: boolean;
}

export function codesPageView(catalog: Catalog, routes: Routes): CodesPageView {
	const titles = new Map(catalog.sources.map((source) => [source.id, source.title]));
	const rows = catalog.pages
		.flatMap((page) =>
			page.variants.map((entry) => ({
				entry,
				url:
					page.variants.length > 1
						? routes.variant(page.source, page.slug, entry.anchor)
						: routes.code(page.source, page.slug),
			})),
		)
		.sort(
			(a, b) =>
				a.entry.source.localeCompare(b.entry.source) ||
				compareCodes(a.entry.code, b.entry.code) ||
				a.entry.variant - b.entry.variant,
		)
		.map(({ entry, url }) => ({
			source: entry.source,
			sourceTitle: titles.get(entry.source) ?? entry.source,
			code: entry.code,
			status: entry.status,
			summary: summaryOf(entry),
			url,
		}));
	const statuses = distinctStatuses(catalog.entries).sort((a, b) => a - b);
	return {
		description: `All ${rows.length} error codes of ${catalog.sources.length} APIs in one table, filtered by source, HTTP status or text.`,
		rows,
		sources: catalog.sources.map(({ id, title }) => ({ id, title })),
		statuses,
		classes: [...new Set(statuses.map((status) => statusClassOf(status)!))],
		withoutStatus: catalog.entries.some((entry) => entry.status === null),
	};
}
