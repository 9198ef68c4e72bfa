import type {
	Change,
	ChangedCode,
	History,
	PageRecord,
	RowRecord,
	SourceRecord,
	Wording,
} from '../../core/history';
import type { CodePage, Entry, Source } from '../../core/types';
import { findRenames, type Placed } from './renames';

/** What a build published, as the history stage reads it. */
export interface Published {
	sources: readonly Pick<Source, 'id' | 'title' | 'file'>[];
	pages: readonly PublishedPage[];
	/**
	 * Codes past their document's budget of pages (`Catalog.pageless`): published at their rows,
	 * so recorded as pages are, and never as removed.
	 */
	pageless?: readonly PublishedPage[] | undefined;
}

type PublishedPage = Pick<CodePage, 'source' | 'slug' | 'short' | 'code' | 'variants'>;

/**
 * The history after one more build: `previous` with the pages `published` now. A page new
 * since the previous build was added; a page gone was removed, or renamed (`findRenames`); a
 * page whose rows say another message or status was reworded. The build gets the next index
 * and `date` only if something changed, so a rebuild of the same documents changes nothing.
 *
 * Without a previous history (`null`), the build is where the history begins: its pages were
 * there before it, so none of them gets a date.
 */
export function recordBuild(previous: History | null, published: Published, date: string): History {
	const build = previous?.builds.length ?? 0;
	const changes: Change[] = [];
	const earlier = new Map<string, PageRecord>();
	for (const source of previous?.sources ?? [])
		for (const page of source.pages) earlier.set(`${source.id}/${page.slug}`, page);
	const bySource = new Map<string, PageRecord[]>();
	const current = new Map<string, PageRecord>();
	const before: Placed[] = [];
	const after: Placed[] = [];
	for (const source of previous?.sources ?? [])
		for (const page of source.pages)
			if (page.removed === null) before.push(placed(source.id, page));

	for (const page of [...published.pages, ...(published.pageless ?? [])]) {
		const key = `${page.source}/${page.slug}`;
		const rows = page.variants.map(rowOf);
		const old = earlier.get(key);
		const record: PageRecord = {
			code: page.code,
			slug: page.slug,
			short: page.short,
			first: old?.first ?? null,
			changed: old?.changed ?? null,
			removed: null,
			to: null,
			rows,
		};
		const named = { source: page.source, slug: page.slug, code: page.code };
		if (previous && (!old || old.removed !== null)) {
			if (!old) record.first = build;
			changes.push({ ...named, build, kind: 'added' });
		} else if (old && !sameWording(old.rows, rows)) {
			record.changed = build;
			changes.push({
				...named,
				build,
				kind: 'reworded',
				before: old.rows.map(wording),
				after: rows.map(wording),
			});
		}
		after.push(placed(page.source, record));
		current.set(key, record);
		const list = bySource.get(page.source) ?? [];
		list.push(record);
		bySource.set(page.source, list);
	}

	const verdicts = findRenames(before, after);
	const codeOf = (key: string): ChangedCode => {
		const { slug, code } = current.get(key)!;
		return { slug, code };
	};
	const sources: SourceRecord[] = published.sources.map((source) => ({
		id: source.id,
		title: source.title,
		file: source.file,
		removed: null,
		pages: bySource.get(source.id) ?? [],
	}));
	const byId = new Map(sources.map((source) => [source.id, source]));
	const renamedTo = new Set<string>();
	let sourceRemoved = false;
	for (const old of previous?.sources ?? []) {
		let target = byId.get(old.id);
		if (!target) {
			sourceRemoved ||= old.removed === null;
			target = { ...old, removed: old.removed ?? build, pages: [] };
			sources.push(target);
		}
		for (const page of old.pages) {
			const key = `${old.id}/${page.slug}`;
			if (current.has(key)) continue;
			if (page.removed !== null) {
				target.pages.push(page);
				continue;
			}
			const verdict = verdicts.get(key);
			const named = { source: old.id, slug: page.slug, code: page.code, build };
			if (verdict && 'to' in verdict) {
				const to = codeOf(verdict.to);
				renamedTo.add(verdict.to);
				target.pages.push({ ...page, removed: build, to: [to.slug] });
				changes.push({ ...named, kind: 'renamed', to });
			} else {
				const candidates = verdict ? verdict.candidates.map(codeOf) : [];
				target.pages.push({
					...page,
					removed: build,
					to: candidates.length > 0 ? candidates.map((candidate) => candidate.slug) : null,
				});
				changes.push({ ...named, kind: 'removed', candidates });
			}
		}
	}
	// A rename's target took the place of the code it renames: it is not an addition.
	const made = changes.filter(
		(change) => change.kind !== 'added' || !renamedTo.has(`${change.source}/${change.slug}`),
	);
	const changed = made.length > 0 || sourceRemoved;
	return {
		builds: changed ? [...(previous?.builds ?? []), date] : (previous?.builds ?? []),
		sources,
		changes: [...(previous?.changes ?? []), ...made],
	};
}

function rowOf(entry: Entry): RowRecord {
	return {
		status: entry.status,
		statusText: entry.statusText,
		message: entry.message,
		details: entry.details.map((detail): [string, string] => [detail.label, detail.text]),
		section: entry.section,
		table: entry.table,
		row: entry.row,
		line: entry.line,
		anchor: entry.anchor,
	};
}

function wording(row: RowRecord): Wording {
	return { status: row.status, message: row.message };
}

/** Whether two versions of a page say the same: the same statuses and messages, row by row. */
function sameWording(a: readonly RowRecord[], b: readonly RowRecord[]): boolean {
	return (
		a.length === b.length &&
		a.every((row, i) => row.status === b[i]!.status && row.message === b[i]!.message)
	);
}

function placed(source: string, page: PageRecord): Placed {
	const first = page.rows[0];
	return {
		key: `${source}/${page.slug}`,
		source,
		section: first?.section ?? [],
		table: first?.table ?? 0,
		row: first?.row ?? 0,
		// What `summaryOf` reads of an entry: its message, else its first other column.
		summary: first ? first.message || first.details[0]?.[1] || '' : '',
	};
}
