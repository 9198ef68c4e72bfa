import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { distinctAliases } from '../core/identity';
import type { Catalog, Entry } from '../core/types';
import {
	CODE_SEPARATOR,
	DETAIL_CHARS,
	DETAIL_SEPARATOR,
	defaultSlug,
	EXAMPLE_WORDS,
	encodeColumn,
	INDEX_VERSION,
	encodePieces,
	splitPieces,
	type SearchIndexData,
} from '../search/format';
import { HAS_DIGIT, tokenize } from '../search/text';
import { partsOf } from './source-parts';

/** Builds the index shipped as `/search-index.json`; runs at build time, never in the browser. */
export function buildSearchIndex(catalog: Catalog): SearchIndexData {
	const sourceIndex = new Map(catalog.sources.map((source, i) => [source.id, i]));
	const texts = catalog.entries.map((entry) => ({
		message: splitPieces(entry.message),
		details: splitPieces(detailText(entry)),
	}));

	const frequency = new Map<string, number>();
	for (const { message, details } of texts) {
		for (const piece of message) frequency.set(piece, (frequency.get(piece) ?? 0) + 1);
		for (const piece of details) frequency.set(piece, (frequency.get(piece) ?? 0) + 1);
	}
	// Ties broken by the piece itself so that the same catalog always gives the same file.
	const pieces = [...frequency.keys()]
		.filter((piece) => frequency.get(piece)! > 1)
		.sort((a, b) => frequency.get(b)! - frequency.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
	const idOf = new Map(pieces.map((piece, id) => [piece, id]));
	const once: string[] = [];
	const encode = (list: string[]) =>
		encodePieces(
			list.map((piece) => {
				const id = idOf.get(piece);
				if (id !== undefined) return id;
				once.push(piece);
				return null;
			}),
		);
	// Every message, then every detail text: the order the decoder reads `once` in.
	const message = encodeColumn(texts.map((text) => encode(text.message)));
	const details = encodeColumn(texts.map((text) => encode(text.details)));
	const codes = catalog.entries.map((entry) => {
		if (entry.code.includes(CODE_SEPARATOR))
			throw new Error(
				`${entry.file}:${entry.line}: code ${JSON.stringify(entry.code)} spans lines`,
			);
		return entry.code;
	});

	// Most codes' slugs are their default reading (`E0425` → `e0425`); only the others are stored.
	const slug: Record<string, string> = {};
	catalog.entries.forEach((entry, i) => {
		if (entry.slug !== defaultSlug(entry.code)) slug[i] = entry.slug;
	});
	const aliases = aliasColumns(catalog.entries);
	const sections = sectionColumns(
		catalog.entries,
		new Map(catalog.sources.map((source) => [source.id, source.title])),
	);
	// A code without a page is found at its row, on the part of its source page that holds it.
	const sources = new Map(catalog.sources.map((source) => [source.id, source]));
	const row: Record<string, [number, string]> = {};
	catalog.entries.forEach((entry, i) => {
		if (!entry.pageless) return;
		const part = partsOf(sources.get(entry.source)!).partOf.get(entry.anchor) ?? 1;
		row[i] = [part, entry.anchor];
	});

	return {
		version: INDEX_VERSION,
		sources: catalog.sources.map((source) => {
			const name = fileName(source.file);
			return source.id.includes(name) ? [source.id, source.title] : [source.id, source.title, name];
		}),
		examples: catalog.sources.map((source) => exampleWords(source.html)),
		sections: sections.texts,
		pieces,
		once,
		entries: {
			source: catalog.entries.map((entry) => sourceIndex.get(entry.source)!),
			code: codes.join(CODE_SEPARATOR),
			status: catalog.entries.map((entry) => entry.status ?? 0),
			message,
			details,
			slug,
			row,
			...aliases,
			section: sections.section,
		},
	};
}

/**
 * The aliases of every entry, each identity once and none the code's, as the index lists them
 * (see `SearchIndexData`). An alias is one name: a line break in one (which no table cell
 * should give) is read as the space it shows as, since the separator is a line break.
 */
function aliasColumns(entries: readonly Entry[]): { alias: string; aliasEntry: number[] } {
	const names: string[] = [];
	const aliasEntry: number[] = [];
	let last = 0;
	entries.forEach((entry, e) => {
		if (entry.aliases.length === 0) return;
		for (const alias of distinctAliases(entry.code, entry.aliases)) {
			names.push(alias.includes(CODE_SEPARATOR) ? alias.replace(/\s+/g, ' ') : alias);
			aliasEntry.push(e - last);
			last = e;
		}
	});
	return { alias: names.join(CODE_SEPARATOR), aliasEntry };
}

/**
 * The heading paths of the entries, each once per source, and each entry's place among them as
 * the step from the entry before it (see `SearchIndexData`). A heading that is its document's
 * title is left out: the title is weighed already, and would count twice.
 */
function sectionColumns(
	entries: readonly Entry[],
	titles: ReadonlyMap<string, string>,
): { texts: string[]; section: number[] } {
	const texts = [''];
	const placeOf = new Map<string, number>();
	let last = 0;
	const section = entries.map((entry) => {
		const title = headingKey(titles.get(entry.source) ?? '');
		const text = entry.section
			.filter((heading) => headingKey(heading) !== title)
			.join(' ')
			.replace(/\s+/g, ' ')
			.trim();
		let place = 0;
		if (text !== '') {
			const key = `${entry.source}\n${text}`;
			place = placeOf.get(key) ?? texts.push(text) - 1;
			placeOf.set(key, place);
		}
		const step = place - last;
		last = place;
		return step;
	});
	return { texts, section };
}

const headingKey = (heading: string) => heading.replace(/\s+/g, ' ').trim().toLowerCase();

function detailText(entry: Entry): string {
	const text = entry.details.map((detail) => detail.text).join(DETAIL_SEPARATOR);
	if (text.length <= DETAIL_CHARS) return text;
	// Cut at a word boundary so that no half word becomes a search term.
	const cut = text.slice(0, DETAIL_CHARS + 1);
	return cut.slice(0, Math.max(cut.search(/\s\S*$/), 0));
}

/** A code block of a rendered document: where it shows an error body or a call. */
const CODE_BLOCK = /<pre\b[^>]*>[\s\S]*?<\/pre>/g;

/** The words of a document's examples, as the index carries them (`SearchIndexData.examples`). */
function exampleWords(html: string): string {
	const words = new Set<string>();
	for (const [block] of html.matchAll(CODE_BLOCK)) {
		for (const term of tokenize(toText(fromHtml(block, { fragment: true }))))
			// Words with digits are ids, times and statuses: the tables say those.
			if (!HAS_DIGIT.test(term)) words.add(term);
		if (words.size >= EXAMPLE_WORDS) break;
	}
	return [...words].slice(0, EXAMPLE_WORDS).join(' ');
}

/** A file's name without its folders and extension, in lower case with words joined by `-`, as ids are. */
const fileName = (file: string): string =>
	(file.split('/').pop() ?? file)
		.replace(/\.[^.]*$/, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-');
