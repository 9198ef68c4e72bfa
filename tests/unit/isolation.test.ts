/**
 * One document can only fail itself: a stage that throws on a document (as a tree library did,
 * out of stack, on documents errdex had not foreseen) leaves that document what the stages
 * before it gave, with a warning naming the file, and the build goes on. Stages are made to
 * fail here on documents that carry a marker, as a library would on a document it cannot take.
 */
import { describe, expect, it, vi } from 'vitest';
import { ErrdexError } from '../../src/core/errors';
import { buildCatalog, type Document } from '../../src/pipeline';
import { routes } from './helpers';

const overflow = () => new RangeError('Maximum call stack size exceeded');

vi.mock('../../src/pipeline/parse', async (original) => {
	const actual = await original<typeof import('../../src/pipeline/parse')>();
	return {
		...actual,
		parseSource: (document: Document) => {
			if (document.text.includes('FAIL_IN_PARSE')) throw overflow();
			return actual.parseSource(document);
		},
	};
});
vi.mock('../../src/pipeline/classify', async (original) => {
	const actual = await original<typeof import('../../src/pipeline/classify')>();
	return {
		...actual,
		classifySource: (parsed: Parameters<typeof actual.classifySource>[0]) => {
			if (parsed.document.title === 'FAIL_IN_CLASSIFY') throw overflow();
			return actual.classifySource(parsed);
		},
	};
});
vi.mock('../../src/pipeline/render', async (original) => {
	const actual = await original<typeof import('../../src/pipeline/render')>();
	return {
		...actual,
		renderSource: (...args: Parameters<typeof actual.renderSource>) => {
			if (args[0].title === 'FAIL_IN_RENDER') throw new Error('a library failed');
			return actual.renderSource(...args);
		},
	};
});

const table = '| Code | Message |\n| --- | --- |\n| E1 | One <script>x</script> |\n| E2 | Two |\n';
const healthy: Document = { file: 'content/healthy.md', text: `# Healthy\n\n${table}` };
const build = (document: Document, strict = false) =>
	buildCatalog([healthy, document], routes, { strict });

describe('a stage that fails on one document', () => {
	it('parse: the document is shown as its text, escaped; the others are read', () => {
		const failing = { file: 'content/a.md', text: `# FAIL_IN_PARSE <b>\n\n${table}` };
		const catalog = build(failing);
		const source = catalog.sources.find((s) => s.file === failing.file)!;
		expect(source).toMatchObject({ id: 'a', title: 'a.md', entries: 0, tablesRead: [] });
		expect(source.warnings).toEqual([
			{
				file: 'content/a.md',
				line: 1,
				message: expect.stringMatching(
					/^errdex could not parse this document \(it nests too deeply for the libraries errdex reads it with\); it is shown as text\./,
				),
			},
		]);
		expect(source.html).toContain('<pre class="errdex-unread"># FAIL_IN_PARSE &#x3C;b>');
		expect(source.html).toContain('One &#x3C;script>x&#x3C;/script>');
		expect(catalog.entries.map((e) => `${e.source}/${e.code}`)).toEqual([
			'healthy/E1',
			'healthy/E2',
		]);
	});

	it('classify: the document keeps its page and its tables, none read as error tables', () => {
		const failing = { file: 'content/b.md', text: `# FAIL_IN_CLASSIFY\n\n${table}` };
		const source = build(failing).sources.find((s) => s.file === failing.file)!;
		expect(source.title).toBe('FAIL_IN_CLASSIFY');
		expect(source.entries).toBe(0);
		expect(source.tablesRead).toEqual([
			expect.objectContaining({ line: 3, accepted: false, rows: 2 }),
		]);
		expect(source.warnings[0]!.message).toMatch(
			/^errdex could not read the tables of this document/,
		);
		expect(source.html).toContain('<td>E1</td>');
		expect(source.html).not.toContain('<script');
	});

	it('render: the rows read keep their entries, and their anchors lead into the text shown', () => {
		const failing = { file: 'content/c.md', text: `# FAIL_IN_RENDER\n\n${table}` };
		const catalog = build(failing);
		const source = catalog.sources.find((s) => s.file === failing.file)!;
		const entries = catalog.entries.filter((e) => e.source === source.id);
		expect(entries.map((e) => [e.code, e.line])).toEqual([
			['E1', 5],
			['E2', 6],
		]);
		expect(source.warnings.at(-1)!.message).toMatch(
			/^errdex could not render this document \(a library failed\)/,
		);
		for (const entry of entries)
			expect(source.html).toContain(`<span id="${entry.anchor}"></span>`);
		expect(source.layout.pieces.flatMap((piece) => piece.ids)).toEqual(
			entries.map((e) => e.anchor),
		);
	});

	it('strict stops the build, naming the file', () => {
		const failing = { file: 'content/a.md', text: '# FAIL_IN_PARSE\n' };
		expect(() => build(failing, true)).toThrow(ErrdexError);
		expect(() => build(failing, true)).toThrow(/^content\/a\.md:1: errdex could not parse/);
	});

	it('a wrong setting in errdex’s configuration still stops the build', () => {
		const failing = {
			file: 'content/d.md',
			text: `# FAIL_IN_PARSE\n\n${table}`,
			settings: { title: 42 as unknown as string },
		};
		expect(() => build(failing)).toThrow(/content\/d\.md:1: errdex setting `title`/);
	});
});
