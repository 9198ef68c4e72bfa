import { cutBySize, PAGE_LIMITS, utf8Length } from '../core/paging';
import { truncate } from '../core/text';
import type { CodePage, Detail, Entry } from '../core/types';

/** A long message as a code page shows it: its start, and the rest one click away. */
export interface FoldedMessage {
	/** The message's first words, as text, ending in `…`. */
	start: string;
	/** Characters in the whole message. */
	chars: number;
	/** Whether the page holds the whole message (behind the fold); if not, its row does. */
	whole: boolean;
}

/** What a code page shows of one row: within `PAGE_LIMITS`, whatever the row holds. */
export interface ShownRow {
	/** Null when the message is short enough to show as it is. */
	folded: FoldedMessage | null;
	/** The other columns shown. */
	details: Detail[];
	/** Columns left out past `PAGE_LIMITS.detailsBytes`, which its row in the source page shows. */
	hiddenDetails: number;
	/** About what the row adds to the page, in UTF-8 bytes. */
	bytes: number;
}

/** What a code page shows of a row (its message folded, its columns cut), and what that weighs. */
export function shownRow(entry: Entry): ShownRow {
	const { message, messageHtml } = entry;
	let bytes = PAGE_LIMITS.rowOverheadBytes;
	let folded: FoldedMessage | null = null;
	if (message.length <= PAGE_LIMITS.messageChars) {
		bytes += utf8Length(messageHtml);
	} else {
		const start = truncate(message, PAGE_LIMITS.messageStartChars);
		const htmlBytes = utf8Length(messageHtml);
		const whole = htmlBytes <= PAGE_LIMITS.messageBytes;
		folded = { start, chars: message.length, whole };
		bytes += utf8Length(start) + (whole ? htmlBytes : 0);
	}
	const details: Detail[] = [];
	let detailBytes = 0;
	for (const detail of entry.details) {
		const size = utf8Length(detail.label) + utf8Length(detail.html);
		if (detailBytes + size > PAGE_LIMITS.detailsBytes) break;
		detailBytes += size;
		details.push(detail);
	}
	return {
		folded,
		details,
		hiddenDetails: entry.details.length - details.length,
		bytes: bytes + detailBytes,
	};
}

/** How the rows of a code page are cut into pages: the rows of each, by index, in order. */
export function cutCodePage(page: CodePage, limit: number = PAGE_LIMITS.codeBytes): number[][] {
	return cutBySize(
		[...page.variants.keys()],
		(index) => shownRow(page.variants[index]!).bytes,
		limit,
	);
}

const cut = new WeakMap<CodePage, { parts: number[][]; partOf: Map<string, number> }>();

/**
 * The pages of a code page, and the page (1-based) each row is on by its anchor: cut once per
 * page of the catalog, as every page that links to one of its rows asks. A code of one row, as
 * most are, is one page whatever its size, and is not kept: kept for every code of a catalog of
 * 130,000, that was some 50 MB held until the build's end.
 */
export function codePartsOf(page: CodePage): { parts: number[][]; partOf: Map<string, number> } {
	if (page.variants.length === 1)
		return { parts: [[0]], partOf: new Map([[page.variants[0]!.anchor, 1]]) };
	let parts = cut.get(page);
	if (!parts) {
		const cutInto = cutCodePage(page);
		const partOf = new Map<string, number>();
		cutInto.forEach((rows, part) => {
			for (const index of rows) partOf.set(page.variants[index]!.anchor, part + 1);
		});
		cut.set(page, (parts = { parts: cutInto, partOf }));
	}
	return parts;
}
