import { compareCodes } from '../core/codes';
import { cutBySize, PAGE_LIMITS, pagerLinks, utf8Length, type PageLink } from '../core/paging';
import type { CodesFacet, Routes } from '../core/routes';
import { distinctStatuses, statusClassOf } from '../core/status';
import { describeStatus } from '../core/status-names';
import { summaryOf } from '../core/summary';
import { truncate } from '../core/text';
import type { Catalog, Entry } from '../core/types';
import { ownDirection, type Translate } from '../i18n/translate';
import { codePartsOf } from '../outputs/code-parts';
import { sourceIdPath } from '../outputs/source-parts';

/** One row of `/codes/`: one documented row, so a code with several statuses is under each. */
export interface CodeRow {
	source: string;
	sourceTitle: string;
	code: string;
	status: number | null;
	summary: string;
	/**
	 * The code page, or the variant on it when the page has several; the row on the source page
	 * of a code without a page (`Entry.pageless`).
	 */
	url: string;
}

/** One page of `/codes/`: the rows of one facet, or of every code, that fit on it. */
export interface CodesPage {
	facet: CodesFacet;
	page: number;
	/** Pages of the facet. */
	pages: number;
	/** Rows of the facet, on every page. */
	total: number;
	/** Position of the page's first row among the facet's, from 1. */
	first: number;
	rows: CodeRow[];
}

/** Every page of `/codes/`, with what their filters offer; made once per catalog. */
export interface Codes {
	/** Whether the codes take more than one page, and so are cut by facet and page. */
	split: boolean;
	pages: CodesPage[];
	/** Facets that have codes, as `facetKey` writes them. */
	facets: Set<string>;
	sources: { id: string; title: string }[];
	/** Statuses to filter by, ascending. */
	statuses: number[];
	classes: string[];
	/** Whether some rows document no status (offered as a filter of its own). */
	withoutStatus: boolean;
	/** Every row, in the order of the table. */
	total: number;
}

const ANY: CodesFacet = { source: '', status: '', class: '' };

export function facetKey(facet: CodesFacet): string {
	return `${facet.source}|${facet.status}|${facet.class}`;
}

/** What a row adds to a page: its text and the markup around it. */
const ROW_MARKUP = 120;

function rowBytes(row: CodeRow): number {
	return (
		ROW_MARKUP +
		utf8Length(row.url) +
		utf8Length(row.code) +
		utf8Length(row.sourceTitle) +
		2 * utf8Length(row.source) +
		utf8Length(row.summary)
	);
}

/**
 * `/codes/`: every documented row of every source, sorted by source and code. Within
 * `PAGE_LIMITS.codesBytes` that is one page, filtered in the browser. Past it, the rows are cut
 * into pages per facet (a source, a status or status class, or both), so that every view, and
 * every page of it, is a page of its own that needs no JavaScript: `/codes/source/x/page-2/`.
 */
