/**
 * What an Atom feed (RFC 4287) must be for a reader to use it, checked on the parsed XML: one
 * feed in the Atom namespace with one id, title, updated and an author; each entry with one id,
 * title, updated and a link with an address; ids unique; dates RFC 3339. Shared by the unit
 * test of the feed and the browser test of the built site.
 */
import type { Element, Root } from 'xast';
import { fromXml } from 'xast-util-from-xml';

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

const elements = (parent: Element | Root, name?: string): Element[] =>
	(parent.children as Root['children']).filter(
		(node): node is Element =>
			node.type === 'element' && (name === undefined || node.name === name),
	);
const text = (element: Element): string =>
	element.children.map((node) => ('value' in node ? node.value : '')).join('');

/** The feed's entries as a reader sees them, and every rule it breaks (none for a valid feed). */
export function readAtom(xml: string): {
	problems: string[];
	entries: { id: string; title: string; updated: string; link: string; content: string }[];
} {
	const problems: string[] = [];
	let tree: Root;
	try {
		tree = fromXml(xml);
	} catch (error) {
		return { problems: [`not well-formed XML: ${String(error)}`], entries: [] };
	}
	const [feed, ...others] = elements(tree);
	if (!feed || others.length > 0) return { problems: ['not one root element'], entries: [] };
	if (feed.name !== 'feed' || feed.attributes['xmlns'] !== ATOM)
		problems.push(`root is <${feed.name} xmlns="${feed.attributes['xmlns']}">, not an Atom feed`);
	const one = (parent: Element, name: string, where: string): Element | undefined => {
		const found = elements(parent, name);
		if (found.length !== 1) problems.push(`${where}: ${found.length} <${name}>, not one`);
		return found[0];
	};
	const date = (parent: Element, where: string) => {
		const updated = one(parent, 'updated', where);
		if (updated && !RFC3339.test(text(updated)))
			problems.push(`${where}: <updated> ${text(updated)} is not an RFC 3339 date`);
		return updated ? text(updated) : '';
	};
	one(feed, 'id', 'feed');
	one(feed, 'title', 'feed');
	date(feed, 'feed');
	const feedAuthor = elements(feed, 'author').length > 0;
	const ids = new Set<string>();
	const entries = elements(feed, 'entry').map((entry, i) => {
		const where = `entry ${i + 1}`;
		const id = one(entry, 'id', where);
		if (id) {
			if (ids.has(text(id))) problems.push(`${where}: id ${text(id)} repeats`);
			ids.add(text(id));
		}
		const title = one(entry, 'title', where);
		const updated = date(entry, where);
		const links = elements(entry, 'link').filter(
			(link) => (link.attributes['rel'] ?? 'alternate') === 'alternate',
		);
		if (links.length === 0 || !links.every((link) => link.attributes['href']))
			problems.push(`${where}: no alternate link with an address`);
		if (!feedAuthor && elements(entry, 'author').length === 0)
			problems.push(`${where}: no author, and the feed has none`);
		const content = elements(entry, 'content')[0];
		return {
			id: id ? text(id) : '',
			title: title ? text(title) : '',
			updated,
			link: links[0]?.attributes['href'] ?? '',
			content: content ? text(content) : '',
		};
	});
	return { problems, entries };
}
