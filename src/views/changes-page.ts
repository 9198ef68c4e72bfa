import { pagerLinks, type PageLink } from '../core/paging';
import type { Routes } from '../core/routes';
import type { ChangeGroup, Changes, ChangesPage } from '../outputs/changes';

export interface ChangesPageView {
	title: string;
	description: string;
	/** `12 changes in 3 builds`, or that none are recorded yet. */
	count: string;
	groups: ChangeGroup[];
	/** Whether the list names each change's source: not on one source's own page. */
	showSource: boolean;
	filterLabel: string;
	/** Every source's page, and each source's, to filter by without JavaScript. */
	filters: { label: string; href: string; current: boolean }[];
	pager: (PageLink | null)[];
	feed: string;
	feedLabel: string;
	feedTitle: string;
	/** Before the codes an ambiguous removal may have become. */
	candidatesLabel: string;
	/** Before what a reworded code's rows said, and say now. */
	wasLabel: string;
	nowLabel: string;
}

export function changesPageView(
	changes: Changes,
	page: ChangesPage,
	routes: Routes,
): ChangesPageView {
	const title = changes.sources.find((source) => source.id === page.source)?.title;
	return {
		title: title ? `Changes: ${title}` : 'Changes',
		description: `What changed in the error codes${title ? ` of ${title}` : ''} from one build to the next: codes added, removed, renamed and reworded, newest first.`,
		count:
			page.total === 0
				? 'No changes recorded yet. errdex records what changes from each build to the next, beginning with the build after the first.'
				: `${page.total} ${page.total === 1 ? 'change' : 'changes'}${page.pages > 1 ? `, page ${page.page} of ${page.pages}` : ''}`,
		groups: page.groups,
		showSource: page.source === '',
		filterLabel: 'Source',
		filters:
			changes.sources.length === 0
				? []
				: [
						{ label: 'All sources', href: routes.changes(), current: page.source === '' },
						...changes.sources.map((source) => ({
							label: `${source.title} (${source.count})`,
							href: routes.changes(source.id),
							current: page.source === source.id,
						})),
					],
		pager:
			page.pages > 1
				? pagerLinks(page.page, page.pages, (n) => routes.changes(page.source, n))
				: [],
		feed: routes.changesFeed(),
		feedLabel: 'Atom feed',
		feedTitle: 'Changes to the error codes (Atom)',
		candidatesLabel: 'perhaps renamed to',
		wasLabel: 'was:',
		nowLabel: 'now:',
	};
}
