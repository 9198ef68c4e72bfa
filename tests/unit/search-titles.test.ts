/**
 * A log line that names a document by its title (`Error: 18456` for the document
 * `MSSQLSERVER_18456`) and a bare number beside it (`State: 38`): the number is that document's
 * code, ahead of the same number in other documents.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, codeTable, routes } from './helpers';
import { buildSearchIndex } from '../../src/outputs/search-index';
import { SearchEngine } from '../../src/search/search';
import { SourceTitles } from '../../src/search/titles';

const catalog = buildCatalog([
	{
		file: 'content/errno.md',
		text: `# Error numbers\n\n${codeTable([
			['38', 'Handle end of file.'],
			['8', 'Not enough memory.'],
		])}`,
	},
	{ file: 'content/ftp.md', text: `# Error codes\n\n${codeTable([['38', 'Reply code 38.']])}` },
	{
		file: 'content/mssql.md',
		text: `# MSSQLSERVER_18456\n\n${codeTable([
			['8', 'The password is incorrect.'],
			['38', 'Could not find database requested by user.'],
		])}`,
	},
]);
const engine = new SearchEngine(JSON.parse(JSON.stringify(buildSearchIndex(catalog))), routes);
const top = (query: string) => engine.search(query, 3).map((hit) => `${hit.source} ${hit.code}`);

describe('a query that names a document by its title', () => {
	it("finds the bare number beside it among that document's codes first", () => {
		expect(top('Error: 18456, Severity: 14, State: 38.')[0]).toBe('mssql 38');
		expect(top('Error: 18456, Severity: 14, State: 8.')[0]).toBe('mssql 8');
	});

	it('leaves a number alone to the documents that have it', () => {
		expect(top('38')).toEqual(['errno 38', 'ftp 38', 'mssql 38']);
	});
});

describe('the words of titles that name a document', () => {
	const titles = new SourceTitles([
		'Error codes',
		'API error codes',
		'MSSQLSERVER_18456',
		'Errors',
	]);

	it('are the rare ones', () => {
		expect([...titles.named('Error: 18456, Severity: 14')]).toEqual([2]);
	});

	it('are not the words most titles share', () => {
		expect([...titles.named('error codes')]).toEqual([]);
	});
});

describe('the words of a line beside the code it names', () => {
	const documents = buildCatalog([
		{
			file: 'content/cards.md',
			text: `# Card responses\n\n${codeTable([['4', 'Pick up the card.']])}`,
		},
		{
			file: 'content/errno.md',
			text: `# Error numbers\n\n${codeTable([['4', 'Interrupted system call.']])}`,
		},
		{
			file: 'content/mqtt.md',
			text: `# MQTT CONNACK return codes\n\n${codeTable([['4', '连接已拒绝，无效的用户名或密码']])}`,
		},
		{
			file: 'content/sdk.md',
			text: `# SDK error code specifications\n\n${codeTable([['1008', 'The session token is invalid.']])}`,
		},
		{
			file: 'content/web-closeevent.md',
			text: `# CloseEvent: code\n\n${codeTable([['1008', 'ポリシー違反']])}`,
		},
	]);
	const search = new SearchEngine(JSON.parse(JSON.stringify(buildSearchIndex(documents))), routes);
	const first = (query: string) => {
		const [hit] = search.search(query, 3);
		return `${hit!.source} ${hit!.code}`;
	};

	it('pick the document whose title speaks of them among those that have the code', () => {
		expect(first('Connection failed, return code 4')).toBe('mqtt 4');
	});

	it('are one word with the title word inflected', () => {
		expect(first('WebSocket closed: code=1008')).toBe('web-closeevent 1008');
	});

	it('count for less the more titles hold them', () => {
		const titles = new SourceTitles(['Error codes', 'API error codes', 'Return codes']);
		const shares = titles.wordShares(['return', 'code']);
		expect(shares.get(2)).toBeGreaterThan(shares.get(0)!);
		expect(shares.get(0)).toBe(shares.get(1));
	});
});
