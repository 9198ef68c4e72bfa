/**
 * A message or detail cell that says the whole query, slips aside, whichever side made them
 * (`Redis Service unavilable` in the document, `redis service unavailable` typed; `Temporary
 * Unavailable` written, `Temporarily Unavailable` typed): it ranks with the messages the query
 * holds, ahead of a message that leaves a rare word of the query unexplained.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from './helpers';
import { engineOf, otherMessages } from './search-fixtures';
import { splitByRanges } from '../../src/search/highlight';

const rows = (list: string[][]) => list.map((row) => `| ${row.join(' | ')} |`).join('\n');
const table = (title: string, list: string[][]) =>
	`# ${title}\n\n| Code | Message |\n|---|---|\n${rows(list)}\n`;

// Many documents return 503 Service Unavailable; one names the cache behind it, misspelt.
const catalog = buildCatalog([
	...Array.from({ length: 6 }, (_, i) => ({
		file: `content/api-${i}.md`,
		text: table(`API ${i}`, [
			['400', 'Bad Request'],
			['503', 'Service Unavailable'],
		]),
	})),
	{
		file: 'content/iot-core.md',
		text: `# IoT core return codes\n\n| Code | Message | English |\n|---|---|---|\n${rows([
			['150', '服务目前不可用', 'Service is temporarily unavailable, try again later'],
			['151', '网关缓存服务异常', 'Redis Service unavilable'],
			['152', 'API 错误', 'API Error Or Service unavailable'],
		])}\n`,
	},
	{
		file: 'content/sockets.md',
		text: table('Socket errors', [
			['4006', 'Connection reset'],
			['4007', 'Temporary Unavailable'],
		]),
	},
	{
		file: 'content/files.md',
		text: table('File errors', [
			['28', 'File is temporarily unavailable for update'],
			['29', 'Resource temporarily unavailable, the volume is busy'],
			['30', 'The share is temporarily unavailable to this user'],
		]),
	},
	otherMessages(100),
]);
const engine = engineOf(catalog);
const top = (query: string, n = 3) =>
	engine.search(query, n).map((hit) => `${hit.source} ${hit.code}`);

describe('a text that says the whole query with slips', () => {
	it('in a detail cell, outranks the messages that leave a word of the query out', () => {
		expect(top('redis service unavailable', 1)).toEqual(['iot-core 151']);
	});

	it('in a message, outranks the messages that hold its words among others', () => {
		expect(top('Temporarily Unavailable', 1)).toEqual(['sockets 4007']);
	});

	it('marks the whole message that says it', () => {
		const hit = engine.search('Temporarily Unavailable', 1)[0]!;
		expect(
			splitByRanges(hit.message, hit.messageRanges)
				.filter((run) => run.marked)
				.map((run) => run.text),
		).toEqual(['Temporary', 'Unavailable']);
	});

	it('leaves a message written as typed ahead of it', () => {
		expect(top('Service Unavailable', 1)[0]).toMatch(/^api-\d 503$/);
	});

	it('counts only when it says all of the query', () => {
		const hit = engine.search('redis service unavailable cluster', 1)[0];
		expect(`${hit?.source} ${hit?.code}`).toBe('iot-core 151');
		expect(hit?.kind).toBe('words');
	});
});

describe('a message that starts with what is typed, slips aside', () => {
	const typed = buildCatalog([
		{
			file: 'content/cloud.md',
			text: table('Cloud errors', [
				['ResourceUnavailable.InsufficientBalance', 'The balance is insufficient. Top up first.'],
				['ResourceUnavailable.Quota', 'The quota is used up.'],
			]),
		},
		{
			file: 'content/merchants.md',
			text: table('Merchant errors', [
				['400014', 'Insufficient Balance Error'],
				['400015', 'Card expired'],
			]),
		},
		otherMessages(),
	]);
	const search = engineOf(typed);

	it('ranks first, as one typed without slips does', () => {
		expect(search.search('Insuficient Balance', 1)[0]?.code).toBe('400014');
		expect(search.search('Insufficient Balanc', 1)[0]?.code).toBe('400014');
	});
});
