import type { PageRecord, SourceRecord } from '../core/history';
import type { Routes } from '../core/routes';
import type { Part, Translate } from '../i18n/translate';
import { changeLabel } from '../outputs/changes';
import type { CodeIndex } from '../outputs/code-index';
import { day, type GonePage, type HistoryIndex } from '../outputs/history';
import type { HeadTag } from '../outputs/preview';
import { statusLabel } from './code-page';
import { datedFact, type DatedFact } from './dated-fact';
import { nearestCodesOf } from './nearest-codes';
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
	/**
	 * `-9 was removed from Acme API errors on February 1, 2026.`, cut where the code, the code
	 * it became, the source and the day go.
	 */
	lead: Part[];
	/** The day it went, as `<time datetime>` takes it, and as the language writes it. */
	date: string;
	day: string;
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
	/** `Go to {code}`, on to the code it was renamed to. */
	goTo: Part[];
	/** Before the codes it may have become, cut where its source's title goes. */
	candidatesLabel: Part[];
	lastLabel: string;
	labels: {
		status: string;
		section: string;
		documented: string;
		copy: string;
		/** `What changed in {source}`, cut where the source's title goes. */
		changes: Part[];
		nearest: string;
	};
}

export function gonePageView(
	gone: GonePage,
	index: CodeIndex,
	routes: Routes,
	site: URL | undefined,
	changes: string,
	t: Translate,
): GonePageView {
	const { source, page } = gone;
	const sourceTitle = source.title;
	const links = (page.to ?? []).map((slug) => codeLink(source, slug, routes));
	const renamedTo =
		gone.renamedTo && links.length === 1 ? { ...links[0]!, url: gone.renamedTo } : null;
	const kind = renamedTo ? 'renamed' : 'removed';
	const message = page.rows[0]?.message;
	const said = {
		code: page.code,
		to: renamedTo?.code ?? '',
		source: sourceTitle,
		date: t.date(gone.removed),
	};
	const leadKey = renamedTo ? 'errdex.gone.renamedLead' : 'errdex.gone.removedLead';
	const absolute = (path: string) => (site ? new URL(path, site).href : path);
	const head: HeadTag[] = [
		{
			tag: 'title',
			content: t('errdex.preview.title', {
				text: t(renamedTo ? 'errdex.gone.renamedTitle' : 'errdex.gone.removedTitle', {
					code: page.code,
				}),
				source: sourceTitle,
			}),
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
		kind,
		title: page.code,
		description:
			!renamedTo && message
				? t('errdex.gone.removedMessage', { ...said, message })
				: t(leadKey, said),
		head,
		lead: t.parts(leadKey, ['code', 'to', 'source', 'date']),
		date: day(gone.removed),
		day: said.date,
		source: { title: sourceTitle, url: routes.source(source.id) },
		renamedTo,
		candidates: renamedTo ? [] : links,
		rows: page.rows.map((row) => ({
			statusLabel: statusLabel(row, t),
			message: row.message,
			details: row.details.map(([label, text]) => ({ label, text })),
			section: row.section.at(-1) ?? '',
			place: `${source.file}:${row.line}`,
		})),
		nearest: renamedTo
			? []
			: nearestCodesOf(index)
					.nearest(source.id, page.code, NEAREST)
					.map(({ code, sourceTitle: title }) => ({ code, sourceTitle: title })),
		changes,
		link: routes.code(source.id, page.slug),
		badge: changeLabel(kind, t),
		goTo: t.parts('errdex.gone.goTo', ['code']),
		candidatesLabel: t.parts('errdex.gone.candidates', ['source']),
		lastLabel: t('errdex.gone.last'),
		labels: {
			status: t('errdex.code.status'),
			section: t('errdex.gone.section'),
			documented: t('errdex.code.documentedIn'),
			copy: t('errdex.code.copyLink'),
			changes: t.parts('errdex.gone.changesIn', ['source']),
			nearest: t('errdex.gone.nearest'),
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
	/** `This document was removed on …`. */
	lead: DatedFact;
	codes: { id: string; code: string; url: string; message: string }[];
	changes: string;
	/** `What changed in {source}`, cut where the source's title goes. */
	changesLabel: Part[];
}

export function goneSourceView(
	source: SourceRecord,
	history: HistoryIndex,
	routes: Routes,
	changes: string,
	t: Translate,
): GoneSourceView {
	const removed = history.history.builds[source.removed!]!;
	return {
		title: source.title,
		description: t('errdex.gone.sourceDescription', {
			source: source.title,
			date: t.date(removed),
		}),
		lead: datedFact(t, 'errdex.gone.sourceLead', removed),
		codes: source.pages.flatMap((page) =>
			page.rows.map((row, i) => ({
				id: row.anchor,
				code: page.code,
				url: routes.code(source.id, page.slug),
				message: i === 0 ? row.message : '',
			})),
		),
		changes,
		changesLabel: t.parts('errdex.gone.changesIn', ['source']),
	};
}

/** A row of a published source page that is gone: at its old id, so that links to it still land. */
export interface GoneRowLink {
	id: string;
	code: string;
	url: string;
	/** The code it was renamed to; null when it was removed. */
	to: string | null;
	/** When it went (ISO 8601). */
	removed: string;
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
		for (const row of page.rows) {
			if (seen.has(row.anchor)) continue;
			seen.add(row.anchor);
			links.push({
				id: row.anchor,
				code: page.code,
				url: to?.url ?? routes.code(sourceId, page.slug),
				to: to?.code ?? null,
				removed: gone.removed,
			});
		}
	}
	return links;
}
