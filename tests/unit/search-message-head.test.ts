/**
 * A JSON body whose message is headed by the error's name (`"message": "BadSessionChallengeAnswer:
 * The given …"`, as JSON-RPC servers and many SDKs write it) names that code, as a log line
 * headed so does, ahead of the numbers of its other fields (`"id": "7"`).
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, codeTable } from './helpers';
import { engineOf, otherMessages, resultCodes } from './search-fixtures';
import { readQuery } from '../../src/search/paste';

const catalog = buildCatalog([
	{
		file: 'content/voicechat.md',
		text: `# Errors\n\n${codeTable([
			['SessionExpired', 'The session has expired.'],
			['BadChallengeAnswer', 'Authentication errors.'],
		])}`,
	},
	...resultCodes(['voip', 'bank', 'maps', 'shop', 'mail', 'chat', 'sms'], ['7', '8711']),
	otherMessages(),
]);
const engine = engineOf(catalog);
const top = (query: string) => engine.search(query, 3).map((hit) => `${hit.source} ${hit.code}`);

describe("a name heading a body's message", () => {
	it('is read as a code', () => {
		expect(
			readQuery('{"error":{"message":"BadChallengeAnswer: the answer is out of sync"}}').mentions,
		).toContainEqual({ text: 'BadChallengeAnswer', strength: 1 });
	});

	it('is not when it is a word of prose', () => {
		expect(
			readQuery('{"error":{"message":"Note: the answer is out of sync"}}').mentions.map(
				(mention) => mention.text,
			),
		).not.toContain('Note');
	});

	it("finds that code ahead of the body's other numbers", () => {
		expect(
			top(
				'{"jsonrpc":"2.0","id":"7","error":{"code":-1,"message":"BadChallengeAnswer: the answer is out of sync"}}',
			)[0],
		).toBe('voicechat BadChallengeAnswer');
	});
});
