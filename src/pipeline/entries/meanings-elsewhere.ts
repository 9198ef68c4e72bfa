/**
 * Meanings a document gives its codes outside their table: a field's description that lists each
 * value with what it means (`Error code: * server_error - Internal server error. * invalid_body -
 * Body could not be parsed…`), as generated SDK docs describe an enum property beside the enum's
 * own table of names and values.
 */
import { toHtml } from 'hast-util-to-html';
import { findPlaceholders } from '../../core/placeholders';
import type { DraftEntry, TableText } from '../types';

/**
 * The entries whose rows say nothing of their own (no message, or only one of the code's names)
 * given the meaning a skipped table's cell lists for their code, where that cell lists several of
 * the document's codes so; every other entry as it was.
 */
export function withMeaningsElsewhere(
	drafts: DraftEntry[],
	tables: readonly TableText[],
	skipped: readonly boolean[],
): DraftEntry[] {
	const unsaid = drafts.filter(saysNothing);
	if (unsaid.length === 0) return drafts;
	const codes = new Set(unsaid.map((entry) => entry.code));
	const meanings = new Map<string, string>();
	tables.forEach((table, index) => {
		if (!skipped[index]) return;
		for (const cells of table.rows)
			for (const cell of cells) {
				const listed = listedMeanings(cell.text).filter(([code]) => codes.has(code));
				if (listed.length < LISTED_AT_LEAST) continue;
				for (const [code, meaning] of listed) if (!meanings.has(code)) meanings.set(code, meaning);
			}
	});
	if (meanings.size === 0) return drafts;
	return drafts.map((entry) => {
		const meaning = meanings.get(entry.code);
		if (meaning === undefined || !saysNothing(entry)) return entry;
		return {
			...entry,
			message: meaning,
			messageHtml: toHtml({ type: 'text', value: meaning }),
			placeholders: findPlaceholders(meaning),
		};
	});
}

/** Whether an entry's row says nothing of its code but one of its names, or nothing at all. */
function saysNothing(entry: DraftEntry): boolean {
	return entry.message === '' || entry.aliases.includes(entry.message);
}

/** The codes a text lists as bullets, each with what it means: `* code - meaning`. */
function listedMeanings(text: string): [string, string][] {
	return [...text.matchAll(LISTED)].map((match) => [match[1]!, match[2]!.trim()]);
}
const LISTED =
	/(?:^|\s)[*•]\s+([A-Za-z0-9][\w.:-]*)\s+[-–—:]\s+(.+?)(?=\s+[*•]\s+[A-Za-z0-9][\w.:-]*\s+[-–—:]\s|$)/gu;

/** A cell that lists fewer of the codes than this says something else of them. */
const LISTED_AT_LEAST = 2;
