import { readdir, readFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import type { Document } from '../types';

/**
 * Read stage: every Markdown document (`.md`, `.markdown`, `.mdx`) in `<root>/<contentDir>`, with
 * its path from `root`.
 */
export async function readDocuments({
	root,
	contentDir = 'content',
}: {
	root: string;
	contentDir?: string;
}): Promise<Document[]> {
	const dir = join(root, contentDir);
	let names: string[];
	try {
		names = await readdir(dir);
	} catch {
		throw new Error(
			`errdex: the content folder ${dir} does not exist. Create it and add a Markdown document with an error table.`,
		);
	}
	const markdown = names
		.filter((name) => /\.(?:md|markdown|mdx)$/i.test(name) && !name.startsWith('_'))
		.sort();
	if (markdown.length === 0) {
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
