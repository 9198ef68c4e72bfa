import type { Change, ChangeKind, Wording } from '../core/history';
import type { Routes } from '../core/routes';
import type { Part, Translate } from '../i18n/translate';
import type { HistoryIndex } from './history';

/**
 * Changes on one page of `/changes/`: enough for a long list of a large first addition to stay
 * a page that loads at once (a change is about 200 bytes of HTML).
 */
export const CHANGES_PER_PAGE = 500;

/** Every kind of change, in the order the feed counts them. */
export const CHANGE_KINDS: readonly ChangeKind[] = ['added', 'removed', 'renamed', 'reworded'];

/** How each kind of change is named: on `/changes/`, in the feed, on a gone code's page. */
export function changeLabel(kind: ChangeKind, t: Translate): string {
	return t(`errdex.changes.${kind}`);
}

/** `12 added`, in the feed's entry titles. */
export function changeCount(kind: ChangeKind, count: number, t: Translate): string {
	return t(`errdex.changes.${kind}Count`, { count });
}

/** What one row of a reworded code said, or says now, cut where its message goes. */
export interface WordingText {
	/** `HTTP 404: {message}`, or the message alone when no status was documented. */
	parts: Part[];
	/** The row's message, which reads in its own direction. */
	message: string;
}

export function wordingText(wording: Wording, t: Translate): WordingText {
	return {
		parts:
			wording.status === null
				? [{ slot: 'message' }]
				: t.parts('errdex.changes.wording', ['message'], { status: wording.status }),
		message: wording.message || t('errdex.changes.noMessage'),
	};
}

/** A code a change names, with the page at its address (live, or the page saying it is gone). */
export interface ChangedLink {
	code: string;
	url: string;
}

/** One change as a line of `/changes/`. */
export interface ChangeItem {
	kind: ChangeKind;
	source: string;
	sourceTitle: string;
	code: ChangedLink;
	/** For a rename: the new code. */
	to: ChangedLink | null;
	/** For an ambiguous removal: the codes it may have become. */
	candidates: ChangedLink[];
	/** For a rewording: what the rows said, and say now. */
	before: Wording[];
	after: Wording[];
}

/** The changes of one build, as a page lists them. */
export interface ChangeGroup {
	build: number;
	/** Id of its heading: `build-3`. */
	id: string;
	/** When it ran (ISO 8601). */
	date: string;
	items: ChangeItem[];
}

/** One page of `/changes/`: every source's changes, or one source's. */
export interface ChangesPage {
	source: string;
	page: number;
	pages: number;
	total: number;
	groups: ChangeGroup[];
}

export interface Changes {
	pages: ChangesPage[];
	/** Every source with changes, removed ones too, with how many. */
	sources: { id: string; title: string; count: number }[];
	/** The page of a source's changes (or of all, for '') that lists a build, with its heading. */
	where: (source: string, build: number) => string;
}

/**
 * Every change of the history, newest build first and in document order within it, cut into
 * pages: of every source, and of each (`/changes/source/<id>/`), so that filtering by source
 * needs no JavaScript.
 */
export function changesOf(
	history: HistoryIndex,
	routes: Routes,
	perPage = CHANGES_PER_PAGE,
): Changes {
	const titles = new Map(history.history.sources.map((source) => [source.id, source.title]));
	const link = (source: string, change: { slug: string; code: string }): ChangedLink => ({
		code: change.code,
		url: routes.code(source, change.slug),
	});
	const item = (change: Change): ChangeItem => ({
		kind: change.kind,
		source: change.source,
		sourceTitle: titles.get(change.source) ?? change.source,
		code: link(change.source, change),
		to: change.kind === 'renamed' ? link(change.source, change.to) : null,
		candidates:
			change.kind === 'removed' ? change.candidates.map((code) => link(change.source, code)) : [],
		before: change.kind === 'reworded' ? change.before : [],
		after: change.kind === 'reworded' ? change.after : [],
	});
	const newestFirst = [...history.history.changes].sort((a, b) => b.build - a.build);
	const counts = new Map<string, number>();
	for (const change of newestFirst) counts.set(change.source, (counts.get(change.source) ?? 0) + 1);
	const pages: ChangesPage[] = [];
	const places = new Map<string, string>();
	for (const source of ['', ...counts.keys()]) {
		const list = source === '' ? newestFirst : newestFirst.filter((c) => c.source === source);
		const count = Math.max(1, Math.ceil(list.length / perPage));
		for (let page = 1; page <= count; page++) {
			const groups: ChangeGroup[] = [];
			for (const change of list.slice((page - 1) * perPage, page * perPage)) {
				let group = groups.at(-1);
				if (group?.build !== change.build) {
					group = {
						build: change.build,
						id: `build-${change.build}`,
						date: history.history.builds[change.build]!,
						items: [],
					};
					groups.push(group);
					const key = `${source}\0${change.build}`;
					if (!places.has(key)) places.set(key, `${routes.changes(source, page)}#${group.id}`);
				}
				group.items.push(item(change));
			}
			pages.push({ source, page, pages: count, total: list.length, groups });
		}
	}
	return {
		pages,
		sources: [...counts].map(([id, count]) => ({ id, title: titles.get(id) ?? id, count })),
		where: (source, build) => places.get(`${source}\0${build}`) ?? routes.changes(source),
	};
}
