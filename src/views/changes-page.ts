import { pagerLinks, type PageLink } from '../core/paging';
import type { Routes } from '../core/routes';
import { ownDirection, type Part, type Translate } from '../i18n/translate';
import { day } from '../outputs/history';
import {
	changeLabel,
	wordingText,
	type ChangeItem,
	type Changes,
	type ChangesPage,
	type WordingText,
} from '../outputs/changes';

/** One change as its line says it. */
export interface ChangeLine extends Omit<ChangeItem, 'before' | 'after'> {
	/** `Added`, `Renamed`, … */
	label: string;
	/** For a rewording: what the rows said, and say now. */
	before: WordingText[];
	after: WordingText[];
}

/** The changes of one build, under the day it ran. */
export interface ChangeGroupView {
	build: number;
	/** Id of its heading: `build-3`. */
	id: string;
	/** The day, as `<time datetime>` takes it. */
	date: string;
	/** The day, as the language writes it. */
	day: string;
	items: ChangeLine[];
}

export interface ChangesPageView {
	title: string;
	description: string;
	/** `12 changes`, or that none are recorded yet. */
	count: string;
	groups: ChangeGroupView[];
	/** Whether the list names each change's source: not on one source's own page. */
	showSource: boolean;
	filterLabel: string;
	/** Every source's page, and each source's, to filter by without JavaScript. */
	filters: { label: string; href: string; current: boolean }[];
	pager: (PageLink | null)[];
	feed: string;
	feedLabel: string;
	feedTitle: string;
	/** A rename, cut where its old and new codes go: `from → to` (the arrow the language's way). */
	renamed: Part[];
	/** Before the codes an ambiguous removal may have become, cut where they go. */
	candidates: Part[];
	/** Before what a reworded code's rows said, and say now. */
	wasLabel: string;
	nowLabel: string;
}

export function changesPageView(
	changes: Changes,
	page: ChangesPage,
	routes: Routes,
	t: Translate,
): ChangesPageView {
	const title = changes.sources.find((source) => source.id === page.source)?.title;
	return {
		title: title
			? t('errdex.changes.titleOf', { source: ownDirection(title) })
			: t('errdex.common.changes'),
		description: title
			? t('errdex.changes.descriptionOf', { source: ownDirection(title) })
			: t('errdex.changes.description'),
		count:
			page.total === 0
				? t('errdex.changes.none')
				: page.pages > 1
					? t('errdex.changes.countPaged', {
							count: page.total,
							page: page.page,
							pages: page.pages,
						})
					: t('errdex.changes.count', { count: page.total }),
		groups: page.groups.map((group) => ({
			build: group.build,
			id: group.id,
			date: day(group.date),
			day: t.date(group.date),
			items: group.items.map((item) => ({
				...item,
				label: changeLabel(item.kind, t),
				before: item.before.map((wording) => wordingText(wording, t)),
				after: item.after.map((wording) => wordingText(wording, t)),
			})),
		})),
		showSource: page.source === '',
		filterLabel: t('errdex.changes.source'),
		filters:
			changes.sources.length === 0
				? []
				: [
						{
							label: t('errdex.common.allSources'),
							href: routes.changes(),
							current: page.source === '',
						},
						...changes.sources.map((source) => ({
							// The link reads in the direction of the title it begins with (`dir="auto"`).
							label: t('errdex.changes.sourceCount', { source: source.title, count: source.count }),
							href: routes.changes(source.id),
							current: page.source === source.id,
						})),
					],
		pager:
			page.pages > 1
				? pagerLinks(page.page, page.pages, (n) => routes.changes(page.source, n))
				: [],
		feed: routes.changesFeed(),
		feedLabel: t('errdex.changes.feed'),
		feedTitle: t('errdex.changes.feedTitle'),
		renamed: t.parts('errdex.changes.renamedTo', ['from', 'to']),
		candidates: t.parts('errdex.changes.perhaps', ['codes']),
		wasLabel: t('errdex.changes.was'),
		nowLabel: t('errdex.changes.now'),
	};
}
