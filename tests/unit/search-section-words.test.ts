/**
 * A log line says what the heading above its code's table says (`Connection failed, return code
 * 4` of a table under `Connect return codes`): between documents that all have the code it names,
 * the one whose heading says the line's words comes first.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, codeTable, routes } from './helpers';
import { buildSearchIndex } from '../../src/outputs/search-index';
import { SearchEngine } from '../../src/search/search';

const catalog = buildCatalog([
	{
		file: 'content/cli.md',
		text: `# Broker reference\n\n## Exit statuses\n\n${codeTable([
			['3', 'Bad arguments.'],
			['4', 'Not permitted.'],
		])}`,
	},
	{
		file: 'content/protocol.md',
		text: `# Broker reference\n\n## Packets\n\nText.\n\n### Connect return codes\n\n${codeTable([
			['3', 'Server unavailable.'],
			['4', 'Bad user name or password.'],
		])}`,
	},
]);
const index = JSON.parse(JSON.stringify(buildSearchIndex(catalog)));
const engine = new SearchEngine(index, routes);
const top = (query: string) => engine.search(query, 3).map((hit) => `${hit.source} ${hit.code}`);

describe('the headings above a table', () => {
	it('are shipped once per table, not once per entry, without the title', () => {
		expect(index.sections).toEqual(['', 'Exit statuses', 'Packets Connect return codes']);
	});

	it("put first the code whose table's heading the line's words say", () => {
		expect(top('Connection failed, return code 4')[0]).toBe('protocol 4');
		expect(top('exit status 4')[0]).toBe('cli 4');
	});

	it('leave a code typed alone to the documents in their order', () => {
		expect(top('4')).toEqual(['cli 4', 'protocol 4']);
	});
});

describe('words typed that name the subject of a heading or a title', () => {
	const typed = buildCatalog([
		{
			file: 'content/gripper.md',
			text: `# Device errors\n\n## Gripper\n\n${codeTable([['G1', 'Did not reach work position in time.']])}`,
		},
		{
			file: 'content/valves.md',
			text: `# Valve faults\n\n${codeTable([['V1', 'Did not reach work position in time.']])}`,
		},
		{
			file: 'content/workholding.md',
			text: `# Device errors\n\n## Hydraulic clamp\n\n${codeTable([['P1', 'Did not reach work position in time.']])}`,
		},
	]);
	const words = new SearchEngine(JSON.parse(JSON.stringify(buildSearchIndex(typed))), routes);
	const first = (query: string) => {
		const [hit] = words.search(query, 3);
		return `${hit!.source} ${hit!.code}`;
	};

	it('find first the entry whose heading says the word its message does not', () => {
		expect(first('clamp work position')).toBe('workholding P1');
	});

	it('find first the entry whose title says it', () => {
		expect(first('valve did not reach work position')).toBe('valves V1');
	});

	it('list every document that says the message, where nothing names the subject', () => {
		expect(
			words
				.search('did not reach work position', 3)
				.map((hit) => hit.code)
				.sort(),
		).toEqual(['G1', 'P1', 'V1']);
	});
});
