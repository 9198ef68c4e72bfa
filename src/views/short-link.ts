import type { Routes } from '../core/routes';
import type { Catalog } from '../core/types';
import { codeIndexOf, type IndexedCode } from '../outputs/code-index';
import { day, type HistoryIndex } from '../outputs/history';
import { shortLinksOf } from '../outputs/short-links';

/** A code page a short link can lead to, with the name of its source. */
export interface CodeChoice {
	code: IndexedCode;
	sourceTitle: string;
	/** The other name of the code by which it is offered, when it is offered by one. */
	alias?: string | undefined;
}

/** One short-link page: a redirect to the one page it means, or a list to choose from. */
export interface ShortLinkView {
	/** The last segment of the short link's path. */
	slug: string;
	code: string;
	path: string;
	redirect: { to: string; label: string; title: string; description: string } | null;
	choices: CodeChoice[];
	description: string;
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
	const live = new Set(
		index.codes.flatMap((code) => [
			code.short,
			...(code.aliases ?? []).map((alias) => alias.short),
		]),
	);
	const gone = (history?.gone ?? []).flatMap(
		({ source, page, removed, renamedTo }): IndexedCode[] => {
			const short = routes.short(page.short);
			if (live.has(short)) return [];
			const first = page.rows[0];
			return [
				{
					source: source.id,
					code: page.code,
					url: renamedTo ?? routes.code(source.id, page.slug),
					short,
					statuses: [
						...new Set(page.rows.flatMap((row) => (row.status === null ? [] : [row.status]))),
					],
					message: `${renamedTo ? 'Renamed' : 'Removed'} on ${day(removed)}${first?.message ? `. ${first.message}` : ''}`,
				},
			];
		},
	);
	return shortLinksOf({ sources: index.sources, codes: [...index.codes, ...gone] }).map((link) => {
		const choices = link.targets.map((code): CodeChoice => ({
			code,
			sourceTitle: titles.get(code.source) ?? code.source,
			alias: code.aliases?.find((alias) => alias.short === link.path)?.name,
		}));
		const only = choices.length === 1 ? choices[0]! : null;
		const sources = new Set(choices.map((choice) => choice.sourceTitle));
		const message = (choice: CodeChoice) => (choice.code.message ? `: ${choice.code.message}` : '');
		const named = (choice: CodeChoice) =>
			choice.alias === undefined ? choice.code.code : `${choice.code.code} (${choice.alias})`;
		return {
			slug: link.path.slice(routes.shortLinks().length, -1),
			code: link.code,
			path: link.path,
			redirect: only && {
				to: only.code.url,
				label: `${named(only)} in ${only.sourceTitle}`,
				title: `${named(only)}${message(only)} — ${only.sourceTitle}`,
				description: `${named(only)} in ${only.sourceTitle}${message(only)}`,
			},
			choices,
			description:
				sources.size > 1
					? `${link.code} is documented in ${sources.size} sources: ${[...sources].join(', ')}.`
					: `${choices.length} codes share the short link ${link.path}.`,
			searchUrl: routes.search(link.code),
		};
	});
}
