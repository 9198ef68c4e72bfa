import leven from 'leven';
import { foldFast, normalizeSpace } from '../../core/text';

/** The numbers of the rename rule, with why. */
export const THRESHOLDS = {
	/**
	 * Share of the longer message's characters that may differ for two messages to count as
	 * near-identical: a typo fixed, a word added (`Member not found.` → `Member was not
	 * found.` is 4 of 21), but not another meaning (`The token has expired.` → `The token is
	 * invalid.` is 9 of 22).
	 */
	nearIdentical: 0.2,
	/**
	 * Pairs of messages compared by edit distance within one place of a table. A document
	 * rewritten wholesale can remove and add thousands of codes between the same two
	 * neighbours; past this, only messages that are the same after folding, or the codes at the
	 * same offset, are compared, so that the rule stays linear.
	 */
	comparedPairs: 10_000,
} as const;

/** A code page where the rule needs it: its page, its place in its table, its message. */
export interface Placed {
	/** Page id, `<source>/<slug>`. */
	key: string;
	source: string;
	/** Heading path above its table. */
	section: string[];
	table: number;
	row: number;
	/** Its message, or its first other column in a table without one. */
	summary: string;
}

/** What became of one removed page: renamed to one added page, or one of several. */
export type RenameVerdict = { to: string } | { candidates: string[] };

/**
 * The rename rule. A page removed in a build in which a page is added at the same place in
 * the same table, with the same or a near-identical message, was renamed: its old address
 * leads to the new one. The place is the gap between the same two neighbours that both builds
 * have (or the table's edge), under the same heading; in a table neither build kept a code of,
 * the table with the same index. Within a gap:
 *
 * 1. as many pages removed as added, each at the same offset with a near-identical message:
 *    each was renamed to the one that took its place;
 * 2. otherwise a removed page whose message only one added page shares, and which shares it
 *    with no other removed page, was renamed to it;
 * 3. a removed page that shares its message with several is ambiguous: its candidates;
 * 4. a removed page whose message none shares was removed.
 *
 * `before` holds the pages of the previous build, `after` those of this one, each in document
 * order; a page is removed when its key is only in `before`, added when only in `after`.
 * Pure, and linear in the pages but for the comparisons bounded by `comparedPairs`.
 */
export function findRenames(
	before: readonly Placed[],
	after: readonly Placed[],
): Map<string, RenameVerdict> {
	const beforeKeys = new Set(before.map((page) => page.key));
	const afterKeys = new Set(after.map((page) => page.key));
	const removed = gaps(before, (page) => afterKeys.has(page.key));
	const added = gaps(after, (page) => beforeKeys.has(page.key));
	const verdicts = new Map<string, RenameVerdict>();
	for (const [gap, gone] of removed) {
		const fresh = added.get(gap);
		if (fresh) for (const [key, verdict] of judgeGap(gone, fresh)) verdicts.set(key, verdict);
	}
	return verdicts;
}

/**
 * The pages that are not `kept`, by the gap they sit in: their source, heading, and the kept
 * pages before and after them in their table.
 */
function gaps(pages: readonly Placed[], kept: (page: Placed) => boolean): Map<string, Placed[]> {
	const byTable = new Map<string, Placed[]>();
	for (const page of pages) {
		const table = `${page.source}\0${page.table}`;
		const list = byTable.get(table) ?? [];
		list.push(page);
		byTable.set(table, list);
	}
	const found = new Map<string, Placed[]>();
	for (const list of byTable.values()) {
		list.sort((a, b) => a.row - b.row);
		let previous = '';
		let pending: Placed[] = [];
		const close = (next: string) => {
			for (const page of pending) {
				// Without a neighbour in either build, only the table's index says which table.
				const table = previous === '' && next === '' ? String(page.table) : '';
				const gap = [page.source, page.section.join('\0'), table, previous, next].join('\u0001');
				const members = found.get(gap) ?? [];
				members.push(page);
				found.set(gap, members);
			}
			pending = [];
		};
		for (const page of list) {
			if (kept(page)) {
				close(page.key);
				previous = page.key;
			} else pending.push(page);
		}
		close('');
	}
	return found;
}

function judgeGap(gone: Placed[], fresh: Placed[]): Map<string, RenameVerdict> {
	const verdicts = new Map<string, RenameVerdict>();
	const text = new Map([...gone, ...fresh].map((page) => [page, comparable(page.summary)]));
	const alike = (a: Placed, b: Placed) => nearIdentical(text.get(a)!, text.get(b)!);
	if (gone.length === fresh.length && gone.every((page, i) => alike(page, fresh[i]!))) {
		gone.forEach((page, i) => verdicts.set(page.key, { to: fresh[i]!.key }));
		return verdicts;
	}
	const candidates = new Map<Placed, Placed[]>();
	if (gone.length * fresh.length <= THRESHOLDS.comparedPairs) {
		for (const page of gone)
			candidates.set(
				page,
				fresh.filter((other) => alike(page, other)),
			);
	} else {
		// Too many pairs to measure: only messages the same after folding.
		const byText = new Map<string, Placed[]>();
		for (const page of fresh) {
			const key = text.get(page)!;
			if (key === '') continue;
			byText.set(key, [...(byText.get(key) ?? []), page]);
		}
		for (const page of gone) candidates.set(page, byText.get(text.get(page)!) ?? []);
	}
	const claims = new Map<Placed, number>();
	for (const list of candidates.values())
		for (const page of list) claims.set(page, (claims.get(page) ?? 0) + 1);
	for (const [page, list] of candidates) {
		if (list.length === 0) continue;
		verdicts.set(
			page.key,
			list.length === 1 && claims.get(list[0]!) === 1
				? { to: list[0]!.key }
				: { candidates: list.map((other) => other.key) },
		);
	}
	return verdicts;
}

/** A message as the rule compares it: case, diacritics, spacing and a final stop ignored. */
function comparable(message: string): string {
	return normalizeSpace(foldFast(message)).replace(/[.!。]+$/u, '');
}

/** Whether two comparable messages are the same or near-identical. No message is like none. */
export function nearIdentical(a: string, b: string): boolean {
	if (a === '' || b === '') return false;
	if (a === b) return true;
	const allowed = Math.floor(THRESHOLDS.nearIdentical * Math.max(a.length, b.length));
	return Math.abs(a.length - b.length) <= allowed && leven(a, b) <= allowed;
}
