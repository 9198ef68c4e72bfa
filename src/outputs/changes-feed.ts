import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element } from 'hast';
import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';
import type { Routes } from '../core/routes';
import type { Part, Translate } from '../i18n/translate';
import {
	CHANGE_KINDS,
	changeCount,
	changeLabel,
	wordingText,
	type ChangeItem,
	type Changes,
} from './changes';
import type { HistoryIndex } from './history';

/** The feed's size, with why. */
export const FEED = {
	/** Entries kept (a build's changes to one source each): months of builds, in a small file. */
	entries: 50,
	/** Changes an entry lists before it links to the rest: a reader's feed shows it whole. */
	itemsPerEntry: 50,
} as const;

/** The `updated` of a feed with no change yet: Atom requires one, and no build changed it. */
const NEVER = '1970-01-01T00:00:00Z';

/**
 * `/changes.xml`: the changes of `/changes/` as an Atom feed (RFC 4287), an entry per build and
 * source, newest first, in the language of errdex's pages (`t`). Absolute addresses need
 * Astro's `site`; without it ids are URNs and links are paths. Everything written goes through
 * the XML serializer, and each entry's HTML through the HTML one: a code or message is text at
 * both levels, never markup.
 */
export function changesFeed(
	history: HistoryIndex,
	changes: Changes,
	routes: Routes,
	site: URL | undefined,
	siteTitle: string,
	t: Translate,
): string {
	const url = (path: string) => (site ? new URL(path, site).href : path);
	const id = (path: string) => (site ? new URL(path, site).href : `urn:errdex:${path}`);
	const { builds } = history.history;
	const entries: { source: string; build: number; items: ChangeItem[] }[] = [];
	for (const group of changes.pages.filter((page) => page.source === '').flatMap((p) => p.groups))
		for (const item of group.items) {
			let entry = entries.at(-1);
			if (entry?.build !== group.build || entry.source !== item.source) {
				entry = { source: item.source, build: group.build, items: [] };
				entries.push(entry);
			}
			entry.items.push(item);
		}
	// Builds newest first; within one, each source's entry once, in document order.
	const merged = new Map<string, (typeof entries)[number]>();
	for (const entry of entries) {
		const key = `${entry.build}\0${entry.source}`;
		const held = merged.get(key);
		if (held) held.items.push(...entry.items);
		else merged.set(key, entry);
	}
	const kept = [...merged.values()].slice(0, FEED.entries);
	const newest = builds.length > 0 ? builds.at(-1)! : NEVER;
	const tree = x('feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': t.lang }, [
		x('title', t('errdex.changes.feedName', { site: siteTitle })),
		x('subtitle', t('errdex.changes.feedSubtitle')),
		x('id', id(routes.changes())),
		x('updated', newest),
		x('link', { rel: 'self', type: 'application/atom+xml', href: url(routes.changesFeed()) }),
		x('link', { rel: 'alternate', type: 'text/html', href: url(routes.changes()) }),
		x('author', [x('name', siteTitle)]),
		x('generator', 'errdex'),
		...kept.map((entry) => {
			const counts = CHANGE_KINDS.map(
				(kind) => [kind, entry.items.filter((item) => item.kind === kind).length] as const,
			)
				.filter(([, count]) => count > 0)
				.map(([kind, count]) => changeCount(kind, count, t));
			const page = changes.where(entry.source, entry.build);
			return x('entry', [
				x(
					'title',
					t('errdex.changes.entryTitle', {
						source: entry.items[0]!.sourceTitle,
						counts: t.list(counts),
					}),
				),
				x('id', id(`${routes.changes(entry.source)}#build-${entry.build}`)),
				x('updated', builds[entry.build]!),
				x('link', { rel: 'alternate', type: 'text/html', href: url(page) }),
				x('content', { type: 'html' }, entryHtml(entry.items, url, url(page), t)),
			]);
		}),
	]);
	// The serializer escapes `&` and `<` in text but not `>`, and `]]>` in text is not XML: a
	// message may hold it. The feed has no CDATA section, where it would mean something.
	const xml = toXml(tree).replaceAll(']]>', ']]&#x3E;');
	return `<?xml version="1.0" encoding="utf-8"?>\n${xml}\n`;
}

type Inline = string | Element;

/** A translated sentence as HTML, each slot filled with its elements. */
function filled(parts: Part[], slots: Record<string, Inline | Inline[]>): Inline[] {
	return parts.flatMap((part) => (typeof part === 'string' ? part : slots[part.slot]!));
}

/**
 * What one entry says, as HTML for a feed reader: a line per change, links absolute, in the
 * direction of the feed's language; codes read left to right, messages in their own direction.
 */
function entryHtml(
	items: ChangeItem[],
	url: (path: string) => string,
	more: string,
	t: Translate,
): string {
	const code = (link: { code: string; url: string }) =>
		h('a', { href: url(link.url) }, [h('code', { dir: 'ltr' }, link.code)]);
	const renamed = t.parts('errdex.changes.renamedTo', ['from', 'to']);
	const perhaps = t.parts('errdex.changes.perhaps', ['codes']);
	const wordings = (list: ChangeItem['before']) =>
		list.flatMap((wording, i) => {
			const { parts, message } = wordingText(wording, t);
			return [...(i > 0 ? [' / '] : []), ...filled(parts, { message: h('bdi', message) })];
		});
	const lines = items.slice(0, FEED.itemsPerEntry).map((item) => {
		const parts: Inline[] = [h('strong', changeLabel(item.kind, t)), ' '];
		if (item.to) parts.push(...filled(renamed, { from: code(item.code), to: code(item.to) }));
		else parts.push(code(item.code));
		if (item.candidates.length > 0) {
			const codes = filled(
				t.listParts(item.candidates.length),
				Object.fromEntries(item.candidates.map((candidate, i) => [String(i), code(candidate)])),
			);
			parts.push(' ', ...filled(perhaps, { codes }));
		}
		if (item.kind === 'reworded')
			parts.push(
				' ',
				t('errdex.changes.was'),
				' ',
				h('del', wordings(item.before)),
				' ',
				t('errdex.changes.now'),
				' ',
				h('ins', wordings(item.after)),
			);
		return h('li', parts);
	});
	const rest = items.length - lines.length;
	return toHtml(
		h('div', { dir: t.dir }, [
			h('ul', lines),
			...(rest > 0
				? [h('p', [h('a', { href: more }, t('errdex.changes.more', { count: rest }))])]
				: []),
		]),
	);
}
