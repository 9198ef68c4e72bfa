import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { cellText } from '../parse/header-rows';
import type { ParsedDocument } from '../parse/markdown';
import type { RawRow } from '../parse/raw-tables';

/** The error rows of one table, by data-row index, with where they link. */
export interface RowLinks {
	anchor: string;
	url: string;
	code: string;
}

/**
 * An error table as the source page rebuilds it: its code column, its message column (-1 if
 * none) and its error rows, each with the codes it holds (one, or several listed in one cell).
 */
export interface TablePlan {
	codeColumn: number;
	messageColumn: number;
	rows: Map<number, RowLinks[]>;
}

/** A table of the document, rebuilt: its head, then its rows, error rows anchored and linked. */
export function renderTable(
	table: ParsedDocument['tables'][number],
	plan: TablePlan | null,
	renderCell: (nodes: ElementContent[]) => ElementContent[],
	rowLinkLabel: (code: string) => string,
): Element {
	let width = table.header.cells.length;
	for (const row of table.rows) width = Math.max(width, row.cells.length);
	const columns = [...Array(width).keys()];
	let labels = columns.map((i) => cellText(table.header.cells[i]));
	const cells = (row: RawRow, tag: 'th' | 'td') =>
		columns.map((i) =>
			h(
				tag,
				tag === 'td' && plan ? dataCellProperties(plan, i, labels[i]!) : {},
				renderCell(row.cells[i]?.nodes ?? []),
			),
		);
	return h('table', { className: plan ? ['errdex-table'] : [] }, [
		h('thead', [h('tr', cells(table.header, 'th'))]),
		h(
			'tbody',
			table.rows.map((row, index) => {
				const links = plan?.rows.get(index);
				if (row.header) labels = columns.map((i) => cellText(row.cells[i]) || labels[i]!);
				const tds = cells(row, row.heading || row.header ? 'th' : 'td');
				const link = links?.[0];
				if (!plan || !links || !link) return h('tr', tds);
				const codeCell = tds[plan.codeColumn]!;
				const anchor = h(
					'a',
					{
						href: `#${link.anchor}`,
						className: ['errdex-anchor'],
						ariaLabel: rowLinkLabel(link.code),
						// A site's page search would read the `#` as part of the code.
						dataPagefindIgnore: '',
					},
					'#',
				);
				// A cell that lists several codes links each to its own page; the row's first code
				// anchors the row and the others anchor their links.
				codeCell.children =
					links.length === 1
						? [
								h(
									'a',
									{ href: link.url, className: ['errdex-code'] },
									unwrapLinks(codeCell.children),
								),
								anchor,
							]
						: [
								...codeCell.children,
								h(
									'span',
									{ className: ['errdex-codes'] },
									links.map((other, i) =>
										h(
											'a',
											{
												href: other.url,
												className: ['errdex-code'],
												...(i > 0 && { id: other.anchor }),
											},
											other.code,
										),
									),
								),
								anchor,
							];
				return h('tr', { id: link.anchor, className: ['errdex-row'] }, tds);
			}),
		),
	]);
}

/**
 * On a narrow screen an error table's rows are shown one below the other (errdex.css): the code,
 * then the message, then each other cell after the name of its column, from the header row
 * nearest above it.
 */
function dataCellProperties(plan: TablePlan, column: number, label: string) {
	if (column === plan.codeColumn) return { className: ['errdex-code-cell'] };
	if (column === plan.messageColumn) return { className: ['errdex-message'] };
	return label ? { dataLabel: label } : {};
}

/** A code written as a link becomes a link to its code page; links cannot nest. */
function unwrapLinks(nodes: ElementContent[]): ElementContent[] {
	const unwrapped: ElementContent[] = [];
	const stack = [{ nodes, index: 0, into: unwrapped }];
	while (stack.length > 0) {
		const top = stack.at(-1)!;
		const node = top.nodes[top.index++];
		if (node === undefined) stack.pop();
		else if (node.type !== 'element') top.into.push(node);
		else if (node.tagName === 'a') stack.push({ nodes: node.children, index: 0, into: top.into });
		else {
			const copy: Element = { ...node, children: [] };
			top.into.push(copy);
			stack.push({ nodes: node.children, index: 0, into: copy.children });
		}
	}
	return unwrapped;
}
