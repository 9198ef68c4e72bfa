import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import { toText } from 'hast-util-to-text';
import type { Table as MdastTable, Yaml } from 'mdast';
import { definitions } from 'mdast-util-definitions';
import { toHast } from 'mdast-util-to-hast';
import { normalizeSpace } from '../../core/text';
import { limitHtmlDepth } from './depth';
import type { Flavour } from './emphasis';
import { ruleNotFrontMatter } from './front-matter-block';
import { fromHtmlTable, parseRawTables } from './html-tables';
import { blankAttributeLines, dropSpanAttributes } from './kramdown';
import { evenDelimiterRows } from './lenient-tables';
import { collectMarkdownTables, fromMarkdownTable, handlers } from './markdown-tables';
import { readYfmTables } from './yfm-tables';
import { blockTitle } from './block-titles';
import { THRESHOLDS } from './thresholds';
import { markHeaderRows } from './header-rows';
import type { ParseProblem } from './limits';
import type { RawTable } from './raw-tables';
import { parseSyntaxTree } from './syntax-tree';
import { SKIP, walkTree } from './walk';

export interface ParsedDocument {
	/** Front matter YAML and the line it starts on, if the document has any. */
	frontMatter: { yaml: string; line: number } | null;
	/** The whole body as hast; raw HTML outside tables stays as `raw` nodes. */
	hast: HastRoot;
	tables: RawTable[];
	/** Headings outside tables, in document order: the ones the rendered page gives ids. */
	headings: { depth: number; text: string }[];
	/** Text of the first level-1 heading, if any. */
	title: string | null;
	/** What was kept as written rather than read, past the parse stage's `LIMITS`. */
	problems: ParseProblem[];
}

/**
 * Parses a Markdown document with GFM tables, in its flavour (MDX has no indented code); raw
 * HTML tables are parsed with an HTML parser.
 */
export function parseMarkdown(text: string, flavour: Flavour = 'commonmark'): ParsedDocument {
	// A byte-order mark would otherwise become part of the first line's text.
	const lenient: ParseProblem[] = [];
	const source = blankAttributeLines(
		evenDelimiterRows(ruleNotFrontMatter(text.replace(/^\uFEFF/, '')), lenient),
	);
	const { tree: mdast, problems } = parseSyntaxTree(source, undefined, flavour);
	dropSpanAttributes(mdast);
	readYfmTables(mdast, source, problems);
	problems.unshift(...lenient);

	let frontMatter: ParsedDocument['frontMatter'] = null;
	const first = mdast.children[0];
	if (first?.type === 'yaml') {
		frontMatter = { yaml: (first as Yaml).value, line: (first.position?.start.line ?? 1) + 1 };
		mdast.children.shift();
	}

	const markdownTables = new Map<number, MdastTable>();
	const gridTables = new Set<number>();
	collectMarkdownTables(mdast, markdownTables, gridTables, source);
	const definition = definitions(mdast);

	const hast = toHast(mdast, { allowDangerousHtml: true, handlers }) as HastRoot;
	limitHtmlDepth(hast, problems);
	parseRawTables(hast, source);

	const introductions = introducedTables(hast);
	const tables: RawTable[] = [];
	const headings: ParsedDocument['headings'] = [];
	const headingPath: { depth: number; text: string }[] = [];
	let title: string | null = null;
	walk(hast, (node, inTable) => {
		const depth = headingDepth(node);
		if (depth && !inTable) {
			const text = normalizeSpace(toText(node, { whitespace: 'normal' }));
			while (headingPath.length && headingPath.at(-1)!.depth >= depth) headingPath.pop();
			headingPath.push({ depth, text });
			headings.push({ depth, text });
			if (depth === 1 && title === null) title = text;
			return;
		}
		if (node.type === 'element' && node.tagName === 'table') {
			const section = headingPath.map((h) => h.text);
			const offset = node.position?.start.offset;
			const md = offset === undefined ? undefined : markdownTables.get(offset);
			const table = md
				? fromMarkdownTable(md, node, section, definition, source)
				: fromHtmlTable(
						node,
						section,
						source,
						offset !== undefined && gridTables.has(offset) ? 'markdown' : 'html',
					);
			markHeaderRows(table.header, table.rows);
			const intro = introductions.get(node);
			if (intro) table.around.push(intro);
			tables.push(table);
		}
	});
	return { frontMatter, hast, tables, headings, title, problems };
}

