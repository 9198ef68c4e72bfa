import { existsSync } from 'node:fs';
import { appendFile, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Routes } from '../core/routes';
import type { Catalog } from '../core/types';
import type { Translate } from '../i18n/translate';
import type { HistoryIndex } from '../outputs/history';
import { redirectPageHtml, type Redirect } from '../outputs/redirect-page';
import { redirectOf, shortLinkViews } from '../views/short-link';

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

/** What `addRedirectRules` did: rules added, or why none were. */
export type RedirectRules = { added: number } | { skipped: string };

/** A short link that leads to one page, and the page that sends the reader there. */
export interface ShortLinkRedirect {
	path: string;
	redirect: Redirect;
}

/**
 * Short links that lead to one page are written into the built site as files rather than
 * rendered by Astro, which would give each a request, a response and a render: they are a few
 * lines of HTML, one per code. Short links that let the reader choose between pages stay Astro
 * pages (`short-link.astro`).
 */
export function shortLinkRedirects(
	catalog: Catalog,
	routes: Routes,
	t: Translate,
	history?: HistoryIndex,
): ShortLinkRedirect[] {
	return shortLinkViews(catalog, routes, history).flatMap((link) => {
		const redirect = redirectOf(link, t);
		return redirect ? [{ path: link.path, redirect }] : [];
	});
}

/**
 * How the redirect pages reach the disk: in batches, on a thread of their own, so that the
 * main thread, which renders every other page, only makes their HTML. At 100,000 codes,
 * writing them on the main thread took 30 s of its time (measured with `node --cpu-prof`).
 */
export const REDIRECT_WRITES = {
	/** Pages per message to the writing thread: few messages, each a few hundred KB. */
	batch: 200,
	/** Batches sent and not yet written; past it the main thread waits, so memory stays flat. */
	inFlight: 4,
} as const;

/** The writing thread: CommonJS source, since an `eval` worker loads no module file. */
const WRITER = `
const { parentPort } = require('node:worker_threads');
const { mkdirSync, writeFileSync } = require('node:fs');
const { dirname } = require('node:path');
parentPort.on('message', (files) => {
	for (const [file, text] of files) {
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, text);
	}
	parentPort.postMessage(files.length);
});
`;

/** Writes the redirect pages into the output folder; paths there carry no `base`. */
export async function writeRedirectPages(
	redirects: readonly ShortLinkRedirect[],
	routes: Routes,
	outDir: string,
	site: URL | undefined,
	siteTitle: string,
	t: Translate,
): Promise<void> {
	if (redirects.length === 0) return;
	const root = resolve(outDir);
	const fileOf = (path: string) => {
		const file = resolve(root, `.${routes.withoutBase(path)}`, 'index.html');
		// Slugs are made safe by the pipeline; a path that still left the output folder is a bug.
		if (relative(root, file).split(sep)[0] === '..')
			throw new Error(`errdex: short link ${path} is outside ${root}`);
		return file;
	};
	const worker = new Worker(WRITER, { eval: true });
	let failed: unknown;
	let inFlight = 0;
	let wake = () => {};
	worker.on('message', () => {
		inFlight--;
		wake();
	});
	worker.on('error', (error) => {
		failed = error;
		wake();
	});
	const settled = () => new Promise<void>((resolve) => (wake = resolve));
	try {
		for (let start = 0; start < redirects.length; start += REDIRECT_WRITES.batch) {
			while (inFlight >= REDIRECT_WRITES.inFlight && !failed) await settled();
			if (failed) throw failed;
			const batch = redirects
				.slice(start, start + REDIRECT_WRITES.batch)
				.map(({ path, redirect }) => [
					fileOf(path),
					redirectPageHtml(redirect, site, siteTitle, t),
				]);
			worker.postMessage(batch);
			inFlight++;
		}
		while (inFlight > 0 && !failed) await settled();
		if (failed) throw failed;
	} finally {
		await worker.terminate();
	}
}

/** The rules of some redirects, or only how many there are when they could never all be added. */
export interface RuleSet {
	count: number;
	rules: string[] | null;
}

/** Made before the pages are written, so that the redirects need not be kept until then. */
export function redirectRules(
	redirects: readonly { path: string; redirect: Pick<Redirect, 'to'> }[],
): RuleSet {
	return {
		count: redirects.length,
		rules:
			redirects.length > REDIRECTS_LIMITS.rules
				? null
				: redirects.map(({ path, redirect }) => `${path} ${redirect.to} 301`),
	};
}

/** The rules that send a renamed code's old address on to the new one, made as short links' are. */
export function renameRules(history: HistoryIndex, routes: Routes): RuleSet {
	return redirectRules(
		history.gone.flatMap(({ source, page, renamedTo }) =>
			renamedTo === null
				? []
				: [{ path: routes.code(source.id, page.slug), redirect: { to: renamedTo } }],
		),
	);
}

/**
 * The same redirects as `_redirects` rules (Netlify and Cloudflare format): a host that reads
 * the file answers with an HTTP redirect (Cloudflare applies its rules before its files;
 * Netlify serves the file that exists, so the page still does the work there). Rules are added
 * after those the site has, which therefore win.
 */
export async function addRedirectRules(
	outDir: string,
	rules: RuleSet,
	heading = 'errdex short links',
): Promise<RedirectRules> {
	const file = join(outDir, '_redirects');
	const existing = existsSync(file) ? await readFile(file, 'utf8') : '';
	const present = existing.split('\n').filter((line) => /^\s*[^#\s]/.test(line)).length;
	if (rules.rules === null || present + rules.count > REDIRECTS_LIMITS.rules)
		return {
			skipped: `${rules.count} short links and ${present} rules of the site's own would pass the ${REDIRECTS_LIMITS.rules} rules some hosts read; the short links' pages redirect instead`,
		};
	if (rules.count === 0) return { added: 0 };
	const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
	await appendFile(file, `${separator}# ${heading}\n${rules.rules.join('\n')}\n`);
	return { added: rules.count };
}
