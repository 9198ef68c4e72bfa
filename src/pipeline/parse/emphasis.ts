import remarkGridTables from '@adobe/remark-gridtables';
import type { Nodes, Root as MdastRoot } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { LIMITS, type ParseProblem } from './limits';
import { SKIP, walkTree } from './walk';

/**
 * CommonMark with GitHub's tables, and Pandoc's grid tables (`+---+` borders, a `+===+` line under
 * the header): documents converted by Pandoc from Word, reStructuredText or HTML write every table
 * whose cells hold several lines or paragraphs that way.
 */
const markdown = unified()
	.use(remarkParse)
	.use(remarkGfm)
	.use(remarkGridTables)
	.use(remarkFrontmatter, ['yaml']);

type Reading = typeof markdown;

/** A reading with some of micromark's constructs left out. */
const without = (processor: Reading, constructs: string[]): Reading =>
	processor()
		.use(function disable(this: Processor) {
			(this.data().micromarkExtensions ??= []).push({ disable: { null: constructs } });
		})
		.freeze();

/**
 * MDX (2 and later: Docusaurus, Starlight, Mintlify) has no indented code: a table or heading
 * indented inside a component (`<TabItem>`) is shown as one, where CommonMark sees code.
 */
const mdxMarkdown = without(markdown, ['codeIndented']);

/** The flavour of Markdown a document is written in (see `mdx.ts` for how it is told). */
export type Flavour = 'commonmark' | 'mdx';

/**
 * The reading of each flavour, and the same with emphasis and strikethrough left as text: linear
 * on any input.
 */
const READINGS: Record<Flavour, { full: Reading; withoutEmphasis: Reading }> = {
	commonmark: {
		full: markdown,
		withoutEmphasis: without(markdown, ['attention', 'strikethrough']),
	},
	mdx: { full: mdxMarkdown, withoutEmphasis: without(mdxMarkdown, ['attention', 'strikethrough']) },
};

/** Nodes whose children are one run of inline text, each resolved for emphasis on its own. */
const INLINE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * Parses a text. A block of lines with more emphasis runs than `LIMITS.delimiterRuns` is first
 * parsed without emphasis, to find the paragraphs, headings and cells that hold too many; their
 * runs are hidden from the parser behind characters of the same length, then put back, and the
 * block goes into `crowded`, its line placed in the document by `lineShift`.
 */
export function parseText(
	text: string,
	lineShift: number,
	crowded: CrowdedBlock[],
	flavour: Flavour = 'commonmark',
): MdastRoot {
	const { full: markdown, withoutEmphasis } = READINGS[flavour];
	if (!manyRuns(text)) return markdown.parse(text) as MdastRoot;
	const found: { start: number; end: number; line: number; runs: number }[] = [];
	walkTree<Nodes, null>(withoutEmphasis.parse(text) as MdastRoot, null, (node) => {
		if (!INLINE_BLOCKS.has(node.type)) return null;
		let runs = 0;
		walkTree<Nodes, null>(node, null, (inner) => {
			if (inner.type === 'text') runs += inner.value.match(RUNS)?.length ?? 0;
			return null;
		});
		if (runs > LIMITS.delimiterRuns && node.position)
			found.push({
				start: node.position.start.offset!,
				end: node.position.end.offset!,
				line: node.position.start.line,
				runs,
			});
		return SKIP;
	});
	if (found.length === 0) return markdown.parse(text) as MdastRoot;
	const stand = standIns(text);
	let hidden = '';
	let at = 0;
	for (const { start, end } of found) {
		hidden +=
			text.slice(at, start) +
			text.slice(start, end).replace(RUNS, (run) => run.replace(/[*_~]/g, (c) => stand.of[c]!));
		at = end;
	}
	hidden += text.slice(at);
	const tree = markdown.parse(hidden) as MdastRoot;
	restore(tree, stand.back);
	for (const { line, runs } of found) crowded.push({ line: line + lineShift, runs });
	return tree;
}

/** A paragraph, heading or cell whose emphasis runs are shown as written: its line and runs. */
export interface CrowdedBlock {
	line: number;
	runs: number;
}

/** One problem for every crowded block of a document, at the first. */
export function crowdedProblem([first, ...more]: CrowdedBlock[]): ParseProblem[] {
	if (!first) return [];
	return [
		{
			line: first.line,
			message: `${first.runs} runs of \`*\`, \`_\` or \`~\` in one paragraph or cell, more than errdex reads as emphasis (${LIMITS.delimiterRuns}), so they are shown as written${more.length ? ` (and in ${more.length} more blocks)` : ''}`,
		},
	];
}

const RUNS = /\*+|_+|~+/g;

/** Whether some block of lines (between blank lines) holds more runs than a block may. */
function manyRuns(text: string): boolean {
	let runs = 0;
	let lineStart = true;
	let blank = true;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10) {
			if (blank) runs = 0;
			lineStart = true;
			blank = true;
			continue;
		}
		if (c !== 32 && c !== 9 && c !== 13) blank = false;
		if ((c === 42 || c === 95 || c === 126) && (lineStart || text.charCodeAt(i - 1) !== c)) {
			if (++runs > LIMITS.delimiterRuns) return true;
		}
		lineStart = false;
	}
	return false;
}

/**
 * Characters of the Private Use Area the text does not hold, to stand for `*`, `_` and `~`
 * while the parser reads it: one UTF-16 unit each, so offsets do not move.
 */
function standIns(text: string): { of: Record<string, string>; back: Map<string, string> } {
	const of: Record<string, string> = {};
	const back = new Map<string, string>();
	let code = 0xe000;
	for (const c of ['*', '_', '~']) {
		while (text.includes(String.fromCharCode(code))) code++;
		const stand = String.fromCharCode(code++);
		of[c] = stand;
		back.set(stand, c);
	}
	return { of, back };
}

/** Puts the hidden characters back in every string of every node. */
function restore(tree: MdastRoot, back: Map<string, string>) {
	const pattern = new RegExp(`[${[...back.keys()].join('')}]`, 'g');
	walkTree<Nodes, null>(tree, null, (node) => {
		const fields = node as unknown as Record<string, unknown>;
		for (const key of Object.keys(fields)) {
			const value = fields[key];
			if (typeof value === 'string' && pattern.test(value))
				fields[key] = value.replace(pattern, (c) => back.get(c)!);
			pattern.lastIndex = 0;
		}
		return null;
	});
}
