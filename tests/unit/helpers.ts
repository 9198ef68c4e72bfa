/**
 * The pipeline as the site runs it, with the site's default routes (no `base`), for tests that
 * build catalogs from documents.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sources as siteSources } from '../../astro.config.mjs';
import { createRoutes } from '../../src/core/routes';
import { ENGLISH } from '../../src/i18n/dictionaries';
import { createTranslate } from '../../src/i18n/translate';
import type { Catalog } from '../../src/core/types';
import { buildCatalog as build, type Document } from '../../src/pipeline';
import { linkCodePages } from '../../src/pipeline/link';
import { readSources } from '../../src/pipeline/read';

export const routes = createRoutes();

/** errdex's strings in English, as the site of this repository shows them. */
export const t = createTranslate('en', ENGLISH);

/** A Markdown table of codes and messages, one row per pair. */
export const codeTable = (rows: string[][]) =>
	`| Code | Message |\n|---|---|\n${rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}\n`;

export function buildCatalog(documents: readonly Document[]): Catalog {
	return build(documents, routes);
}

/** The catalog of one invented document of `tests/fixtures/`, built on its own. */
export function buildFixture(name: string): Catalog {
	const text = readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
	return buildCatalog([{ file: `tests/fixtures/${name}`, text }]);
}

/**
 * Reads and builds every document of `<root>/<contentDir>` as the site does: `content/` with
 * the settings the site's configuration gives its documents.
 */
export async function loadCatalog({
	root,
	contentDir = 'content',
}: {
	root: string;
	contentDir?: string;
}): Promise<Catalog> {
	const { documents } = await readSources({
		root,
		contentDir,
		sources: contentDir === 'content' ? (siteSources ?? []) : [],
		cacheDir: join(tmpdir(), 'errdex-test-cache'),
	});
	return buildCatalog(documents);
}

/**
 * A catalog whose codes are given other names, by `<source>/<code>`, as the entries stage gives
 * them (`Entry.aliases`), with the code pages linked again: for the outputs that read aliases,
 * tested apart from how documents come to give them.
 */
export function withAliases(catalog: Catalog, aliases: Record<string, string[]>): Catalog {
	for (const entry of catalog.entries) {
		const names = aliases[`${entry.source}/${entry.code}`];
		if (names) entry.aliases = names;
	}
	return { ...catalog, ...linkCodePages(catalog.entries) };
}
