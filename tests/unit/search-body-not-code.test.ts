/**
 * A pasted JSON body is no code typed: its keys and values read together may spell a code
 * (`{"message":"Limit Exceeded"}` and `MESSAGE_LIMIT_EXCEEDED`), but the codes it names are its
 * values, and the entry whose message it gives comes first.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, codeTable } from './helpers';
import { otherMessages, topOf } from './search-fixtures';

const catalog = buildCatalog([
	{
		file: 'content/chat.md',
		text: `# Chat errors\n\n${codeTable([
			['MESSAGE_LIMIT_EXCEEDED', 'The message is too long.'],
			['MESSAGE_EMPTY', 'The message is empty.'],
		])}`,
	},
	{
		file: 'content/quota.md',
		text: `# Quota errors\n\n${codeTable([
			['Q1', 'Limit exceeded'],
			['Q2', 'Quota exhausted'],
		])}`,
	},
	otherMessages(),
]);
const top = topOf(catalog);

describe('a pasted body', () => {
	it('finds the entry whose message it gives, not a code its keys and values spell', () => {
		expect(top('{"message":"Limit Exceeded"}')[0]).toBe('quota Q1');
	});

	it('leaves a code typed as it was', () => {
		expect(top('message limit exceeded')[0]).toBe('chat MESSAGE_LIMIT_EXCEEDED');
	});
});
