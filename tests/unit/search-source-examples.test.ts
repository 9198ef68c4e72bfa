/**
 * A pasted JSON body of the keys one document prints as its error body: that document's entry
 * for the body's status comes first, where several documents return the status with the same
 * message. Keys every API uses name no document.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, routes } from './helpers';
import { buildSearchIndex } from '../../src/outputs/search-index';
import { SearchEngine } from '../../src/search/search';
import { SourceExamples } from '../../src/search/source-examples';

const statusTable = `| Status | Meaning |\n|---|---|\n| 400 | Bad Request |\n| 401 | Unauthorized |\n`;
const example = (body: string) => `Errors come back as:\n\n\`\`\`json\n${body}\n\`\`\`\n\n`;
const catalog = buildCatalog([
	{ file: 'content/alpha.md', text: `# Status codes\n\n${statusTable}` },
	{
		file: 'content/beta.md',
		text: `# Status codes\n\n${example('{"code": 400, "message": "Bad Request"}')}${example(
			'HTTP/1.1 401 Your plan does not include reports',
		)}${statusTable}`,
	},
	{ file: 'content/delta.md', text: `# Status codes\n\n${statusTable}` },
	{
		file: 'content/gamma.md',
		text: `# Status codes\n\n${example(
			'{\n  "timestamp": "2025-01-09T14:30:15",\n  "status": 400,\n  "error": "Bad Request",\n  "path": "/api/users"\n}',
		)}${statusTable}`,
	},
]);
const engine = new SearchEngine(JSON.parse(JSON.stringify(buildSearchIndex(catalog))), routes);
const top = (query: string) => engine.search(query, 3).map((hit) => `${hit.source} ${hit.code}`);

describe('a paste of what a document shows', () => {
	it("finds that document's entry for its status first", () => {
		expect(
			top(
				'{"timestamp":"2025-02-11T08:02:44","status":401,"error":"Unauthorized","path":"/api/orders"}',
			)[0],
		).toBe('gamma 401');
	});

	it('and a line whose every word a document’s example shows, that document’s entry for the status it states', () => {
		expect(top('HTTP/1.1 401 Your plan does not include reports')[0]).toBe('beta 401');
	});

	it('leaves a body of the keys every API uses to the documents whose message it says', () => {
		expect(top('{"code": 401, "message": "Unauthorized"}')[0]).toBe('alpha 401');
	});
});

describe('the search index', () => {
	it("carries the words of each document's examples, without their numbers, under a new version", () => {
		const index = buildSearchIndex(catalog);
		expect(index.version).toBeGreaterThanOrEqual(5);
		expect(index.examples).toEqual([
			'',
			'code message bad request http your plan does not include reports',
			'',
			'timestamp status error bad request path api users',
		]);
	});
});

describe('the documents a body names by its keys', () => {
	const examples = new SourceExamples([
		'code message details',
		'timestamp status error message path',
		'code message details',
		'',
		'code message details',
		'code message details',
	]);

	it('are the few whose examples hold every key', () => {
		expect([...examples.shown('{"timestamp": "x", "status": 1, "path": "/a"}', true)]).toEqual([1]);
	});

	it('are none where many do, or the body has too few keys to tell', () => {
		expect([...examples.shown('{"code": "E1", "message": "m", "details": []}', true)]).toEqual([]);
		expect([...examples.shown('{"path": "/a", "status": 1}', true)]).toEqual([]);
	});

	it('leave out the fields of a validation map, which are the request’s, not the API’s', () => {
		const problems = new SourceExamples([
			'errors dateofbirth could not convert type title status traceid trace id',
			'code message details',
		]);
		expect([
			...problems.shown(
				'{"errors":{"email":["The Email field is required."]},"type":"about:blank","title":"One or more validation errors occurred.","status":400,"traceId":"00-1"}',
				true,
			),
		]).toEqual([0]);
	});
});
