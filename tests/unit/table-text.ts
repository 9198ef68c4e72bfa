/**
 * Tables as the parse stage hands them on (`TableText`), written as plain text, for tests that
 * call the classify and entries stages directly. A cell's lines are split at `<br>`.
 */
import type { Cell } from '../../src/core/types';
import { expect } from 'vitest';
import { type Classification, classifyTable } from '../../src/pipeline/classify/classify';
import { type Profile, profile } from '../../src/pipeline/classify/columns';
import { distinctInDocument } from '../../src/pipeline/classify/document-classes';
import { codesElsewhere } from '../../src/pipeline/classify/code-blocks';
import { codesListedAbove } from '../../src/pipeline/classify/neighbours';
import { tableEntries } from '../../src/pipeline/entries/entries';
import type { DraftEntry, TableText } from '../../src/pipeline/types';

export function cell(text: string): Cell {
	const lines = text
		.split('<br>')
		.map((line) => line.trim())
		.filter(Boolean);
	const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
	return { text: lines.join(' '), html: escaped, lines, written: text.trim() !== '' };
}

export interface TableSketch {
	header: string[];
	rows: string[][];
	/** Headings above the table, outermost first. */
	section?: string[];
	context?: string[];
	title?: string;
	/** Indexes of rows that name the columns (sub-headers), as the parse stage marks them. */
	headerRows?: number[];
}

export function tableText(sketch: TableSketch): TableText {
	return {
		line: 1,
		section: sketch.section ?? [],
		header: sketch.header.map(cell),
		rows: sketch.rows.map((row) => row.map(cell)),
		rowLines: sketch.rows.map((_, i) => i + 3),
		rowHeadings: sketch.rows.map(() => false),
		rowHeaders: sketch.rows.map((_, i) => sketch.headerRows?.includes(i) ?? false),
		context: sketch.context ?? [],
		title: sketch.title ?? '',
	};
}

/** A table classified as in a document of this table alone, as the classify stage does it. */
export function classifyAlone(sketch: TableSketch): Classification {
	return classifyAll(sketch)[0]!;
}

/** The entries stage on a table alone, as classified alone; the table must be accepted. */
export function entriesAlone(sketch: TableSketch): DraftEntry[] {
	const table = tableText(sketch);
	const classification = classifyTable(table, undefined, () => {}, 'front matter');
	expect(classification.accepted, classification.reason).toBe(true);
	return tableEntries(table, classification, { file: 'content/doc.md', table: 0 }).entries;
}

/** Each table classified as in a document of these tables, as the classify stage does it. */
export function classifyAll(...sketches: TableSketch[]): Classification[] {
	const tables = sketches.map(tableText);
	const distinct = distinctInDocument(tables);
	const elsewhere = codesElsewhere(tables, []);
	const nowhere = () => {
		throw new Error('no setting was expected to be wrong');
	};
	const verdicts: Classification[] = [];
	tables.forEach((table, index) =>
		verdicts.push(
			classifyTable(
				table,
				undefined,
				nowhere,
				'front matter',
				undefined,
				distinct,
				false,
				false,
				codesListedAbove(tables, verdicts, index),
				elsewhere[index],
			),
		),
	);
	return verdicts;
}

/** What the classifier knows of each column of a table. */
export function profilesOf(table: TableText): Profile[] {
	return table.header.map((head, i) =>
		profile(
			head.text,
			table.rows.map((row) => row[i]!),
			table.rows.length,
		),
	);
}
