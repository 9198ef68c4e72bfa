/**
 * The folders are the data flow (README, "How errdex works"), and what each may import is part
 * of that: browser code imports nothing Node-only and no build-time library, and nothing before
 * the Astro adapter imports Astro. Imports are read with TypeScript's own parser, following
 * every value import (type-only imports vanish at build time and do not count).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const src = join(root, 'src');

/** Value imports of a module's source: `import x from`, `export … from`, `import()`, `new URL(…, import.meta.url)`. */
function importsOf(code: string, file: string): string[] {
	const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
	const found: string[] = [];
	const visit = (node: ts.Node) => {
		if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) {
			const named = node.importClause?.namedBindings;
			const onlyTypes =
				named !== undefined &&
				ts.isNamedImports(named) &&
				node.importClause?.name === undefined &&
				named.elements.length > 0 &&
				named.elements.every((element) => element.isTypeOnly);
			if (!onlyTypes) found.push((node.moduleSpecifier as ts.StringLiteral).text);
		} else if (
			ts.isExportDeclaration(node) &&
			!node.isTypeOnly &&
			node.moduleSpecifier !== undefined
		) {
			found.push((node.moduleSpecifier as ts.StringLiteral).text);
		} else if (
			ts.isCallExpression(node) &&
			node.expression.kind === ts.SyntaxKind.ImportKeyword &&
			node.arguments[0] !== undefined &&
			ts.isStringLiteral(node.arguments[0])
		) {
			found.push(node.arguments[0].text);
		} else if (
			ts.isNewExpression(node) &&
			ts.isIdentifier(node.expression) &&
			node.expression.text === 'URL' &&
			node.arguments?.[0] !== undefined &&
			ts.isStringLiteral(node.arguments[0]) &&
			node.arguments[1]?.getText() === 'import.meta.url'
		) {
			found.push(node.arguments[0].text);
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found;
}

/** The `<script>` blocks of an Astro component that the browser runs (not `is:inline` ones). */
function browserScripts(astro: string): string[] {
	return [...astro.matchAll(/<script(?![^>]*is:inline)[^>]*>([\s\S]*?)<\/script>/g)].map(
		(match) => match[1]!,
	);
}

function resolveLocal(from: string, specifier: string): string {
	const base = resolve(dirname(from), specifier);
	for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
		try {
			if (statSync(candidate).isFile()) return candidate;
		} catch {
			// not this one
		}
	}
	throw new Error(`${relative(root, from)}: cannot resolve ${specifier}`);
}

interface Closure {
	/** Every local module reached, relative to the project. */
	files: Set<string>;
	/** Every bare import reached (packages, `node:*`, `virtual:*`), with who imports it. */
	external: Map<string, string>;
}

/** Every module a set of entry points reaches through value imports. */
function closure(entries: { file: string; code: string }[]): Closure {
	const files = new Set<string>();
	const external = new Map<string, string>();
	const queue = [...entries];
	while (queue.length > 0) {
		const { file, code } = queue.pop()!;
		for (const specifier of importsOf(code, file)) {
			if (!specifier.startsWith('.')) {
				if (!external.has(specifier)) external.set(specifier, relative(root, file));
				continue;
			}
			const target = resolveLocal(file, specifier);
			const name = relative(root, target);
			if (files.has(name)) continue;
			files.add(name);
			queue.push({ file: target, code: readFileSync(target, 'utf8') });
		}
	}
	return { files, external };
}

function sourcesIn(folder: string, extension = '.ts'): string[] {
	return readdirSync(join(src, folder), { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith(extension))
		.map((name) => join(src, folder, name));
}

const moduleEntries = (folder: string) =>
	sourcesIn(folder).map((file) => ({ file, code: readFileSync(file, 'utf8') }));

/** What the browser runs: src/client and every component's browser scripts. */
const browser = closure([
	...moduleEntries('client'),
	...[...sourcesIn('components', '.astro'), ...sourcesIn('routes', '.astro')].flatMap((file) =>
		browserScripts(readFileSync(file, 'utf8')).map((code) => ({ file, code })),
	),
]);

const packageOf = (specifier: string) =>
	specifier.startsWith('virtual:')
		? specifier
		: specifier.startsWith('@')
			? specifier.split('/').slice(0, 2).join('/')
			: specifier.split('/')[0]!;

describe('browser code', () => {
	it('reaches only the pure core, the search engine, view models, the translator and itself', () => {
		const outside = [...browser.files].filter(
			(file) => !/^src\/(?:core|search|views|client)\/|^src\/i18n\/translate\.ts$/.test(file),
		);
		expect(outside).toEqual([]);
	});

	it('imports nothing Node-only and only the libraries it is meant to ship', () => {
		const allowed = new Set(['fuse.js', 'leven', 'virtual:errdex/config']);
		const imported = [...browser.external].map(
			([specifier, by]) => `${packageOf(specifier)} (${by})`,
		);
		expect(imported.filter((line) => !allowed.has(line.split(' ')[0]!))).toEqual([]);
	});
});

describe('the stages before the Astro adapter', () => {
	const astro = /^(?:astro(?:$|[/:])|@astrojs\/)/;
	for (const folder of ['core', 'pipeline', 'outputs', 'search', 'views']) {
		it(`src/${folder} imports no Astro`, () => {
			const reached = closure(moduleEntries(folder));
			expect([...reached.external.keys()].filter((specifier) => astro.test(specifier))).toEqual([]);
			expect(
				[...reached.files].filter((file) => /^src\/(?:astro|pages|components)\//.test(file)),
			).toEqual([]);
		});
	}

	it('src/core runs anywhere: no Node built-in, no virtual module', () => {
		const reached = closure(moduleEntries('core'));
		expect([...reached.external.keys()].filter((s) => /^(?:node:|virtual:)/.test(s))).toEqual([]);
		expect([...reached.files].filter((file) => !file.startsWith('src/core/'))).toEqual([]);
	});

	it('src/search, the engine, needs only the core and its own modules', () => {
		const reached = closure(moduleEntries('search'));
		expect([...reached.files].filter((file) => !/^src\/(?:core|search)\//.test(file))).toEqual([]);
	});

	it('every site path is made by the routes module', () => {
		// A string that starts like one of errdex's own paths, anywhere but in the routes module,
		// would be a second place a path is made, and would not carry the base.
		const ownPath =
			/^\/(?:codes|search|e|changes|errors\.json|codes\.json|search-index\.json|errors-history\.json)(?:[/?.]|$)/;
		const offenders: string[] = [];
		for (const file of sourcesIn('.')) {
			const name = relative(root, file);
			if (name === 'src/core/routes.ts') continue;
			const visit = (node: ts.Node) => {
				if (
					(ts.isStringLiteral(node) ||
						ts.isNoSubstitutionTemplateLiteral(node) ||
						ts.isTemplateHead(node)) &&
					ownPath.test(node.text)
				)
					offenders.push(`${name}: ${node.text}`);
				ts.forEachChild(node, visit);
			};
			visit(ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true));
		}
		for (const file of sourcesIn('.', '.astro')) {
			for (const match of readFileSync(file, 'utf8').matchAll(/\b(?:href|action|src)="(\/[^"]*)"/g))
				offenders.push(`${relative(root, file)}: ${match[1]}`);
		}
		expect(offenders).toEqual([]);
	});
});