/**
 * The sentence right above each table that introduces it, ending in a colon (`The API returns
 * these codes:`, `Examples of Quantity values:`), its title in bold, or an HTML block of a few
 * words (`blockTitle`): a reader takes the table for what it announces.
 */
function introducedTables(root: HastRoot): Map<Element, string> {
	const found = new Map<Element, string>();
	walkTree<HastRoot | HastContent, null>(root, null, (node) => {
		if (node.type === 'element' && node.tagName === 'table') return SKIP;
		if (!('children' in node)) return null;
		let before: Element | null = null;
		let titled: string | null = null;
		for (const child of node.children) {
			if (child.type === 'text' && child.value.trim() === '') continue;
			if (isAnchor(child)) continue;
			if (child.type !== 'element') {
				before = null;
				titled = child.type === 'raw' ? blockTitle(child.value) : null;
				continue;
			}
			if (child.tagName === 'table' && before?.tagName === 'p') {
				const text = normalizeSpace(toText(before, { whitespace: 'normal' }));
				if (/[:：]$/.test(text) || isTitle(before) || CAPTION.test(text)) found.set(child, text);
			} else if (child.tagName === 'table' && titled) found.set(child, titled);
			before = child;
			titled = null;
		}
		return null;
	});
	return found;
}

/**
 * A numbered caption, as documentation exported from DITA or Word writes it above a table
 * (`**Table 1** Normal response codes`, `表 2 错误码`): a title of a few words.
 */
const CAPTION = new RegExp(
	String.raw`^(?:table|tabelle|tableau|tabla|tabela|tabella|таблица|表|표)\s*\d+(?:[.:-]\d+)*[.:：]?\s+\S(?:\S*\s+){0,${THRESHOLDS.sentenceWords - 1}}\S*$`,
	'iu',
);

/**
 * Empty anchors (`<a name="table954018135591"></a>`) between a caption and its table: a link
 * target, unseen, in a paragraph of their own or a block of HTML.
 */
function isAnchor(node: HastContent): boolean {
	const html =
		node.type === 'raw'
			? node.value
			: node.type === 'element' && node.tagName === 'p'
				? node.children
						.map((child) => (child.type === 'raw' || child.type === 'text' ? child.value : '\0'))
						.join('')
				: '';
	return /^\s*(?:<a\s+(?:name|id)="[^"]*"\s*>\s*<\/a>\s*)+$/i.test(html);
}

/**
 * A paragraph that is bold from end to end (`<p><strong>i. Error Codes</strong></p>`, `**Errors**`
 * on its own line): a writer's title for what follows, a heading in all but name.
 */
function isTitle(paragraph: Element): boolean {
	const written = paragraph.children.filter(
		(child) => !(child.type === 'text' && child.value.trim() === ''),
	);
	return (
		written.length === 1 &&
		written[0]!.type === 'element' &&
		['strong', 'b'].includes(written[0]!.tagName)
	);
}

/** Every node below the root in document order, with whether it is inside a table. */
function walk(root: HastRoot, visit: (node: HastContent, inTable: boolean) => void) {
	walkTree<HastRoot | HastContent, boolean>(root, false, (node, inTable) => {
		if (node.type !== 'root') visit(node, inTable);
		return inTable || (node.type === 'element' && node.tagName === 'table');
	});
}

export function headingDepth(node: HastContent): number {
	if (node.type !== 'element') return 0;
	const match = /^h([1-6])$/.exec(node.tagName);
	return match ? Number(match[1]) : 0;
}
