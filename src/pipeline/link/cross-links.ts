import { compareCodes, familyOf } from '../../core/codes';
import { aliasLinkIdentity, codeIdentity, distinctAliases, pageId } from '../../core/identity';
import { distinctStatuses } from '../../core/status';
import type { CodeAlias, CodePage, CrossLinks, Entry } from '../../core/types';

/** How many links of one kind a code page shows, so that a page stays small in a big catalog. */
const LIMIT = 8;

/** Shared by the many pages whose code has no other name. */
const NO_ALIASES: readonly CodeAlias[] = Object.freeze([]);

/**
 * Groups entries into one page per code and works out the links between pages. `short` gives
 * the slug of the short link of a code or alias.
 */
export function linkPages(entries: Entry[], short: (name: string) => string): CodePage[] {
	const pages = new Map<string, CodePage>();
	// One id string per page, kept: the links name pages by id, and an id made anew for every
	// link was a string apiece (320,000 strings for 20,000 pages, measured in a heap snapshot).
	const ids = new Map<CodePage, string>();
	const pageOfEntry = new Map<Entry, CodePage>();
	for (const entry of entries) {
		const key = pageId(entry);
		let page = pages.get(key);
		if (page) page.variants.push(entry);
		else {
			page = {
				source: entry.source,
				slug: entry.slug,
				short: short(entry.code),
				code: entry.code,
				aliases: NO_ALIASES,
				variants: [entry],
				links: emptyLinks(),
			};
			pages.set(key, page);
			ids.set(page, key);
		}
		pageOfEntry.set(entry, page);
	}
	const idOf = (page: CodePage) => ids.get(page)!;
	const all = [...pages.values()];
	// After every code's: a code's short link never depends on another code's aliases.
	for (const page of all) page.aliases = aliasesOf(page, short);

	// A page is the same code as another when their codes are, or a name of one is the other's.
	const byCode = new Map<string, CodePage[]>();
	for (const page of all)
		for (const key of sameCodeKeys(page)) {
			const list = byCode.get(key);
			if (list) list.push(page);
			else byCode.set(key, [page]);
		}
	const byStatus = new Map<number, Map<string, CodePage[]>>();
	for (const page of all) {
		for (const status of statusesOf(page)) {
			const bySource = byStatus.get(status) ?? new Map<string, CodePage[]>();
			const list = bySource.get(page.source) ?? [];
			list.push(page);
			bySource.set(page.source, list);
			byStatus.set(status, bySource);
		}
	}
	const bySource = groupBy(all, (page) => page.source);
	// What a text can name a page by: its code, and its aliases where no code of the source is
	// that name.
	const codesOfSource = new Map(
		[...bySource].map(([source, list]) => {
			const named = new Map(list.map((page) => [codeIdentity(page.code), page]));
			for (const page of list)
				for (const key of sameCodeKeys(page).slice(1)) if (!named.has(key)) named.set(key, page);
			return [source, named];
		}),
	);
	const families = groupBy(
		all.filter((page) => familyOf(page.code) !== null),
		(page) => `${page.source}\0${familyOf(page.code)}`,
	);
	for (const family of families.values()) family.sort((a, b) => compareCodes(a.code, b.code));
	const tables = groupBy(entries, (entry) => `${entry.source}\0${entry.table}`);
	// An entry's place among its table's entries: not its row, since a row may hold several codes
	// and continuation and heading rows hold none.
	const place = new Map<Entry, number>();
	for (const table of tables.values()) table.forEach((entry, i) => place.set(entry, i));
	const pageOf = (entry: Entry) => pageOfEntry.get(entry)!;

	const mentionedBy = new Map<CodePage, CodePage[]>();
	for (const page of all) {
		const mentioned = mentionsIn(page, codesOfSource.get(page.source)!);
		page.links.mentions = mentioned.slice(0, LIMIT).map(idOf);
		for (const other of mentioned) {
			const list = mentionedBy.get(other) ?? [];
			list.push(page);
			mentionedBy.set(other, list);
		}
	}

	for (const page of all) {
		const first = page.variants[0]!;
		// A code past its document's budget has no page to show links on; others link to it.
		if (first.pageless) continue;
		const links = page.links;
		const elsewhere = new Set<CodePage>();
		for (const key of sameCodeKeys(page))
			for (const other of byCode.get(key)!) {
				if (elsewhere.size === LIMIT) break;
				if (other.source !== page.source) elsewhere.add(other);
			}
		links.elsewhere = [...elsewhere].map(idOf);

		const [sameStatus, total] = sameStatusOf(page, byStatus);
		links.sameStatus = sameStatus.map(idOf);
		links.sameStatusTotal = total;

		// Entries of one table are in document order, so neighbours are found by walking out from
		// the entry itself, past further entries of the same code.
		const table = tables.get(`${first.source}\0${first.table}`)!;
		let before = place.get(first)! - 1;
		while (before >= 0 && pageOf(table[before]!) === page) before--;
		let after = place.get(first)! + 1;
		while (after < table.length && pageOf(table[after]!) === page) after++;
		const previous = before >= 0 ? pageOf(table[before]!) : null;
		const next = after < table.length ? pageOf(table[after]!) : null;
		links.previous = previous ? idOf(previous) : null;
		links.next = next ? idOf(next) : null;

		const family = families.get(`${page.source}\0${familyOf(page.code)}`);
		if (family) {
			const centre = family.indexOf(page);
			const start = Math.max(0, Math.min(centre - LIMIT / 2, family.length - LIMIT - 1));
			links.family = family
				.slice(start, start + LIMIT + 3)
				.filter((other) => other !== page && other !== previous && other !== next)
				.slice(0, LIMIT)
				.map(idOf);
		}

		links.mentionedBy = (mentionedBy.get(page) ?? []).slice(0, LIMIT).map(idOf);
	}
	return all;
}

