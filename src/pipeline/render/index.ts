import type { Routes } from '../../core/routes';
import type { Source } from '../../core/types';
import type { Translate } from '../../i18n/translate';
import type { LinkedSource } from '../types';
import { renderDocument, type RenderPlan } from './render';
import type { RowLinks } from './table';

/** Render stage: the source page, the whole document with its error rows anchored and linked. */
export function renderSource(linked: LinkedSource, routes: Routes, t: Translate): Source {
	const { document, id } = linked;
	const plan: RenderPlan = {
		tables: linked.verdicts.map((verdict) =>
			verdict.accepted
				? {
						codeColumn: verdict.code,
						messageColumn: verdict.message,
						rows: new Map<number, RowLinks[]>(),
					}
				: null,
		),
		headingIds: linked.headings.map((heading) => heading.id),
		dropTitle: document.title !== null,
		resolveUrl: linked.resolveUrl,
		rowLinkLabel: (code) => t('errdex.source.rowLink', { code }),
	};
	// Entries count error tables only; the plan has a place for every table.
	const errorTables = linked.verdicts.flatMap((verdict, index) =>
		verdict.accepted ? [index] : [],
	);
	for (const entry of linked.entries) {
		const rows = plan.tables[errorTables[entry.table]!]!.rows;
		const links = rows.get(entry.row) ?? [];
		// A code past its document's budget of pages has its row for a page: it links there.
		const url = entry.pageless ? `#${entry.anchor}` : routes.code(id, entry.slug);
		links.push({ anchor: entry.anchor, url, code: entry.code });
		rows.set(entry.row, links);
	}
	return sourceOf(linked, renderDocument(document, plan), {
		headings: linked.headings.filter(
			(heading) => !(heading.depth === 1 && heading.text === document.title),
		),
		warnings: linked.warnings,
	});
}

/** A linked document as the catalog holds it, with its page as rendered. */
export function sourceOf(
	linked: LinkedSource,
	page: Pick<Source, 'html' | 'layout'>,
	{ headings, warnings }: Pick<Source, 'headings' | 'warnings'>,
): Source {
	const { settings } = linked;
	return {
		id: linked.id,
		title: linked.title,
		...(settings.description !== undefined && { description: settings.description }),
		...(settings.homepage !== undefined && { homepage: settings.homepage }),
		tables: settings.tables,
		file: linked.file,
		entries: linked.entries.length,
		tablesRead: linked.reports,
		headings,
		warnings,
		responseShape: linked.responseShape,
		...page,
	};
}
