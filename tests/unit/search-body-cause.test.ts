/**
 * A body pasted after a log line's brackets (`[2026-11-02 10:14:07] app.ERROR: … {…}`,
 * `TypedError: [-32000] … {…}`) is still read as a body: the brackets round a time or a code. A
 * body that gives a code again under the same key deeper down (an error of its list, its cause)
 * says there what went wrong, and above it only the kind of error.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, codeTable } from './helpers';
import { otherMessages, topOf } from './search-fixtures';
import { readQuery, STRENGTH } from '../../src/search/paste';

const catalog = buildCatalog([
	{
		file: 'content/bills.md',
		text: `# Bill errors\n\n${codeTable([
			['1058', 'Param amount is invalid'],
			['1059', 'Param redirect_url is invalid'],
			['1060', 'Param title is too long'],
		])}`,
	},
	{
		file: 'content/node.md',
		text: `# Node errors\n\n${codeTable([
			['HANDLER_ERROR', 'The request could not be handled.'],
			['UNKNOWN_BLOCK', 'The requested block has not been produced yet.'],
		])}`,
	},
	...['shop', 'mail', 'maps'].map((name) => ({
		file: `content/${name}.md`,
		text: `# ${name} errors\n\n${codeTable([
			['VALIDATION_ERROR', `The ${name} request is not valid.`],
			['HANDLER_ERROR', `The ${name} handler failed.`],
			['1059', `The ${name} account is closed.`],
		])}`,
	})),
	otherMessages(),
]);
const top = topOf(catalog);
const listed =
	'[2026-11-02 10:14:07] production.ERROR: create bill failed: HTTP 422 {"code":"VALIDATION_ERROR","errors":[{"attribute":"redirect_url","code":1059,"message":"The redirect url is not valid"}]}';
const caused =
	'TypedError: [-32000] Server error: {"name":"HANDLER_ERROR","cause":{"name":"UNKNOWN_BLOCK","info":{}}} BLOCK HEIGHT: 118224963';

describe('a body after the brackets of a log line', () => {
	it('is read as a body', () => {
		expect(readQuery(listed).json).toBe(true);
		expect(readQuery(caused).json).toBe(true);
		expect(readQuery('[50013] Missing permissions').json).toBe(false);
	});
});

describe('a body that gives a code again deeper down', () => {
	it('names the deeper code first, and the kind above it as any value', () => {
		const { mentions } = readQuery('{"name":"HANDLER_ERROR","cause":{"name":"UNKNOWN_BLOCK"}}');
		expect(mentions).toEqual([
			{ text: 'UNKNOWN_BLOCK', strength: STRENGTH.keyed },
			{ text: 'HANDLER_ERROR', strength: STRENGTH.jsonValue },
		]);
	});

	it('finds the code of the error listed, or of the cause', () => {
		expect(top(listed)[0]).toBe('bills 1059');
		expect(top(caused)[0]).toBe('node UNKNOWN_BLOCK');
	});

	it('leaves a body of codes under different keys as it was', () => {
		expect(readQuery('{"code":"E1","meta":{"type":"x"}}').mentions[0]).toEqual({
			text: 'E1',
			strength: STRENGTH.keyed,
		});
	});
});
