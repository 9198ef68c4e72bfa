/**
 * A number read otherwise than as the code it is: inside a code written as a range (`4-255`,
 * `102 - 111`, `4000–4999`, `5xx`), or padded with zeros (`016`). It finds that code behind the
 * codes that are the number, and in a paste ahead of them when the paste's message or title
 * words point to it.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, codeTable, routes } from './helpers';
import { buildSearchIndex } from '../../src/outputs/search-index';
import { codeRange } from '../../src/search/ranges';
import { SearchEngine } from '../../src/search/search';

const catalog = buildCatalog([
	{
		file: 'content/plugins.md',
		text: `# Plugin exit codes\n\n${codeTable([
			['0', 'The check passed.'],
			['3', 'The state is unknown.'],
			['4-255', 'Reserved for future use.'],
		])}`,
	},
	{ file: 'content/errno.md', text: `# Error numbers\n\n${codeTable([['127', 'Key expired.']])}` },
	{
		file: 'content/mssql.md',
		text: `# MSSQLSERVER_18456\n\n${codeTable([
			['8', 'The password is incorrect.'],
			['102 - 111', 'Azure AD login failed.'],
		])}`,
	},
	{
		file: 'content/ftp.md',
		text: `# Reply codes\n\n${codeTable([['110', 'Restart marker reply.']])}`,
	},
	{
		file: 'content/paywell.md',
		text: `# Paywell status codes\n\n${codeTable([
			['016', 'Invalid app id or app secret.'],
			['017', 'The merchant is not active.'],
		])}`,
	},
	{
		file: 'content/hangup.md',
		text: `# Hangup causes\n\n${codeTable([['16', 'Normal clearing.']])}`,
	},
	{
		file: 'content/chat.md',
		text: `# Chat server errors\n\n${codeTable([
			['-4090001 ~ 4', 'Internal database error.'],
			['-4090005', 'The room is full.'],
		])}`,
	},
	{
		file: 'content/gateway.md',
		text: `# Gateway result codes\n\n${codeTable([
			['R300 ~ R399', 'The card issuer refused the payment.'],
			['V000 ~ V099', 'A required parameter is missing or malformed.'],
			['V100', 'The order was already paid.'],
		])}`,
	},
]);
const engine = new SearchEngine(JSON.parse(JSON.stringify(buildSearchIndex(catalog))), routes);
const top = (query: string) => engine.search(query, 3).map((hit) => `${hit.source} ${hit.code}`);

describe('a number inside a range code', () => {
	it('finds the range when no code is the number', () => {
		expect(top('200')[0]).toBe('plugins 4-255');
	});

	it('ranks behind a code that is the number', () => {
		expect(top('127').slice(0, 2)).toEqual(['errno 127', 'plugins 4-255']);
	});

	it("in a log line beside its document's title, finds that document's range first", () => {
		expect(top('Login failed. Error: 18456, Severity: 14, State: 110.')[0]).toBe('mssql 102 - 111');
	});

	it('finds a negative range written with its last digits only', () => {
		expect(top('-4090003')[0]).toBe('chat -4090001 ~ 4');
		expect(top('-4090005')[0]).toBe('chat -4090005');
	});

	it('finds a span of lettered codes holding the code typed', () => {
		expect(top('R305')[0]).toBe('gateway R300 ~ R399');
		expect(top('v013')[0]).toBe('gateway V000 ~ V099');
	});

	it('finds the lettered span from a code in a pasted body', () => {
		expect(top('{"resultCode":"V013","mid":"shop01"}')[0]).toBe('gateway V000 ~ V099');
	});

	it('is no evidence alone in prose', () => {
		expect(top('the message exceeded 200 KB')).not.toContain('plugins 4-255');
	});
});

describe('a number padded with zeros in a code', () => {
	it('in a paste whose words are its message, finds it ahead of the bare number', () => {
		expect(top('payment failed {"status_code":16,"status":"app id or app secret wrong"}')[0]).toBe(
			'paywell 016',
		);
	});

	it('ranks behind the code that is the number otherwise', () => {
		expect(top('{"status_code":16}')[0]).toBe('hangup 16');
	});
});

describe('the numbers a code stands for', () => {
	it('are read from spans and wildcards', () => {
		expect(codeRange('4-255')).toEqual({ lo: 4, hi: 255 });
		expect(codeRange('102 - 111')).toEqual({ lo: 102, hi: 111 });
		expect(codeRange('4000–4999')).toEqual({ lo: 4000, hi: 4999 });
		expect(codeRange('5xx')).toEqual({ lo: 500, hi: 599 });
	});

	it('are read from a long first number and the last digits of the second', () => {
		expect(codeRange('-4090001 ~ 4')).toEqual({ lo: -4090004, hi: -4090001 });
		expect(codeRange('-5000001 ~ 15')).toEqual({ lo: -5000015, hi: -5000001 });
		expect(codeRange('5000201-6')).toEqual({ lo: 5000201, hi: 5000206 });
	});

	it('are none for codes that only look alike', () => {
		expect(codeRange('3-1')).toBeNull();
		expect(codeRange('10-5')).toBeNull();
		expect(codeRange('E-1')).toBeNull();
		expect(codeRange('0x0102')).toBeNull();
		expect(codeRange('AB12-34')).toBeNull();
		expect(codeRange('R300 ~ V399')).toBeNull();
		expect(codeRange('R300 ~ R39')).toBeNull();
	});

	it('are read from spans of codes with the same letters', () => {
		expect(codeRange('R300 ~ R399')).toEqual({
			lo: 300,
			hi: 399,
			lettered: { letters: 'R', width: 3 },
		});
	});
});
