import type { Element, ElementContent, Root, RootContent } from 'hast';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { cellHast } from '../parse/cells';
import type { ParsedDocument } from '../parse/markdown';
import { headingDepth } from '../parse/markdown';
import { sanitizeHast } from '../parse/sanitize';
import type { LayoutPiece, SourceLayout } from '../../core/types';
import type { ResolveUrl } from '../parse/urls';
import { SKIP, walkTree, walkTreeAfter } from '../parse/walk';
import { renderTable, type TablePlan } from './table';

/** What the source page needs beyond the parsed document. */
export interface RenderPlan {
	/** Per table (by index): how to rebuild it as an error table, or null for any other table. */
	tables: (TablePlan | null)[];
	/** Ids for the document's headings, in document order. */
	headingIds: string[];
	/** Drop the document's first level-1 heading, which the page shows as its title. */
	dropTitle: boolean;
	resolveUrl: ResolveUrl;
	/** What a row's own link is called, for those who hear it: "Link to the row of E1". */
	rowLinkLabel: (code: string) => string;
}

// Markers errdex sets on its own nodes so they survive sanitising; nothing a document writes
// can carry them, because every table and heading is replaced before the markers are read.
const schema: Schema = {
	...defaultSchema,
	attributes: {
		...defaultSchema.attributes,
		table: [...(defaultSchema.attributes?.['table'] ?? []), 'dataErrdexTable'],
		...Object.fromEntries(
			[1, 2, 3, 4, 5, 6].map((n) => [
				`h${n}`,
				[...(defaultSchema.attributes?.[`h${n}`] ?? []), 'dataErrdexHeading'],
			]),
		),
	},
};

/**
 * Renders a whole source document: prose as written, every table rebuilt with row anchors.
 * It is the document's last use, so its tree is marked up in place rather than copied.
 */
export function renderDocument(
	doc: ParsedDocument,
	plan: RenderPlan,
): { html: string; layout: SourceLayout } {
	const tables = new Map(doc.tables.map((table, index) => [table.element, index]));
	let heading = 0;
	let dropped = !plan.dropTitle;
	// Inner tables are marked before the tables around them, so that the cells of an outer
	// table hold the marker of the inner one when the outer one is rebuilt.
	mark(doc.hast, (node, inTable) => {
		const index = tables.get(node);
		if (index !== undefined) {
			node.properties = { dataErrdexTable: String(index) };
			node.children = [];
			return;
		}
		const depth = headingDepth(node);
		if (!depth || inTable) return;
		if (!dropped && depth === 1) {
			dropped = true;
			node.properties = { dataErrdexHeading: 'drop' };
			heading++;
			return;
		}
		node.properties = { dataErrdexHeading: plan.headingIds[heading++] ?? '' };
	});

	const substitute = (node: Element): Element | null => {
		const table = node.properties['dataErrdexTable'];
		if (typeof table === 'string') {
			const index = Number(table);
			return renderTable(
				doc.tables[index]!,
				plan.tables[index] ?? null,
				renderCell,
				plan.rowLinkLabel,
			);
		}
		const id = node.properties['dataErrdexHeading'];
		if (id === 'drop') return null;
		if (typeof id === 'string') {
			delete node.properties['dataErrdexHeading'];
			if (id) node.properties['id'] = id;
		}
		return node;
	};
	const renderCell = (nodes: ElementContent[]): ElementContent[] => {
		if (!nodes.some(holdsTable)) return cellHast(nodes, plan.resolveUrl);
		const cell = sanitizeHast({ type: 'root', children: nodes } as Root, plan.resolveUrl, schema);
		replace(cell, substitute);
		return cell.children as ElementContent[];
	};

	const clean = sanitizeHast(doc.hast, plan.resolveUrl, schema);
	replace(clean, substitute);
	return serialize(clean);
}

/**
 * The page's HTML, with where it may be cut: each top-level block is a piece, and so is each
 * row of a top-level table. Serialised piece by piece, which gives the same HTML as the tree
 * serialised whole.
 */
function serialize(root: Root): { html: string; layout: SourceLayout } {
	// Joined once at the end: a string added to piece by piece is kept as a tree of every piece,
	// a node for each, for as long as the catalog holds the page.
	const texts: string[] = [];
	let length = 0;
	const pieces: LayoutPiece[] = [];
	const tables: SourceLayout['tables'] = [];
	const add = (text: string, ids: string[], table?: number) => {
		texts.push(text);
		length += text.length;
		pieces.push(table === undefined ? { end: length, ids } : { end: length, ids, table });
	};
	for (const node of root.children) {
		const body = node.type === 'element' && node.tagName === 'table' ? tableBody(node) : null;
		if (!body || body.children.length === 0) {
			add(toHtml(node), idsOf(node));
			continue;
		}
		const rows = body.children;
		body.children = [];
		const shell = toHtml(node);
		body.children = rows;
		const closing = '</tbody></table>';
		const opening = shell.slice(0, -closing.length);
		const table = tables.length;
		const start = length;
		rows.forEach((row, index) =>
			add(`${index === 0 ? opening : ''}${toHtml(row)}`, idsOf(row), table),
		);
		add(closing, [], table);
		tables.push({
			open: [start, start + opening.length],
			close: [length - closing.length, length],
		});
	}
	return { html: texts.join(''), layout: { pieces, tables } };
}

/** The `<tbody>` of a table errdex rebuilt (`renderTable`: a head, then a body). */
function tableBody(table: Element): Element | null {
	const body = table.children.at(-1);
	return body?.type === 'element' && body.tagName === 'tbody' ? body : null;
}

const NO_IDS: string[] = [];

function idsOf(node: RootContent | ElementContent): string[] {
	const ids: string[] = [];
	walkTree<RootContent | ElementContent, null>(node, null, (child) => {
		if (child.type !== 'element') return SKIP;
		const id = child.properties['id'];
		if (typeof id === 'string' && id !== '') ids.push(id);
		return null;
	});
	// A copy of its exact length: an array grown by `push` keeps room for more, some 150 bytes
	// for each piece of the page, which is a row of a table.
	return ids.length === 0 ? NO_IDS : ids.slice();
}

function holdsTable(node: ElementContent): boolean {
	let found = false;
	walkTree<ElementContent, null>(node, null, (child) => {
		if (found || child.type !== 'element') return SKIP;
		found = child.properties['dataErrdexTable'] !== undefined;
		return null;
	});
	return found;
}

/** Marks errdex's own nodes before sanitising (see `schema`), innermost first. */
function mark(root: Root, visit: (node: Element, inTable: boolean) => void) {
	walkTreeAfter<Root | RootContent, boolean>(
		root,
		false,
		(node, inTable) => inTable || (node.type === 'element' && node.tagName === 'table'),
		(node, inTable) => {
			if (node.type === 'element') visit(node, inTable);
		},
	);
}

function replace(root: Root | Element, visit: (node: Element) => Element | null) {
	const parents = [root];
	for (let parent = parents.pop(); parent; parent = parents.pop()) {
		const children: RootContent[] = [];
		for (const child of parent.children) {
			if (child.type !== 'element') {
				children.push(child);
				continue;
			}
			const next = visit(child);
			if (next === null) continue;
			if (next === child) parents.push(child);
			children.push(next);
		}
		parent.children = children as typeof parent.children;
	}
}
