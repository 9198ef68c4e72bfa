import { emptyHistory, type History } from '../../core/history';
import { codeIdentity, pageId } from '../../core/identity';
import type { Routes } from '../../core/routes';
import type { CodePage } from '../../core/types';
import { buildSources, type DocumentCache } from '../index';
import { shortLinkSlugs, type RememberedSlugs } from '../link';
import type { Document } from '../types';
import { recordBuild, type Published } from './record';

export { HISTORY_VERSION, HistoryFormatError, historyText, parseHistory } from './format';
export { recordBuild } from './record';

/**
 * History stage: what earlier builds published, read back. Before the link stage it gives the
 * slugs codes keep (`rememberedSlugs`); after the catalog is built it records the build
 * (`recordBuild`). Pure: reading and writing the file is the Astro adapter's, and past versions
 * of documents come from `read/git.ts`.
 */
export function rememberedSlugs(history: History): RememberedSlugs {
	const pages = new Map<string, Map<string, string>>();
	const shorts = new Map<string, string>();
	for (const source of history.sources) {
		const slugs = new Map<string, string>();
		for (const page of source.pages) {
			slugs.set(page.code, page.slug);
			shorts.set(codeIdentity(page.code), page.short);
		}
		pages.set(source.id, slugs);
	}
	return { pages, shorts };
}

/** The documents of one past version, and when it was made (ISO 8601). */
export interface DocumentVersion {
	date: string;
	documents: Document[];
}

/**
 * A history made from past versions of the documents, oldest first, so that a site gets dates
 * from its first build. `baseline` is the version before the first: its codes were there
 * before the history began (no dates); null when there was none, so that every code of the
 * first version was added then.
 */
export async function seedHistory(
	baseline: Document[] | null,
	versions: AsyncIterable<DocumentVersion>,
	routes: Routes,
): Promise<History> {
	const cache: DocumentCache = new Map();
	let history = baseline === null ? emptyHistory() : null;
	const publish = (documents: Document[]) =>
		publishedBy(documents, routes, cache, history ? rememberedSlugs(history) : undefined);
	if (baseline !== null) history = recordBuild(null, publish(baseline), '');
	for await (const version of versions)
		history = recordBuild(history, publish(version.documents), version.date);
	return history ?? emptyHistory();
}

/** What a version of the documents publishes: its sources and code pages, without links. */
function publishedBy(
	documents: Document[],
	routes: Routes,
	cache: DocumentCache,
	remembered: RememberedSlugs | undefined,
): Published {
	const { sources, entries } = buildSources(documents, routes, { cache, remembered });
	const short = shortLinkSlugs(remembered?.shorts);
	const pages = new Map<
		string,
		Pick<CodePage, 'source' | 'slug' | 'short' | 'code' | 'variants'>
	>();
	for (const entry of entries) {
		const key = pageId(entry);
		const page = pages.get(key);
		if (page) page.variants.push(entry);
		else
			pages.set(key, {
				source: entry.source,
				slug: entry.slug,
				short: short(entry.code),
				code: entry.code,
				variants: [entry],
			});
	}
	return { sources, pages: [...pages.values()] };
}
