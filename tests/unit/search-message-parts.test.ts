/**
 * A message a table writes in parts (`Bad Request -- The order id is malformed.`) that a pasted
 * body gives in fields of their own (`"error": "Bad Request"`, `"message": "The order id is
 * malformed."`): the entry that says both is the answer, ahead of the many that say the first.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from './helpers';
import { engineOf, otherMessages } from './search-fixtures';

const table = (title: string, rows: string[][]) =>
	`# ${title}\n\n| Code | Message |\n|---|---|\n${rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}\n`;

const catalog = buildCatalog([
	...Array.from({ length: 8 }, (_, i) => ({
		file: `content/api-${i}.md`,
		text: table(`API ${i}`, [
			['400', 'Bad Request'],
			['404', 'Not Found'],
		]),
	})),
	...Array.from({ length: 4 }, (_, i) => ({
		file: `content/named-${i}.md`,
		text: table(`Named API ${i}`, [['Unauthorized', 'The API key is missing.']]),
	})),
	{
		file: 'content/orders.md',
		text: table('Orders API errors', [
			['400', 'Bad Request -- The order id is malformed.'],
			['404', 'Not Found - No order has this id.'],
			['401', 'Unauthorized -- Your session has ended.'],
		]),
	},
	otherMessages(60),
]);
const engine = engineOf(catalog);
const first = (query: string) => {
	const hit = engine.search(query, 1)[0];
	return `${hit?.source} ${hit?.code}`;
};

describe('a message in parts that a body gives in fields of their own', () => {
	it('names the entry that says every part', () => {
		expect(
			first('{"status":400,"error":"Bad Request","message":"The order id is malformed."}'),
		).toBe('orders 400');
		expect(first('{"error":"Not Found","message":"No order has this id."}')).toBe('orders 404');
	});

	it('whose first part other catalogs use as a code, which the body’s name field is read as', () => {
		expect(first('{"status":401,"error":"Unauthorized","message":"Your session has ended."}')).toBe(
			'orders 401',
		);
	});

	it('holds in a line that joins the parts otherwise', () => {
		expect(first('HTTP 400 Bad Request: The order id is malformed')).toBe('orders 400');
	});

	it('needs every part: the first alone is any API’s', () => {
		expect(first('{"status":400,"error":"Bad Request","message":"The cart is empty."}')).not.toBe(
			'orders 400',
		);
	});
});
