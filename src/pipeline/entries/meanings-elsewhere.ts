/**
 * Meanings a document gives its codes outside their table: a field's description that lists each
 * value with what it means (`Error code: * server_error - Internal server error. * invalid_body -
 * Body could not be parsed…`), as generated SDK docs describe an enum property beside the enum's
 * own table of names and values, in a skipped table's cell or in a list of the document's own.
 */
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { findPlaceholders } from '../../core/placeholders';
import type { DraftEntry, TableText } from '../types';

/**
 * The entries whose rows say nothing of their own (no message, or only one of the code's names)
 * given the meaning a skipped table's cell, or a list of the document (`- invalid_grant - Invalid
 * authorization code`, above the enum's table of names and values), gives their code, where that
 * cell or list gives several of the document's codes so; every other entry as it was.
 */
export function withMeaningsElsewhere(
	drafts: DraftEntry[],
	tables: readonly TableText[],
	skipped: readonly boolean[],
	document?: Root,
): DraftEntry[] {
	const unsaid = drafts.filter(saysNothing);
	if (unsaid.length === 0) return drafts;
	const codes = new Set(unsaid.map((entry) => entry.code));
	const meanings = new Map<string, string>();
	const take = (listed: [string, string][]) => {
		const ours = listed.filter(([code]) => codes.has(code));
		if (ours.length < LISTED_AT_LEAST) return;
		for (const [code, meaning] of ours) if (!meanings.has(code)) meanings.set(code, meaning);
	};
	tables.forEach((table, index) => {
		if (!skipped[index]) return;
		for (const cells of table.rows) for (const cell of cells) take(listedMeanings(cell.text));
	});
	if (document) take(listItemMeanings(document));
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

/**
 * The codes a document's lists give, one item each with what it means (`invalid_grant - Invalid
 * authorization code`, `invalid_scope: Requested scope is invalid`), every list of the document
 * together: an item of one code and its meaning, whatever list it is in.
 */
function listItemMeanings(document: Root): [string, string][] {
	const listed: [string, string][] = [];
	visit(document, 'element', (node) => {
		if (node.tagName !== 'li') return;
		const item = ITEM.exec(toText(node).trim());
		if (item) listed.push([item[1]!, item[2]!.trim()]);
	});
	return listed;
}
const ITEM = /^([A-Za-z0-9][\w.:-]*)\s+[-–—:]\s+(\S[^\n]*)$/u;

/** The codes a text lists as bullets, each with what it means: `* code - meaning`. */
function listedMeanings(text: string): [string, string][] {
	return [...text.matchAll(LISTED)].map((match) => [match[1]!, match[2]!.trim()]);
}
const LISTED =
	/(?:^|\s)[*•]\s+([A-Za-z0-9][\w.:-]*)\s+[-–—:]\s+(.+?)(?=\s+[*•]\s+[A-Za-z0-9][\w.:-]*\s+[-–—:]\s|$)/gu;

/** A cell that lists fewer of the codes than this says something else of them. */
const LISTED_AT_LEAST = 2;
