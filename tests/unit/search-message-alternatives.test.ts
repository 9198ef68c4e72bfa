/**
 * A message a table writes as alternatives (`Missing required parameter / Invalid parameter`) is
 * returned as one of them: each of three words or more is matched as a message of its own. A pasted message that adds
 * what it is about after a colon (`missing required parameter: channel_id`) says the message
 * whole, as a placeholder's value would.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, codeTable } from './helpers';
import { engineOf, otherMessages, topOf } from './search-fixtures';

const catalog = buildCatalog([
	{
		file: 'content/feed.md',
		text: `# Feed errors\n\n${codeTable([
			['400', 'Missing required parameter / Invalid parameter'],
			['404', 'No route'],
		])}`,
	},
	{
		file: 'content/rooms.md',
		text: `# Room errors\n\n${codeTable([
			['ROOM_CHANNEL_ID_INVALID', 'Failed. Invalid channel ID'],
			['ROOM_FULL', 'The room is full.'],
		])}`,
	},
	{
		file: 'content/store.md',
		text: `# Store errors\n\n${codeTable([
			['MissingParameter', 'A required parameter is missing in the request.'],
			['InvalidKey', 'The key is not valid.'],
		])}`,
	},
	otherMessages(),
]);
const top = topOf(catalog);

describe('a message written as alternatives', () => {
	it('is found by one of them, pasted with what it is about after a colon', () => {
		expect(top('{"error":"missing required parameter: channel_id"}')[0]).toBe('feed 400');
	});

	it('but not by an alternative too short to be more than a status or category name', () => {
		const hit = engineOf(catalog)
			.search('{"error":"Invalid parameter: page_size"}', 3)
			.find((found) => `${found.source} ${found.code}` === 'feed 400');
		expect(hit?.kind).not.toBe('message');
	});
});
