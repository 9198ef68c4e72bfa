/**
 * A pasted body that names no code but is the very body one document shows as its example
 * (`{"status": "error", "error": "Missing API key."}`) names that document's API: the entry of it
 * that the body's words find comes ahead of other APIs' messages that say those words more
 * closely. A message that is the body's message, whole, still comes first. A body of keys many
 * documents show is told by its keys and words together. A line of the same words names nothing: it is no body the API returned.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, codeTable } from './helpers';
import { otherMessages, topOf } from './search-fixtures';

const example = '```json\n{\n  "status": "error",\n  "error": "Missing API key."\n}\n```';
const catalog = buildCatalog([
	{
		file: 'content/geo.md',
		text: `# Responses\n\nErrors come back as a status and a message:\n\n${example}\n\n${codeTable([
			['400', 'Something was wrong with the request, probably a missing API key.'],
			['401', 'The request could not be authorized: an invalid API key or signature.'],
			['403', 'The client with the given API key may not do this.'],
		])}`,
	},
	...['mail', 'chat', 'maps'].map((name) => ({
		file: `content/${name}.md`,
		text: `# ${name} errors\n\n${codeTable([
			[`${name.toUpperCase()}_KEY_MISSING`, 'The API key is missing from the request.'],
			[`${name.toUpperCase()}_KEY_INVALID`, 'Missing or malformed API key.'],
		])}`,
	})),
	otherMessages(),
]);
const top = topOf(catalog);

describe('a body one document shows as its example', () => {
	it("finds that document's entry the body's words find", () => {
		expect(top('{"status": "error", "error": "Missing API key."}')[0]).toBe('geo 400');
	});

	it('leaves a line of the same words to the messages that say them', () => {
		expect(top('status error: Missing API key')[0]).not.toBe('geo 400');
	});
});

const shownBody = (message: string) =>
	`\`\`\`json\n{\n  "message": "${message}",\n  "status": 429,\n  "retryAfter": 60\n}\n\`\`\``;
const common = buildCatalog([
	{
		file: 'content/ledger.md',
		text: `# Ledger API\n\nWhen rate limited:\n\n${shownBody('Quota spent. Try again later.')}\n\n| Status | Name | Description |\n|---|---|---|\n| 429 | Too Many Requests | Quota spent |\n| 404 | Not Found | The ledger does not exist. |\n`,
	},
	...['mail', 'chat', 'maps', 'feed'].map((name) => ({
		file: `content/${name}.md`,
		text: `# ${name} API\n\nErrors look so:\n\n${shownBody('Something failed.')}\n\n${codeTable([
			['429', 'Quota spent'],
			['500', 'Something failed on our side.'],
		])}`,
	})),
	otherMessages(),
]);

describe('a body of keys many documents show', () => {
	it('names the document whose example holds its words too, among documents that say them', () => {
		expect(
			topOf(common)(
				'{"message": "Quota spent. Try again later.", "status": 429, "retryAfter": 60}',
			)[0],
		).toBe('ledger 429');
	});
});
