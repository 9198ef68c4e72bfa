import type { ElementContent, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { htmlTagNames } from 'html-tag-names';
import type { ResolveUrl } from './urls';
import { SKIP, walkTree } from './walk';

/**
 * Turns hast that may hold raw HTML from a document into hast that is safe to publish.
 * A stray `<memberRef>` placeholder is not a tag: it is kept as the text the writer meant,
 * where an HTML parser would swallow it.
 */
export function sanitizeHast(
	tree: Root,
	resolveUrl: ResolveUrl,
	schema: Schema = defaultSchema,
): Root {
	keepUnknownTagsAsText(tree);
	// GitHub's rules (no scripts, no event handlers, no `javascript:` URLs, ids prefixed so they
	// cannot clobber the page's globals): the rules the documents were written for. Only raw
	// HTML needs the HTML parser; a tree without any (most table cells) is sanitised as it is.
	const clean = sanitize(holdsRaw(tree) ? raw(tree) : tree, schema) as Root;
	resolveUrls(clean, resolveUrl);
	return clean;
}

/** Points the document's links and images where they lead from this site (see `urls.ts`). */
function resolveUrls(tree: Root, resolveUrl: ResolveUrl) {
	walkTree<Root | RootContent, null>(tree, null, (node) => {
		if ('children' in node) resolveUrlsOf(node, resolveUrl);
		return null;
	});
}

function resolveUrlsOf(
	node: Root | Extract<RootContent, { children: unknown }>,
	resolveUrl: ResolveUrl,
) {
	node.children = node.children.flatMap((child): ElementContent[] => {
		if (child.type !== 'element') return [child as ElementContent];
		const attribute = child.tagName === 'a' ? 'href' : child.tagName === 'img' ? 'src' : null;
		const value = attribute ? child.properties[attribute] : undefined;
		if (attribute && typeof value === 'string') {
			const resolved = resolveUrl(value);
			if (resolved !== null) child.properties[attribute] = resolved;
			else if (child.tagName === 'img')
				return typeof child.properties['alt'] === 'string'
					? [{ type: 'text', value: child.properties['alt'] }]
					: [];
			else delete child.properties[attribute];
		}
		return [child];
	}) as typeof node.children;
}

const knownTags = new Set<string>([...htmlTagNames, 'svg', 'math']);

function holdsRaw(tree: Root): boolean {
	let found = false;
	walkTree<Root | RootContent, null>(tree, null, (node) => {
		found ||= node.type === 'raw';
		return found ? SKIP : null;
	});
	return found;
}

function keepUnknownTagsAsText(tree: Root) {
	walkTree<Root | RootContent, null>(tree, null, (node) => {
		if (!('children' in node)) return SKIP;
		node.children = node.children.map((child) => {
			if (child.type !== 'raw') return child;
			const tag = /^<\/?([a-zA-Z][\w-]*)\s*>$/.exec(child.value.trim());
			return tag && !knownTags.has(tag[1]!.toLowerCase())
				? { type: 'text', value: child.value }
				: child;
		}) as typeof node.children;
		return null;
	});
}

/** Text made safe to write into HTML as text: `<title>`, which Starlight fills without escaping. */
export function escapeHtmlText(text: string): string {
	return toHtml({ type: 'text', value: text });
}
