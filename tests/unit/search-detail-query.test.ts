/**
 * A detail column that says, whole, what is typed (`Invalid or expired credentials` under
 * Possible cause): that entry ranks with messages that start with it, before longer messages
 * that hold the same words scattered. A detail that holds the words in another order (a message
 * key, `error.configuration`) does not say what is typed.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, codeTable, routes } from './helpers';
import { buildSearchIndex } from '../../src/outputs/search-index';
import { SearchEngine } from '../../src/search/search';

const rows = (list: string[][]) => list.map((row) => `| ${row.join(' | ')} |`).join('\n');

const catalog = buildCatalog([
	{
		file: 'content/oauth.md',
		text: `# OAuth\n\n| Code | Message |\n|---|---|\n${rows([
			[
				'invalid_grant',
				'The provided authorization grant (an authorization code, or the resource owner credentials) or refresh token is invalid, expired, revoked, or was issued to another client.',
			],
			['invalid_client', 'The client credentials were refused: the client secret is invalid.'],
			['expired_token', 'The access token is invalid or has expired.'],
			['access_denied', 'The resource owner denied the request.'],
		])}\n`,
	},
	// Other messages, as a real catalog has, so that the query's words are not the commonest.
	{
		file: 'content/widgets.md',
		text: `# Widgets\n\n| Code | Message |\n|---|---|\n${rows(
			Array.from({ length: 40 }, (_, i) => [`W${i}`, `Widget ${i} is out of stock.`]),
		)}\n`,
	},
	{
		file: 'content/gateway.md',
		text: `# Gateway errors\n\n| Error code | Message | Possible cause |\n|---|---|---|\n${rows([
			['GW-1001', 'The request was refused.', 'Malformed body'],
			['GW-1002', 'The caller is not known.', 'Invalid or expired credentials'],
			['GW-1003', 'The caller may not do this.', 'Insufficient permissions'],
		])}\n`,
	},
	{
		file: 'content/sync.md',
		text: `# Sync service\n\n| Code | Message key | Description |\n|---|---|---|\n${rows([
			['SYNC_01', 'error.configuration', 'Allgemeiner Fehler der Einstellungen'],
			['SYNC_02', 'error.unknown', 'Unbekannter Fehler'],
		])}\n`,
	},
	{
		file: 'content/tasks.md',
		text: `# Task runner exit codes\n\n| Code | Message |\n|---|---|\n${rows([
			['3', 'Task failed'],
			['4', 'Configuration error'],
		])}\n`,
	},
]);
const engine = new SearchEngine(JSON.parse(JSON.stringify(buildSearchIndex(catalog))), routes);
const codes = (query: string) => engine.search(query, 5).map((hit) => hit.code);

describe('a detail column that says what is typed', () => {
	it('ranks its entry first, before messages that hold the words scattered', () => {
		expect(codes('invalid or expired credentials')[0]).toBe('GW-1002');
	});

	it('counts only when it says all of it', () => {
		expect(codes('expired credentials')[0]).not.toBe('GW-1002');
	});

	it('leaves the scattered ones listed after it', () => {
		expect(codes('invalid or expired credentials')).toEqual(
			expect.arrayContaining(['invalid_grant', 'expired_token']),
		);
	});
});

describe('a detail column that says what is typed with slips', () => {
	it('still ranks its entry first', () => {
		expect(codes('invalid or expird credentails')[0]).toBe('GW-1002');
	});
});

describe('a detail column that says, whole, the message of a pasted body', () => {
	const named = buildCatalog([
		{
			file: 'content/a.md',
			text: `# A\n\n${codeTable([['-1', 'Dynamic error']])}`,
		},
		{
			file: 'content/b.md',
			text: `# B\n\n${codeTable([['-1', 'Unexpected error']])}`,
		},
		{
			file: 'content/c.md',
			text: `# C\n\n| Code | Message | Name |\n|---|---|---|\n| -1 | Something went wrong; read the details. | Error |\n| 0 | Success. | OK |\n`,
		},
	]);
	const search = new SearchEngine(JSON.parse(JSON.stringify(buildSearchIndex(named))), routes);

	it('picks that entry among the codes the body names', () => {
		expect(search.search('{"code": -1, "message": "Error", "data": null}', 3)[0]).toMatchObject({
			source: 'c',
			code: '-1',
		});
	});
});

describe('a detail column that holds the words in another order', () => {
	it('ranks behind the message written as typed', () => {
		expect(codes('Configuration error')[0]).toBe('4');
		expect(codes('Configuration error').indexOf('SYNC_01')).not.toBe(0);
	});

	it('does not mark its entry as saying a pasted message', () => {
		expect(codes('{"message":"Configuration error"}')[0]).toBe('4');
	});
});
