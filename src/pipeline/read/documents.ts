import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, posix, relative, resolve, sep } from 'node:path';
import type { ReportRecord } from '../../core/types';
import type { Document } from '../types';
import { decodeDocument } from './decode';

/** The documents of the content folder, and the entries named like documents that are not. */
export interface FolderDocuments {
	documents: Document[];
	/** Entries skipped, each with why: warnings of the build report, errors under `strict`. */
	skipped: ReportRecord[];
}

/**
 * Every Markdown document in `<root>/<contentDir>` (`.md`, `.markdown`, `.mdx`; names starting
 * with `_` are left out), with its path from `root`; null when the folder does not exist.
 *
 * Only files that are in the folder once links are followed are read: a link to `/etc/passwd`
 * or to a file beside the folder must not be published, and a dangling link, a link loop, a
 * folder named like a document or a file that is not text is skipped with a warning.
 */
export async function readDocuments({
	root,
	contentDir = 'content',
}: {
	root: string;
	contentDir?: string;
}): Promise<FolderDocuments | null> {
	const dir = resolve(root, contentDir);
	let names: string[];
	let real: string;
	try {
		names = await readdir(dir);
		real = await realpath(dir);
	} catch {
		return null;
	}
	const markdown = names
		.filter((name) => /\.(?:md|markdown|mdx)$/i.test(name) && !name.startsWith('_'))
		.sort();
	const read = await Promise.all(
		markdown.map(async (name) => {
			const file = relative(root, join(dir, name)).split(sep).join(posix.sep);
			const found = await readEntry(join(dir, name), real);
			if ('skipped' in found) {
				const text = `${file}: skipped: ${found.skipped}`;
				return { skipped: { level: 'warning', file, line: null, text } satisfies ReportRecord };
			}
			const document: Document = { file, text: found.text };
			if (found.problems.length > 0)
				document.warnings = found.problems.map((problem) => ({ file, ...problem }));
			return { document };
		}),
	);
	return {
		documents: read.flatMap((r) => ('document' in r ? [r.document] : [])),
		skipped: read.flatMap((r) => ('skipped' in r ? [r.skipped] : [])),
	};
}

/** One entry of the folder as a document's text, or why it is none. */
async function readEntry(
	path: string,
	folder: string,
): Promise<{ text: string; problems: { line: number; message: string }[] } | { skipped: string }> {
	let target: string;
	try {
		target = await realpath(path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT')
			return { skipped: 'it is a link to nothing (its target does not exist)' };
		if (code === 'ELOOP') return { skipped: 'it is a link that leads back to itself' };
		return { skipped: `it cannot be read (${code ?? String(error)})` };
	}
	if (!target.startsWith(`${folder}${sep}`))
		return { skipped: `it is a link to ${target}, outside the content folder` };
	const kind = await stat(target);
	if (!kind.isFile()) return { skipped: `it is ${kind.isDirectory() ? 'a folder' : 'not a file'}` };
	let bytes: Uint8Array;
	try {
		bytes = await readFile(target);
	} catch (error) {
		return {
			skipped: `it cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
		};
	}
	const decoded = decodeDocument(bytes);
	return 'notText' in decoded ? { skipped: decoded.notText } : decoded;
}
