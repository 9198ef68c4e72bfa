/**
 * What a person's editor shows for each option as they type `errdex({ … })`: its meaning, its
 * default and an example, as Starlight's own options do. Read through TypeScript from the type
 * errdex exports, so an option added without them is caught wherever it is declared.
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
const probe = fileURLToPath(new URL('./options-probe.ts', import.meta.url));
const probeText = `import type { ErrdexUserOptions } from ${JSON.stringify(entry)};\nexport type Options = ErrdexUserOptions;\n`;

/** The program a user's editor would have, with a file that names errdex's options type. */
function optionsType(): { checker: ts.TypeChecker; type: ts.Type } {
	const options: ts.CompilerOptions = {
		target: ts.ScriptTarget.ESNext,
		module: ts.ModuleKind.ESNext,
		moduleResolution: ts.ModuleResolutionKind.Bundler,
		allowImportingTsExtensions: true,
		strict: true,
		noEmit: true,
		skipLibCheck: true,
	};
	const host = ts.createCompilerHost(options);
	const getSourceFile = host.getSourceFile.bind(host);
	host.getSourceFile = (file, language) =>
		file === probe ? ts.createSourceFile(file, probeText, language) : getSourceFile(file, language);
	const fileExists = host.fileExists.bind(host);
	host.fileExists = (file) => file === probe || fileExists(file);
	const program = ts.createProgram([probe], options, host);
	const checker = program.getTypeChecker();
	const alias = program.getSourceFile(probe)!.statements.find(ts.isTypeAliasDeclaration)!;
	return { checker, type: checker.getTypeAtLocation(alias.name) };
}

interface Documented {
	path: string;
	text: string;
	tags: string[];
}

/** Every option and nested field, with its documentation as an editor shows it. */
function fieldsOf(checker: ts.TypeChecker, type: ts.Type, path = ''): Documented[] {
	const fields: Documented[] = [];
	for (const property of checker.getPropertiesOfType(type)) {
		const name = path ? `${path}.${property.name}` : property.name;
		fields.push({
			path: name,
			text: ts.displayPartsToString(property.getDocumentationComment(checker)),
			tags: property.getJsDocTags(checker).map((tag) => tag.name),
		});
		let inner = checker.getNonNullableType(checker.getTypeOfSymbol(property));
		if (checker.isArrayType(inner)) inner = checker.getTypeArguments(inner as ts.TypeReference)[0]!;
		const isRecord =
			inner.flags & ts.TypeFlags.Object && checker.getPropertiesOfType(inner).length > 0;
		if (isRecord && !checker.isArrayType(inner)) fields.push(...fieldsOf(checker, inner, name));
	}
	return fields;
}

describe('errdex’s options, as an editor shows them', () => {
	const { checker, type } = optionsType();
	const fields = fieldsOf(checker, type);

	it('reach every level: the options, a document’s settings, a table’s corrections', () => {
		expect(fields.map((field) => field.path)).toEqual(
			expect.arrayContaining(['content', 'sources', 'sources.file', 'sources.tables.code']),
		);
	});

	it('each say what they do, with @default and @example', () => {
		const undocumented = fields.filter(
			(field) =>
				field.text.trim() === '' ||
				!field.tags.includes('default') ||
				!field.tags.includes('example'),
		);
		expect(
			undocumented.map(
				(field) => `${field.path}: ${JSON.stringify(field.text)} ${field.tags.join(',')}`,
			),
		).toEqual([]);
	});
});
