/**
 * Every word errdex puts on a page goes through its translations: no page or component writes
 * English (or any text) of its own, and browser code asks only for the strings it is sent.
 * Templates are read with Astro's own parser, their code with TypeScript's.
 */
import { parse } from '@astrojs/compiler';
import type { Node, ParentNode } from '@astrojs/compiler/types';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { BROWSER_KEYS } from '../../src/i18n/dictionaries';

const root = fileURLToPath(new URL('../..', import.meta.url));

const filesIn = (folder: string, extension: string) =>
	readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith(extension))
		.map((name) => join(root, folder, name));

/** Attributes a reader sees or hears: their values are text, as a page's words are. */
const TEXT_ATTRIBUTES = new Set([
	'aria-label',
	'aria-description',
	'title',
	'placeholder',
	'alt',
	'label',
	'description',
]);

/** A word: two letters or more (a lone `K` on a key cap is a key, not English). */
const WORD = /\p{L}{2,}/u;

/**
 * Strings in code that are not words on a page: translation keys (errdex's and Starlight's),
 * identifiers and class names, and what a response header holds.
 */
const NOT_TEXT = [
	/^[a-z]\w*(?:\.\w+)+$/,
	/^[-a-z0-9_:/.#]*$/,
	/^Content-Type$/,
	/^[a-z]+\/[a-z+.-]+$/,
	/^text\/html; charset=utf-8$/,
];

/** The string literals of some TypeScript: the frontmatter, or the code of an expression. */
function literalsOf(code: string): string[] {
	const source = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
	const found: string[] = [];
	const visit = (node: ts.Node) => {
		if (ts.isImportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
		if (
			ts.isStringLiteral(node) ||
			ts.isNoSubstitutionTemplateLiteral(node) ||
			ts.isTemplateHead(node) ||
			ts.isTemplateMiddle(node) ||
			ts.isTemplateTail(node)
		)
			found.push(node.text);
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found;
}

/** What a template writes of its own: its text, text attributes, and strings in its code. */
async function ownText(file: string): Promise<string[]> {
	const { ast } = await parse(readFileSync(file, 'utf8'));
	const found: string[] = [];
	const visit = (node: Node, inExpression: boolean) => {
		if (node.type === 'frontmatter') found.push(...literalsOf(node.value));
		else if (node.type === 'text') {
			if (!inExpression) found.push(node.value);
		} else if (node.type === 'element' && (node.name === 'script' || node.name === 'style')) {
			return;
		}
		if ('attributes' in node)
			for (const attribute of node.attributes) {
				if (attribute.kind === 'quoted' && TEXT_ATTRIBUTES.has(attribute.name))
					found.push(attribute.value);
				if (attribute.kind === 'expression' && TEXT_ATTRIBUTES.has(attribute.name))
					found.push(...literalsOf(attribute.value));
			}
		if (node.type === 'expression') {
			// The expression's code is its text children, with its elements left out.
			const code = node.children
				.map((child) => (child.type === 'text' ? child.value : 'null'))
				.join('');
			found.push(...literalsOf(code));
		}
		if ('children' in node)
			for (const child of (node as ParentNode).children) visit(child, node.type === 'expression');
	};
	visit(ast, false);
	return found.filter(
		(text) => WORD.test(text) && !NOT_TEXT.some((pattern) => pattern.test(text.trim())),
	);
}

describe('pages and components', () => {
	const templates = [...filesIn('src/routes', '.astro'), ...filesIn('src/components', '.astro')];

	for (const file of templates) {
		it(`${relative(root, file)} writes no words of its own`, async () => {
			expect(await ownText(file)).toEqual([]);
		});
	}

	it('are read well enough to find words where there are some', async () => {
		const { writeFileSync, mkdtempSync, rmSync } = await import('node:fs');
		const { tmpdir } = await import('node:os');
		const folder = mkdtempSync(join(tmpdir(), 'errdex-template-'));
		const file = join(folder, 'Page.astro');
		writeFileSync(
			file,
			[
				'---',
				"const title = 'Error reference';",
				'---',
				'<p>Copied</p>',
				'<input placeholder="Code or message" />',
				"{ok && <span>{'Next'}</span>}",
				'<script>const x = "not read";</script>',
			].join('\n'),
		);
		try {
			expect(await ownText(file)).toEqual(['Error reference', 'Copied', 'Code or message', 'Next']);
		} finally {
			rmSync(folder, { recursive: true });
		}
	});
});

describe('browser code', () => {
	it('asks only for the strings the browser is sent, and is sent none it does not use', () => {
		const asked = new Set(
			filesIn('src/client', '.ts').flatMap((file) =>
				literalsOf(readFileSync(file, 'utf8')).filter((text) => /^errdex\./.test(text)),
			),
		);
		expect([...asked].sort()).toEqual([...BROWSER_KEYS].sort());
	});
});
