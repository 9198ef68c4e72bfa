import type { Routes } from '../core/routes';
import type { Catalog } from '../core/types';
import { codeIndexOf, type IndexedCode } from '../outputs/code-index';
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

export function shortLinkViews(catalog: Catalog, routes: Routes): ShortLinkView[] {
	const index = codeIndexOf(catalog, routes);
	const titles = new Map(index.sources.map((source) => [source.id, source.title]));
	return shortLinksOf(index).map((link) => {
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
