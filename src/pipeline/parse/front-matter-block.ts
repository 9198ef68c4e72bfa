import { parseDocument } from 'yaml';

const FENCE_OPEN = /^---[ \t]*\r?$/;
const FENCE_CLOSE = /^(?:---|\.\.\.)[ \t]*\r?$/;
/** A GFM table's delimiter row: a line only of dashes, colons and at least one pipe. */
const DELIMITER_ROW = /^(?=[^|]*\|)(?=.*-)[|:-][ \t|:-]*\r?$/;

/**
 * A document that opens with `---` and a block of Markdown tables before the next `---` was
 * written with a rule at the top, not front matter: its block is not a YAML mapping and holds a
 * table, which YAML never does. GitHub shows such a page as a rule, then the tables. The opening
 * line becomes `***`, the same rule at the same length, so that the parser does not take the
 * block for front matter and every offset and line number stays where it was. Front matter that
 * is YAML with a mistake in it (no table) stays front matter, and its warning stands.
 */
export function ruleNotFrontMatter(source: string): string {
	const lines = source.split('\n');
	if (!FENCE_OPEN.test(lines[0] ?? '')) return source;
	const close = lines.findIndex((line, i) => i > 0 && FENCE_CLOSE.test(line));
	if (close < 0) return source;
	const block = lines.slice(1, close);
	if (!block.some((line) => DELIMITER_ROW.test(line))) return source;
	const yaml = parseDocument(block.join('\n'));
	if (yaml.errors.length === 0 && yaml.contents !== null && typeof yaml.toJS() === 'object')
		return source;
	return '***' + source.slice(3);
}
