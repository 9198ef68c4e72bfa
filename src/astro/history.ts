import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { History } from '../core/history';
import type { Routes } from '../core/routes';
import type { Document } from '../pipeline';
import { historyText, parseHistory, seedHistory } from '../pipeline/history';
import { pastVersions } from '../pipeline/read/git';
import { readHistoryText, type HistoryLocation } from '../pipeline/read/history';
import type { ErrdexOptions } from './options';

/** The history of earlier builds as the build found it. */
export interface LoadedHistory {
	/** Null when there was none: this build begins it. */
	previous: History | null;
	/** Why it could not be read as it should: warnings, errors under `strict`. */
	problems: string[];
	/** What the build report says of it. */
	notes: string[];
}

/** Hosts of a site that is not published anywhere: there is no history to fetch there. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Where the history is read from: the option, else the live site's `errors-history.json` when
 * Astro's `site` is an address other people reach.
 */
export function historyLocation(
	option: ErrdexOptions['history'],
	site: URL | undefined,
	routes: Routes,
): HistoryLocation | null {
	if (option === false) return null;
	if (option?.file !== undefined) return { file: option.file };
	if (option?.url !== undefined) return { url: option.url };
	if (!site || LOCAL_HOSTS.has(site.hostname) || site.hostname.endsWith('.localhost')) return null;
	return { url: new URL(routes.history(), site).href };
}

/**
 * Reads the history the last build wrote. Where there is none and `history.git` allows, begins
 * one from the documents' past versions in git. A history errdex cannot read stops the build
 * (`HistoryFormatError`): building without it would lose every removed code's page.
 */
export async function loadHistory(
	options: ErrdexOptions,
	where: { root: string; cacheDir: string; location: HistoryLocation | null; routes: Routes },
	documents: readonly Document[],
): Promise<LoadedHistory> {
	const { location } = where;
	const problems: string[] = [];
	const notes: string[] = [];
	let previous: History | null = null;
	if (location) {
		const read = await readHistoryText(location, where.root, where.cacheDir);
		if (read.problem) problems.push(read.problem);
		if (read.note) notes.push(read.note);
		if (read.text !== null) {
			previous = parseHistory(read.text, read.where);
			notes.push(`history read from ${read.where}: ${previous.builds.length} builds with changes`);
		}
	}
	const commits = (options.history || undefined)?.git ?? 0;
	if (previous === null && commits > 0) {
		const settings = new Map(documents.map((document) => [document.file, document.settings]));
		const found = await pastVersions(where.root, options.content, commits, (file) =>
			settings.get(file),
		);
		notes.push(found.note);
		if ('versions' in found) {
			// Documents fetched from URLs have no past here: they count as always there.
			const remote = documents.filter((document) => /^https?:/.test(document.file));
			const versions = (async function* () {
				for await (const version of found.versions)
					yield { ...version, documents: [...version.documents, ...remote] };
			})();
			previous = await seedHistory(
				found.baseline && [...found.baseline, ...remote],
				versions,
				where.routes,
			);
		}
	}
	return { previous, problems, notes };
}

/** When this build is, as the history records it: `SOURCE_DATE_EPOCH` when set, for builds that must be reproducible. */
export function buildDate(env: Record<string, string | undefined>, now = new Date()): string {
	const epoch = env['SOURCE_DATE_EPOCH'];
	if (epoch !== undefined && epoch !== '') {
		if (!/^\d+$/.test(epoch))
			throw new Error(
				`SOURCE_DATE_EPOCH is "${epoch}": set it to the build's time in seconds since 1970 (\`date +%s\`), or leave it unset.`,
			);
		now = new Date(Number(epoch) * 1000);
	}
	return now.toISOString().replace(/\.\d+Z$/, 'Z');
}

/** Writes the history to a committed copy (`history: { file }`), whole or not at all. */
export async function writeHistoryFile(
	root: string,
	file: string,
	history: History,
): Promise<void> {
	const path = join(root, file);
	await mkdir(dirname(path), { recursive: true });
	const partial = `${path}.${process.pid}.tmp`;
	await writeFile(partial, historyText(history));
	await rename(partial, path);
}
