import type { AstroIntegration } from 'astro';
import type { Element, Root } from 'xast';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromXml } from 'xast-util-from-xml';
import { toXml } from 'xast-util-to-xml';
import type { Routes } from '../core/routes';
import { gonePaths, historyIndex } from '../outputs/history';
import { readCatalog } from './store';

/** Sitemap files as `@astrojs/sitemap` names them; the index only lists them. */
const SITEMAP = /^sitemap-\d+\.xml$/;

/**
 * Takes pages out of the sitemaps the site wrote: the pages of removed and renamed codes are
 * for links people already have, not for search engines. `@astrojs/sitemap` lists every page
 * Astro rendered and only a site's own configuration filters it, so errdex edits the files it
 * wrote, after it. Returns how many pages were taken out.
 */
export async function pruneSitemaps(outDir: string, paths: ReadonlySet<string>): Promise<number> {
	if (paths.size === 0) return 0;
	let removed = 0;
	for (const name of (await readdir(outDir)).filter((file) => SITEMAP.test(file))) {
		const file = join(outDir, name);
		const tree = fromXml(await readFile(file, 'utf8'));
		const urlset = tree.children.find(
			(node): node is Element => node.type === 'element' && node.name === 'urlset',
		);
		if (!urlset) continue;
		const before = urlset.children.length;
		urlset.children = urlset.children.filter((node) => {
			if (node.type !== 'element' || node.name !== 'url') return true;
			const loc = node.children.find(
				(child): child is Element => child.type === 'element' && child.name === 'loc',
			);
			const text = loc?.children.map((child) => ('value' in child ? child.value : '')).join('');
			if (!text) return true;
			const kept = !paths.has(new URL(text.trim()).pathname);
			if (!kept) removed++;
			return kept;
		});
		if (urlset.children.length !== before) await writeFile(file, toXml(tree as Root));
	}
	return removed;
}

/**
 * The integration that prunes the sitemaps: errdex adds it last, so that its hook runs after
 * the sitemap's. `routes` are those of a build (none for other commands).
 */
export function sitemapPruner(routes: () => Routes | undefined): AstroIntegration {
	return {
		name: 'errdex:sitemap',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const based = routes();
				if (!based) return;
				const gone = gonePaths(historyIndex(readCatalog().history, based), based);
				const pruned = await pruneSitemaps(fileURLToPath(dir), gone);
				if (pruned > 0)
					logger.info(`${pruned} pages of removed or renamed codes kept out of the sitemap`);
			},
		},
	};
}
