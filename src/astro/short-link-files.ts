import { existsSync } from 'node:fs';
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Routes } from '../core/routes';
import type { Catalog } from '../core/types';
import { redirectPageHtml } from '../outputs/redirect-page';
import { shortLinkViews } from '../views/short-link';

/**
 * Hosts that read a `_redirects` file stop reading it, or reject it, past a number of rules:
 * errdex adds its rules only when the whole file stays within the smallest of them, since a
 * file past it would break the site's own rules too.
 */
export const REDIRECTS_LIMITS = {
	/**
	 * GitLab Pages applies none of the rules of a file with more than 1,000 (Cloudflare Pages
	 * takes 2,000 static ones, Netlify more).
	 */
	rules: 1000,
} as const;

export interface ShortLinkFiles {
	/** Redirect pages written. */
	pages: number;
	/** Rules added to `_redirects`, or why none were. */
	redirects: { added: number } | { skipped: string };
}

/**
 * Short links that lead to one page, written into the built site as files after Astro has
 * rendered it. Astro would render each as a route, with a request, a response and a render
 * apiece; these pages are a few lines of HTML that only send the reader on, one per code.
 * Short links that let the reader choose between pages stay Astro pages (`short-link.astro`).
 *
 * Beside them, the same redirects as `_redirects` rules (Netlify and Cloudflare format): a host
 * that reads the file answers with an HTTP redirect (Cloudflare applies its rules before its
 * files; Netlify serves the file that exists, so the page still does the work there). Rules
 * are added after those the site has, which therefore win.
 */
export async function writeShortLinkFiles(
	catalog: Catalog,
	routes: Routes,
	outDir: string,
	site: URL | undefined,
	siteTitle: string,
): Promise<ShortLinkFiles> {
	const redirects = shortLinkViews(catalog, routes).flatMap((link) =>
		link.redirect ? [{ path: link.path, redirect: link.redirect }] : [],
	);
	const root = resolve(outDir);
	const fileOf = (path: string) => {
		const file = resolve(root, `.${routes.withoutBase(path)}`, 'index.html');
		// Slugs are made safe by the pipeline; a path that still left the output folder is a bug.
		if (relative(root, file).split(sep)[0] === '..')
			throw new Error(`errdex: short link ${path} is outside ${root}`);
		return file;
	};
	// One after another: parallel mkdir in one folder is slower than in order on ext4 (measured).
	for (const { path, redirect } of redirects) {
		const file = fileOf(path);
		await mkdir(dirname(file), { recursive: true });
		await writeFile(file, redirectPageHtml(redirect, site, siteTitle));
	}
	return {
		pages: redirects.length,
		redirects: await addRedirectRules(
			join(root, '_redirects'),
			redirects.map(({ path, redirect }) => `${path} ${redirect.to} 301`),
		),
	};
}

async function addRedirectRules(
	file: string,
	rules: string[],
): Promise<ShortLinkFiles['redirects']> {
	const existing = existsSync(file) ? await readFile(file, 'utf8') : '';
	const present = existing.split('\n').filter((line) => /^\s*[^#\s]/.test(line)).length;
	if (present + rules.length > REDIRECTS_LIMITS.rules)
		return {
			skipped: `${rules.length} short links and ${present} rules of the site's own would pass the ${REDIRECTS_LIMITS.rules} rules some hosts read; the short links' pages redirect instead`,
		};
	if (rules.length === 0) return { added: 0 };
	const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
	await appendFile(file, `${separator}# errdex short links\n${rules.join('\n')}\n`);
	return { added: rules.length };
}
