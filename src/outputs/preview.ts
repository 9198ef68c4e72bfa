import type { DefinedTerm, WithContext } from 'schema-dts';
import type { Routes } from '../core/routes';
import { describeStatus } from '../core/status-names';
import { summaryOf } from '../core/summary';
import { truncate } from '../core/text';
import type { CodePage } from '../core/types';
import type { Translate } from '../i18n/translate';

/** What a link to a code page shows before anyone clicks it: in chats, issues and search results. */
export interface Preview {
	/** Code, message and source, short enough for a results line or a chat card. */
	title: string;
	/** Code, source, status and message of every variant. */
	description: string;
}

/** A `<head>` element as Starlight's `frontmatter.head` takes it. */
export interface HeadTag {
	tag: 'title' | 'meta' | 'link' | 'script';
	attrs?: Record<string, string>;
	content?: string;
}

const TITLE_MESSAGE = 70;
const DESCRIPTION = 300;

export function previewOf(page: CodePage, sourceTitle: string, t: Translate): Preview {
	const [first, ...others] = page.variants;
	const message = summaryOf(first!);
	// The other names are what a reader may have in hand and search the web for; the title has
	// room for the first.
	const names = page.aliases.map((alias) => alias.name);
	const titled =
		names.length > 0 ? t('errdex.common.named', { code: page.code, name: names[0]! }) : page.code;
	const described =
		names.length > 0
			? t('errdex.preview.also', { code: page.code, names: t.list(names) })
			: page.code;
	const withMessage = (text: string, said: string) =>
		said ? t('errdex.preview.withMessage', { text, message: said }) : text;
	let title = withMessage(titled, truncate(message, TITLE_MESSAGE));
	if (others.length > 0) title = t('errdex.preview.more', { text: title, count: others.length });
	title = t('errdex.preview.title', { text: title, source: sourceTitle });
	let description: string;
	if (others.length === 0) {
		const where = t('errdex.common.codeIn', { code: described, source: sourceTitle });
		const status = first!.status;
		description = withMessage(
			status === null
				? where
				: t('errdex.preview.withStatus', { text: where, status: describeStatus(status) }),
			message,
		);
	} else {
		const meanings = t('errdex.preview.meanings', {
			code: described,
			source: sourceTitle,
			count: page.variants.length,
		});
		const each = page.variants.map((entry) =>
			entry.status === null
				? summaryOf(entry)
				: t('errdex.preview.variant', { status: entry.status, message: summaryOf(entry) }),
		);
		description = `${meanings} ${each.join(' · ')}`;
	}
	return { title, description: truncate(description, DESCRIPTION) };
}

/**
 * The tags a code page adds to what Starlight already writes (canonical, description, og:url,
 * og:description, og:type): a title with the message, the card tags, and the JSON-LD entry.
 */
export function codePageHead(
	page: CodePage,
	source: { id: string; title: string },
	preview: Preview,
	site: URL | undefined,
	siteTitle: string,
	routes: Routes,
): HeadTag[] {
	return [
		{ tag: 'title', content: `${preview.title} | ${siteTitle}` },
		{ tag: 'meta', attrs: { property: 'og:title', content: preview.title } },
		// No image to show: `summary` is the card that has none.
		{ tag: 'meta', attrs: { name: 'twitter:card', content: 'summary' } },
		{ tag: 'meta', attrs: { name: 'twitter:title', content: preview.title } },
		{ tag: 'meta', attrs: { name: 'twitter:description', content: preview.description } },
		{
			tag: 'script',
			attrs: { type: 'application/ld+json' },
			content: serializeJsonLd(jsonLdOf(page, source, preview, site, routes)),
		},
	];
}

/** The entry as schema.org sees it: a term (the code) defined in a set (the source's table). */
export function jsonLdOf(
	page: CodePage,
	source: { id: string; title: string },
	preview: Preview,
	site: URL | undefined,
	routes: Routes,
): WithContext<DefinedTerm> {
	const absolute = (path: string) => (site ? { url: new URL(path, site).href } : {});
	return {
		'@context': 'https://schema.org',
		'@type': 'DefinedTerm',
		name: page.code,
		...(page.aliases.length > 0 && { alternateName: page.aliases.map((alias) => alias.name) }),
		termCode: page.code,
		description: preview.description,
		...absolute(routes.code(page.source, page.slug)),
		inDefinedTermSet: {
			'@type': 'DefinedTermSet',
			name: source.title,
			...absolute(routes.source(source.id)),
		},
	};
}

/**
 * JSON for a `<script>` element. JSON.stringify leaves `<` as it is, so a message holding
 * `</script>` or `<!--` would end or corrupt the element; escaped, it stays a string.
 */
export function serializeJsonLd(value: unknown): string {
	return JSON.stringify(value).replace(
		/[<>&\u2028\u2029]/g,
		(char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
}
