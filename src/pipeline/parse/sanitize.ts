import type { ElementContent, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { htmlTagNames } from 'html-tag-names';
import type { ResolveUrl } from './urls';

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
	// cannot clobber the page's globals): the rules the documents were written for.
	const clean = sanitize(raw(tree), schema) as Root;
	resolveUrls(clean, resolveUrl);
	return clean;
}

/** Points the document's links and images where they lead from this site (see `urls.ts`). */
function resolveUrls(node: Root | RootContent, resolveUrl: ResolveUrl) {
	if (!('children' in node)) return;
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
		resolveUrls(child, resolveUrl);
		return [child];
	}) as typeof node.children;
}

const knownTags = new Set<string>([...htmlTagNames, 'svg', 'math']);

function keepUnknownTagsAsText(node: Root | Root['children'][number]) {
	if (!('children' in node)) return;
	node.children = node.children.map((child) => {
		if (child.type === 'raw') {
			const tag = /^<\/?([a-zA-Z][\w-]*)\s*>$/.exec(child.value.trim());
			if (tag && !knownTags.has(tag[1]!.toLowerCase())) return { type: 'text', value: child.value };
		}
		keepUnknownTagsAsText(child);
		return child;
	}) as typeof node.children;
}

/** Text made safe to write into HTML as text: `<title>`, which Starlight fills without escaping. */
export function escapeHtmlText(text: string): string {
	return toHtml({ type: 'text', value: text });
}
