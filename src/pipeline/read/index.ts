import { posix, relative, resolve, sep } from 'node:path';
import { ErrdexError } from '../../core/errors';
import type { SourceWarning } from '../../core/types';
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
	/** Stop at the first problem, as an error naming its file. */
	strict?: boolean | undefined;
}

export interface ReadResult {
	/** The documents, each with the settings its `sources` entry gives. */
	documents: Document[];
	/**
	 * What is not built, and why: entries of the content folder that are no documents (links out
	 * of it, folders, files that are not text), documents at URLs that could not be fetched this
	 * time. Said in the report, errors under `strict`.
	 */
	problems: SourceWarning[];
}

/**
 * Read stage: the documents of the content folder and those at the URLs the options list, each
 * with its settings attached. A `sources` entry that names no document is the person's mistake,
 * and an error that says which entry and what the folder has.
 */
export async function readSources(options: ReadOptions): Promise<ReadResult> {
	const { root, contentDir, sources } = options;
	const remote = sources.filter((source) => source.url !== undefined);
	const { documents: local, skipped } = await readDocuments({
		root,
		contentDir,
		allowEmpty: remote.length > 0,
	});
	// Documents are named by their path from `root`; settings name them from the content folder.
	const folder = relative(root, resolve(root, contentDir)).split(sep).join(posix.sep);
	const byName = new Map(
		local.map((document) => [posix.relative(folder, document.file), document]),
	);
	const settingsOf = ({ file: _file, url: _url, ...settings }: SourceEntry) => settings;

	const seen = new Set<string>();
	sources.forEach((source, i) => {
		const key = source.file ?? source.url!;
		if (seen.has(key))
			throw new Error(
				`errdex option \`sources[${i}]\`: ${key} is listed twice; keep one entry for it.`,
			);
		seen.add(key);
		if (source.file === undefined) return;
		const document = byName.get(posix.normalize(source.file));
		if (!document) {
			throw new Error(
				`errdex option \`sources[${i}].file\`: there is no ${source.file} in ${contentDir}/ (it has ${[...byName.keys()].join(', ') || 'no documents'}); name a file of that folder, or give \`url\` for a document published elsewhere.`,
			);
		}
		document.settings = settingsOf(source);
	});

	const problems: SourceWarning[] = [...skipped];
	const fetched = await Promise.all(
		remote.map(async (source): Promise<Document[]> => {
			const file = source.url!;
			const result = await fetchDocument(file, options.cacheDir, {
				fetcher: options.fetcher,
				maxBytes: options.maxFetchBytes,
			});
			if (result.problem) problems.push({ file, line: 1, message: result.problem });
			if (result.text === null) return [];
			const document: Document = { file, text: result.text, settings: settingsOf(source) };
			if (result.warnings.length > 0)
				document.warnings = result.warnings.map((warning) => ({ file, ...warning }));
			return [document];
		}),
	);
	const [first] = problems;
	if (options.strict && first) throw new ErrdexError(first.file, first.line, first.message);
	return { documents: [...local, ...fetched.flat()], problems };
}
