/**
 * Every site path errdex publishes is made here, and read back here, so that a link and the
 * page it points to can never disagree. Paths carry Astro's `base` (a site served from
 * `https://example.github.io/api-errors/`) and errdex's own prefix when it lives inside
 * another site. Slugs are made by the pipeline (`pipeline/link/slugs.ts`); this module only
 * places them.
 */

export interface RouteOptions {
	/** Astro's `base`: the path the whole site is served from. Default `/`. */
	base?: string | undefined;
	/** A folder every errdex page lives in, inside the site (`errors` → `/errors/<source>/`). */
	prefix?: string | undefined;
	/** The folder of short links (`e` → `/e/<code>/`). */
	shortLinks?: string | undefined;
}

/** What a path inside errdex's part of the site names. */
export type PathTarget =
	{ kind: 'home' } | { kind: 'short'; code: string } | { kind: 'page'; segments: string[] };

/** Segments of a path as written, without empty ones and without `index.html`. */
function segmentsOf(path: string): string[] {
	return path.split('/').filter((segment) => segment !== '' && segment !== 'index.html');
}

function folder(...parts: (string | undefined)[]): string {
	const inner = parts.flatMap((part) => segmentsOf(part ?? ''));
	return inner.length === 0 ? '/' : `/${inner.join('/')}/`;
}

export type Routes = ReturnType<typeof createRoutes>;

/**
 * A part of `/codes/` that holds only some codes: of one source, one HTTP status (`404`, or
 * `none` for rows without one) or one status class (`4xx`). Empty fields take every code.
 */
export interface CodesFacet {
	source: string;
	status: string;
	class: string;
}

/**
 * The segment of page `n` of a page cut into several: `page-2/`. No slug can take it
 * (`pipeline/link/slugs.ts`), so it never meets a code page.
 */
export function pageSegment(page: number): string {
	return page > 1 ? `page-${page}/` : '';
}

function facetSegments(facet: CodesFacet, page: number): string {
	const keys = ['source', 'status', 'class'] as const;
	return `${keys.map((key) => (facet[key] === '' ? '' : `${key}/${facet[key]}/`)).join('')}${pageSegment(page)}`;
}

/** Page `n` as the rest parameter of a route (`[...part]`): none for the first page. */
export function pageParam(page: number): string | undefined {
	return pageSegment(page).slice(0, -1) || undefined;
}

