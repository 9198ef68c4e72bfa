import config from 'virtual:errdex/config';
import { decode } from '../core/routes';
import type { CodeIndex } from '../outputs/code-index';
import {
	candidatesOf,
	pathMeant,
	readMissingPath,
	searchTextOf,
	suggestCodes,
} from '../views/not-found';
import { routes } from './routes';
import { searchClient } from './search-client';
import { t } from './translate';

/** Codes the search offers for the 404 page to rank: enough for the nearest of every kind. */
const CANDIDATES = 50;

/**
 * The 404 page: sends a path that differs from a page only in how it is written on to that
 * page (`/codes.json`), and otherwise lists the codes the path may have meant, ranked from the
 * candidates the search index offers.
 */
export async function suggestForMissingPage(): Promise<void> {
	const missing = document.getElementById('errdex-missing')!;
	const section = document.getElementById('errdex-suggestions')!;
	const list = section.querySelector('ul')!;
	const template = section.querySelector<HTMLTemplateElement>('template[data-choice]')!;
	const search = document.querySelector<HTMLInputElement>('#missing-search')!;

	const index: CodeIndex = await fetch(routes.codeIndex()).then((response) => response.json());
	const meant = pathMeant(location.pathname, index, routes, config.localeFolders);
	if (meant) {
		location.replace(`${meant}${location.hash}`);
		return;
	}
	const asked = readMissingPath(location.pathname, index, routes);
	search.value = searchTextOf(asked);
	const path = document.createElement('code');
	path.dir = 'ltr';
	path.textContent = decode(location.pathname);
	missing.replaceChildren(
		...t
			.parts('errdex.notFound.missingPath', ['path'])
			.map((part) => (typeof part === 'string' ? part : path)),
	);
	// The search index picks the candidates, in its worker: a site of 100,000 codes must not be
	// compared code by code with the path on the page's thread.
	const hits =
		asked.code === null ? [] : await searchClient.suggest(asked.code, CANDIDATES).catch(() => []);
	const suggestions = suggestCodes(asked, index, candidatesOf(hits, index));
	for (const { code, sourceTitle, alias } of suggestions) {
		const item = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
		item.querySelector('a')!.href = code.url;
		item.querySelector('code')!.textContent = code.code;
		if (alias !== undefined) {
			const also = item.querySelector<HTMLElement>('.errdex-choice-alias')!;
			also.querySelector('code')!.textContent = alias;
			also.hidden = false;
		}
		item.querySelector('.errdex-source-name')!.textContent = sourceTitle;
		item.querySelector('.errdex-status')!.textContent =
			code.statuses.length > 0
				? t('errdex.common.httpStatus', { status: t.list(code.statuses.map(String)) })
				: '';
		item.querySelector('.errdex-ref-message')!.textContent = code.message;
		list.append(item);
	}
	section.hidden = suggestions.length === 0;
}
