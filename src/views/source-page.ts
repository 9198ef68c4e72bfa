import type { Source, SourceWarning } from '../core/types';

export interface SourcePageView {
	title: string;
	description: string;
	/** `27 entries from 1 table`. */
	summary: string;
	/** The document's sections for the table of contents (its title excluded). */
	toc: { depth: number; slug: string; text: string }[];
	/** What errdex could not read in the document, by line, for the reader and its maintainer. */
	warnings: SourceWarning[];
}

export function sourcePageView(source: Source): SourcePageView {
	const read = source.tablesRead.filter((table) => table.accepted).length;
	return {
		title: source.title,
		description:
			source.description ?? `${source.entries} error codes documented in ${source.file}.`,
		summary: `${source.entries} ${source.entries === 1 ? 'entry' : 'entries'} from ${read} ${read === 1 ? 'table' : 'tables'}`,
		toc: source.headings
			.filter((heading) => heading.depth >= 2)
			.map((heading) => ({ depth: heading.depth, slug: heading.id, text: heading.text })),
		warnings: source.warnings,
	};
}
