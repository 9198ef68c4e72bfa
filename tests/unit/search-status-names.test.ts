/**
 * A body's code that is a name the catalog gives one HTTP status (`"code": "UNAUTHORIZED"`,
 * which the documents that list it return as 401) states that status; and a body of too few keys
 * to tell an API by is told by its words, as a line is. Together: the one document that shows
 * `{"code": "UNAUTHORIZED", "message": "Invalid or missing API key"}` as its example is the API
 * the body came from, and its 401 is the answer.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from './helpers';
import { engineOf, otherMessages } from './search-fixtures';
import { SourceExamples } from '../../src/search/source-examples';

const named = (title: string, status: number, name: string, message: string) =>
	`# ${title}\n\n| Code | Status | Message |\n|---|---|---|\n| ${name} | ${status} | ${message} |\n| NOT_FOUND | 404 | Nothing here. |\n`;

const catalog = buildCatalog([
	{
		file: 'content/gateway.md',
		text: named('Gateway errors', 401, 'UNAUTHORIZED', 'The token was refused.'),
	},
	{
		file: 'content/registry.md',
		text: named('Registry errors', 401, 'UNAUTHORIZED', 'Authentication required.'),
	},
	{
		file: 'content/payments.md',
		text: `# Payment errors\n\n| Code | Status | Message |\n|---|---|---|\n| AUTH_1001 | 401 | Invalid or missing API key |\n| AUTH_1002 | 403 | Key revoked |\n`,
	},
	{
		file: 'content/solo.md',
		text: `# 에러 코드\n\n| 코드 | 설명 |\n|---|---|\n| 400 | 잘못된 요청 |\n| 401 | 인증 실패 |\n| 404 | 리소스 없음 |\n\n## 인증 오류 (401)\n\n\`\`\`json\n{\n  "code": "UNAUTHORIZED",\n  "message": "Invalid or missing API key"\n}\n\`\`\`\n`,
	},
	otherMessages(),
]);
const engine = engineOf(catalog);
const top = (query: string) => engine.search(query, 3).map((hit) => `${hit.source} ${hit.code}`);

describe('a body whose code names a status, from the API whose example it is', () => {
	it('finds that API’s entry for the status', () => {
		expect(top('{"code":"UNAUTHORIZED","message":"Invalid or missing API key"}')).toContain(
			'solo 401',
		);
	});

	it('leaves the entry whose message it is ahead', () => {
		expect(top('{"code":"UNAUTHORIZED","message":"Invalid or missing API key"}')[0]).toBe(
			'payments AUTH_1001',
		);
	});

	it('names no status with a name the documents give several', () => {
		const split = buildCatalog([
			{ file: 'content/a.md', text: named('A', 401, 'DENIED', 'No.') },
			{ file: 'content/b.md', text: named('B', 403, 'DENIED', 'No.') },
			{
				file: 'content/c.md',
				text: `# C\n\n| Code | Message |\n|---|---|\n| 401 | Unauthorized |\n| 403 | Forbidden |\n`,
			},
		]);
		const search = engineOf(split);
		expect(
			search.search('{"code":"DENIED","message":"go away"}', 5).map((hit) => hit.source),
		).not.toContain('c');
	});
});

describe('a body of too few keys to tell an API by', () => {
	const examples = new SourceExamples([
		'code message unauthorized invalid or missing api key',
		'code message bad request',
		'code message bad request id',
		'code message bad request path',
		'code message bad request trace',
		'code message',
	]);

	it('is told by its words, as a line is', () => {
		expect([
			...examples.shown('{"code":"UNAUTHORIZED","message":"Invalid or missing API key"}', true),
		]).toEqual([0]);
	});

	it('names none when its words are any API’s', () => {
		expect([...examples.shown('{"code":"E1","message":"bad request"}', true)]).toEqual([]);
	});
});
