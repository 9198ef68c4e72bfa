/**
 * How much one page holds where a page would otherwise grow with the catalog: a source page
 * (the document rendered whole) and `/codes/` (a row per documented code). Past these, the page
 * is cut into several, each reachable without JavaScript.
 */
export const PAGE_LIMITS = {
	/**
	 * UTF-8 bytes of a document's HTML on one source page. 200 KB is about 600 rows of a
	 * four-column error table; with Starlight's frame (20 KB) a page stays near 220 KB, which a
	 * phone on a slow connection loads and lays out in a second or two.
	 */
	sourceBytes: 200 * 1024,
	/**
	 * UTF-8 bytes of the rows of `/codes/` on one page, reckoned from what each row shows (about
	 * 200 bytes a row with a one-line message, so about 1,000 rows), for the same reason.
	 */
	codesBytes: 200 * 1024,
	/**
	 * UTF-8 bytes of the rows of a code on one code page: a code documented by 1,000 rows made a
	 * page of 739 KB. Past it, the rows go on further pages, as a source page does.
	 */
	codeBytes: 200 * 1024,
	/**
	 * What a row of a code page costs beyond its message and columns: its heading, the facts
	 * list, the copy buttons (a page of one row is about 2 KB without Starlight's frame).
	 */
	rowOverheadBytes: 1024,
	/**
	 * Characters of a message shown as they are; a longer message shows its start, with the rest
	 * one click away. Real messages are a sentence or a paragraph; 1,000 characters is a long one.
	 */
	messageChars: 1_000,
	/** Characters of the start a folded message shows. */
	messageStartChars: 300,
	/**
	 * UTF-8 bytes of a message's HTML a code page holds, folded; past it (a 2 MB message), the
	 * whole message is a link away, in its row of the source page.
	 */
	messageBytes: 64 * 1024,
	/**
	 * UTF-8 bytes of a row's other columns a code page shows (one row of 230,000 cells had as many
	 * columns); the rest are counted, with a link to the row of the source page that holds them.
	 */
	detailsBytes: 64 * 1024,
} as const;

/**
 * Items cut into pages of at most `limit` bytes, in order, by what each adds to a page; an item
 * larger than the limit gets a page alone.
 */
export function cutBySize<T>(
	items: readonly T[],
	sizeOf: (item: T) => number,
	limit: number,
): T[][] {
	const pages: T[][] = [[]];
	let bytes = 0;
	for (const item of items) {
		const size = sizeOf(item);
		if (bytes > 0 && bytes + size > limit) {
			pages.push([]);
			bytes = 0;
		}
		pages.at(-1)!.push(item);
		bytes += size;
	}
	return pages;
}

/** A page of a view cut into several: its number and address, and whether it is the one shown. */
export interface PageLink {
	page: number;
	href: string;
	current: boolean;
}

/**
 * The links of a pager: the first and last pages, and the pages around the current one; `null`
 * marks pages left out between them. A view of 100 pages keeps a pager of a few links.
 */
export function pagerLinks(
	current: number,
	pages: number,
	href: (page: number) => string,
	around = 2,
): (PageLink | null)[] {
	const shown = [...Array(pages).keys()]
		.map((index) => index + 1)
		.filter((page) => page === 1 || page === pages || Math.abs(page - current) <= around);
	return shown.flatMap((page, index) => {
		const link = { page, href: href(page), current: page === current };
		return index > 0 && page - shown[index - 1]! > 1 ? [null, link] : [link];
	});
}

/** UTF-8 length of part of a text, without encoding it. */
export function utf8Length(text: string, start = 0, end = text.length): number {
	let bytes = 0;
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		// A surrogate pair is one 4-byte character: 2 bytes for each half.
		else if (code >= 0xd800 && code < 0xe000) bytes += 2;
		else bytes += 3;
	}
	return bytes;
}
