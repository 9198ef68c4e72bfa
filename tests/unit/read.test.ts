/**
 * The read stage: which documents the content folder gives, which settings apply to each, and
 * what it warns of when the settings and the folder disagree. Replacing the documents must
 * never stop the build.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSources, type SourceEntry } from '../../src/pipeline/read';

const table = (code: string) =>
	`# Errors\n\n| Code | Message |\n|---|---|\n| ${code} | Something failed. |\n`;

/** A project whose content folder holds `files` (none: no folder at all). */
async function project(files?: Record<string, string>): Promise<string> {
	const root = await mkdtemp(join(tmpdir(), 'errdex-read-'));
	if (files) {
		await mkdir(join(root, 'content'));
		for (const [name, text] of Object.entries(files))
			await writeFile(join(root, 'content', name), text);
	}
	return root;
}

const read = (root: string, sources: SourceEntry[] = []) =>
	readSources({ root, contentDir: 'content', sources, cacheDir: join(root, 'cache') });

describe('settings for a file the content folder does not have', () => {
	it('are a warning that names the setting and the file, and the other documents are read', async () => {
		const root = await project({ 'acme.md': table('A1') });
		const { documents, warnings } = await read(root, [
			{ file: 'acme.md', title: 'Acme' },
			{ file: 'acne.md', title: 'Gone' },
		]);
		expect(documents.map((d) => [d.file, d.settings])).toEqual([
			['content/acme.md', { title: 'Acme' }],
		]);
		expect(warnings).toEqual([
			{
				level: 'warning',
				file: 'content/acne.md',
				line: null,
				text: 'errdex option `sources[1].file`: there is no acne.md in content/ (it has acme.md), so these settings are not used. Name a file of that folder, give `url` for a document published elsewhere, or remove the entry.',
			},
		]);
	});

	it('leave no settings behind on a document of another name', async () => {
		const root = await project({ 'other.md': table('O1') });
		const { documents, warnings } = await read(root, [
			{ file: 'pluralkit.md', homepage: 'https://pluralkit.me/api/errors' },
			{ file: 'ffxiv-companion.md', title: 'Companion API known error codes' },
		]);
		expect(documents).toEqual([{ file: 'content/other.md', text: table('O1') }]);
		expect(warnings.map((w) => [w.file, w.text.split(':')[0]])).toEqual([
			['content/pluralkit.md', 'errdex option `sources[0].file`'],
			['content/ffxiv-companion.md', 'errdex option `sources[1].file`'],
		]);
	});
});

describe('a content folder with nothing to read', () => {
	it('is a warning that says how to add a document, not an error', async () => {
		const { documents, warnings } = await read(await project({ 'notes.txt': 'not Markdown' }));
		expect(documents).toEqual([]);
		expect(warnings).toEqual([
			{
				level: 'warning',
				file: 'content/',
				line: null,
				text: 'errdex: content/ has no Markdown documents yet, so the site has none to show. Copy a Markdown document with an error table into it (see README: "Adding a document").',
			},
		]);
	});

	it('that does not exist is a warning naming the `content` option', async () => {
		const { documents, warnings } = await read(await project());
		expect(documents).toEqual([]);
		expect(warnings.map((w) => w.text)).toEqual([
			'errdex option `content`: the folder content/ does not exist, so the site has no documents yet. Create it and copy a Markdown document with an error table into it (see README: "Adding a document").',
		]);
	});

	it('is nothing to warn of when the documents come from URLs', async () => {
		const root = await project();
		const fetcher = (async () => new Response(table('R1'))) as typeof fetch;
		const { documents, warnings } = await readSources({
			root,
			contentDir: 'content',
			sources: [{ url: 'https://example.com/errors.md' }],
			cacheDir: join(root, 'cache'),
			fetcher,
		});
		expect(documents.map((d) => d.file)).toEqual(['https://example.com/errors.md']);
		expect(warnings).toEqual([]);
	});
});
