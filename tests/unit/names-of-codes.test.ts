/**
 * Which of a row's names is its code, and what of a name cell is the code (issue 16, batches
 * unseen-27 and unseen-28): constants beside numbers some rows lack, an enum member written with
 * its value. The code cell and the classify stage alone, and each kind's small document under
 * tests/fixtures/ through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { readCodeCell } from '../../src/core/code-cell';
import { readCode } from '../../src/core/codes';
import { tableEntries } from '../../src/pipeline/entries/entries';
import { buildFixture } from './helpers';
import { type TableSketch, classifyAlone, classifyAll, tableText } from './table-text';

describe('constants beside numbers that some rows lack', () => {
	it('takes the constants every row has over the numbers in front of them that a fourth of the rows leave out', () => {
		const c = classifyAlone({
			title: 'Controller error codes',
			header: ['Error No', 'Error Enum', 'Description'],
			rows: [
				['2', 'ERR_DISK_FORMAT_FAILED', 'Storage error'],
				['3', 'ERR_DISK_FORMATTED', ''],
				['4', 'ERR_DISK_NOT_DETECTED', 'Storage error'],
				['5', 'ERR_DISK_INVALID_PARAM', 'Storage error'],
				['40', 'ERR_RUNTIME_WATCHDOG', 'Runtime error'],
				['41', 'ERR_RUNTIME_STACK', 'Runtime error'],
				['', 'ERR_PROGRAM_WRONG_HEADER', ''],
				['', 'ERR_PROGRAM_CHECKSUM', ''],
			],
		});
		expect([c.accepted, c.code, c.aliases]).toEqual([true, 1, [0]]);
	});

	it('keeps a code written once over the classes that issue it, beside a column headed as the meaning', () => {
		const c = classifyAlone({
			section: ['SQLSTATE codes'],
			header: ['SQLSTATE', 'Description and issuing error classes'],
			rows: [
				['2BP01', 'dependent_objects_still_exist'],
				['', 'SCHEMA_NOT_EMPTY'],
				['53200', 'out_of_memory'],
				['', 'UNABLE_TO_ACQUIRE_MEMORY'],
			],
		});
		expect(c.code).toBe(0);
	});

	it('keeps the constants headed as the code where only the success row has none', () => {
		const c = classifyAlone({
			section: ['Result codes'],
			header: ['Number', 'Code', 'Description'],
			rows: [
				['0', '', 'Success'],
				['1001', 'INVALID_PARAM', 'A parameter is not valid'],
				['1002', 'NO_API_KEY', 'The API key is missing'],
				['1003', 'KEY_EXPIRED', 'The API key has expired'],
				['1004', 'SERVER_FAULT', 'The server failed'],
			],
		});
		expect(c.code).toBe(1);
	});

	it('reads an enum member written with its value as the constant, the value its alias', () => {
		expect(readCodeCell(['ERR_PROGRAM_OK=100'])).toEqual({
			codes: ['ERR_PROGRAM_OK'],
			note: '',
			aliases: ['100'],
		});
		expect(readCodeCell(['E_ABORT = 0x80004004'])).toMatchObject({
			codes: ['E_ABORT'],
			aliases: ['0x80004004'],
		});
	});

	it('constants-with-sparse-numbers.md: each constant its entry, its number an alias', () => {
		const catalog = buildFixture('constants-with-sparse-numbers.md');
		expect(catalog.entries.map((entry) => [entry.code, entry.aliases ?? []])).toEqual([
			['ERR_DISK_FORMAT_FAILED', ['2']],
			['ERR_DISK_FORMATTED', ['3']],
			['ERR_DISK_NOT_DETECTED', ['4']],
			['ERR_DISK_INVALID_PARAM', ['5']],
			['ERR_RUNTIME_WATCHDOG', ['40']],
			['ERR_RUNTIME_STACK', ['41']],
			['ERR_PROGRAM_OK', ['100']],
			['ERR_PROGRAM_WRONG_HEADER', []],
			['ERR_PROGRAM_CHECKSUM', []],
			['ERR_PROGRAM_TOO_LARGE', []],
		]);
		expect(catalog.entries.find((e) => e.code === 'ERR_RUNTIME_WATCHDOG')?.message).toBe(
			'Runtime error',
		);
	});
});

describe('numbers each table gives its own rows, headed as the code, beside names', () => {
	const transport = {
		section: ['Transport'],
		header: ['name', 'code', 'desc'],
		rows: [
			['NO_FAULT', '0', 'No fault'],
			['FRAMING_FAULT', '1', 'The frame could not be read'],
			['WINDOW_FAULT', '2', 'The flow-control window overflowed'],
		],
	};
	const calls = {
		section: ['Calls'],
		header: ['name', 'code', 'desc'],
		rows: [
			['DONE', '0', 'The call succeeded'],
			['ABORTED_BY_PEER', '1', 'The peer aborted the call'],
			['BAD_ARGUMENT', '2', 'An argument was not valid'],
		],
	};

	it('takes the numbers as the codes though the two tables share them, the names as aliases', () => {
		const [first, second] = classifyAll(transport, calls);
		expect([first!.code, first!.aliases, second!.code, second!.aliases]).toEqual([1, [0], 1, [0]]);
	});

	it('still takes the names where the numbers are headed as values, not as the code', () => {
		const asValues = (sketch: TableSketch) => ({
			...sketch,
			header: ['Name', 'Value', 'Description'],
		});
		const [first, second] = classifyAll(asValues(transport), asValues(calls));
		expect([first!.code, second!.code]).toEqual([0, 0]);
	});

	it('still takes the names where one table repeats a number, whatever the header', () => {
		const [table] = classifyAll({
			...calls,
			rows: [
				...calls.rows,
				['CALL_DONE', '0', 'The call succeeded'],
				['CALL_FAILED', '1', 'The call failed'],
			],
		});
		expect(table!.code).toBe(0);
	});

	it('numbered-codes-of-two-protocols.md: the numbers of each table, with their names', () => {
		const catalog = buildFixture('numbered-codes-of-two-protocols.md');
		expect(catalog.entries.map((entry) => [entry.code, entry.aliases ?? []])).toEqual([
			['0', ['NO_FAULT']],
			['1', ['FRAMING_FAULT']],
			['2', ['WINDOW_FAULT']],
			['3', ['STREAM_SHUT']],
			['0', ['DONE']],
			['1', ['ABORTED_BY_PEER']],
			['2', ['BAD_ARGUMENT']],
			['3', ['NOT_ALLOWED']],
			['4', ['OUT_OF_QUOTA']],
		]);
	});
});

describe('numbers headed as the code that repeat, beside names some failures lack', () => {
	const statuses = {
		section: ['Return codes'],
		context: ['The service answers every request with one of these HTTP status codes:'],
		header: ['Code', 'Status', 'Error code', 'Description'],
		rows: [
			['200', 'OK', '', 'The request was accepted.'],
			['400', 'Bad request', 'MissingLogType', 'The log type was not given.'],
			['400', 'Bad request', 'InvalidLogType', 'The log type holds characters it may not.'],
			['400', 'Bad request', 'MissingApiVersion', 'The API version was not given.'],
			['400', 'Bad request', 'InvalidApiVersion', 'The API version is not known.'],
			['400', 'Bad request', 'MissingContentType', 'The content type was not given.'],
			['400', 'Bad request', 'InvalidDataFormat', 'The body is not valid JSON.'],
			['400', 'Bad request', 'InactiveCustomer', 'The workspace is closed.'],
			['403', 'Forbidden', 'InvalidAuthorization', 'The request could not be authenticated.'],
			['404', 'Not found', '', 'The URL is wrong, or the request is too large.'],
			['500', 'Internal server error', 'UnspecifiedError', 'The service failed.'],
		],
	};

	it('takes the statuses as the codes, and their status, where a failure has no name', () => {
		const c = classifyAlone(statuses);
		expect([c.accepted, c.code, c.statusFromCode, c.aliases]).toEqual([true, 0, true, [2]]);
	});

	it('keeps the names as the codes where only the success row has none', () => {
		const c = classifyAlone({
			...statuses,
			rows: statuses.rows.filter((row) => row[0] !== '404'),
		});
		expect(c.code).toBe(2);
	});

	it('takes the own numbers of a socket that repeat, where a failure has no key', () => {
		const c = classifyAlone({
			section: ['WebSocket error codes'],
			header: ['Error code', 'Error info', 'Description'],
			rows: [
				['200', '', 'Processed'],
				['500', '', 'System error'],
				['2000', 'invalid.ip', 'The IP address is not allowed'],
				['2001', 'invalid.json', 'The request is not valid JSON'],
				['2001', 'invalid.action', 'The action is not known'],
				['2002', 'auth.fail', 'The signature did not verify'],
				['2002', 'invalid.auth.state', 'The connection is not signed in'],
				['2001', 'invalid.symbol', 'The trading pair is not known'],
				['2001', 'invalid.channel', 'The subscription is not known'],
				['2001', 'invalid.exchange', 'The exchange is not known'],
				['2001', 'missing.param.auth', 'The signature parameters are missing'],
				['2003', 'query.account.list.error', 'The accounts could not be listed'],
				['4000', 'too.many.request', 'Too many requests on the connection'],
				['4000', 'too.many.connection', 'Too many connections'],
			],
		});
		expect([c.accepted, c.code, c.aliases]).toEqual([true, 0, [1]]);
	});

	it('statuses-beside-names-some-errors-lack.md: each status its entry, every repeat kept', () => {
		const catalog = buildFixture('statuses-beside-names-some-errors-lack.md');
		expect(catalog.entries.map((entry) => [entry.code, entry.status, entry.aliases ?? []])).toEqual(
			[
				['200', 200, []],
				['400', 400, ['MissingLogType']],
				['400', 400, ['InvalidLogType']],
				['400', 400, ['MissingApiVersion']],
				['400', 400, ['InvalidApiVersion']],
				['400', 400, ['MissingContentType']],
				['400', 400, ['InvalidDataFormat']],
				['403', 403, ['InvalidAuthorization']],
				['404', 404, []],
				['429', 429, []],
				['500', 500, ['UnspecifiedError']],
			],
		);
	});
});

describe('codes of a few words', () => {
	it('reads a few words in capitals as one code, not a code and a name', () => {
		expect(readCode('ALL GOOD')).toEqual({ code: 'ALL GOOD', note: '' });
		expect(readCodeCell(['SENSOR FAULT'])).toEqual({
			codes: ['SENSOR FAULT'],
			note: '',
			aliases: [],
		});
		expect(readCode('E01 OVERHEAT')).toEqual({ code: 'E01', note: 'OVERHEAT' });
	});

	it('reads a phrase with what it means in brackets as the phrase, the rest its note', () => {
		expect(readCode('Slow even blink (toggles every 600 ms with blue)')).toEqual({
			code: 'Slow even blink',
			note: 'toggles every 600 ms with blue',
		});
		expect(readCode('404 (Not Found)')).toEqual({ code: '404', note: 'Not Found' });
		expect(readCode('Timeout (retry)')).toEqual({ code: 'Timeout (retry)', note: '' });
	});

	it('phrase-codes-in-capitals-and-brackets.md: each code whole, patterns by their names', () => {
		const catalog = buildFixture('phrase-codes-in-capitals-and-brackets.md');
		expect(catalog.entries.map((entry) => [entry.code, entry.message])).toEqual([
			['ALL GOOD', 'Every sensor answered'],
			['SENSOR FAULT', 'A sensor did not answer; the flight goes on without it'],
			['NO CARD', 'No SD card was found; nothing is logged'],
			['3 off blink', 'ALL GOOD'],
			['2 off blink', 'Power lost'],
			['1 off blink', 'No SD card'],
			['Slow even blink', 'Error opening the log file'],
		]);
	});
});

describe('the names an API gives its statuses, beside their reason phrases', () => {
	const statuses = {
		section: ['Response status'],
		context: ['The service answers with one of these HTTP status codes:'],
		header: ['Code', 'Subcode', 'Description'],
		rows: [
			['200', 'OK', 'The request was processed.'],
			['400', 'BadRequest', 'The request is malformed and failed for good.'],
			['401', 'Unauthorized', 'The client must authenticate first.'],
			['403', 'Verboten', 'The request was refused.'],
			['404', 'NotFound', 'The request names an entity that does not exist.'],
			['429', 'TooManyRequests', 'The request was throttled.'],
			['504', 'Timeout', 'The request timed out.'],
			['520', 'ServiceError', 'The service failed while processing the request.'],
			['521', 'Requests Limit Reached', 'The account has used its requests for the day.'],
		],
	};
	const aliasesOf = (sketch: TableSketch) =>
		tableEntries(tableText(sketch), classifyAlone(sketch), {
			file: 'doc.md',
			table: 0,
		}).entries.map((entry) => [entry.code, entry.aliases]);

	it('keeps the names run together or words of the phrase, where most of the column spells reason phrases', () => {
		expect(aliasesOf(statuses)).toEqual([
			['200', ['OK']],
			['400', ['BadRequest']],
			['401', ['Unauthorized']],
			['403', []],
			['404', ['NotFound']],
			['429', ['TooManyRequests']],
			['504', ['Timeout']],
			['520', ['ServiceError']],
			['521', []],
		]);
	});

	it('keeps a reason phrase shortened to a run of its words, not other words', () => {
		const shortened = {
			section: ['Errors'],
			header: ['Code', 'Meaning', 'Description'],
			rows: [
				['400', 'Bad Request', 'The request is invalid or malformed'],
				['401', 'Unauthorized', 'API key is missing or invalid'],
				['404', 'Not Found', 'The requested resource does not exist'],
				['500', 'Server Error', 'Something went wrong on the server'],
				['503', 'Service Down', 'The service is down for maintenance'],
			],
		};
		expect(aliasesOf(shortened)).toEqual([
			['400', ['Bad Request']],
			['401', ['Unauthorized']],
			['404', ['Not Found']],
			['500', ['Server Error']],
			['503', []],
		]);
	});

	it('keeps none of its own where most of the column does not spell reason phrases', () => {
		const own = {
			...statuses,
			rows: statuses.rows.map(([code, name, text]) =>
				['504', '520'].includes(code!) ? [code!, name!, text!] : [code!, 'Failure', text!],
			),
		};
		expect(aliasesOf(own).filter(([, aliases]) => aliases!.length > 0)).toEqual([]);
	});

	it('own-names-of-statuses.md: each status with its names', () => {
		const catalog = buildFixture('own-names-of-statuses.md');
		expect(catalog.entries.find((entry) => entry.code === '520')?.aliases).toEqual([
			'ServiceError',
		]);
		expect(catalog.entries.find((entry) => entry.code === '504')?.aliases).toEqual(['Timeout']);
		expect(catalog.entries.find((entry) => entry.code === '521')?.aliases ?? []).toEqual([]);
	});
});

describe("a generated reference's name cell", () => {
	const macros = {
		section: ['Group Storage_Return_Codes', 'Macros'],
		header: ['Type', 'Name'],
		rows: [
			['define', 'STORE_OK (0)<br>The function succeeded.'],
			['define', 'STORE_ERROR (-1)<br>The function failed for a reason not listed.'],
			['define', 'STORE_ERROR_FULL (-2)<br>No space is left on the medium.'],
			['define', 'STORE_ERROR_TIMEOUT (-3)<br>The medium did not answer in time.'],
		],
	};

	it('reads the name as the code, the value beside it as its alias, the line below as its note', () => {
		expect(readCodeCell(['STORE_ERROR_FULL (-2)', 'No space is left on the medium.'])).toEqual({
			codes: ['STORE_ERROR_FULL'],
			note: 'No space is left on the medium.',
			aliases: ['-2'],
		});
	});

	it('takes no column of one value on every row (`define`) for the message', () => {
		const c = classifyAlone(macros);
		expect([c.accepted, c.code, c.message]).toEqual([true, 1, -1]);
	});

	it('gives each entry the sentence of its name cell as its message', () => {
		const entries = tableEntries(tableText(macros), classifyAlone(macros), {
			file: 'doc.md',
			table: 0,
		}).entries;
		expect(entries.map((entry) => [entry.code, entry.aliases, entry.message])).toEqual([
			['STORE_OK', ['0'], 'The function succeeded.'],
			['STORE_ERROR', ['-1'], 'The function failed for a reason not listed.'],
			['STORE_ERROR_FULL', ['-2'], 'No space is left on the medium.'],
			['STORE_ERROR_TIMEOUT', ['-3'], 'The medium did not answer in time.'],
		]);
	});

	it('generated-macro-reference.md: each macro with its value and what it means', () => {
		const catalog = buildFixture('generated-macro-reference.md');
		expect(catalog.entries.map((entry) => [entry.code, entry.aliases, entry.message])).toEqual([
			['STORE_OK', ['0'], 'The function succeeded.'],
			['STORE_ERROR', ['-1'], 'The function failed for a reason not listed.'],
			['STORE_ERROR_FULL', ['-2'], 'No space is left on the medium.'],
			['STORE_ERROR_TIMEOUT', ['-3'], 'The medium did not answer in time.'],
		]);
	});
});
