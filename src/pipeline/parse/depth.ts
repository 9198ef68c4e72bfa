import type { Element, Root, RootContent, Text } from 'hast';
import type { Nodes, Root as MdastRoot, RootContent as MdastContent } from 'mdast';
import { LIMITS, type ParseProblem } from './limits';
import { childrenOf, SKIP, walkTree } from './walk';

/**
 * Levels a node needs below it to stay what it is: a table's rows and their cells, a list's
 * items, a grid table's parts, rows and cells. Cut any lower, it is cut whole.
 */
const STRUCTURE: Record<string, number> = { table: 2, tableRow: 1, list: 1, gridTable: 3 };

/**
 * Content nested deeper than `LIMITS.depth` becomes the text it was written as: the tree
 * libraries after the parser recurse once per level.
 */
export function limitMarkdownDepth(tree: MdastRoot, source: string, problems: ParseProblem[]) {
	const cut: number[] = [];
	// `grid`: the line of the grid table the walk is in, whose cells' positions are their own.
	walkTree<Nodes, { depth: number; grid: number | null }>(
		tree,
		{ depth: 0, grid: null },
		(node, { depth, grid }) => {
			if (!('children' in node)) return SKIP;
			const children = node.children as MdastContent[];
			children.forEach((child, i) => {
				if (!('children' in child) || depth + 1 + (STRUCTURE[child.type] ?? 0) < LIMITS.depth)
					return;
				cut.push(grid ?? child.position?.start.line ?? 1);
				// In a grid table, positions count from each cell: the text is read instead.
				const value =
					grid !== null || !child.position
						? textOf(child)
						: source.slice(child.position.start.offset, child.position.end.offset);
				children[i] = { type: 'text', value, ...(child.position && { position: child.position }) };
			});
			const gridLine =
				(node.type as string) === 'gridTable' ? (node.position?.start.line ?? 1) : grid;
			return { depth: depth + 1, grid: gridLine };
		},
	);
	if (cut.length > 0)
		problems.push({
			line: cut[0]!,
			message: `content nested more than ${LIMITS.depth} levels deep is shown as the text it was written as${cut.length > 1 ? ` (here and in ${cut.length - 1} more places)` : ''}`,
		});
}

/** The text of a node's leaves, in order. */
function textOf(node: Nodes): string {
	let text = '';
	walkTree<Nodes, null>(node, null, (leaf) => {
		if ('value' in leaf && typeof leaf.value === 'string') text += leaf.value;
		return null;
	});
	return text;
}

/**
 * Raw HTML in a document nests as deep as its tags say, and the tree is only built later, by
 * the HTML parser of the sanitiser and of raw tables, which recurse once per level. So the
 * depth each raw node opens is followed here, in document order, with a stack of the tags
 * still open, closed as an HTML parser closes them (an end tag closes what it matches, a new
 * `<li>` closes the one before, a block closes a `<p>`). From the tag that would open past
 * `LIMITS.depth`, counting the elements around it, the rest of that raw node is kept as text.
 */
export function limitHtmlDepth(tree: Root, problems: ParseProblem[]): void {
	const open: string[] = [];
	const cut: number[] = [];
	// An element's end closes what raw HTML inside it left open, as it does for an HTML parser.
	const stack: { parent: Root | Element; index: number; depth: number; opened: number }[] = [
		{ parent: tree, index: 0, depth: 0, opened: 0 },
	];
	while (stack.length > 0) {
		const top = stack.at(-1)!;
		const children = top.parent.children as RootContent[];
		if (top.index >= children.length) {
			stack.pop();
			open.length = Math.min(open.length, top.opened);
			continue;
		}
		const node = children[top.index++]!;
		if (node.type === 'element') {
			stack.push({ parent: node, index: 0, depth: top.depth + 1, opened: open.length });
		} else if (node.type === 'raw') {
			const at = follow(node.value, open, LIMITS.depth - top.depth);
			if (at === null) continue;
			cut.push(node.position?.start.line ?? 1);
			children.splice(top.index - 1, 1, ...splitRaw(node, at));
			top.index = top.index - 1 + (at > 0 ? 2 : 1);
		} else if (childrenOf(node)) {
			stack.push({
				parent: node as unknown as Element,
				index: 0,
				depth: top.depth + 1,
				opened: open.length,
			});
		}
	}
	if (cut.length > 0)
		problems.push({
			line: cut[0]!,
			message: `HTML nested more than ${LIMITS.depth} levels deep is shown as the text it was written as${cut.length > 1 ? ` (here and in ${cut.length - 1} more places)` : ''}`,
		});
}

