/**
 * A paste that names the API it called (a host, a client or logger, an exception class) beside a
 * status that many documents hold: the document about that API has the answer. A file name that
 * leads with a product names it; one that leads with a kind of document (`api-…`) names nothing.
 * A product further in a file name is named only where the paste writes it as a name (a host, a
 * qualifier, a call), never by a word of prose.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, codeTable, routes } from './helpers';
import { buildSearchIndex } from '../../src/outputs/search-index';
import { SearchEngine } from '../../src/search/search';
import { SourceNames } from '../../src/search/source-names';
import { otherMessages, statusTable, topOf } from './search-fixtures';

const generic = statusTable([
	['401', 'Unauthorized'],
	['502', 'Bad Gateway'],
	['503', 'Service Unavailable'],
]);
const catalog = buildCatalog([
	{ file: 'content/api-status-codes.md', text: `# Status codes\n\n${generic}` },
	{ file: 'content/http-errors.md', text: `# HTTP errors\n\n${generic}` },
	{ file: 'content/shop-api-errors.md', text: `# Shop errors\n\n${generic}` },
	{
		file: 'content/geolocate-status-codes.md',
		text: `# Status codes\n\n${statusTable([
			['401', 'The key is missing'],
			['502', 'Upstream error'],
			['503', 'Down for maintenance'],
		])}`,
	},
	{
		file: 'content/tick-t-ok-api-error-response.md',
		text: `# API error response\n\n${statusTable([
			['401', 'Error authentication.'],
			['404', 'Not found.'],
		])}`,
	},
]);
const engine = new SearchEngine(JSON.parse(JSON.stringify(buildSearchIndex(catalog))), routes);
const top = (query: string) => engine.search(query, 3).map((hit) => `${hit.source} ${hit.code}`);

describe('a paste that names the API it called', () => {
	it("finds that API's document first by the host of a URL", () => {
		expect(top('GET https://api.geolocate.dev/?ip=8.8.8.8 failed: 502 Bad Gateway')[0]).toBe(
			'geolocate-status-codes 502',
		);
	});

	it('by an exception class or a logger that leads with its name', () => {
		expect(top('GeolocateError: lookup returned 503')[0]).toBe('geolocate-status-codes 503');
		expect(top('geolocate: request failed with 401 Unauthorized')[0]).toBe(
			'geolocate-status-codes 401',
		);
	});

	it('by a name written with the file name’s short parts joined, beside a status stated as such', () => {
		expect(top('[WARN] ticktok client: POST /v1/users failed: status=401')[0]).toBe(
			'tick-t-ok-api-error-response 401',
		);
	});

	it('by its name with the major version written on, as clients name themselves', () => {
		expect(top('geolocate2: lookup failed: 503')[0]).toBe('geolocate-status-codes 503');
	});

	it('leaves a paste that names no API to the documents whose message it says', () => {
		expect(top('HTTPError: 502 Bad Gateway')).not.toContain('geolocate-status-codes 502');
	});
});

describe('a paste that names a product its file name holds further in', () => {
	// `slate` leads four file names, so it names a kind of site, not this product.
	const others = ['slate-status-codes', 'slate-http-errors', 'slate-shop-errors', 'http-errors'];
	const top = topOf(
		buildCatalog([
			...others.map((name) => ({ file: `content/${name}.md`, text: `# Errors\n\n${generic}` })),
			{
				file: 'content/slate-radio-api-errors.md',
				text: `# Errors\n\n${statusTable([
					['406', 'You requested a format that is not json.'],
					['503', 'We are offline for maintenance.'],
				])}`,
			},
		]),
	);

	it('finds its document by a host, a path or a call that writes the product as a name', () => {
		expect(
			top('HTTPError: 503 Server Error for url: https://api.radio.example/v1/devices')[0],
		).toBe('slate-radio-api-errors 503');
		expect(top('Radio.Client.Unavailable: 503')[0]).toBe('slate-radio-api-errors 503');
		expect(top('radioOpen failed: 503')[0]).toBe('slate-radio-api-errors 503');
	});

	it('by the path of a request line, which names the resource called', () => {
		expect(top('GET /radio/stations/42 failed: 503')[0]).toBe('slate-radio-api-errors 503');
	});
});

describe('the parts of a URL as names', () => {
	const names = new SourceNames(['pagarme-sdk-readme', 'wallet-slate-currencies', 'http-errors']);

	it('are a domain of two labels written as one name', () => {
		expect([...names.named('412 for url: https://api.pagar.me/core/v5/orders')]).toEqual([0]);
	});

	it("are the words of a URL's or a request line's path", () => {
		expect([...names.named('GET /currencies/USDT 500 Internal Server Error')]).toEqual([1]);
		expect([...names.named('failed: https://api.example.com/v2/currencies/')]).toEqual([1]);
	});

	it('but not a word of prose, nor a path that follows no method or host', () => {
		expect([...names.named('the currencies are not listed: 500')]).toEqual([]);
		expect([...names.named('see docs/currencies for 500')]).toEqual([]);
	});
});

describe('the names of APIs in file names', () => {
	const names = new SourceNames([
		'api-status-codes',
		'geolocate-status-codes',
		'tick-t-ok-api-error-response',
		'shop-api-errors',
		'apollo-server-errors',
		'apollo-federation-errors',
		'apollo-client-errors',
		'slate-radio-api-errors',
		'dyspatch-java-apierror-model',
	]);

	it('are the product words that lead them', () => {
		expect([...names.named('https://api.geolocate.dev/')]).toEqual([1]);
		expect([...names.named('ticktok client')]).toEqual([2]);
	});

	it('are the product words with a version written on, not a host numbered', () => {
		expect([...names.named('influx geolocate3 write failed')]).toEqual([1]);
		expect([...names.named('geolocate01 failed')]).toEqual([]);
	});

	it('are not the words that say what kind of document it is, nor a name many lead with', () => {
		expect([...names.named('api status')]).toEqual([]);
		expect([...names.named('apollo')]).toEqual([]);
	});

	it('are a word further in where the paste writes it as a name: a host, a qualifier, a call', () => {
		expect([...names.named('GET https://api.radio.example/v1/devices')]).toEqual([7]);
		expect([...names.named('Dyspatch.Model.APIError')]).toContain(8);
		expect([...names.named('ApiError.Codes.NOT_FOUND')]).toContain(8);
		expect([...names.named('radioOpen failed')]).toEqual([7]);
	});

	it('but not where the paste says it as prose, nor a word many file names hold', () => {
		expect([...names.named('the radio is off')]).toEqual([]);
		expect([...names.named('the model returned an apierror')]).toEqual([]);
		expect([...names.named('Api.Errors.Status')]).toEqual([]);
	});
});

describe('a typed query that starts with the product it is about', () => {
	const notFound = statusTable([
		['404', 'Resource not found'],
		['500', 'Internal server error'],
	]);
	const top = topOf(
		buildCatalog([
			otherMessages(),
			...['api-status-codes', 'http-errors', 'shop-api-errors'].map((name) => ({
				file: `content/${name}.md`,
				text: `# Errors\n\n${notFound}`,
			})),
			{
				file: 'content/lightning-pay-errors.md',
				text: `# Errors\n\n${codeTable([
					['2001', 'Resource not found'],
					['2002', 'Invoice expired'],
					['5000', 'Internal server error'],
				])}`,
			},
		]),
	);

	it('finds that product’s entry first among documents that say the same words', () => {
		expect(top('lightning pay resource not found')[0]).toBe('lightning-pay-errors 2001');
		expect(top('lightning internal server error contact support')[0]).toBe(
			'lightning-pay-errors 5000',
		);
	});

	it('but not where it is all that is typed, is not the first word, or is a word other documents say', () => {
		const names = new SourceNames(['api-errors', 'lightning-pay-errors']);
		expect([...names.led('lightning pay', () => 0)]).toEqual([1]);
		expect([...names.led('lightning', () => 0)]).toEqual([]);
		expect([...names.led('resource lightning pay', () => 0)]).toEqual([]);
		// `lightning` said by three other documents' messages is a word of a message, not a name.
		expect([...names.led('lightning strikes', () => 3)]).toEqual([]);
	});
});

describe('a document whose page is named by its front matter, not its file', () => {
	const top = topOf(
		buildCatalog([
			...['api-status-codes', 'http-errors', 'shop-api-errors'].map((name) => ({
				file: `content/${name}.md`,
				text: `# Errors\n\n${generic}`,
			})),
			{
				file: 'content/newswire-response-codes.md',
				text: `---\ntitle: Response codes\nslug: /http_response_codes\n---\n\n# Response codes\n\n${statusTable(
					[
						['401', 'The key is invalid or missing'],
						['503', 'Feeds are being refreshed'],
					],
				)}`,
			},
		]),
	);

	it('is still named by the product its file name leads with', () => {
		expect(top('newswire: request failed (401 Unauthorized)')[0]).toBe('http-response-codes 401');
		expect(top('GET https://api.newswire.io/v1/feed -> 503')[0]).toBe('http-response-codes 503');
	});
});
