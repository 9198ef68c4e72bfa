/**
 * A table writes alternatives with a slash (`Expired/Invalid token`); a reader types them with
 * the word the slash stands for (`expired or invalid token`). The message still says the whole
 * query, and comes before the messages that only share its words.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, codeTable } from './helpers';
import { otherMessages, topOf } from './search-fixtures';

const catalog = buildCatalog([
	{
		file: 'content/locks.md',
		text: `# Lock API statuses\n\n${codeTable([
			['401', 'Missing token'],
			['403', 'Expired/Invalid token'],
			['409', 'Lock busy/offline'],
		])}`,
	},
	{
		file: 'content/storage.md',
		text: `# Storage errors\n\n${codeTable([
			['InvalidToken', 'The token is malformed or otherwise invalid.'],
			['ExpiredToken', 'The provided token has expired.'],
			['TokenRefreshRequired', 'The token must be refreshed, it is invalid or expired.'],
		])}`,
	},
	otherMessages(),
]);
const top = topOf(catalog);
const first = (query: string) => top(query)[0];

describe('a slash between the words of a message', () => {
	it('is typed as a word of its own', () => {
		expect(first('expired or invalid token')).toBe('locks 403');
		expect(first('lock busy or offline')).toBe('locks 409');
	});

	it('still reads the message as written', () => {
		expect(first('Expired/Invalid token')).toBe('locks 403');
	});

	it('stands for one word only', () => {
		expect(first('expired or maybe invalid token')).not.toBe('locks 403');
	});
});
