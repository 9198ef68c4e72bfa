import { posix, relative, resolve, sep } from 'node:path';
import type { ReportRecord } from '../../core/types';
import type { Document } from '../types';
import { readDocuments } from './documents';
import { fetchDocument } from './remote';
import type { SourceSettingsInput } from './settings';

/** One document's settings as errdex's options give them: in the content folder, or at a URL. */
export type SourceEntry = SourceSettingsInput & {
	file?: string | undefined;
	url?: string | undefined;
};

export interface ReadOptions {
	/** The project's folder. */
	root: string;
	/** The folder of documents, relative to `root`. */
	contentDir: string;
	sources: readonly SourceEntry[];
	/** Where documents fetched from URLs are kept between builds. */
	cacheDir: string;
	fetcher?: typeof fetch;
	/** The most of a document at a URL that is read (`maxFetchBytes`). */
	maxFetchBytes?: number | undefined;
}

export interface ReadResult {
	/** The documents, each with the settings its `sources` entry gives. */
	documents: Document[];
	/**
	 * What the read stage could not use, as warnings of the build report (errors under
	 * `strict`): settings for a file the content folder does not have, a content folder with
	 * nothing to read, entries of it that are no documents (links out of it, folders, files that
	 * are not text), documents at URLs that could not be fetched this time.
	 */
	warnings: ReportRecord[];
}

/**
 * Read stage: the documents of the content folder and those at the URLs the options list, each
 * with its settings attached.
 *
 * Settings for a file that is not in the content folder are a warning, not an error: a person
 * who replaces the documents should get a site, and a report that says which settings no longer
 * apply, rather than a build that stops on documents that are gone.
 */
export async function readSources(options: ReadOptions): Promise<ReadResult> {
	const { root, contentDir, sources } = options;
	const warnings: ReportRecord[] = [];
	const warn = (file: string, text: string) =>
		warnings.push({ level: 'warning', file, line: null, text });
	const remote = sources.filter((source) => source.url !== undefined);
	// Documents are named by their path from `root`; settings name them from the content folder.
	const folder = relative(root, resolve(root, contentDir)).split(sep).join(posix.sep) || '.';
	const folderRead = await readDocuments({ root, contentDir });
	const local = folderRead?.documents ?? null;
	if (folderRead) for (const skipped of folderRead.skipped) warnings.push(skipped);
	if (local === null && remote.length === 0)
		warn(
			`${folder}/`,
			`errdex option \`content\`: the folder ${folder}/ does not exist, so the site has no documents yet. Create it and copy a Markdown document with an error table into it (see README: "Adding a document").`,
		);
	else if (local?.length === 0 && remote.length === 0)
		warn(
			`${folder}/`,
			`errdex: ${folder}/ has no Markdown documents yet, so the site has none to show. Copy a Markdown document with an error table into it (see README: "Adding a document").`,
		);
	const byName = new Map(
		(local ?? []).map((document) => [posix.relative(folder, document.file), document]),
	);
	const settingsOf = ({ file: _file, url: _url, ...settings }: SourceEntry) => settings;

	sources.forEach((source, i) => {
		if (source.file === undefined) return;
		const document = byName.get(posix.normalize(source.file));
		if (document) document.settings = settingsOf(source);
		else
			warn(
				posix.join(folder, source.file),
				`errdex option \`sources[${i}].file\`: there is no ${source.file} in ${folder}/ (it has ${[...byName.keys()].join(', ') || 'no documents'}), so these settings are not used. Name a file of that folder, give \`url\` for a document published elsewhere, or remove the entry.`,
			);
	});

	const fetched = await Promise.all(
		remote.map(async (source): Promise<Document[]> => {
			const file = source.url!;
			const result = await fetchDocument(file, options.cacheDir, {
				fetcher: options.fetcher,
				maxBytes: options.maxFetchBytes,
			});
			if (result.problem) warn(file, `${file}: ${result.problem}`);
			if (result.text === null) return [];
			const document: Document = { file, text: result.text, settings: settingsOf(source) };
			if (result.warnings.length > 0)
				document.warnings = result.warnings.map((warning) => ({ file, ...warning }));
			return [document];
		}),
	);
	return { documents: [...(local ?? []), ...fetched.flat()], warnings };
}
