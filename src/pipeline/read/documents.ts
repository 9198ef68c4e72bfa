import { readdir, readFile } from 'node:fs/promises';
import { join, posix, relative, resolve, sep } from 'node:path';
import type { Document } from '../types';

/**
 * Every Markdown document in `<root>/<contentDir>` (`.md`, `.markdown`, `.mdx`; names starting
 * with `_` are left out), with its path from `root`; null when the folder does not exist.
 */
export async function readDocuments({
	root,
	contentDir = 'content',
}: {
	root: string;
	contentDir?: string;
}): Promise<Document[] | null> {
	const dir = resolve(root, contentDir);
	let names: string[];
	try {
		names = await readdir(dir);
	} catch {
		return null;
	}
	const markdown = names
		.filter((name) => /\.(?:md|markdown|mdx)$/i.test(name) && !name.startsWith('_'))
		.sort();
	return Promise.all(
		markdown.map(async (name) => ({
			file: relative(root, join(dir, name)).split(sep).join(posix.sep),
			text: await readFile(join(dir, name), 'utf8'),
		})),
	);
}
