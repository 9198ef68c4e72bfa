import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, routes, t } from './helpers';
import { codePageHead, jsonLdOf, previewOf, serializeJsonLd } from '../../src/outputs/preview';
import type { Catalog, CodePage } from '../../src/core/types';

const root = fileURLToPath(new URL('../..', import.meta.url));
let catalog: Catalog;
beforeAll(async () => {
	catalog = await loadCatalog({ root });
});
const page = (url: string): CodePage =>
	catalog.pages.find((p) => `/${p.source}/${p.slug}/` === url)!;
const site = new URL('https://errdex.example/');

describe('link previews', () => {
	it('name the code, its source, status and message', () => {
		const preview = previewOf(page('/pluralkit/20003/'), 'Errors and Status Codes', t);
		expect(preview.title).toBe("20003: Member '{memberRef}' not found. — Errors and Status Codes");
		expect(preview.description).toBe(
			"20003 in Errors and Status Codes (HTTP 404 Not Found): Member '{memberRef}' not found.",
		);
	});

	it('say how many meanings a repeated code has, and give each', () => {
		const preview = previewOf(page('/pluralkit/0/'), 'Errors and Status Codes', t);
		expect(preview.title).toBe(
			'0: Internal server error, try again later (and 2 more) — Errors and Status Codes',
		);
		expect(preview.description).toContain('has 3 meanings');
		expect(preview.description).toContain('HTTP 401: Missing or invalid Authorization header');
	});

	it('describe the entry as a schema.org term with absolute links', () => {
		const code = page('/pluralkit/20003/');
		const ld = jsonLdOf(
			code,
			{ id: 'pluralkit', title: 'Errors and Status Codes' },
			previewOf(code, 'Errors and Status Codes', t),
			site,
			routes,
		);
		expect(ld).toMatchObject({
			'@type': 'DefinedTerm',
			name: '20003',
			url: 'https://errdex.example/pluralkit/20003/',
			inDefinedTermSet: { '@type': 'DefinedTermSet', url: 'https://errdex.example/pluralkit/' },
		});
	});

	it('cannot be broken out of by a message that holds markup', () => {
		const json = serializeJsonLd({
			description: '</script><script>alert(1)</script> <!-- & \u2028',
		});
		expect(json).not.toMatch(/[<>&\u2028]/);
		expect(JSON.parse(json)).toEqual({
			description: '</script><script>alert(1)</script> <!-- & \u2028',
		});
	});

	it('add a card without an image, and a title with the site name', () => {
		const code = page('/pluralkit/20003/');
		const preview = previewOf(code, 'Errors and Status Codes', t);
		const head = codePageHead(
			code,
			{ id: 'pluralkit', title: 'Errors and Status Codes' },
			preview,
			site,
			'errdex',
			routes,
		);
		expect(head).toContainEqual({ tag: 'title', content: `${preview.title} | errdex` });
		expect(head).toContainEqual({
			tag: 'meta',
			attrs: { name: 'twitter:card', content: 'summary' },
		});
	});
});
