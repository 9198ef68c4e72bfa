import type { Nodes, Root } from 'mdast';
import type { ParseProblem } from './limits';
import { DELIMITER_ROW } from './pieces';
import { SKIP, walkTree } from './walk';

/** HTML blocks whose content is meant as written: what looks like a table there is an example. */
const VERBATIM = /^ {0,3}<(?:pre|script|style|textarea)(?:[\s>]|$)/i;

/**
 * Warns where raw HTML hides Markdown that looks like a table: a comment never closed hides the
 * rest of the document, and an HTML block runs on to the next blank line, so a table written
 * right under a `<div>` is read as part of that HTML rather than as a table. A comment that is
 * closed hides what its writer meant to hide, and is left alone.
 */
export function swallowedTables(tree: Root, problems: ParseProblem[]): void {
	walkTree<Nodes, null>(tree, null, (node) => {
		if (node.type !== 'html') return 'children' in node ? null : SKIP;
		const line = node.position?.start.line ?? 1;
		const unclosed = /^\s*<!--/.test(node.value) && !node.value.includes('-->');
		if (!unclosed && (/^\s*<!--/.test(node.value) || VERBATIM.test(node.value))) return SKIP;
		const lines = node.value.split(/\r?\n/);
		const table = lines.findIndex(
			(text, i) =>
				i > 0 && DELIMITER_ROW.test(text) && text.includes('-') && lines[i - 1]!.includes('|'),
		);
		if (unclosed)
			problems.push({
				line,
				message: `an HTML comment (\`<!--\`) opens here and is never closed, so the ${lines.length - 1} lines after it are hidden${table >= 0 ? `, among them a table at line ${line + table - 1}` : ''}; close it with \`-->\``,
			});
		else if (table >= 0)
			problems.push({
				line: line + table - 1,
				message: `this looks like a table, but it is part of the HTML block that starts at line ${line} (an HTML block runs to the next blank line), so it is not read as a table; a blank line before the table would make it one`,
			});
		return SKIP;
	});
}
