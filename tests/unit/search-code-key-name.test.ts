/**
 * A body that names its error under a key that says code (`"code": "NoSuchKey"`) and its kind
 * beside it (`"error": "not_found"`, `"statusCode": "404"`) reports the code: the kind is the
 * status's own name, which many APIs give their 404. A body of keys that other APIs' examples
 * show (`statusCode`, `code`, `error`, `message`) names those APIs only where they have the code
 * it names.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, codeTable } from './helpers';
import { otherMessages, topOf } from './search-fixtures';
import { readQuery, STRENGTH } from '../../src/search/paste';

const shownBody =
	'```json\n{\n  "statusCode": 404,\n  "code": "ENTITY_MISSING",\n  "error": "not_found",\n  "message": "Entity missing"\n}\n```';
const catalog = buildCatalog([
	{
		file: 'content/storage.md',
		text: `# Storage errors\n\n| Code | Description | Status |\n|---|---|---|\n| NoSuchBucket | The bucket does not exist. | 404 |\n| NoSuchKey | The specified key does not exist. | 404 |\n| AccessDenied | Access to the object is denied. | 403 |\n`,
	},
	...['mail', 'chat', 'maps'].map((name) => ({
		file: `content/${name}.md`,
		text: `# ${name} API\n\nErrors come back so:\n\n${shownBody}\n\n| Status | Code | Meaning |\n|---|---|---|\n| 400 | bad_request | The ${name} request is malformed. |\n| 404 | not_found | Resource not found |\n`,
	})),
	{
		file: 'content/feed.md',
		text: `# Feed errors\n\n${codeTable([
			['not_found', 'Resource not found'],
			['rate_limited', 'Too many requests.'],
		])}`,
	},
	otherMessages(),
]);
const top = topOf(catalog);
const body =
	'{"statusCode":"404","code":"NoSuchKey","error":"not_found","message":"Object not found"}';

describe('a body that names its code beside the kind of error', () => {
	it('reads the name under the code key as the code, and the kind as any value', () => {
		const { mentions } = readQuery(body);
		expect(mentions[0]).toEqual({ text: 'NoSuchKey', strength: STRENGTH.keyed });
		expect(mentions).toContainEqual({ text: 'not_found', strength: STRENGTH.jsonValue });
	});

	it('finds the code it names before the 404 of the APIs whose example has its keys', () => {
		expect(top(body)[0]).toBe('storage NoSuchKey');
	});

	it('still reads a kind alone as the code', () => {
		expect(readQuery('{"error": "not_found", "message": "Object not found"}').mentions).toEqual([
			{ text: 'not_found', strength: STRENGTH.keyed },
		]);
	});
});