/** Whether a node is raw HTML that `limitHtmlDepth` kept as text. */
export function keptAsText(node: RootContent): boolean {
	return node.type === 'text' && node.data?.errdexKeptAsText === true;
}

declare module 'hast' {
	interface Data {
		/** Raw HTML nested too deep, kept as the text it was written as (`limitHtmlDepth`). */
		errdexKeptAsText?: boolean | undefined;
	}
}

const TAG = /<!--[\s\S]*?-->|<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const VOID = new Set(
	'area base br col embed hr img input keygen link meta param source track wbr'.split(' '),
);
/** Tags an HTML parser closes when a tag of the same group opens, up to the element that holds them. */
const SIBLINGS: Record<string, { closes: string[]; within: string[] }> = {
	li: { closes: ['li'], within: ['ul', 'ol', 'menu'] },
	dt: { closes: ['dt', 'dd'], within: ['dl'] },
	dd: { closes: ['dt', 'dd'], within: ['dl'] },
	tr: { closes: ['tr'], within: ['table', 'thead', 'tbody', 'tfoot', '#tbody'] },
	td: { closes: ['td', 'th'], within: ['tr', 'table'] },
	th: { closes: ['td', 'th'], within: ['tr', 'table'] },
	thead: { closes: ['thead', 'tbody', 'tfoot', '#tbody'], within: ['table'] },
	tbody: { closes: ['thead', 'tbody', 'tfoot', '#tbody'], within: ['table'] },
	tfoot: { closes: ['thead', 'tbody', 'tfoot', '#tbody'], within: ['table'] },
	option: { closes: ['option'], within: ['select', 'datalist'] },
};
/** Blocks that close an open `<p>`. */
const CLOSES_P = new Set(
	'address article aside blockquote details div dl fieldset figure footer form h1 h2 h3 h4 h5 h6 header hr main menu nav ol p pre section table ul'.split(
		' ',
	),
);

/**
 * Follows the tags of one raw node on `open`. Returns null when it stays within `room` levels,
 * else the offset of the tag that would open past it; `open` is then as it was before that tag.
 */
function follow(html: string, open: string[], room: number): number | null {
	TAG.lastIndex = 0;
	for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
		const [, closing, name] = match;
		if (name === undefined) continue;
		const tag = name.toLowerCase();
		if (closing) {
			const at = open.lastIndexOf(tag);
			if (at >= 0) open.length = at;
			continue;
		}
		if (VOID.has(tag)) continue;
		const siblings = SIBLINGS[tag];
		if (siblings) closeUpTo(open, siblings.closes, siblings.within);
		if (CLOSES_P.has(tag) && open.at(-1) === 'p') open.pop();
		// A table's rows sit in a body the parser adds: two levels.
		const levels = tag === 'table' ? 2 : 1;
		if (open.length + levels > room) return match.index;
		open.push(tag);
		if (tag === 'table') open.push('#tbody');
	}
	return null;
}

function closeUpTo(open: string[], closes: string[], within: string[]) {
	for (let i = open.length - 1; i >= 0; i--) {
		if (within.includes(open[i]!)) return;
		if (closes.includes(open[i]!)) {
			open.length = i;
			return;
		}
	}
}

/** A raw node cut where its nesting goes too deep: the HTML before, and the rest as text. */
function splitRaw(node: Extract<RootContent, { type: 'raw' }>, at: number): RootContent[] {
	const start = node.position?.start;
	const end = node.position?.end;
	const before = node.value.slice(0, at);
	const point = start && {
		line: start.line + (before.match(/\n/g)?.length ?? 0),
		column: before.includes('\n') ? before.length - before.lastIndexOf('\n') : start.column + at,
		...(start.offset !== undefined && { offset: start.offset + at }),
	};
	const text: Text = {
		type: 'text',
		value: node.value.slice(at),
		data: { errdexKeptAsText: true },
		...(point && end && { position: { start: point, end } }),
	};
	if (at === 0) return [text];
	return [
		{ ...node, value: before, ...(start && point && { position: { start, end: point } }) },
		text,
	];
}
