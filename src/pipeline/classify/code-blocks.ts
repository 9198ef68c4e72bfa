/**
 * Signals of an index of code blocks: a table whose rows are ranges (`1001-1008`, `-199 to
 * -100`), masks (`NVM41xx`, `TB-1xxx`) or prefixes (`INS`, `tef`) of codes the document lists
 * elsewhere, in another table or as headings. A person reads it as the map of the catalog, not as
 * errors: each of its rows holds codes written out one by one further on. A table of ranges that
 * hold nothing listed (`1-99 | Protocol`) is the only place its codes are, and stays an error
 * table; an HTTP class (`4xx`) is a code of its own.
 */
import { normalizeSpace } from '../../core/text';
import type { TableText } from '../types';
import type { Observed, Seen } from './evidence';
import { THRESHOLDS } from './tuning';
import { BLOCK_HEADER } from './words';

/** `1001-1008`, `V000 ~ V099`, `-199 to -100`: a prefix, if any, and two bounds. */
const RANGE = /^([a-z]+[-_]?)?(-?\d+)\s*(?:-|–|—|~|\.\.|to)\s*(?:[a-z]+[-_]?)?(-?\d+)$/i;
/** `50070+`: every code from this one on. */
const OPEN_RANGE = /^([a-z]+[-_]?)?(\d+)\s*\+$/i;
/** `NVM41xx`, `TB-1xxx`, `1xxx`: the digits a mask leaves open written as x. */
const MASK = /^([a-z]*[-_]?\d*)(x+)$/i;
/** `0xC1XX_XXXX`, `0x80XX`: a hex mask, the digits left open written as X, grouped by `_`. */
const HEX_MASK = /^0x[\da-f_]*\d[\da-f_]*?x[x_]*$/i;
/** `4xx`: an HTTP status class, which a status table lists as a code of its own. */
const HTTP_CLASS = /^[1-5]xx$/i;
/** `INS`, `tef`: a short word that codes carry as one of their parts. */
const FRAGMENT = /^[a-z][a-z\d]{1,5}$/i;
/** A success `0` heads many indexes of blocks and is a code, not a block. */
const ZERO = /^0+$/;
/** What parts a code written elsewhere into words: spaces, punctuation around it, markup. */
const TOKEN_SEPARATOR = /[\s,;:：()（）[\]|/`*"'“”]+/u;

/** A block of codes: whether a code written elsewhere falls in it. */
type Block = (code: string) => boolean;

function within(prefix: string | undefined, low: number, high: number): Block {
	const shape = prefix
		? new RegExp(`^${prefix.replace(/[-_]$/, '')}[-_]?(\\d+)$`, 'i')
		: /^(-?\d+)$/;
	return (code) => {
		const number = shape.exec(code)?.[1];
		return number !== undefined && Number(number) >= low && Number(number) <= high;
	};
}

/** The block a cell names, or undefined where the cell is a code or anything else. */
export function blockOf(cell: string): Block | undefined {
	const text = normalizeSpace(cell);
	const range = RANGE.exec(text);
	if (range) {
		const [a, b] = [Number(range[2]), Number(range[3])];
		return a === b ? undefined : within(range[1], Math.min(a, b), Math.max(a, b));
	}
	const open = OPEN_RANGE.exec(text);
	if (open) return within(open[1], Number(open[2]), Infinity);
	const mask = MASK.exec(text);
	if (mask && !HTTP_CLASS.test(text)) {
		const fixed = mask[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		const shape = new RegExp(`^${fixed}\\d{${mask[2]!.length}}$`, 'i');
		return (code) => shape.test(code);
	}
	if (FRAGMENT.test(text))
		// `LKS-INS-001` carries `INS` as a part; `tefPAST_SEQ` carries `tef` before its name.
		return (code) =>
			code !== text &&
			(code.split(/[-_.]/).includes(text) ||
				(code.startsWith(text) && /[A-Z\d]/.test(code[text.length] ?? '') && /[a-z]$/.test(text)));
	return undefined;
}

/**
 * The words each table's neighbours write as codes, for each table: the cells of every other
 * table and the document's headings, split into words. What a block holds is looked up here.
 */
export function codesElsewhere(
	tables: readonly TableText[],
	headings: readonly { text: string }[],
): Set<string>[] {
	const words = (text: string) => text.split(TOKEN_SEPARATOR).filter(Boolean);
	const inHeadings = headings.flatMap((heading) => words(heading.text));
	const inTables = tables.map((table) =>
		table.rows.flatMap((row, r) =>
			table.rowHeaders[r] || table.rowHeadings[r] ? [] : row.flatMap((cell) => words(cell.text)),
		),
	);
	return tables.map(
		(_, index) =>
			new Set([...inHeadings, ...inTables.flatMap((list, j) => (j === index ? [] : list))]),
	);
}

/** How a column indexes blocks of codes: the share of its cells that are blocks holding some. */
function indexOf(cells: readonly string[], elsewhere: ReadonlySet<string>): number {
	const written = cells.filter((cell) => !ZERO.test(cell.trim()));
	const blocks = written.map(blockOf).filter((block): block is Block => block !== undefined);
	if (
		blocks.length < THRESHOLDS.blockRows ||
		blocks.length < written.length * THRESHOLDS.blockShare
	)
		return 0;
	const holding = blocks.filter((block) => [...elsewhere].some(block)).length;
	return holding >= THRESHOLDS.blockRows && holding >= blocks.length * THRESHOLDS.blocksHolding
		? holding / written.length
		: 0;
}

/**
 * The column that indexes blocks of codes listed elsewhere, with its share: the code column, or
 * a column headed as ranges or prefixes (`Range`, `范围`, `Dải`) beside whatever errdex took for
 * the codes. Undefined where none does.
 */
export function blockIndex(seen: Seen): { column: number; share: number } | undefined {
	const elsewhere = seen.elsewhere;
	if (!elsewhere || elsewhere.size === 0) return undefined;
	const candidates = [
		seen.code,
		...seen.labels.flatMap((label, i) => (i !== seen.code && BLOCK_HEADER.test(label) ? [i] : [])),
	];
	for (const column of candidates) {
		const cells = column === seen.code ? seen.codes : (seen.cells[column] ?? []);
		const share = indexOf(cells, elsewhere);
		if (share > 0) return { column, share };
	}
	return undefined;
}

export function observeCodeBlocks(seen: Seen): Observed[] {
	const index = blockIndex(seen);
	if (!index) return [];
	const label = JSON.stringify(seen.labels[index.column] || `#${index.column + 1}`);
	return [
		{
			signal: 'codeBlocks',
			value: 1,
			says: `${Math.round(index.share * 100)}% of ${label} are ranges, masks or prefixes of codes the document lists elsewhere`,
		},
	];
}

/**
 * A code column of masks (`0xC1XX_XXXX`, `1xxx`) that hold nothing the document lists: classes
 * of codes, each a kind of message with examples, none a code a log or a reply carries. Where
 * the masks hold codes listed elsewhere, `codeBlocks` says so instead.
 */
export function observeCodeMasks(seen: Seen): Observed[] {
	if (blockIndex(seen)) return [];
	const written = seen.codes.map((cell) => normalizeSpace(cell)).filter(Boolean);
	const masks = written.filter(
		(text) => HEX_MASK.test(text) || (MASK.test(text) && !HTTP_CLASS.test(text)),
	).length;
	const share = written.length ? masks / written.length : 0;
	if (share < THRESHOLDS.maskShare) return [];
	const label = JSON.stringify(seen.labels[seen.code] || `#${seen.code + 1}`);
	return [
		{
			signal: 'codeMasks',
			value: 1,
			says: `${Math.round(share * 100)}% of ${label} are masks of codes (\`${written.find((text) => HEX_MASK.test(text) || MASK.test(text))}\`), classes of codes, not codes`,
		},
	];
}
