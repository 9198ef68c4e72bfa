/**
 * Builds that follow edits (`astro dev`) keep what each document gave: an unchanged document is
 * not read again, and the catalog is the one a fresh build makes.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, type Document, type DocumentCache } from '../../src/pipeline';
import { routes } from './helpers';

const table = (codes: string[]) =>
	`# Errors\n\n| Code | Message |\n|---|---|\n${codes.map((code) => `| ${code} | ${code} failed; see E1. |`).join('\n')}\n`;
const acme: Document = { file: 'content/acme.md', text: table(['E1', 'E2']) };
const beta: Document = { file: 'content/beta.md', text: table(['E1', 'E3']) };

describe('a build with a document cache', () => {
	it('reuses an unchanged document and reads an edited one, as a fresh build would', () => {
		const cache: DocumentCache = new Map();
		const first = buildCatalog([acme, beta], routes, { cache });
		const edited = { ...beta, text: table(['E1', 'E3', 'E4']) };
		const second = buildCatalog([acme, edited], routes, { cache });
		expect(second.sources[0]).toBe(first.sources[0]);
		expect(second.sources[1]).not.toBe(first.sources[1]);
		expect(second).toEqual(buildCatalog([acme, edited], routes));
	});

	it('hands on only the documents it read, for the runtime to reclaim their trees', () => {
		const cache: DocumentCache = new Map();
		const read: string[] = [];
		const afterDocument = (document: Document) => read.push(document.file);
		buildCatalog([acme, beta], routes, { cache, afterDocument });
		buildCatalog([acme, { ...beta, text: table(['E9']) }], routes, { cache, afterDocument });
		expect(read).toEqual(['content/acme.md', 'content/beta.md', 'content/beta.md']);
	});

	it('reads a document again when the settings given to it change', () => {
		const cache: DocumentCache = new Map();
		const first = buildCatalog([acme], routes, { cache });
		const titled = { ...acme, settings: { title: 'Acme API' } };
		const second = buildCatalog([titled], routes, { cache });
		expect(second.sources[0]).not.toBe(first.sources[0]);
		expect(second.sources[0]!.title).toBe('Acme API');
	});

	it('gives a document the id another one freed, though its text is unchanged', () => {
		const cache: DocumentCache = new Map();
		const same = { file: 'content/z/acme.md', text: beta.text };
		expect(buildCatalog([acme, same], routes, { cache }).sources.map((s) => s.id)).toEqual([
			'acme',
			'acme-2',
		]);
		const alone = buildCatalog([same], routes, { cache });
		expect(alone.sources.map((s) => s.id)).toEqual(['acme']);
		expect(alone).toEqual(buildCatalog([same], routes));
		expect(cache.has(acme.file)).toBe(false);
	});
});
