import type { PageLink } from '../core/paging';
import type { Routes } from '../core/routes';
import type { Source, SourceWarning } from '../core/types';
import type { Translate } from '../i18n/translate';
import { partHeadings, partHtml, partsOf, type SourcePart } from '../outputs/source-parts';
import { datedFact, type DatedFact } from './dated-fact';
import type { GoneRowLink } from './gone-page';

/** A row the document no longer has, as the source page lists it. */
export interface GoneRowView extends GoneRowLink {
	/** `removed on …`, `renamed to E33 on …`. */
	what: DatedFact;
}

/** One page of a document cut into several, as the list of its pages shows it. */
export interface PartLink extends PageLink {
	/** What the page holds: its first and last codes, or its first section. */
	label: string;
}

export interface SourcePageView {
	title: string;
	description: string;
	/** `27 entries from 1 table`. */
	summary: string;
	/** The sections of this page for its table of contents (the document's title excluded). */
	toc: { depth: number; slug: string; text: string }[];
	/** The document's HTML on this page. */
	html: string;
	/**
	 * On a page of a block too long for one (a row of 230,000 cells, a 2 MB message), shown as
	 * its text: what the page says of it (`part 2 of 11`).
	 */
	longBlock: string | null;
	part: number;
	/** Every page of the document with what it holds; empty when the document is one page. */
	parts: PartLink[];
	previous: PartLink | null;
	next: PartLink | null;
	/**
	 * On the first page of a document cut into several: the file that says which page holds each
	 * row, so that a link to a row (`/<source>/#<code>`) made before the cut, or by hand, still
	 * reaches it.
	 */
	partsUrl: string | null;
	/** What errdex could not read in the document, by line, for the reader and its maintainer. */
	warnings: SourceWarning[];
	/**
	 * Rows the document had and no longer has, each at its old id, so that a link to one
	 * (`/<source>/#<code>`) lands on what became of it. On the first page, where such links go.
	 */
	gone: { title: string; rows: GoneRowView[] } | null;
}

/**
 * Page `part` of a source page. `labels` says what each page holds (`partLabels`); a document
 * within `PAGE_LIMITS.sourceBytes` is one page, the whole document.
 */
export function sourcePageView(
	source: Source,
	part: number,
	labels: readonly string[],
	routes: Routes,
	t: Translate,
	gone: readonly GoneRowLink[] = [],
): SourcePageView {
	const cut = partsOf(source);
	const read = source.tablesRead.filter((table) => table.accepted).length;
	const parts =
		cut.parts.length === 1
			? []
			: cut.parts.map(({ part: page }) => ({
					page,
					href: routes.source(source.id, page),
					current: page === part,
					label: labels[page - 1] ?? '',
				}));
	return {
		title: source.title,
		description:
			source.description ??
			t('errdex.source.description', { count: source.entries, file: source.file }),
		summary: t('errdex.source.summary', {
			entries: t('errdex.source.entries', { count: source.entries }),
			tables: t('errdex.source.tables', { count: read }),
		}),
		toc: partHeadings(source.headings, cut, part)
			.filter((heading) => heading.depth >= 2)
			.map((heading) => ({ depth: heading.depth, slug: heading.id, text: heading.text })),
		html: partHtml(source, cut.parts[part - 1]!),
		longBlock: longBlockNote(cut.parts[part - 1]!, t),
		part,
		parts,
		previous: parts[part - 2] ?? null,
		next: parts[part] ?? null,
		partsUrl: part === 1 && parts.length > 0 ? routes.sourceParts(source.id) : null,
		// Said once, on the first page, which is where the document starts.
		warnings: part === 1 ? source.warnings : [],
		gone:
			part === 1 && gone.length > 0
				? {
						title: t('errdex.source.gone'),
						rows: gone.map((row) => ({
							...row,
							what:
								row.to === null
									? datedFact(t, 'errdex.source.goneRemoved', row.removed)
									: datedFact(t, 'errdex.source.goneRenamed', row.removed, row.to),
						})),
					}
				: null,
	};
}

function longBlockNote({ text }: SourcePart, t: Translate): string | null {
	return text ? t('errdex.source.longBlock', { page: text.page, count: text.pages }) : null;
}
