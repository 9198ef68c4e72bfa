import { ErrdexError } from '../core/errors';
import type { Routes } from '../core/routes';
import type { Catalog, Entry, Source, SourceWarning } from '../core/types';
import { english } from '../i18n/dictionaries';
import type { Translate } from '../i18n/translate';
import { classifySource } from './classify';
import { draftEntries } from './entries';
import { failure, renderedAsText, unreadSource, withoutErrorTables } from './failures';
import { linkCodePages, linkSource, type RememberedSlugs } from './link';
import { SlugScope, sourceSlug } from './link/slugs';
import { parseSource } from './parse';
import { renderSource } from './render';
import type { Document, LinkedSource, ParsedSource } from './types';

export type { Document } from './types';

export interface BuildOptions {
	/**
	 * Stop at the first warning, as an error with its file and line: for the CI of a docs
	 * repository, where a row errdex cannot read should fail the check rather than be skipped.
	 */
	strict?: boolean | undefined;
	/**
	 * What earlier builds made of each document, for a build that follows edits (`astro dev`):
	 * a document whose text and settings are unchanged, and whose id is still free, is not read
	 * again. Only the links between code pages, which span documents, are made anew.
	 */
	cache?: DocumentCache | undefined;
	/** errdex's strings in the site's language, for what the source pages say themselves. */
	t?: Translate | undefined;
	/**
	 * Called after each document is read (not one taken from `cache`), once its trees are
	 * garbage: the place for a runtime to reclaim them before the next document (see
	 * `src/astro/reclaim.ts`).
	 */
	afterDocument?: ((document: Document) => void) | undefined;
	/** The slugs earlier builds published, which codes keep (see `pipeline/history/`). */
	remembered?: RememberedSlugs | undefined;
	/**
	 * The most codes of one document that get a code page (`maxCodePagesPerDocument`); the rest
	 * are found at their rows on the source page, with a warning.
	 */
	maxCodePagesPerDocument?: number | undefined;
}

/** Why a strict build stopped at a warning, and the ways on. */
export const STRICT_HINT =
	'errdex builds strictly (`strict: true` or ERRDEX_STRICT=1), so every warning stops the build. Correct errdex\'s settings (see the README, "Options"), or build without strict to have warnings instead.';

/** What one document gave, by file; see `BuildOptions.cache`. */
export type DocumentCache = Map<string, DocumentResult>;

interface DocumentResult {
	text: string;
	settings: string;
	/** The id the document asks for; `id` is what it got, in the order documents are read. */
	wanted: string;
	id: string;
	source: Source;
	entries: Entry[];
}

/**
 * The pipeline: documents → parse → classify → entries → link → render → catalog. Pure: the
 * same documents give the same catalog. Documents are read in file order, so that ids that
 * collide always go to the same document.
 *
 * Each document goes through every stage before the next is read, so that one document's tree
 * is held at a time: with ten documents of 10,000 rows, the ten trees held together took most
 * of a 2.4 GB peak. The code pages and the links between them come last, from every entry.
 *
 * A published document never stops the build: what errdex cannot use in it is a warning on its
 * source. Wrong settings in errdex's configuration do stop it, and so does any warning when
 * `strict` is set.
 */
export function buildCatalog(
	documents: readonly Document[],
	routes: Routes,
	options: BuildOptions = {},
): Catalog {
	const { sources, entries } = buildSources(documents, routes, options);
	return { sources, entries, ...linkCodePages(entries, options.remembered?.shorts) };
}

/**
 * The sources and entries of `buildCatalog`, without the code pages and the links between
 * them: for what needs only what each document holds (the history of past versions).
 */
export function buildSources(
	documents: readonly Document[],
	routes: Routes,
	{
		strict = false,
		cache,
		t = english,
		afterDocument,
		remembered,
		maxCodePagesPerDocument,
	}: BuildOptions = {},
): Pick<Catalog, 'sources' | 'entries'> {
	const ids = new SlugScope(routes.reserved());
	const sources: Source[] = [];
	const entries: Entry[] = [];
	const sorted = [...documents].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
	for (const document of sorted) {
		const settings = JSON.stringify([document.settings ?? {}, maxCodePagesPerDocument]);
		const cached = cache?.get(document.file);
		const same = cached?.text === document.text && cached.settings === settings;
		const claimed = same ? ids.claim(cached.wanted) : undefined;
		const result =
			same && claimed === cached.id
				? cached
				: readDocument(document, settings, (wanted) => claimed ?? ids.claim(wanted), routes, {
						remembered,
						t,
						maxPages: maxCodePagesPerDocument,
					});
		const first: SourceWarning | undefined = strict ? result.source.warnings[0] : undefined;
		if (first) throw new ErrdexError(first.file, first.line, first.message, STRICT_HINT);
		cache?.set(document.file, result);
		sources.push(result.source);
		for (const entry of result.entries) entries.push(entry);
		if (result !== cached) afterDocument?.(document);
	}
	if (cache)
		for (const file of cache.keys())
			if (!documents.some((document) => document.file === file)) cache.delete(file);
	return { sources, entries };
}

/**
 * One document through parse → classify → entries → link → render; `idOf` claims its id. A
 * stage that fails on the document leaves it what the stages before gave (`failures.ts`).
 */
function readDocument(
	document: Document,
	settings: string,
	idOf: (wanted: string) => string,
	routes: Routes,
	{
		remembered,
		t,
		maxPages,
	}: { remembered: RememberedSlugs | undefined; t: Translate; maxPages: number | undefined },
): DocumentResult {
	const { file } = document;
	const result = (wanted: string, source: Source, entries: Entry[]): DocumentResult => ({
		text: document.text,
		settings,
		wanted,
		id: source.id,
		source,
		entries,
	});
	let parsed: ParsedSource;
	try {
		parsed = parseSource(document);
	} catch (error) {
		const warning = failure(file, 'parse', error);
		const wanted = sourceSlug(file, document.settings?.slug);
		return result(wanted, unreadSource(document, idOf(wanted), warning), []);
	}
	const wanted = sourceSlug(file, parsed.settings.slug);
	const id = idOf(wanted);
	const pages = remembered?.pages.get(id);
	let linked: LinkedSource;
	try {
		linked = linkSource(draftEntries(classifySource(parsed)), id, pages, maxPages);
	} catch (error) {
		const warning = failure(file, 'read the tables of', error);
		try {
			linked = linkSource(draftEntries(withoutErrorTables(parsed, warning)), id, pages, maxPages);
		} catch (again) {
			return result(wanted, unreadSource(document, id, failure(file, 'read', again)), []);
		}
	}
	try {
		return result(wanted, renderSource(linked, routes, t), linked.entries);
	} catch (error) {
		const warning = failure(file, 'render', error);
		return result(wanted, renderedAsText(linked, document, warning), linked.entries);
	}
}
