/**
 * A body that names its API and gives only its status's reason phrase (`"title": "Not Found"`
 * beside `"status": 404`): that API's 404 is the answer, whatever words its document gives it,
 * ahead of the many documents whose message is the reason phrase itself.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from './helpers';
import { otherMessages, statusTable, topOf } from './search-fixtures';

const top = topOf(
	buildCatalog([
		...Array.from({ length: 6 }, (_, i) => ({
			file: `content/shop-${i}-errors.md`,
			text: `# Errors\n\n${statusTable([
				['400', 'Bad Request'],
				['404', 'Not Found'],
			])}`,
		})),
		{
			file: 'content/acme-status-codes.md',
			text: `# Status codes\n\n${statusTable([
				['400', 'The widget is malformed.'],
				['404', 'No widget has this id.'],
			])}`,
		},
		otherMessages(),
	]),
);

describe('a body that names its API and says only its status', () => {
	it("finds that API's entry of the status first", () => {
		expect(
			top('{"status":404,"title":"Not Found","instance":"https://api.acme.example/widgets/7"}')[0],
		).toBe('acme-status-codes 404');
	});

	it('leaves a body that names no API to the documents whose message it says', () => {
		expect(top('{"status":404,"title":"Not Found"}')).not.toContain('acme-status-codes 404');
	});
});
