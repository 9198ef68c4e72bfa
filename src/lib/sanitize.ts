import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { htmlTagNames } from 'html-tag-names';

/**
 * Turns hast that may hold raw HTML from a document into hast that is safe to publish.
 * A stray `<memberRef>` placeholder is not a tag: it is kept as the text the writer meant,
 * where an HTML parser would swallow it.
 */
export function sanitizeHast(tree: Root, schema: Schema = defaultSchema): Root {
	keepUnknownTagsAsText(tree);
	// GitHub's rules (no scripts, no event handlers, no `javascript:` URLs, ids prefixed so they
	// cannot clobber the page's globals): the rules the documents were written for.
	return sanitize(raw(tree), schema) as Root;
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
