/**
 * Which name is the code when the numbers repeat, reason phrases as other names, and a `Status`
 * column that is not HTTP's (issue 16, batches unseen-19 and unseen-20). The classify stage alone,
 * a `TableText` in and the roles out; then each kind's small document under tests/fixtures/
 * through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { Classification } from '../../src/pipeline/classify/classify';
import { tableEntries } from '../../src/pipeline/entries/entries';
import { buildFixture } from './helpers';
import { type TableSketch, classifyAll, tableText } from './table-text';

const roles = (c: Classification) => [c.accepted, c.code, c.aliases, c.message];

describe('classify: the constants are the codes where their values repeat', () => {
	const header = ['Group', 'Name', 'Value', 'Description'];
	const client: TableSketch = {
		section: ['Result codes', 'Client'],
		header,
		rows: [
			['ResultConnect', 'CONNECT_OK', '0', 'Connected'],
			['', 'CONNECT_FAILED', '1', 'The connection failed'],
			['', 'CONNECT_BUSY', '2', 'A connection is already being made'],
			['ResultLogin', 'LOGIN_OK', '0', 'Logged in'],
			['', 'LOGIN_FAILED', '1', 'The login was refused'],
			['', 'LOGIN_EXPIRED', '2', 'The session has expired'],
			['ResultRoom', 'ROOM_OK', '0', 'Joined the room'],
			['', 'ROOM_FULL', '301', 'The room is full'],
			['', 'ROOM_CLOSED', '302', 'The room was closed'],
		],
	};

	it('takes the names, the values their aliases, where a value is given to many names', () => {
		const [c] = classifyAll(client);
		expect(roles(c!)).toEqual([true, 1, [2], 3]);
	});

	it('reads a table of distinct values alike where the document repeats them elsewhere', () => {
		const server: TableSketch = {
			section: ['Result codes', 'Server'],
			header,
			rows: [
				['Node', 'NODE_MISSING', '9001', ''],
				['', 'NODE_STOPPED', '9002', ''],
				['Room', 'ROOM_MISSING', '9101', ''],
			],
		};
		const [, s] = classifyAll(client, server);
		expect(roles(s!)).toEqual([true, 1, [2], 3]);
	});

	it('keeps the values as the codes where one is given twice, a slip', () => {
		const [c] = classifyAll({
			section: ['Result codes'],
			header,
			rows: [
				['ResultConnect', 'CONNECT_OK', '0', 'Connected'],
				['', 'CONNECT_FAILED', '1', 'The connection failed'],
				['', 'CONNECT_BUSY', '2', 'A connection is already being made'],
				['ResultLogin', 'LOGIN_FAILED', '2', 'The login was refused'],
				['', 'LOGIN_EXPIRED', '3', 'The session has expired'],
			],
		});
		expect(c!.code).toBe(2);
	});

	it('constants-sharing-values.md: every constant once, its value an alias, a name broken by <br/> closed up', () => {
		const catalog = buildFixture('constants-sharing-values.md');
		expect(catalog.entries.map((e) => e.code)).toEqual([
			'CONNECT_OK',
			'CONNECT_FAILED',
			'CONNECT_BUSY',
			'LOGIN_OK',
			'LOGIN_FAILED',
			'LOGIN_EXPIRED',
			'ROOM_OK',
			'ROOM_FULL',
			'ROOM_CLOSED',
			'NODE_MISSING',
			'NODE_STOPPED',
			'ROOM_MISSING',
		]);
		const byCode = new Map(catalog.entries.map((e) => [e.code, e]));
		expect(byCode.get('LOGIN_FAILED')!.aliases).toContain('1');
		expect(byCode.get('ROOM_FULL')!.message).toBe('The room is full');
		expect(byCode.get('NODE_STOPPED')!.aliases).toContain('9002');
	});
});

describe('entries: the name of a status written beside it is an alias', () => {
	const aliasesOf = (sketch: TableSketch) => {
		const [classification] = classifyAll(sketch);
		const read = tableEntries(tableText(sketch), classification!, { file: 'doc.md', table: 0 });
		return Object.fromEntries(read.entries.map((e) => [e.code, [e.message, e.aliases]]));
	};

	it('takes a titled name after the code in its cell, where a description says what it means', () => {
		expect(
			aliasesOf({
				section: ['HTTP status codes'],
				header: ['Code', 'Description'],
				rows: [
					['202 - Queued Import', 'The import was queued and runs later'],
					['422 - Invalid Record', 'A field of the record is not valid'],
					['429 - slow down please', 'Too many requests'],
				],
			}),
		).toEqual({
			'202': ['The import was queued and runs later', ['Queued Import']],
			'422': ['A field of the record is not valid', ['Invalid Record']],
			'429': ['Too many requests', []],
		});
	});

	it('takes a column of names beside the description, reason phrases or not', () => {
		expect(
			aliasesOf({
				section: ['Responses'],
				header: ['HTTP Code', 'Name', 'Description'],
				rows: [
					['400', 'Bad Request', 'The request was malformed, probably a missing key.'],
					['403', 'Access Denied', 'The key may not do this.'],
					['503', 'Service Unavailable', 'Try again in a minute.'],
				],
			}),
		).toEqual({
			'400': ['The request was malformed, probably a missing key.', ['Bad Request']],
			'403': ['The key may not do this.', ['Access Denied']],
			'503': ['Try again in a minute.', ['Service Unavailable']],
		});
	});

	it('keeps a name that is the only text beside the code as the message, and only that', () => {
		expect(
			aliasesOf({
				section: ['HTTP status codes'],
				header: ['Status', 'Meaning'],
				rows: [
					['409', 'Conflict'],
					['410', 'Gone Away'],
					['503', 'Service Unavailable'],
				],
			}),
		).toEqual({
			'409': ['Conflict', []],
			'410': ['Gone Away', []],
			'503': ['Service Unavailable', []],
		});
	});

	it('status-names-beside-codes.md: each name an alias, and one short link names every code so called', () => {
		const catalog = buildFixture('status-names-beside-codes.md');
		const named = (alias: string) =>
			catalog.entries.filter((e) => e.aliases.includes(alias)).map((e) => e.code);
		expect(named('Queued Import')).toEqual(['202']);
		expect(named('Access Denied')).toEqual(['403']);
		expect(named('Bad Request')).toEqual(['400']);
		expect(named('Not Found')).toEqual(['404']);
		const page = catalog.pages.find((p) => p.code === '403');
		expect(page?.aliases?.map((a) => a.name)).toContain('Access Denied');
	});
});

describe('classify: a `Status` column of numbers that are not HTTP statuses', () => {
	const own: TableSketch = {
		section: ['Transfer status codes'],
		header: ['Status', 'Meaning'],
		rows: [
			['000', 'Transfer is done'],
			['201', 'Request is Rejected (Account not found)'],
			['202', 'Request is Rejected (Account is not active)'],
			['204', 'Request is Rejected (Invoice not found)'],
			['205', 'Request is Rejected (Bank not supported)'],
			['206', 'Transfer failed (Balance too low)'],
			['209', 'Request is Rejected (Account is closed)'],
			['225', 'Request is Rejected (Daily limit reached)'],
			['300', 'Transfer failed (Invoice already paid)'],
			['301', 'Request is Rejected (Account is blocked)'],
			['302', 'Request is Rejected (Account is suspended)'],
			['307', 'Request is Rejected (Bank system error)'],
			['429', 'Request Rejected (Too many requests)'],
			['990', 'Request is Rejected (Parameter not valid)'],
			['999', 'Internal error'],
		],
	};

	it('reads numbers some of which no status could be (`000`, `990`) as the codes, with no status', () => {
		const [c] = classifyAll(own);
		expect([c!.accepted, c!.code, c!.status, c!.statusFromCode]).toEqual([true, 0, -1, false]);
	});

	it('keeps a status column that adds a few statuses of its own (`520`)', () => {
		const [c] = classifyAll({
			section: ['HTTP statuses'],
			header: ['Status', 'Meaning'],
			rows: [
				['400', 'The body is not valid JSON'],
				['401', 'The API key is missing'],
				['404', 'No such transfer'],
				['429', 'Too many requests'],
				['520', 'The origin returned an unknown error'],
			],
		});
		expect(c!.statusFromCode).toBe(true);
	});

	it('own-status-numbers.md: the own numbers without an HTTP status, the HTTP table with one', () => {
		const catalog = buildFixture('own-status-numbers.md');
		const statusOf = (section: string, code: string) =>
			catalog.entries.find((e) => e.code === code && e.section.at(-1) === section)?.status;
		expect(statusOf('Transfer status codes', '209')).toBeNull();
		expect(statusOf('Transfer status codes', '429')).toBeNull();
		expect(statusOf('Transfer status codes', '300')).toBeNull();
		expect(statusOf('HTTP statuses', '429')).toBe(429);
		expect(statusOf('HTTP statuses', '404')).toBe(404);
	});
});