export function createRoutes(options: RouteOptions = {}) {
	const base = folder(options.base);
	const root = folder(options.base, options.prefix);
	const shortSegment = segmentsOf(options.shortLinks ?? 'e').join('/') || 'e';
	const shortRoot = `${root}${shortSegment}/`;
	const withQuery = (path: string, query: string | undefined) =>
		query ? `${path}?${query}` : path;

	return {
		/** The folder errdex's pages live in: the home page. */
		home: () => root,
		/** A source page, or page `part` of one cut into several. */
		source: (source: string, part = 1) => `${root}${source}/${pageSegment(part)}`,
		/** A section (heading) of a source page, on the page of it that holds it. */
		heading: (source: string, heading: string, part = 1) =>
			`${root}${source}/${pageSegment(part)}#${heading}`,
		/** A code page, or page `part` of one whose rows are cut into several. */
		code: (source: string, slug: string, part = 1) =>
			`${root}${source}/${slug}/${pageSegment(part)}`,
		/** One variant of a code on its page; only pages with several variants give them ids. */
		variant: (source: string, slug: string, anchor: string, part = 1) =>
			`${root}${source}/${slug}/${pageSegment(part)}#${anchor}`,
		row: (source: string, anchor: string, part = 1) =>
			`${root}${source}/${pageSegment(part)}#${anchor}`,
		/** Which page of a source page cut into several holds each row and heading. */
		sourceParts: (source: string) => `${root}${source}/parts.json`,
		/** The folder of every short link. */
		shortLinks: () => shortRoot,
		/** The short link whose slug the pipeline gave a code. */
		short: (slug: string) => `${shortRoot}${slug}/`,
		/** Every code in one table; `query` is a filter as `filterQuery` writes it. */
		codes: (query?: string) => withQuery(`${root}codes/`, query),
		/**
		 * A page of the codes of one facet, for a catalog too large for one page of `/codes/`:
		 * `/codes/source/pluralkit/class/4xx/page-2/`. Status and class are never both given.
		 */
		codesFacet: (facet: CodesFacet, page = 1, query?: string) =>
			withQuery(`${root}codes/${facetSegments(facet, page)}`, query),
		/** What `codesFacet` puts after `/codes/`, as the rest parameter of a route. */
		codesFacetParam: (facet: CodesFacet, page = 1) =>
			facetSegments(facet, page).slice(0, -1) || undefined,
		/** The compact list of code pages that the 404 page ranks suggestions from. */
		codeIndex: () => `${root}codes.json`,
		/** The search page; a query longer than an address should hold keeps its start. */
		search: (query?: string) =>
			withQuery(`${root}search/`, query ? `q=${addressQuery(query)}` : undefined),
		/** The prebuilt index the search worker fetches on first use. */
		searchIndex: () => `${root}search-index.json`,
		export: () => `${root}errors.json`,
		/** What changed between builds, newest first: of every source, or of one; page `n`. */
		changes: (source = '', page = 1) =>
			`${root}changes/${source === '' ? '' : `source/${source}/`}${pageSegment(page)}`,
		/** What `changes` puts after `/changes/`, as the rest parameter of a route. */
		changesParam: (source = '', page = 1) =>
			`${source === '' ? '' : `source/${source}/`}${pageSegment(page)}`.slice(0, -1) || undefined,
		/** The same changes as an Atom feed. */
		changesFeed: () => `${root}changes.xml`,
		/** What errdex published, build after build: read back by the next build. */
		history: () => `${root}errors-history.json`,
		/** First path segments errdex uses itself; a source cannot take them. */
		reserved: () => ['search', 'codes', 'changes', shortSegment.split('/')[0]!, '404'],
		/**
		 * What a path names, read back: a short link, or the segments of a page under errdex's
		 * folder. Null for a path outside it. Segments are decoded; case is kept.
		 */
		read(pathname: string): PathTarget | null {
			const path = decode(pathname);
			const lower = path.toLowerCase();
			if (!`${lower}/`.startsWith(root.toLowerCase())) return null;
			const segments = segmentsOf(path.slice(root.length - 1));
			if (segments.length === 0) return { kind: 'home' };
			const short = segmentsOf(shortSegment);
			if (short.every((segment, i) => segments[i]?.toLowerCase() === segment)) {
				return { kind: 'short', code: segments.slice(short.length).join('/') };
			}
			return { kind: 'page', segments };
		},
		/** The site's own page search, which Starlight's Pagefind writes at the top of the site. */
		pagefind: () => `${base}pagefind/`,
		/**
		 * A path under one of the site's locale folders (`/docs/en/errors/…` for `en`) as it is
		 * without that folder (`/docs/errors/…`); null for a path under none of them.
		 */
		withoutLocale(pathname: string, folders: readonly string[]): string | null {
			const folder = folders.find((name) => pathname.startsWith(`${base}${name}/`));
			return folder === undefined
				? null
				: `${base}${pathname.slice(base.length + folder.length + 1)}`;
		},
		/** A path made here, without the site's `base`: for APIs that add it themselves. */
		withoutBase: (path: string) => (path.startsWith(base) ? path.slice(base.length - 1) : path),
		/** Whether a path is a short link, which sends readers on and is kept out of sitemaps. */
		isShortLink: (pathname: string) => pathname.startsWith(shortRoot),
	};
}

/**
 * The most of a query an address keeps, percent-encoded. Servers refuse a request whose line or
 * headers pass 8 KB (a 1 MB paste kept in the address made reloading the page fail with HTTP
 * 431), and the start of a paste is what the search reads first.
 */
const ADDRESS_QUERY_CHARS = 2000;

/** A query percent-encoded for an address, cut after the characters that fit `ADDRESS_QUERY_CHARS`. */
export function addressQuery(query: string): string {
	const whole = query.toWellFormed();
	const encoded = encodeURIComponent(whole);
	if (encoded.length <= ADDRESS_QUERY_CHARS) return encoded;
	let cut = '';
	for (const char of whole) {
		const next = encodeURIComponent(char);
		if (cut.length + next.length > ADDRESS_QUERY_CHARS) break;
		cut += next;
	}
	return cut;
}

/** A path or segment as a reader wrote it; one that is not valid percent-encoding stays as it is. */
export function decode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}