/**
 * A few other pages with the same status, those of the same API first, and how many there are.
 * Only the few that are shown are visited: a status such as 404 can be shared by thousands.
 */
function sameStatusOf(
	page: CodePage,
	byStatus: Map<number, Map<string, CodePage[]>>,
): [CodePage[], number] {
	const statuses = statusesOf(page).map((status) => byStatus.get(status)!);
	const shown = new Set<CodePage>();
	const take = (list: CodePage[]) => {
		for (const other of list) {
			if (shown.size >= LIMIT) return;
			if (other !== page) shown.add(other);
		}
	};
	for (const bySource of statuses) take(bySource.get(page.source) ?? []);
	for (const bySource of statuses)
		for (const [source, list] of bySource) if (source !== page.source) take(list);
	const total =
		statuses.length === 1
			? [...statuses[0]!.values()].reduce((sum, list) => sum + list.length, 0) - 1
			: new Set(statuses.flatMap((bySource) => [...bySource.values()].flat())).size - 1;
	return [[...shown], total];
}

/** The other names of a page's code, each identity once, with their short-link slugs. */
function aliasesOf(page: CodePage, short: (name: string) => string): readonly CodeAlias[] {
	if (page.variants.every((entry) => entry.aliases.length === 0)) return NO_ALIASES;
	return distinctAliases(
		page.code,
		page.variants.flatMap((entry) => entry.aliases),
	).map((name) => ({ name, short: short(name) }));
}

/**
 * The identities under which a page is the same code as others: its code's, then those of its
 * aliases that stand for it across sources (`aliasLinkIdentity`).
 */
function sameCodeKeys(page: CodePage): string[] {
	const keys = [codeIdentity(page.code)];
	for (const alias of page.aliases) {
		const key = aliasLinkIdentity(alias.name);
		if (key !== null) keys.push(key);
	}
	return keys;
}

function statusesOf(page: CodePage): number[] {
	return distinctStatuses(page.variants);
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
		const other = codes.get(codeIdentity(token));
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
	return {
		elsewhere: [],
		sameStatus: [],
		sameStatusTotal: 0,
		previous: null,
		next: null,
		family: [],
		mentions: [],
		mentionedBy: [],
	};
}
