/**
 * The read stage on what a content folder can hold besides documents (issue 19): links out of
 * it, dangling links, link loops, folders named `.md`, files that are not text, UTF-16 with a
 * byte-order mark, bytes that are not UTF-8. Written by tests/fixtures/pathological.ts into a
 * temporary folder, as links and binary files are not committed.
 */
import { mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/core/types';
import { readSources, type ReadResult } from '../../src/pipeline/read';
import { writePathological } from '../fixtures/pathological';
import { buildCatalog as build } from '../../src/pipeline';
import { buildCatalog, routes } from './helpers';

const SMALL = new Set([
	'png-renamed.md',
	'utf16-le.md',
	'utf16-be.md',
	'invalid-utf8.md',
	'nested-divs.md',
]);

let root: string;
let read: ReadResult;
let catalog: Catalog;
beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'errdex-folder-'));
	await writePathological(join(root, 'content'), { which: (item) => SMALL.has(item.name) });
	// A link that stays in the folder is a document like any other.
	await symlink('nested-divs.md', join(root, 'content', 'alias-of-divs.md'));
	read = await readSources({
		root,
		contentDir: 'content',
		sources: [],
		cacheDir: join(root, 'cache'),
	});
	catalog = buildCatalog(read.documents);
});

const problemOf = (name: string) =>
	read.warnings
		.find((warning) => warning.file === `content/${name}`)
		?.text.replace(`content/${name}: `, '');

describe('what is not a document is skipped with a warning naming it', () => {
	it('the documents read are the files of the folder and the links that stay in it', () => {
		expect(read.documents.map((d) => d.file)).toEqual([
			'content/alias-of-divs.md',
			'content/invalid-utf8.md',
			'content/nested-divs.md',
			'content/utf16-be.md',
			'content/utf16-le.md',
		]);
	});

	it('a link out of the folder, to a file or to a folder, is not read or published', () => {
		expect(problemOf('passwd.md')).toBe(
			'skipped: it is a link to /etc/passwd, outside the content folder',
		);
		expect(problemOf('outside-folder.md')).toBe(
			`skipped: it is a link to ${root}, outside the content folder`,
		);
		expect(catalog.sources.map((s) => s.id)).not.toContain('passwd');
		expect(JSON.stringify(catalog)).not.toContain('root:x:0:0');
	});

	it('a dangling link, a link loop, an editor lock file, a folder named .md, a PNG', () => {
		expect(problemOf('dangling.md')).toBe(
			'skipped: it is a link to nothing (its target does not exist)',
		);
		expect(problemOf('loop.md')).toBe('skipped: it is a link that leads back to itself');
		expect(problemOf('.#emacs-lock.md')).toBe(
			'skipped: it is a link to nothing (its target does not exist)',
		);
		expect(problemOf('folder.md')).toBe('skipped: it is a folder');
		expect(problemOf('png-renamed.md')).toBe('skipped: it is a PNG image, not text');
		// Warnings of the build report, about a whole file (errors under `strict`).
		for (const warning of read.warnings)
			expect(warning).toMatchObject({ level: 'warning', line: null });
		expect(read.warnings.map((warning) => warning.text)).toContain(
			'content/.#emacs-lock.md: skipped: it is a link to nothing (its target does not exist)',
		);
		expect(read.warnings).toHaveLength(7);
	});
});

describe('encodings', () => {
	it('UTF-16 LE and BE with a byte-order mark are read as the text they hold', () => {
		for (const [order, code] of [
			['le', 'AFTER_UTF16_LE'],
			['be', 'AFTER_UTF16_BE'],
		]) {
			const source = catalog.sources.find((s) => s.file === `content/utf16-${order}.md`)!;
			expect(source.title).toBe(`UTF-16 ${order!.toUpperCase()}`);
			expect(source.warnings).toEqual([]);
			expect(catalog.entries.filter((e) => e.source === source.id).map((e) => e.code)).toEqual([
				code,
			]);
		}
	});

	it('bytes that are not UTF-8: a warning at their line, shown as �, and strict stops', () => {
		const source = catalog.sources.find((s) => s.file === 'content/invalid-utf8.md')!;
		expect(source.warnings).toEqual([
			{
				file: 'content/invalid-utf8.md',
				line: 7,
				message: 'bytes that are not UTF-8 are shown as �; save the document as UTF-8',
			},
		]);
		expect(catalog.entries.filter((e) => e.source === source.id).map((e) => e.code)).toEqual([
			'GOOD_CODE',
			'OTHER_CODE',
			'BAD_��_CODE',
		]);
		const document = read.documents.find((d) => d.file === 'content/invalid-utf8.md')!;
		expect(() => build([document], routes, { strict: true })).toThrow(
			/^content\/invalid-utf8\.md:7: bytes that are not UTF-8/,
		);
	});
});
