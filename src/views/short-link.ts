import type { Routes } from '../core/routes';
import type { Catalog } from '../core/types';
import type { Translate } from '../i18n/translate';
import { codeIndexOf, type IndexedCode } from '../outputs/code-index';
import type { Redirect } from '../outputs/redirect-page';
import type { HistoryIndex } from '../outputs/history';
import { shortLinksOf } from '../outputs/short-links';

/** A code page a short link can lead to, with the name of its source. */
export interface CodeChoice {
	code: IndexedCode;
	sourceTitle: string;
	/** The other name of the code by which it is offered, when it is offered by one. */
	alias?: string | undefined;
	/** For a code removed since (`history`): whether it was renamed, and when (ISO 8601). */
	gone?: { renamed: boolean; date: string } | undefined;
}

/** One short-link page: a redirect to the one page it means, or a list to choose from. */
export interface ShortLinkView {
	/** The last segment of the short link's path. */
	slug: string;
	code: string;
	path: string;
	choices: CodeChoice[];
	/** Where to look when none of the choices is it. */
	searchUrl: string;
}

/**
 * Every short link: those of the codes published, and those of codes removed since (`history`)
 * that no code published now shares, which lead to the page saying what became of the code.
 */
export function shortLinkViews(
	catalog: Catalog,
	routes: Routes,
	history?: HistoryIndex,
): ShortLinkView[] {
	const index = codeIndexOf(catalog, routes);
	const titles = new Map(history?.history.sources.map((source) => [source.id, source.title]));
	for (const source of index.sources) titles.set(source.id, source.title);
	// A code without a page has no short link page, but is live: its short link is not a gone one's.
	const live = new Set(
		index.codes.flatMap((code) => [
			code.short,
			...(code.aliases ?? []).map((alias) => alias.short),
		]),
	);
	const gone = new Map<IndexedCode, CodeChoice['gone']>();
	for (const { source, page, removed, renamedTo } of history?.gone ?? []) {
		const short = routes.short(page.short);
		if (live.has(short)) continue;
		const code: IndexedCode = {
			source: source.id,
			code: page.code,
			url: renamedTo ?? routes.code(source.id, page.slug),
			short,
			statuses: [...new Set(page.rows.flatMap((row) => (row.status === null ? [] : [row.status])))],
			message: page.rows[0]?.message ?? '',
		};
		gone.set(code, { renamed: renamedTo !== null, date: removed });
	}
	return shortLinksOf({ sources: index.sources, codes: [...index.codes, ...gone.keys()] }).map(
		(link) => ({
			slug: link.path.slice(routes.shortLinks().length, -1),
			code: link.code,
			path: link.path,
			choices: link.targets.map((code): CodeChoice => ({
				code,
				sourceTitle: titles.get(code.source) ?? code.source,
				alias: code.aliases?.find((alias) => alias.short === link.path)?.name,
				gone: gone.get(code),
			})),
			searchUrl: routes.search(link.code),
		}),
	);
}

/** What a choice says of its code: its message, after when it went for a code that is gone. */
export function choiceMessage(choice: CodeChoice, t: Translate): string {
	const { gone, code } = choice;
	if (!gone) return code.message;
	const date = t.date(gone.date);
	if (gone.renamed)
		return code.message
			? t('errdex.shortLink.renamedMessage', { date, message: code.message })
			: t('errdex.shortLink.renamed', { date });
	return code.message
		? t('errdex.shortLink.removedMessage', { date, message: code.message })
		: t('errdex.shortLink.removed', { date });
}

/** Where a short link that means one page sends the reader; null when it means several. */
export function redirectOf(link: ShortLinkView, t: Translate): Redirect | null {
	if (link.choices.length !== 1) return null;
	const only = link.choices[0]!;
	// A short link of a code's other name says by which name it leads there.
	const named =
		only.alias === undefined
			? only.code.code
			: t('errdex.common.named', { code: only.code.code, name: only.alias });
	const inSource = t('errdex.common.codeIn', { code: named, source: only.sourceTitle });
	const message = choiceMessage(only, t);
	const withMessage = (text: string) =>
		message ? t('errdex.preview.withMessage', { text, message }) : text;
	return {
		to: only.code.url,
		code: named,
		source: only.sourceTitle,
		title: t('errdex.preview.title', {
			text: withMessage(named),
			source: only.sourceTitle,
		}),
		description: withMessage(inSource),
	};
}

/** The sources a short link's choices are documented in, each once. */
export function choiceSources(link: ShortLinkView): string[] {
	return [...new Set(link.choices.map((choice) => choice.sourceTitle))];
}

/** What a short link to several pages says of them. */
export function choicesDescription(link: ShortLinkView, t: Translate): string {
	const sources = choiceSources(link);
	return sources.length > 1
		? t('errdex.shortLink.sources', {
				code: link.code,
				count: sources.length,
				sources: t.list(sources),
			})
		: t('errdex.shortLink.shared', { count: link.choices.length, path: link.path });
}
