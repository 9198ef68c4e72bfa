import type { PageRecord, SourceRecord } from '../core/history';
import type { Routes } from '../core/routes';
import { english } from '../i18n/dictionaries';
import type { CodeIndex } from '../outputs/code-index';
import { day, type GonePage, type HistoryIndex } from '../outputs/history';
import type { HeadTag } from '../outputs/preview';
import { suggestCodes } from './not-found';
import { statusLabel } from './code-page';
import type { CodeChoice } from './short-link';

/** How many codes nearest to a removed one its page offers. */
const NEAREST = 6;

/** A row of a removed code, as it was last published. */
export interface GoneRowView {
	statusLabel: string;
	message: string;
	details: { label: string; text: string }[];
	section: string;
	/** `content/acme.md:12`, where it was documented. */
	place: string;
}

/** A code a removed one may have become. */
export interface CodeLink {
	code: string;
	url: string;
}

/** The page still written at a removed or renamed code's address. */
export interface GonePageView {
	kind: 'removed' | 'renamed';
	title: string;
	description: string;
	head: HeadTag[];
	/** `Removed from Acme API errors on 2026-02-01.` */
	lead: string;
	removed: string;
	source: { title: string; url: string };
	/** For a renamed code: where it is now. */
	renamedTo: CodeLink | null;
	/** For a code that may have been renamed to one of several. */
	candidates: CodeLink[];
	rows: GoneRowView[];
	nearest: CodeChoice[];
	/** The changes of its source, at the build that removed it. */
	changes: string;
	/** Its own address, to copy. */
	link: string;
	badge: string;
	goLabel: string;
	candidatesLabel: string;
	lastLabel: string;
	labels: {
		status: string;
		section: string;
		documented: string;
		copy: string;
		changes: string;
		nearest: string;
	};
}

export function gonePageView(
	gone: GonePage,
	index: CodeIndex,
	routes: Routes,
	site: URL | undefined,
	changes: string,
): GonePageView {
	const { source, page } = gone;
	const sourceTitle = source.title;
	const removed = day(gone.removed);
	const links = (page.to ?? []).map((slug) => codeLink(source, slug, routes));
	const renamedTo =
		gone.renamedTo && links.length === 1 ? { ...links[0]!, url: gone.renamedTo } : null;
	const first = page.rows[0];
	const message = first?.message ? `: ${first.message}` : '';
	const description = renamedTo
		? `${page.code} of ${sourceTitle} was renamed to ${renamedTo.code} on ${removed}.`
		: `${page.code} was removed from ${sourceTitle} on ${removed}${message}`;
	const absolute = (path: string) => (site ? new URL(path, site).href : path);
	const head: HeadTag[] = [
		{
			tag: 'title',
			content: `${page.code} (${renamedTo ? 'renamed' : 'removed'}) — ${sourceTitle}`,
		},
		// Kept for the links people shared, not for search engines to offer.
		{ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } },
	];
	if (renamedTo) {
		head.push(
			{ tag: 'meta', attrs: { 'http-equiv': 'refresh', content: `0; url=${renamedTo.url}` } },
			{ tag: 'link', attrs: { rel: 'canonical', href: absolute(renamedTo.url) } },
		);
	}
	return {
		kind: renamedTo ? 'renamed' : 'removed',
		title: page.code,
		description,
		head,
		lead: renamedTo
			? `${page.code} was renamed to ${renamedTo.code} in ${sourceTitle} on ${removed}.`
			: `${page.code} was removed from ${sourceTitle} on ${removed}.`,
		removed,
		source: { title: sourceTitle, url: routes.source(source.id) },
		renamedTo,
		candidates: renamedTo ? [] : links,
		rows: page.rows.map((row) => ({
			// The page of a removed code is not translated yet: it says what it says in English.
			statusLabel: statusLabel(row, english),
			message: row.message,
			details: row.details.map(([label, text]) => ({ label, text })),
			section: row.section.at(-1) ?? '',
			place: `${source.file}:${row.line}`,
		})),
		nearest: renamedTo
			? []
			: suggestCodes({ source: source.id, code: page.code }, index, index.codes, NEAREST).map(
					({ code, sourceTitle: title }) => ({ code, sourceTitle: title }),
				),
		changes,
		link: routes.code(source.id, page.slug),
		badge: renamedTo ? 'Renamed' : 'Removed',
		goLabel: `Go to ${renamedTo?.code ?? ''}`,
		candidatesLabel: `It may have been renamed to one of these codes of ${sourceTitle}:`,
		lastLabel: 'As it was last documented:',
		labels: {
			status: 'HTTP status',
			section: 'Section',
			documented: 'Documented in',
			copy: 'Copy link',
			changes: `What changed in ${sourceTitle}`,
			nearest: 'Codes nearest to it now',
		},
	};
}

function codeLink(source: SourceRecord, slug: string, routes: Routes): CodeLink {
	const page: PageRecord | undefined = source.pages.find((candidate) => candidate.slug === slug);
	return { code: page?.code ?? slug, url: routes.code(source.id, slug) };
}

/** A document removed whole: what it held, each code at its old row's id. */
export interface GoneSourceView {
	title: string;
	description: string;
	lead: string;
	codes: { id: string; code: string; url: string; message: string }[];
	changes: string;
	changesLabel: string;
}

export function goneSourceView(
	source: SourceRecord,
	history: HistoryIndex,
	routes: Routes,
	changes: string,
): GoneSourceView {
	const removed = day(history.history.builds[source.removed!]!);
	return {
		title: source.title,
		description: `${source.title} was removed on ${removed}.`,
		lead: `This document was removed on ${removed}. The codes it documented, as they were:`,
		codes: source.pages.flatMap((page) =>
			page.rows.map((row, i) => ({
				id: row.anchor,
				code: page.code,
				url: routes.code(source.id, page.slug),
				message: i === 0 ? row.message : '',
			})),
		),
		changes,
		changesLabel: `What changed in ${source.title}`,
	};
}

/** A row of a published source page that is gone: at its old id, so that links to it still land. */
export interface GoneRowLink {
	id: string;
	code: string;
	url: string;
	/** `removed on 2026-02-01`, `renamed to E33 on 2026-02-01`. */
	what: string;
}

/**
 * The rows a source page no longer has, for its list of them: each at its old id, unless the
 * page now gives that id to something else (which the link then reaches).
 */
export function goneRows(
	history: HistoryIndex,
	sourceId: string,
	taken: ReadonlySet<string>,
	routes: Routes,
): GoneRowLink[] {
	const seen = new Set(taken);
	const links: GoneRowLink[] = [];
	for (const gone of history.gone) {
		if (gone.source.id !== sourceId) continue;
		const { page } = gone;
		const to = page.to?.length === 1 ? codeLink(gone.source, page.to[0]!, routes) : null;
		const what = to
			? `renamed to ${to.code} on ${day(gone.removed)}`
			: `removed on ${day(gone.removed)}`;
		for (const row of page.rows) {
			if (seen.has(row.anchor)) continue;
			seen.add(row.anchor);
			links.push({
				id: row.anchor,
				code: page.code,
				url: to?.url ?? routes.code(sourceId, page.slug),
				what,
			});
		}
	}
	return links;
}
