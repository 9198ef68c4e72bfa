import { normalizeSpace } from '../../core/text';
import type { TableText } from '../types';
import type { Profile } from './columns';
import { namesValues } from './two-names';
import { THRESHOLDS } from './tuning';

/**
 * How often each column's values repeat over the whole document: for a header, the share of
 * distinct values among every cell its columns hold in all the document's tables. A column that
 * gives each row its own value in one table may repeat the values of another table under the same
 * header (`SQLSTATE` `HY000` in both): such values are classes that rows share, not codes, and the
 * document's tables are read alike.
 */
export function distinctInDocument(tables: readonly TableText[]): (label: string) => number {
	const values = new Map<string, string[]>();
	for (const table of tables) {
		table.header.forEach((cell, i) => {
			const label = keyOf(cell.text);
			const texts = values.get(label) ?? [];
			table.rows.forEach((row, r) => {
				const text = row[i]?.text;
				if (text && !table.rowHeaders[r] && !table.rowHeadings[r]) texts.push(text);
			});
			values.set(label, texts);
		});
	}
	return (label) => {
		const texts = values.get(keyOf(label)) ?? [];
		const distinct = new Set(texts).size;
		// One value given twice is a slip of the document (a row's code copied into the next, as
		// `8464` for two errors); a class is shared by rows again and again.
		if (texts.length - distinct < THRESHOLDS.classRepeats) return 1;
		return distinct / texts.length;
	};
}

/**
 * Of the columns that would name each code, those whose values repeat over the document where the
 * codes do not: a class the rows share (`23000` in two tables) is no other name of any one of them.
 * An exception class is a name, however many codes throw it.
 */
export function namesOfOneCode(
	aliases: number[],
	columns: Profile[],
	codeIndex: number,
	distinctInDocument: (label: string) => number,
): number[] {
	if (distinctInDocument(columns[codeIndex]?.label ?? '') < 1) return aliases;
	// A value that several constants stand for is each one's value all the same.
	return aliases.filter(
		(i) =>
			distinctInDocument(columns[i]!.label) === 1 ||
			columns[i]!.exceptions >= THRESHOLDS.aliasShare ||
			// Enhanced mail statuses repeat as the replies they refine do: `5.7.1` beside each `550`.
			columns[i]!.enhanced >= THRESHOLDS.aliasShare ||
			(namesValues(columns[i]!) && columns[codeIndex]!.constants >= THRESHOLDS.aliasShare),
	);
}

const keyOf = (label: string) => normalizeSpace(label).toLowerCase();