export function codesOf(
	catalog: Catalog,
	routes: Routes,
	limit: number = PAGE_LIMITS.codesBytes,
): Codes {
	const titles = new Map(catalog.sources.map((source) => [source.id, source.title]));
	const sources = new Map(catalog.sources.map((source) => [source.id, source]));
	const rows = [...catalog.pages, ...(catalog.pageless ?? [])]
		.flatMap((page) =>
			page.variants.map((entry) => ({
				entry,
				url: entry.pageless
					? sourceIdPath(routes, sources.get(entry.source)!, entry.anchor)
					: page.variants.length > 1
						? routes.variant(
								page.source,
								page.slug,
								entry.anchor,
								codePartsOf(page).partOf.get(entry.anchor),
							)
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
			summary: shortSummary(entry),
			url,
		}));
	const statuses = distinctStatuses(catalog.entries).sort((a, b) => a - b);
	const classes = [...new Set(statuses.map((status) => statusClassOf(status)!))];
	const withoutStatus = catalog.entries.some((entry) => entry.status === null);
	const common = {
		sources: catalog.sources.map(({ id, title }) => ({ id, title })),
		statuses,
		classes,
		withoutStatus,
		total: rows.length,
	};
	const whole = cutBySize(rows, rowBytes, limit);
	if (whole.length === 1)
		return {
			...common,
			split: false,
			facets: new Set([facetKey(ANY)]),
			pages: [{ facet: ANY, page: 1, pages: 1, total: rows.length, first: 1, rows }],
		};

	const byFacet = new Map<string, { facet: CodesFacet; rows: CodeRow[] }>();
	const facetsOf = (row: CodeRow): CodesFacet[] => {
		const status = row.status === null ? 'none' : String(row.status);
		const statusClass = statusClassOf(row.status);
		return ['', row.source].flatMap((source) => [
			{ source, status: '', class: '' },
			{ source, status, class: '' },
			...(statusClass ? [{ source, status: '', class: statusClass }] : []),
		]);
	};
	for (const row of rows) {
		for (const facet of facetsOf(row)) {
			const key = facetKey(facet);
			if (!byFacet.has(key)) byFacet.set(key, { facet, rows: [] });
			byFacet.get(key)!.rows.push(row);
		}
	}
	// Every source, then each one; within them every status, then each class, then each status.
	const dimensions: Pick<CodesFacet, 'status' | 'class'>[] = [
		{ status: '', class: '' },
		...classes.map((c) => ({ status: '', class: c })),
		...statuses.map((status) => ({ status: String(status), class: '' })),
		{ status: 'none', class: '' },
	];
	const facets = ['', ...common.sources.map((source) => source.id)].flatMap((source) =>
		dimensions.flatMap((dimension) => byFacet.get(facetKey({ source, ...dimension })) ?? []),
	);
	return {
		...common,
		split: true,
		facets: new Set(byFacet.keys()),
		pages: facets.flatMap(({ facet, rows: facetRows }) => {
			const cut = cutBySize(facetRows, rowBytes, limit);
			let first = 1;
			return cut.map((pageRows, index) => {
				const page = {
					facet,
					page: index + 1,
					pages: cut.length,
					total: facetRows.length,
					first,
					rows: pageRows,
				};
				first += pageRows.length;
				return page;
			});
		}),
	};
}

/** A filter of a catalog cut into facets, as a list of links (no JavaScript needed). */
export interface FacetGroup {
	label: string;
	links: { label: string; href: string; current: boolean }[];
}

export interface CodesPageView {
	title: string;
	description: string;
	/** How many codes, and which of them this page lists. */
	count: string;
	rows: CodeRow[];
	split: boolean;
	sources: Codes['sources'];
	statuses: number[];
	classes: string[];
	withoutStatus: boolean;
	/** Links to the facets near this one; empty on a catalog of one page. */
	facetGroups: FacetGroup[];
	/** Links to the other pages of this facet; empty when it has one page. */
	pager: (PageLink | null)[];
	/**
	 * On the first page of a catalog cut into facets: the address of every facet, for a filter
	 * written in the query (`/codes/?source=x&class=4xx`, as the one-page table keeps it).
	 */
	facetPaths: string[] | null;
}

export function codesPageView(
	codes: Codes,
	page: CodesPage,
	routes: Routes,
	t: Translate,
): CodesPageView {
	const { facet } = page;
	const sourceTitle = codes.sources.find((source) => source.id === facet.source)?.title;
	const what = [
		sourceTitle && ownDirection(sourceTitle),
		facet.class && t('errdex.codes.classFilter', { class: facet.class }),
		facet.status &&
			(facet.status === 'none'
				? t('errdex.codes.noStatus')
				: t('errdex.common.httpStatus', { status: facet.status })),
	].filter((part): part is string => Boolean(part));
	const exists = (candidate: CodesFacet) => codes.facets.has(facetKey(candidate));
	const link = (label: string, candidate: CodesFacet) => ({
		label,
		href: routes.codesFacet(candidate),
		current: facetKey(candidate) === facetKey(facet),
	});
	// Another source keeps the status chosen where that source has it; a status keeps the source.
	const withSource = (source: string): CodesFacet =>
		exists({ ...facet, source }) ? { ...facet, source } : { ...ANY, source };
	const statusFacets: [string, CodesFacet][] = [
		[t('errdex.codes.any'), { ...facet, status: '', class: '' }],
		...codes.classes.map((c): [string, CodesFacet] => [c, { ...facet, status: '', class: c }]),
		...codes.statuses.map((status): [string, CodesFacet] => [
			describeStatus(status),
			{ ...facet, class: '', status: String(status) },
		]),
		...(codes.withoutStatus
			? [
					[t('errdex.codes.statusNone'), { ...facet, class: '', status: 'none' }] as [
						string,
						CodesFacet,
					],
				]
			: []),
	];
	return {
		title:
			what.length === 0
				? t('errdex.common.allCodes')
				: t('errdex.codes.titleFiltered', { filters: t.list(what) }),
		description: t('errdex.codes.description', {
			count: codes.total,
			apis: t('errdex.codes.apis', { count: codes.sources.length }),
		}),
		count:
			codes.split && page.pages > 1
				? t('errdex.codes.range', {
						count: page.total,
						first: page.first,
						last: page.first + page.rows.length - 1,
					})
				: t('errdex.common.codeCount', { count: page.rows.length }),
		rows: page.rows,
		split: codes.split,
		sources: codes.sources,
		statuses: codes.statuses,
		classes: codes.classes,
		withoutStatus: codes.withoutStatus,
		facetGroups: codes.split
			? [
					{
						label: t('errdex.codes.source'),
						links: [
							link(t('errdex.common.allSources'), withSource('')),
							// A source without codes (none of its tables is an error table) has no page here.
							...codes.sources
								.filter((source) => exists({ ...ANY, source: source.id }))
								.map((source) => link(source.title, withSource(source.id))),
						],
					},
					{
						label: t('errdex.code.status'),
						links: statusFacets
							.filter(([, candidate]) => exists(candidate))
							.map(([label, candidate]) => link(label, candidate)),
					},
				]
			: [],
		pager:
			page.pages > 1 ? pagerLinks(page.page, page.pages, (n) => routes.codesFacet(facet, n)) : [],
		facetPaths:
			codes.split && page.page === 1 && facetKey(facet) === facetKey(ANY)
				? [...codes.facets].map((key) => {
						const [source = '', status = '', statusClass = ''] = key.split('|');
						return routes.codesFacet({ source, status, class: statusClass });
					})
				: null,
	};
}

/** An entry's line in the list: a message of a page's length (2 MB) would be a page by itself. */
function shortSummary(entry: Entry): string {
	const summary = summaryOf(entry);
	return summary.length > PAGE_LIMITS.messageChars
		? truncate(summary, PAGE_LIMITS.messageChars)
		: summary;
}
