import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fetchDocument } from './remote';

/** Where the history of earlier builds is read from: the live site, or a committed copy. */
export type HistoryLocation = { url: string } | { file: string };

export interface HistoryText {
	/** The history's text; null when there is none to read. */
	text: string | null;
	/** The URL or file, to name in messages. */
	where: string;
	/**
	 * Why the history could not be read, or was read from the copy fetched before: a warning,
	 * and an error under `strict`. Null when it was read, or when there is none yet.
	 */
	problem: string | null;
	/** What the build report says when there is no history yet (`problem` is null then). */
	note: string | null;
}

/**
 * Reads the history an earlier build wrote. From a URL, with the same cache and rule as a
 * document at a URL (`remote.ts`): revalidated with ETag and Last-Modified, the copy fetched
 * before used when the site cannot be reached. A site that answers 404, or a file that does not
 * exist, has none yet: the build begins one, and says so.
 */
export async function readHistoryText(
	location: HistoryLocation,
	root: string,
	cacheDir: string,
	fetcher: typeof fetch = fetch,
): Promise<HistoryText> {
	if ('file' in location) {
		const where = location.file;
		try {
			return { text: await readFile(join(root, where), 'utf8'), where, problem: null, note: null };
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT')
				return {
					text: null,
					where,
					problem: null,
					note: `no history in ${where} yet: this build begins one and writes it there`,
				};
			return {
				text: null,
				where,
				problem: `${where} could not be read (${String(error)})`,
				note: null,
			};
		}
	}
	const where = location.url;
	let status: number | null = null;
	const watched: typeof fetch = async (input, init) => {
		const response = await fetcher(input, init);
		status = response.status;
		return response;
	};
	// The site's own history is as long as its catalog (230 bytes a code): read whole.
	const fetched = await fetchDocument(where, join(cacheDir, 'history'), {
		fetcher: watched,
		maxBytes: Number.POSITIVE_INFINITY,
	});
	if (fetched.text === null && (status === 404 || status === 410))
		return {
			text: null,
			where,
			problem: null,
			note: `no history published at ${where} yet (HTTP ${status}): this build begins one`,
		};
	return {
		text: fetched.text,
		where,
		problem: fetched.problem && `the history at ${where}: ${fetched.problem}`,
		note: null,
	};
}
