/**
 * The README is the users' manual: every option errdex reads is in its tables, with its default,
 * and nothing in them is an option errdex does not read; every section that errdex's messages
 * send a reader to exists.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Heading, Root, RootContent, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { optionsSchema } from '../../src/astro/options';

const root = new URL('../../', import.meta.url);
const readme = unified()
	.use(remarkParse)
	.use(remarkGfm)
	.parse(readFileSync(new URL('README.md', root), 'utf8')) as Root;

/** A node's text as a reader sees it, code spans included. */
function textOf(node: Root | RootContent): string {
	if ('value' in node) return node.value;
	return 'children' in node ? node.children.map(textOf).join('') : '';
}

const headings = readme.children.filter((node): node is Heading => node.type === 'heading');

/** The table that follows a heading, before the next heading. */
function tableUnder(title: string): Table | undefined {
	const start = readme.children.findIndex(
		(node) => node.type === 'heading' && textOf(node) === title,
	);
	for (const node of readme.children.slice(start + 1)) {
		if (node.type === 'heading') return undefined;
		if (node.type === 'table') return node;
	}
	return undefined;
}

/**
 * Where each object of the options is documented: the README section whose table lists its
 * fields, by the path of the object in the options (`sources` is an entry of `sources`).
 */
const DOCUMENTED_IN: Record<string, string> = {
	'': 'Options',
	sources: 'Settings of a document',
	'sources.tables': 'Table corrections',
	history: 'History, tombstones and the feed',
};

interface Field {
	name: string;
	/** The default the schema gives, when it gives one. */
	default?: unknown;
}

type Schema = z.core.$ZodType;

/** Every object of the options, by path, with its fields, found by walking the schema. */
function objectsOf(schema: Schema, path = '', found = new Map<string, Field[]>()) {
	const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
	if ('innerType' in def) return objectsOf(def['innerType'] as Schema, path, found);
	if (def.type === 'array') return objectsOf(def['element'] as Schema, path, found);
	if (def.type === 'union')
		for (const option of def['options'] as Schema[]) objectsOf(option, path, found);
	if (def.type !== 'object') return found;
	const shape = def['shape'] as Record<string, Schema>;
	found.set(
		path,
		Object.entries(shape).map(([name, field]) => {
			const fieldDef = field._zod.def as unknown as Record<string, unknown> & { type: string };
			return fieldDef.type === 'default' ? { name, default: fieldDef['defaultValue'] } : { name };
		}),
	);
	for (const [name, field] of Object.entries(shape))
		objectsOf(field, path ? `${path}.${name}` : name, found);
	return found;
}

/** A default as the README writes it in code: `'content'`, `false`, `[]`. */
function written(value: unknown): string {
	return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

describe('the README’s options tables', () => {
	const objects = objectsOf(optionsSchema);

	it('cover every object of the options', () => {
		for (const path of objects.keys())
			expect(
				DOCUMENTED_IN[path],
				`the options at \`${path}\` have fields of their own: list them in a README table under a heading of their own, and name that heading in DOCUMENTED_IN`,
			).toBeDefined();
	});

	for (const [path, section] of Object.entries(DOCUMENTED_IN)) {
		describe(`"${section}"`, () => {
			const table = tableUnder(section);
			const rows = (table?.children ?? []).slice(1);
			const documented = rows.map((row) => textOf(row.children[0]!));
			const fields = objects.get(path) ?? [];

			it('lists every field of the schema, and only those', () => {
				expect(table, `README: no table under "${section}"`).toBeDefined();
				expect(
					fields.map((field) => field.name).filter((name) => !documented.includes(name)),
					`fields of \`${path || 'errdex()'}\` missing from the README's "${section}" table`,
				).toEqual([]);
				expect(
					documented.filter((name) => !fields.some((field) => field.name === name)),
					`rows of the README's "${section}" table that errdex does not read`,
				).toEqual([]);
			});

			it('gives each field its default, what it does and an example', () => {
				for (const row of rows) {
					const [name, byDefault, what, example] = row.children.map(textOf);
					expect([byDefault, what, example].every(Boolean), `README row \`${name}\``).toBe(true);
					const field = fields.find((f) => f.name === name);
					if (field && 'default' in field)
						expect(byDefault, `the default of \`${name}\` in the README`).toBe(
							written(field.default),
						);
				}
			});
		});
	}
});

describe('README sections', () => {
	const titles = new Set(headings.map(textOf));

	/** Every file of `src/`, with its path. */
	function* sources(folder: URL): Generator<[string, string]> {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const url = new URL(entry.name + (entry.isDirectory() ? '/' : ''), folder);
			if (entry.isDirectory()) yield* sources(url);
			else yield [join(folder.pathname, entry.name), readFileSync(url, 'utf8')];
		}
	}

	it('that errdex’s code and messages send a reader to exist', () => {
		const cited: string[] = [];
		for (const [file, text] of sources(new URL('src/', root)))
			for (const [, title] of text.matchAll(/README[:,]\s*"([^"]+)"/g))
				cited.push(`${file.slice(root.pathname.length)}: "${title}"`);
		expect(cited.length).toBeGreaterThan(0);
		expect(cited.filter((citation) => !titles.has(citation.split('"')[1]!))).toEqual([]);
	});

	it('that the README itself points to exist', () => {
		const pointed = new Set<string>();
		const visit = (node: Root | RootContent) => {
			if (node.type === 'text')
				for (const [, title] of node.value.matchAll(/\bsee "([^"]+)"/gi))
					pointed.add(title!.replace(/\s+/g, ' '));
			if ('children' in node) for (const child of node.children) visit(child);
		};
		visit(readme);
		expect(pointed.size).toBeGreaterThan(0);
		expect([...pointed].filter((title) => !titles.has(title))).toEqual([]);
	});

	it('the restored manual keeps its sections', () => {
		for (const title of [
			'Set up and run',
			'Run the tests',
			'Adding a document',
			'Options',
			'Add errdex to your Starlight site',
			'Deploy',
			'Output',
			'Settings',
		])
			expect(titles, `README section "${title}"`).toContain(title);
	});
});
