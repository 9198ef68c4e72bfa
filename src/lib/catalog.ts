import { readdir, readFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { readCell } from './cells';
import { classifyTable, type TableText } from './classify';
import { tableEntries, type DraftEntry } from './entries';
import { ErrdexError } from './errors';
import { readFrontMatter, type FrontMatter } from './frontmatter';
import { linkPages } from './links';
import { parseMarkdown } from './markdown';
import { renderDocument, type RenderPlan, type RowLinks } from './render';
import { documentUrls } from './urls';
import { pageScope, paths, slugOf, SlugScope, sourceScope, sourceSlug } from './slugs';
import type { Catalog, Entry, Heading, Source, TableReport } from './types';

export interface Document {
	/** Path relative to the project root, with forward slashes: `content/pluralkit.md`. */
	file: string;
	text: string;
}

/** Builds the whole catalog from documents. Pure: the same documents give the same catalog. */
export function buildCatalog(documents: Document[]): Catalog {
	const ids = sourceScope();
	const sources: Source[] = [];
	const entries: Entry[] = [];
	const sorted = [...documents].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
	for (const document of sorted) {
		const read = readSource(document, ids);
		sources.push(read.source);
		entries.push(...read.entries);
	}
	return { sources, entries, pages: linkPages(entries) };
}

/** How many code pages each source has, by source id. */
export function codeCounts(catalog: Catalog): Map<string, number> {
	const counts = new Map<string, number>();
	for (const page of catalog.pages) counts.set(page.source, (counts.get(page.source) ?? 0) + 1);
	return counts;
}

/** Reads every Markdown document in `<root>/<contentDir>`. */
export async function loadCatalog(options: {
	root: string;
	contentDir?: string;
}): Promise<Catalog> {
	return buildCatalog(await readDocuments(options));
}

export async function readDocuments({
	root,
	contentDir = 'content',
}: {
	root: string;
	contentDir?: string;
}): Promise<Document[]> {
	const dir = join(root, contentDir);
	let names: string[];
	try {
		names = await readdir(dir);
	} catch {
		throw new Error(
			`errdex: the content folder ${dir} does not exist. Create it and add a Markdown document with an error table.`,
		);
	}
	const markdown = names
		.filter((name) => /\.(?:md|markdown)$/i.test(name) && !name.startsWith('_'))
		.sort();
	if (markdown.length === 0) {
		throw new Error(
			`errdex: no Markdown documents in ${dir}. Add a .md file with an error table (see README: "Adding a document").`,
		);
	}
	return Promise.all(
		markdown.map(async (name) => ({
			file: relative(root, join(dir, name)).split(sep).join(posix.sep),
			text: await readFile(join(dir, name), 'utf8'),
		})),
	);
}

function readSource(document: Document, ids: SlugScope): { source: Source; entries: Entry[] } {
	const { file } = document;
	const doc = parseMarkdown(document.text);
	const { meta, warnings } = doc.frontMatter
		? readFrontMatter(doc.frontMatter.yaml, file, doc.frontMatter.line)
		: { meta: { tables: [] } as FrontMatter, warnings: [] };
	const overrideLine = doc.frontMatter?.line ?? 1;
	const id = ids.claim(sourceSlug(file, meta.slug));
	const resolveUrl = documentUrls(meta.homepage);

	const reports: TableReport[] = [];
	const drafts: DraftEntry[] = [];
	const tableOfDraft: number[] = [];
	const codeColumns = new Map<number, number>();
	let errorTables = 0;
	const usedOverrides = new Set<number>();
	for (const raw of doc.tables) {
		const text: TableText = {
			index: raw.index,
			line: raw.line,
			section: raw.section,
			header: raw.header.cells.map((cell) => readCell(cell.nodes, resolveUrl)),
			rows: raw.rows.map((row) => row.cells.map((cell) => readCell(cell.nodes, resolveUrl))),
			rowLines: raw.rows.map((row) => row.line),
		};
		const overrideIndex = meta.tables.findIndex(
			(o) => o.table === raw.index + 1 || o.line === raw.line,
		);
		if (overrideIndex >= 0) usedOverrides.add(overrideIndex);
		const verdict = classifyTable(text, meta.tables[overrideIndex], file, overrideLine);
		reports.push({
			line: raw.line,
			section: raw.section,
			kind: raw.kind,
			accepted: verdict.accepted,
			reason: verdict.reason,
			columns: verdict.columns,
			rows: raw.rows.length,
		});
		if (!verdict.accepted) continue;
		codeColumns.set(raw.index, verdict.code);
		const made = tableEntries(text, verdict, { source: id, file, errorTable: errorTables++ });
		drafts.push(...made);
		tableOfDraft.push(...made.map(() => raw.index));
	}
	meta.tables.forEach((override, i) => {
		if (!usedOverrides.has(i)) {
			throw new ErrdexError(
				file,
				overrideLine,
				`front matter overrides ${override.table ? `table ${override.table}` : `the table at line ${override.line}`}, but the document has no such table (it has ${doc.tables.length}${doc.tables.length ? `, at lines ${doc.tables.map((t) => t.line).join(', ')}` : ''})`,
			);
		}
	});

	// One scope for the whole source page: code slugs first, so that `#<slug>` is always the
	// first row of a code; then later variants; then headings.
	const scope = pageScope();
	const slugOfCode = new Map<string, string>();
	for (const draft of drafts) {
		if (!slugOfCode.has(draft.code)) slugOfCode.set(draft.code, scope.claim(slugOf(draft.code)));
	}
	const seen = new Map<string, number>();
	const entries: Entry[] = drafts.map((draft) => {
		const slug = slugOfCode.get(draft.code)!;
		const variant = seen.get(draft.code) ?? 0;
		seen.set(draft.code, variant + 1);
		return {
			...draft,
			slug,
			variant,
			anchor: variant === 0 ? slug : scope.claim(`${slug}-${variant + 1}`),
		};
	});

	const title = meta.title ?? doc.title ?? file.split('/').at(-1)!;
	const headings: Heading[] = doc.headings.map((heading) => ({
		...heading,
		id: scope.claim(slugOf(heading.text)),
	}));
	const plan: RenderPlan = {
		tables: doc.tables.map((table) =>
			codeColumns.has(table.index)
				? { codeColumn: codeColumns.get(table.index)!, rows: new Map<number, RowLinks>() }
				: null,
		),
		headingIds: headings.map((heading) => heading.id),
		dropTitle: doc.title !== null,
		resolveUrl,
	};
	entries.forEach((entry, i) => {
		plan.tables[tableOfDraft[i]!]!.rows.set(entry.row, {
			anchor: entry.anchor,
			url: paths.code(id, entry.slug),
			code: entry.code,
		});
	});

	const source: Source = {
		id,
		title,
		...(meta.description !== undefined && { description: meta.description }),
		...(meta.homepage !== undefined && { homepage: meta.homepage }),
		tables: meta.tables,
		file,
		entries: entries.length,
		tablesRead: reports,
		headings: headings.filter((heading) => !(heading.depth === 1 && heading.text === doc.title)),
		warnings,
		html: renderDocument(doc, plan),
	};
	return { source, entries };
}
