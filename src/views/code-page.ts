import type { Routes } from '../core/routes';
import { distinctStatuses } from '../core/status';
import { describeStatus } from '../core/status-names';
import type { CodePage, Entry, EntryRef, ResponseShape, Source } from '../core/types';
import { leftToRight, type Translate } from '../i18n/translate';
import type { PageDates } from '../outputs/history';
import { resolveLinks } from '../outputs/page-refs';
import { codePageHead, previewOf, type HeadTag } from '../outputs/preview';
import { exampleResponse } from '../pipeline/classify/response-shape';
import { sourceIdPath } from '../outputs/source-parts';
import { codePartsOf, shownRow, type ShownRow } from '../outputs/code-parts';
import { PAGE_LIMITS, pagerLinks, utf8Length, type PageLink } from '../core/paging';
import { datedFact, type DatedFact } from './dated-fact';

/** One group of cross-links at the foot of a code page. */
export interface LinkGroup {
	id: string;
	title: string;
	refs: EntryRef[];
	more?: { href: string; label: string } | undefined;
}

/** One documented row of the code, as its section of the page shows it. */
export interface VariantView extends ShownRow {
	entry: Entry;
	/** Id of the variant's section; only a page with several variants gives them ids. */
	id: string | undefined;
	/** Heading of the variant's section, when there are several. */
	heading: string | undefined;
	statusLabel: string;
	/** Site path of the row in the source page. */
	rowLink: string;
	/** The response the API sends for this row, where the source documents its error body. */
	example: string | null;
}

export interface CodePageView {
	title: string;
	description: string;
	head: HeadTag[];
	source: { title: string; url: string; homepage: string | undefined };
	/** Rows of the code, on every page of it. */
	rows: number;
	/**
	 * Where the code's rows are too many for one page: this page's number and the pager's links
	 * (`null` for pages left out between them), with the rows each page holds.
	 */
	pages: {
		part: number;
		links: (PageLink | null)[];
		first: number;
		last: number;
		/** The pager's name, for assistive technology: "Pages of this code". */
		label: string;
		/** "Rows 201–400 of 1,000, on page 2." */
		summary: string;
	} | null;
	/** The section the code is documented in, with its link in the source page. */
	section: { title: string; href: string } | null;
	variants: VariantView[];
	/** The code's other names, each copyable, with the site path of its short link. */
	aliases: {
		label: string;
		names: { name: string; short: string; copyLabel: string }[];
	} | null;
	copy: { link: string; short: string; code: string };
	previous: EntryRef | null;
	next: EntryRef | null;
	groups: LinkGroup[];
	/** What the history knows of the code, where it knows it: "First seen on …". */
	history: DatedFact[];
}

/** The status as the document writes it, or with HTTP's reason phrase when it gives only the number. */
export function statusLabel(entry: Pick<Entry, 'status' | 'statusText'>, t: Translate): string {
	if (entry.status === null) return entry.statusText || t('errdex.code.statusNotDocumented');
	return entry.statusText && entry.statusText !== String(entry.status)
		? entry.statusText
		: describeStatus(entry.status);
}

export function codePageView(
	page: CodePage,
	source: Source,
	refs: Map<string, EntryRef>,
	routes: Routes,
	site: URL | undefined,
	siteTitle: string,
	t: Translate,
	dates?: PageDates,
	part = 1,
): CodePageView {
	const { parts } = codePartsOf(page);
	const shown = parts[part - 1]!;
	const variants = shown.map((index) => page.variants[index]!);
	const first = page.variants[0]!;
	const links = resolveLinks(page.links, refs);
	const statuses = distinctStatuses(page.variants);
	const several = page.variants.length > 1;
	const sectionTitle = first.section.at(-1);
	const sectionId = source.headings.findLast((heading) => heading.text === sectionTitle)?.id;
	const preview = previewOf(page, source.title, t);
	const shape = source.responseShape;
	return {
		title:
			part === 1
				? page.code
				: t('errdex.code.titlePage', { code: leftToRight(page.code), page: part }),
		description: preview.description,
		head: codePageHead(page, source, preview, site, siteTitle, routes),
		source: { title: source.title, url: routes.source(source.id), homepage: source.homepage },
		rows: page.variants.length,
		pages:
			parts.length === 1
				? null
				: {
						part,
						links: pagerLinks(part, parts.length, (n) => routes.code(page.source, page.slug, n)),
						first: shown[0]! + 1,
						last: shown.at(-1)! + 1,
						label: t('errdex.code.pagesNav'),
						summary: t('errdex.code.partRows', {
							count: page.variants.length,
							first: shown[0]! + 1,
							last: shown.at(-1)! + 1,
							page: part,
						}),
					},
		section:
			sectionTitle === undefined
				? null
				: {
						title: sectionTitle,
						href:
							sectionId === undefined
								? routes.heading(source.id, '')
								: sourceIdPath(routes, source, sectionId),
					},
		variants: variants.map((entry) => ({
			...shownRow(entry),
			entry,
			id: several ? entry.anchor : undefined,
			heading: several
				? entry.status === null
					? t('errdex.code.variant', { number: entry.variant + 1 })
					: t('errdex.common.httpStatus', { status: entry.status })
				: undefined,
			statusLabel: statusLabel(entry, t),
			rowLink: sourceIdPath(routes, source, entry.anchor),
			example: exampleOf(shape, entry),
		})),
		aliases:
			page.aliases.length === 0
				? null
				: {
						label: t('errdex.code.aliases'),
						names: page.aliases.map((alias) => ({
							name: alias.name,
							short: routes.short(alias.short),
							copyLabel: t('errdex.code.copyAlias', { name: alias.name }),
						})),
					},
		copy: {
			link: routes.code(page.source, page.slug),
			short: routes.short(page.short),
			code: page.code,
		},
		previous: links.previous,
		next: links.next,
		groups: [
			{ id: 'errdex-elsewhere', title: t('errdex.code.elsewhere'), refs: links.elsewhere },
			{
				id: 'errdex-same-status',
				title:
					statuses.length === 1
						? t('errdex.code.sameStatusOne', { status: statuses[0]! })
						: t('errdex.code.sameStatus'),
				refs: links.sameStatus,
				more:
					links.sameStatusTotal > links.sameStatus.length && statuses.length === 1
						? {
								href: routes.search(String(statuses[0])),
								label: t('errdex.code.sameStatusAll', {
									count: links.sameStatusTotal,
									status: statuses[0]!,
								}),
							}
						: undefined,
			},
			{ id: 'errdex-family', title: t('errdex.code.family'), refs: links.family },
			{ id: 'errdex-mentions', title: t('errdex.code.mentions'), refs: links.mentions },
			{
				id: 'errdex-mentioned-by',
				title: t('errdex.code.mentionedBy'),
				refs: links.mentionedBy,
			},
		],
		history: [
			...(dates?.formerly ?? []).map((renamed) =>
				datedFact(t, 'errdex.code.renamedFrom', renamed.date, renamed.code),
			),
			...(dates?.firstSeen ? [datedFact(t, 'errdex.code.firstSeen', dates.firstSeen)] : []),
			...(dates?.changed ? [datedFact(t, 'errdex.code.changed', dates.changed)] : []),
		],
	};
}

/** The response the API sends for a row, unless it is too long to hold on the page with it. */
function exampleOf(shape: ResponseShape | null, entry: Entry): string | null {
	const example = shape ? exampleResponse(shape, entry) : null;
	return example !== null && utf8Length(example) <= PAGE_LIMITS.messageBytes ? example : null;
}
