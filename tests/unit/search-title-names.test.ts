/**
 * A title that names a class or module as code writes it (`orders_api.OrderLinesApi`) names its
 * document as a number of a title does: an SDK's exception names the API class it was calling
 * (`Exception when calling OrderLinesApi->order_line_show: (404)`), and the 404 is that API's.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, codeTable } from './helpers';
import { otherMessages, topOf } from './search-fixtures';
import { SourceTitles } from '../../src/search/titles';

const statuses = (name: string, notFound = 'API not found'): string =>
	codeTable([
		['400', `Bad request to ${name}.`],
		['404', notFound],
		['429', `Too many requests to ${name}.`],
	]);
const catalog = buildCatalog([
	...['billing', 'shipping', 'search', 'media'].map((name) => ({
		file: `content/${name}.md`,
		text: `# ${name} statuses\n\n${statuses(name)}`,
	})),
	{
		file: 'content/python-sdk.md',
		text: `# orders_api.OrderLinesApi\n\n${statuses('orders', 'Not Found')}`,
	},
	otherMessages(),
]);
const top = topOf(catalog);

describe('a title that names a class as code writes it', () => {
	it('names its document, whose status comes first', () => {
		expect(
			top(
				'ERROR Exception when calling OrderLinesApi->order_line_show: (404)\nReason: Not Found',
			)[0],
		).toBe('python-sdk 404');
	});

	it('reads only names of several parts', () => {
		const titles = new SourceTitles(['orders_api.OrderLinesApi', 'JavaScript errors', 'iOS']);
		expect([...titles.named('OrderLinesApi failed')]).toEqual([0]);
		expect([...titles.named('orders_api')]).toEqual([0]);
		expect([...titles.named('JavaScript iOS')]).toEqual([]);
	});
});
