/**
 * Which cell is a row's code, whether its number is an HTTP status, and its other names (issue 16,
 * batches unseen-31 to unseen-34): a second code column where the first is empty, another
 * protocol's replies, constants written with their classes, reason phrases beside definitions, an API's own numbers that reuse HTTP's, a status a row does not have. The
 * classify and entries stages alone, and each kind's small document under tests/fixtures/
 * through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { codeShape } from '../../src/core/codes';
import { isStatusRange } from '../../src/core/status';
import { tableEntries } from '../../src/pipeline/entries/entries';
import { buildFixture } from './helpers';
import { type TableSketch, classifyAll, classifyAlone, tableText } from './table-text';

const entriesOf = (sketch: TableSketch) =>
	tableEntries(tableText(sketch), classifyAlone(sketch), { file: 'doc.md', table: 0 });

describe('a second code column where the first is empty', () => {
	const replies: TableSketch = {
		header: ['Reply', 'Enhanced Code', 'Message'],
		rows: [
			['451', '4.4.1', 'No route to host'],
			['', '4.7.4', 'Certificate expired'],
			['', '4.7.4', 'Certificate name mismatch'],
			['554', '5.7.9', 'Message quarantined'],
			['', '5.7.9', 'Message quarantined'],
			['550', '5.1.1', 'Mailbox unknown'],
		],
	};

	it('keeps the enhanced mail status of each reply as its other name, though both repeat', () => {
		expect(classifyAlone(replies).aliases).toEqual([1]);
	});

	it('makes a row with its own enhanced code and its own message an entry, and joins a row that says the same again', () => {
		const { entries, rowsRead } = entriesOf(replies);
		expect(entries.map((entry) => [entry.code, entry.aliases, entry.message])).toEqual([
			['451', ['4.4.1'], 'No route to host'],
			['4.7.4', [], 'Certificate expired'],
			['4.7.4', [], 'Certificate name mismatch'],
			['554', ['5.7.9'], 'Message quarantined'],
			['550', ['5.1.1'], 'Mailbox unknown'],
		]);
		expect(rowsRead.joined).toBe(1);
	});

	it('still joins rows of exception names under one shared code, which a column of names gives', () => {
		const shared: TableSketch = {
			header: ['Error Code', 'Error', 'Message Example'],
			rows: [
				['-32000', 'NodeOfflineError', '"node offline"'],
				['', 'BlockMissingError', '"block #1 not found"'],
				['-32601', 'MethodMissingError', '"method not found"'],
			],
		};
		expect(entriesOf(shared).entries.map((entry) => entry.code)).toEqual(['-32000', '-32601']);
	});

	it('reads the relay replies of a document', () => {
		const catalog = buildFixture('mail-replies-with-enhanced-codes.md');
		expect(catalog.entries.map((entry) => [entry.code, entry.status, entry.aliases])).toEqual([
			['421', null, ['4.3.2']],
			['452', null, ['4.3.1']],
			['4.7.4', null, []],
			['4.7.4', null, []],
			['554', null, ['5.7.9']],
			['550', null, ['5.1.1']],
		]);
	});
});

describe("another protocol's three-digit replies", () => {
	const replies = [
		['421', 'Service not available, closing channel'],
		['451', 'Local error in processing'],
		['500', 'Syntax error, command unrecognized'],
		['501', 'Syntax error in arguments'],
		['503', 'Bad sequence of commands'],
		['550', 'Mailbox unavailable'],
	];

	it('gives no HTTP status to numbers under a header that names another protocol', () => {
		const c = classifyAlone({ header: ['SMTP Code', 'Meaning'], rows: replies });
		expect([c.accepted, c.statusFromCode]).toEqual([true, false]);
	});

	it('gives no HTTP status to numbers beside enhanced mail statuses, whatever the headers', () => {
		const details = ['4.3.2', '4.3.0', '5.5.2', '5.5.4', '5.5.1', '5.1.1'];
		const c = classifyAlone({
			header: ['Code', 'Detail', 'Meaning'],
			rows: replies.map(([code, meaning], i) => [code!, details[i]!, meaning!]),
		});
		expect([c.accepted, c.statusFromCode]).toEqual([true, false]);
	});

	it('reads the same numbers as HTTP statuses where nothing names another protocol', () => {
		expect(classifyAlone({ header: ['Code', 'Meaning'], rows: replies }).statusFromCode).toBe(true);
	});

	it('still reads HTTP statuses as statuses', () => {
		const c = classifyAlone({
			header: ['Code', 'Meaning'],
			rows: [
				['400', 'Bad Request'],
				['404', 'Not Found'],
				['500', 'Internal Server Error'],
			],
		});
		expect(c.statusFromCode).toBe(true);
	});
});

describe("an API's own numbers that reuse HTTP's", () => {
	it('gives no statuses where numbers HTTP calls a success say something failed', () => {
		const catalog = buildFixture('own-numbers-reusing-http.md');
		expect(catalog.entries.map((entry) => [entry.code, entry.status])).toEqual([
			['200', null],
			['201', null],
			['202', null],
			['204', null],
			['500', null],
		]);
	});

	it('keeps the statuses where successes are described in words that only negate', () => {
		const c = classifyAlone({
			header: ['Code', 'Name', 'Beschreibung'],
			rows: [
				['200', 'OK', 'Aktion erfolgreich'],
				['202', 'Akzeptiert', 'Der Vorgang ist noch nicht abgeschlossen'],
				['204', 'Kein Inhalt', 'Es gibt nichts zurückzusenden, nicht einmal Metadaten'],
				['404', 'Nicht gefunden', 'Die Seite fehlt'],
			],
		});
		expect(c.statusFromCode).toBe(true);
	});

	it('keeps the statuses where one success is described carelessly', () => {
		const c = classifyAlone({
			header: ['Code', 'Meaning'],
			rows: [
				['200', 'Request failed partially'],
				['400', 'Bad Request'],
				['404', 'Not Found'],
				['500', 'Internal Server Error'],
			],
		});
		expect(c.statusFromCode).toBe(true);
	});
});

describe('a row without a status of its own', () => {
	it('reads an open range of statuses as a range, with no status of its own', () => {
		expect(['>=500', '≥ 500', '500+', '500-599', '500'].map(isStatusRange)).toEqual([
			true,
			true,
			true,
			true,
			false,
		]);
	});

	it("takes a row's exception as its code where its status says there is none, and keeps each status's exception as its other name", () => {
		const catalog = buildFixture('exceptions-by-status-with-no-status.md');
		expect(
			catalog.entries.map((entry) => [entry.code, entry.status, entry.aliases, entry.message]),
		).toEqual([
			['400', 400, ['InvalidInputError'], 'InvalidInputError'],
			['401', 401, ['NotSignedInError'], 'NotSignedInError'],
			['404', 404, ['MissingItemError'], 'MissingItemError'],
			['429', 429, ['TooFastError'], 'TooFastError'],
			['>=500', null, ['UpstreamFailedError'], 'UpstreamFailedError'],
			['NetworkUnreachableError', null, [], 'NetworkUnreachableError'],
		]);
	});
});

describe('constants written with the classes that hold them', () => {
	it('reads a dotted path that ends in a constant as a constant, and a package or a field of a class as none', () => {
		expect(
			[
				'NldPayContant.ErrorCode.PARAM_IS_NULL',
				'server.port',
				'com.example.PaySdk',
				'Config.maxRetries',
			].map((text) => codeShape(text) === 'constant'),
		).toEqual([true, false, false, false]);
	});

	it('reads the table of return codes whole, and the tables of channels and settings as none', () => {
		const catalog = buildFixture('constants-written-with-their-classes.md');
		expect(catalog.entries.map((entry) => [entry.code, entry.message])).toEqual([
			['PaySdk.ErrorCode.AMOUNT_IS_EMPTY', '金额为空'],
			['PaySdk.ErrorCode.MERCHANT_NOT_FOUND', '商户号不存在'],
			['PaySdk.ErrorCode.NETWORK_FAILED', '网络异常'],
		]);
	});

	it('gives each the constant it ends in as its other name, which a log prints', () => {
		const catalog = buildFixture('constants-written-with-their-classes.md');
		expect(catalog.entries.map((entry) => entry.aliases)).toEqual([
			['AMOUNT_IS_EMPTY'],
			['MERCHANT_NOT_FOUND'],
			['NETWORK_FAILED'],
		]);
	});
});

describe('reason phrases beside what each status means', () => {
	const statuses: TableSketch = {
		header: ['StatusCode', 'ReasonPhrase', 'Definition'],
		rows: [
			['400', 'Bad Request', 'The server could not read the request, which is denied.'],
			['401', 'Login Needed', 'The request did not carry the credentials the resource asks for.'],
			['409', 'Clashing Request', 'The request clashes with a change another client made first.'],
			['503', 'Server Busy', 'The server cannot take more requests for now; try again later.'],
		],
	};

	it('takes the column headed as the reason phrase as the names of the statuses, however worded, and the definitions as the messages', () => {
		const c = classifyAlone(statuses);
		expect([c.aliases, c.message]).toEqual([[1], 2]);
		expect(
			entriesOf(statuses).entries.map((entry) => [
				entry.code,
				entry.aliases,
				entry.message.slice(0, 20),
			]),
		).toEqual([
			['400', ['Bad Request'], 'The server could not'],
			['401', ['Login Needed'], 'The request did not '],
			['409', ['Clashing Request'], 'The request clashes '],
			['503', ['Server Busy'], 'The server cannot ta'],
		]);
	});

	it('reads a document of statuses with their reason phrases and definitions', () => {
		const catalog = buildFixture('reason-phrases-beside-definitions.md');
		expect(
			catalog.entries.map((entry) => [
				entry.code,
				entry.status,
				entry.aliases,
				entry.message.slice(0, 20),
			]),
		).toEqual([
			['401', 401, ['Login Needed'], 'The request did not '],
			['409', 409, ['Clashing Request'], 'The request clashes '],
			['503', 503, ['Server Busy'], 'The server cannot ta'],
		]);
	});

	it('keeps the reason phrases as the messages where nothing else says what the statuses mean', () => {
		const c = classifyAlone({
			header: ['StatusCode', 'ReasonPhrase'],
			rows: statuses.rows.map((row) => row.slice(0, 2)),
		});
		expect([c.aliases, c.message]).toEqual([[], 1]);
	});
});

describe("an API's own reason phrase among HTTP's", () => {
	it("keeps the words after a status as its other name where the other statuses' words are HTTP's reason phrases", () => {
		const catalog = buildFixture('statuses-with-own-reason-phrases.md');
		expect(catalog.entries.map((entry) => [entry.code, entry.aliases])).toEqual([
			['200', ['OK']],
			['400', ['Bad request']],
			['404', ['Not found']],
			['408', ['Upload stalled']],
			['409', ['Conflict']],
		]);
	});

	it('keeps no such name where the words after most statuses are not reason phrases', () => {
		const sketch: TableSketch = {
			header: ['Status', 'Description'],
			rows: [
				['400 Upload refused', 'The upload was refused.'],
				['404 Path empty', 'Nothing is stored under this path.'],
				['408 Upload stalled', 'The client stopped sending.'],
			],
		};
		expect(entriesOf(sketch).entries.map((entry) => entry.aliases)).toEqual([[], [], []]);
	});
});

describe('HTTP statuses beside the names that are the codes', () => {
	const requests: TableSketch = {
		section: ['Request errors'],
		header: ['Code', 'Error Name', 'Description'],
		rows: [
			['400', 'FIELD_MISSING', 'A required field is missing from the request.'],
			['400', 'TOKEN_REQUIRED', 'The request has no token.'],
			['403', 'ACCOUNT_DENIED', 'The account is denied access.'],
			['403', 'ACCOUNT_LOCKED', 'The account is locked.'],
			['403', 'IP_DENIED', 'The address is on the deny list.'],
			['404', 'ITEM_NOT_FOUND', 'No item has the given id.'],
		],
	};

	const server: TableSketch = {
		section: ['Server errors'],
		header: ['Code', 'Error Name', 'Description'],
		rows: [['500', 'INTERNAL_ERROR', 'An unexpected internal error occurred.']],
	};

	it('gives the names the statuses of the column they took the code from, in a table of one row too', () => {
		expect(classifyAll(requests, server).map((c) => [c.code, c.status])).toEqual([
			[1, 0],
			[1, 0],
		]);
		expect(entriesOf(requests).entries.map((e) => [e.code, e.status])).toEqual([
			['FIELD_MISSING', 400],
			['TOKEN_REQUIRED', 400],
			['ACCOUNT_DENIED', 403],
			['ACCOUNT_LOCKED', 403],
			['IP_DENIED', 403],
			['ITEM_NOT_FOUND', 404],
		]);
	});

	it('keeps numbers that are no HTTP error status as no status', () => {
		const c = classifyAlone({
			...requests,
			rows: requests.rows.map((row, i) => [String(7001 + i), ...row.slice(1)]),
		});
		expect(c.status).toBe(-1);
	});

	it('statuses-beside-error-names.md: the names are the codes, in the table of one row as well, each with its status', () => {
		expect(
			buildFixture('statuses-beside-error-names.md').entries.map((e) => [e.code, e.status]),
		).toEqual([
			['FIELD_MISSING', 400],
			['TOKEN_REQUIRED', 400],
			['ACCOUNT_DENIED', 403],
			['ACCOUNT_LOCKED', 403],
			['IP_DENIED', 403],
			['ITEM_NOT_FOUND', 404],
			['INTERNAL_ERROR', 500],
		]);
	});
});
