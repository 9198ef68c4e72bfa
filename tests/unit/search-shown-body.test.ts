/**
 * A pasted body that names no code but is the very body one document shows as its example
 * (`{"status": "error", "error": "Missing API key."}`) names that document's API: the entry of it
 * that the body's words find comes ahead of other APIs' messages that say those words more
 * closely. A message that is the body's message, whole, still comes first. A line of the same words names nothing: it is no body the API returned.
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
