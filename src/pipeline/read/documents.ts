import { readdir, readFile } from 'node:fs/promises';
import { join, posix, relative, resolve, sep } from 'node:path';
import type { Document } from '../types';

/**
 * Every Markdown document in `<root>/<contentDir>` (`.md`, `.markdown`, `.mdx`; names starting
 * with `_` are left out), with its path from `root`. An empty folder is an error unless the site
 * has documents from elsewhere (`allowEmpty`).
 */
export async function readDocuments({
	root,
	contentDir = 'content',
	allowEmpty = false,
}: {
	root: string;
	contentDir?: string;
	allowEmpty?: boolean;
}): Promise<Document[]> {
	const dir = resolve(root, contentDir);
	let names: string[];
	try {
		names = await readdir(dir);
	} catch {
		if (allowEmpty) return [];
		throw new Error(
			`errdex: the content folder ${dir} does not exist. Create it and add a Markdown document with an error table.`,
		);
	}
	const markdown = names
		.filter((name) => /\.(?:md|markdown|mdx)$/i.test(name) && !name.startsWith('_'))
		.sort();
	if (markdown.length === 0 && !allowEmpty) {
		throw new Error(
			`errdex: no Markdown documents in ${dir}. Add a .md file with an error table (see README: "Adding a document").`,
		);
	}
	return Promise.all(
		markdown.map(async (name) => ({
			file: relative(root, join(dir, name)).split(sep).join(posix.sep),
			text: await readFile(join(dir, name), 'utf8'),
		})),
	);
}
