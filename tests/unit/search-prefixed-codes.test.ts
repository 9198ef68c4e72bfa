/**
 * A code a log prints with its product's prefix of capitals that the document leaves out:
 * `[E-235]` for the `-235` of a storage engine's table, `ORA-00942` for `00942`. The prefix is
 * read off only where no code is written with it, and a name with a number (`web-01`) is no
 * code.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, codeTable } from './helpers';
import { engineOf, otherMessages, resultCodes } from './search-fixtures';

const catalog = buildCatalog([
	{
		file: 'content/storage-engine.md',
		text: `# Storage engine error codes\n\n${codeTable([
			['-235', 'The tablet has too many versions.'],
			['-236', 'The tablet is being dropped.'],
		])}`,
	},
	{
		file: 'content/oracle-like.md',
		text: `# Database messages\n\n${codeTable([
			['00942', 'table or view does not exist'],
			['01017', 'invalid username/password; logon denied'],
		])}`,
	},
	...resultCodes(['voip', 'bank', 'maps', 'shop'], ['1', '2']),
	otherMessages(),
]);
const engine = engineOf(catalog);
const top = (query: string) => engine.search(query, 3).map((hit) => `${hit.source} ${hit.code}`);

describe('a code printed with a prefix the document leaves out', () => {
	it('names the code the number is, its hyphen read as a sign where the code has one', () => {
		expect(
			top('errCode = 2, detailMessage = failed to send: [E-235]tablet 10086 count: 501')[0],
		).toBe('storage-engine -235');
	});

	it('names a code written with zeros', () => {
		expect(
			top('java.sql.SQLSyntaxErrorException: ORA-00942: table or view does not exist')[0],
		).toBe('oracle-like 00942');
		expect(top('ORA-01017')[0]).toBe('oracle-like 01017');
	});

	it('reads no code off a name with a number', () => {
		expect(top('connect to db-2 failed')).not.toContain('voip 2');
	});
});
