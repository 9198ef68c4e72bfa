import { execFile } from 'node:child_process';
import { join, posix, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import type { DocumentVersion } from '../history';
import type { Document } from '../types';

const run = promisify(execFile);

/** How much of git's output errdex reads at once: a document's text can be megabytes. */
const GIT_OUTPUT_BYTES = 512 * 1024 * 1024;

/** Past versions of the documents of a content folder, for `seedHistory`. */
export interface PastVersions {
	/** The documents before the first version: null when the folder had none then. */
	baseline: Document[] | null;
	/** Each commit that changed the folder, oldest first. */
	versions: AsyncIterable<DocumentVersion>;
	/** What the build report says: how many commits, and why no more. */
	note: string;
}

/**
 * The past versions of the documents of `<root>/<contentDir>`, from the last `commits` commits
 * that changed the folder. Git is run as a program with its arguments as a list (no shell, so
 * no path is ever read as a command). A folder that is not in a git checkout, or a checkout
 * without history, has no past versions (null, and why); a shallow clone has the commits it
 * holds. `settingsOf` gives each document the settings its current version has.
 */
export async function pastVersions(
	root: string,
	contentDir: string,
	commits: number,
	settingsOf: (file: string) => Document['settings'],
): Promise<PastVersions | { note: string }> {
	const folder = resolve(root, contentDir);
	const git = async (...args: string[]) =>
		(await run('git', ['-C', folder, ...args], { maxBuffer: GIT_OUTPUT_BYTES, encoding: 'utf8' }))
			.stdout;
	let log: string;
	try {
		log = await git('log', `--max-count=${commits}`, '--format=%H %cI', '--', '.');
	} catch (error) {
		const reason =
			(error as NodeJS.ErrnoException).code === 'ENOENT'
				? 'git is not installed'
				: 'it is not in a git checkout with history';
		return { note: `no past versions of ${contentDir}/: ${reason}` };
	}
	const found = log
		.trim()
		.split('\n')
		.filter(Boolean)
		.map((line) => {
			const [commit, date] = line.split(' ');
			return { commit: commit!, date: new Date(date!).toISOString().replace(/\.\d+Z$/, 'Z') };
		})
		.reverse();
	if (found.length === 0)
		return { note: `no past versions of ${contentDir}/: no commit changed it` };
	const shallow = (await git('rev-parse', '--is-shallow-repository')).trim() === 'true';
	const texts = new Map<string, string>();
	const documentsAt = async (commit: string): Promise<Document[]> => {
		// `-z`: names as they are, however they are spelt; only the folder's own files, as the
		// build reads them.
		const listing = await git('ls-tree', '-z', commit, '--', '.');
		const documents: Document[] = [];
		for (const item of listing.split('\0').filter(Boolean)) {
			const [meta, name] = item.split('\t') as [string, string];
			const [, type, blob] = meta.split(' ');
			if (type !== 'blob' || !/\.(?:md|markdown|mdx)$/i.test(name) || name.startsWith('_'))
				continue;
			let text = texts.get(blob!);
			if (text === undefined) texts.set(blob!, (text = await git('cat-file', 'blob', blob!)));
			const file = relative(root, join(folder, name)).split(sep).join(posix.sep);
			documents.push({ file, text, settings: settingsOf(file) });
		}
		return documents.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
	};
	const oldest = found[0]!;
	let parent: string | null;
	try {
		parent = (await git('rev-parse', '--verify', '--quiet', `${oldest.commit}^`)).trim() || null;
	} catch {
		parent = null;
	}
	// Without the parent of the oldest commit (a shallow clone cut there), that commit is where
	// the history begins: what it holds was there before, as far as anyone can tell.
	const cut = parent === null && shallow;
	const baseline = cut ? await documentsAt(oldest.commit) : parent ? await documentsAt(parent) : [];
	const later = cut ? found.slice(1) : found;
	async function* versions(): AsyncGenerator<DocumentVersion> {
		for (const { commit, date } of later) yield { date, documents: await documentsAt(commit) };
	}
	const reach =
		found.length < commits
			? cut
				? 'all a shallow clone holds'
				: 'every commit that changed it'
			: `the last ${commits} (the \`history.git\` option)`;
	return {
		baseline: baseline.length === 0 ? null : baseline,
		versions: versions(),
		note: `history begun from ${later.length} past ${later.length === 1 ? 'version' : 'versions'} of ${contentDir}/ in git, ${reach}`,
	};
}
