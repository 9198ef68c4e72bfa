import { compareCodes, familyOf } from './codes';
import { paths } from './slugs';
import type { CodePage, CrossLinks, Entry, EntryRef, Source } from './types';

/** How many links of one kind a code page shows, so that a page stays small in a big catalog. */
const LIMIT = 8;

/** Groups entries into one page per code and works out the links between pages. */
export function linkPages(sources: Source[], entries: Entry[]): CodePage[] {
	const titles = new Map(sources.map((source) => [source.id, source.title]));
	const ref = (entry: Entry): EntryRef => ({
		source: entry.source,
		sourceTitle: titles.get(entry.source) ?? entry.source,
		code: entry.code,
		status: entry.status,
		message: entry.message,
		url: paths.code(entry.source, entry.slug),
		anchor: paths.row(entry.source, entry.anchor),
	});

	const pages = new Map<string, CodePage>();
	for (const entry of entries) {
		const key = pageKey(entry);
		const page = pages.get(key);
		if (page) page.variants.push(entry);
		else pages.set(key, { source: entry.source, slug: entry.slug, code: entry.code, variants: [entry], links: emptyLinks() });
	}
	const all = [...pages.values()];

	const byCode = groupBy(all, (page) => page.code.toLowerCase());
	const byStatus = new Map<number, CodePage[]>();
	for (const page of all) {
		for (const status of statusesOf(page)) {
			const list = byStatus.get(status) ?? [];
			list.push(page);
			byStatus.set(status, list);
		}
	}
	const bySource = groupBy(all, (page) => page.source);
	const codesOfSource = new Map(
		[...bySource].map(([source, list]) => [source, new Map(list.map((page) => [page.code.toLowerCase(), page]))]),
	);
	const tables = groupBy(entries, (entry) => `${entry.source}\0${entry.table}`);

	const mentionedBy = new Map<CodePage, CodePage[]>();
	for (const page of all) {
		const mentioned = mentionsIn(page, codesOfSource.get(page.source)!);
		page.links.mentions = mentioned.slice(0, LIMIT).map((other) => ref(other.variants[0]!));
		for (const other of mentioned) {
			const list = mentionedBy.get(other) ?? [];
			list.push(page);
			mentionedBy.set(other, list);
		}
	}

	for (const page of all) {
		const first = page.variants[0]!;
		const links = page.links;
		links.elsewhere = (byCode.get(page.code.toLowerCase()) ?? [])
			.filter((other) => other.source !== page.source)
			.slice(0, LIMIT)
			.map((other) => ref(other.variants[0]!));

		const sameStatus = [...new Set(statusesOf(page).flatMap((status) => byStatus.get(status) ?? []))].filter(
			(other) => other !== page,
		);
		// Codes of the same API come first: they are the ones a reader compares.
		sameStatus.sort((a, b) => Number(b.source === page.source) - Number(a.source === page.source));
		links.sameStatus = sameStatus.slice(0, LIMIT).map((other) => ref(other.variants[0]!));
		links.sameStatusTotal = sameStatus.length;

		const table = tables.get(`${first.source}\0${first.table}`)!;
		const index = table.indexOf(first);
		const previous = table.slice(0, index).reverse().find((entry) => pageKey(entry) !== pageKey(first));
		const next = table.slice(index + 1).find((entry) => pageKey(entry) !== pageKey(first));
		links.previous = previous ? ref(previous) : null;
		links.next = next ? ref(next) : null;

		const family = familyOf(page.code);
		if (family !== null) {
			const neighbours = bySource
				.get(page.source)!
				.filter((other) => other !== page && familyOf(other.code) === family)
				.filter((other) => pageKey(other.variants[0]!) !== (previous && pageKey(previous)))
				.filter((other) => pageKey(other.variants[0]!) !== (next && pageKey(next)))
				.sort((a, b) => compareCodes(a.code, b.code));
			const after = neighbours.findIndex((other) => compareCodes(other.code, page.code) > 0);
			const centre = after < 0 ? neighbours.length : after;
			const start = Math.max(0, Math.min(centre - LIMIT / 2, neighbours.length - LIMIT));
			links.family = neighbours.slice(start, start + LIMIT).map((other) => ref(other.variants[0]!));
		}

		links.mentionedBy = (mentionedBy.get(page) ?? []).slice(0, LIMIT).map((other) => ref(other.variants[0]!));
	}
	return all;
}

function pageKey(entry: Entry): string {
	return `${entry.source}\0${entry.slug}`;
}

function statusesOf(page: CodePage): number[] {
	return [...new Set(page.variants.map((entry) => entry.status).filter((s): s is number => s !== null))];
}

/**
 * Codes of the same source that a page's text names. Only whole tokens count, and only codes of
 * the same API, so that a `503` in prose does not link to an unrelated API's code 503.
 */
function mentionsIn(page: CodePage, codes: Map<string, CodePage>): CodePage[] {
	const text = page.variants
		.flatMap((entry) => [entry.message, ...entry.details.map((detail) => detail.text)])
		.join(' ');
	const found: CodePage[] = [];
	for (const token of text.match(/[A-Za-z0-9_][A-Za-z0-9_./-]*[A-Za-z0-9_]/g) ?? []) {
		const other = codes.get(token.toLowerCase());
		if (other && other !== page && !found.includes(other)) found.push(other);
	}
	return found;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const k = key(item);
		const list = groups.get(k);
		if (list) list.push(item);
		else groups.set(k, [item]);
	}
	return groups;
}

function emptyLinks(): CrossLinks {
	return { elsewhere: [], sameStatus: [], sameStatusTotal: 0, previous: null, next: null, family: [], mentions: [], mentionedBy: [] };
}
