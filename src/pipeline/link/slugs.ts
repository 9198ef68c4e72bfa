import slugify from '@sindresorhus/slugify';

/**
 * Every slug and id errdex gives a source, a code, a row or a heading is made here; the routes
 * (`core/routes.ts`) only place them in paths. Slugs are lowercase ASCII, deterministic, and
 * unique within their scope.
 */

/** Names Windows cannot give a folder; a site built there must still write every page. */
const DEVICE_NAMES = /^(?:con|prn|aux|nul|com\d|lpt\d)$/;

/** How the routes name page 2, 3, … of a page cut into several (`core/routes.ts`). */
const PAGE_SEGMENT = /^page-\d+$/;

/** Longest slug kept whole; longer ones are cut and tagged with a hash of the whole text. */
const MAX_SLUG = 80;

/** Lowercase ASCII, deterministic, never empty. */
export function slugOf(text: string): string {
	const trimmed = text.trim();
	// A leading minus is meaning, not punctuation: `-1` and `1` are different codes.
	const negative = /^[-−]\s*\d/.test(trimmed);
	let slug = slugify(negative ? trimmed.replace(/^[-−]\s*/, '') : trimmed, {
		decamelize: false,
		lowercase: true,
	});
	if (negative) slug = `minus-${slug}`;
	if (slug === '') return `x-${hash(trimmed)}`;
	if (slug.length > MAX_SLUG)
		slug = `${slug.slice(0, MAX_SLUG).replace(/-+$/, '')}-${hash(trimmed)}`;
	if (DEVICE_NAMES.test(slug) || PAGE_SEGMENT.test(slug)) slug = `${slug}-code`;
	return slug;
}

/** A set of slugs that must not repeat, such as the ids of one page. */
export class SlugScope {
	readonly #taken = new Set<string>();

	constructor(reserved: Iterable<string> = []) {
		for (const slug of reserved) this.#taken.add(slug);
	}

	/** Claims `base`, or `base-2`, `base-3`, … when it is taken. */
	claim(base: string): string {
		let slug = base;
		for (let n = 2; this.#taken.has(slug); n++) slug = `${base}-${n}`;
		this.#taken.add(slug);
		return slug;
	}
}

/**
 * Ids the pages give their own elements (Starlight's icon sprite and search results, the code
 * page's link sections). A row anchor or heading id that took one would duplicate it, and the
 * link to that row or section would land on the wrong element. Only ids a slug can spell.
 */
const RESERVED_PAGE_IDS = [
	'theme-icons',
	'site-search-results',
	'errdex-elsewhere',
	'errdex-same-status',
	'errdex-family',
	'errdex-mentions',
	'errdex-mentioned-by',
	'errdex-gone-rows',
];

/** The ids of one source page: its row anchors and headings. */
export function pageScope(): SlugScope {
	return new SlugScope(RESERVED_PAGE_IDS);
}

/** The id of a source: its configured `slug`, else its file name. */
export function sourceSlug(file: string, configured: string | undefined): string {
	const name = file
		.split('/')
		.at(-1)!
		.replace(/\.(?:md|markdown|mdx)$/i, '');
	return slugOf(configured ?? name);
}

/** FNV-1a: a short, stable tag for text that has no ASCII letters to slug. */
function hash(text: string): string {
	let h = 0x811c9dc5;
	for (const char of text) {
		h ^= char.codePointAt(0)!;
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(36);
}
