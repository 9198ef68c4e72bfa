/**
 * Which value of a cell is the code (issue 16, batches unseen-21 and unseen-22): an enum's wire
 * value beside the constant an SDK names it by, and what it means where a field's description lists it; HTTP statuses over the service's own numbers
 * listed in their meaning cells; short phrases (`3x Blinken`) whole; a column of HTTP statuses
 * under another header; a constant in every row as the code's other name; a class of statuses named as HTTP names
 * it; a description before the message an API returns. The code cell alone, the
 * parse, classify and entries stages alone, and each kind's small document under tests/fixtures/
 * through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { readCodeCell } from '../../src/core/code-cell';
import { namesOfStatus } from '../../src/core/status-names';
import type { Classification } from '../../src/pipeline/classify/classify';
import { aliasColumns } from '../../src/pipeline/classify/other-names';
import { messageColumn } from '../../src/pipeline/classify/message-column';
import { tableEntries } from '../../src/pipeline/entries/entries';
import { withMeaningsElsewhere } from '../../src/pipeline/entries/meanings-elsewhere';
import { parseSource } from '../../src/pipeline/parse';
import { buildFixture } from './helpers';
import { type TableSketch, classifyAlone, profilesOf, tableText } from './table-text';

const classify = classifyAlone;
const roles = (c: Classification) => [c.accepted, c.code, c.aliases];
const codeAndAliases = (catalog: ReturnType<typeof buildFixture>) =>
	catalog.entries.map((entry) => [entry.code, ...entry.aliases]);

describe("an enum's wire values are the codes", () => {
	it("reads the quoted value of each language's enum member as the code, the constant as its alias", () => {
		const read = (text: string) => {
			const { codes, aliases } = readCodeCell([text]);
			return [...codes, ...aliases];
		};
		expect(read('"server_error"')).toEqual(['server_error']);
		expect(read('SERVER_ERROR("server_error")')).toEqual(['server_error', 'SERVER_ERROR']);
		expect(read("SERVER_ERROR = 'server_error'")).toEqual(['server_error', 'SERVER_ERROR']);
		expect(read('SERVER_ERROR = "server_error",')).toEqual(['server_error', 'SERVER_ERROR']);
		expect(read('[EnumMember(Value = "server_error")] ServerError')).toEqual([
			'server_error',
			'ServerError',
		]);
		// A quoted sentence is no wire value, and a call with a number is no enum's string.
		expect(readCodeCell(['"the server failed"']).codes).toEqual(['"the server failed"']);
		expect(readCodeCell(['SERVER_ERROR(500)']).aliases).toEqual([]);
	});

	it('takes the quoted values under `Value` over the constants under `Name`, the constants as aliases', () => {
		const c = classify({
			section: ['APIError', 'Enum: CodeEnum'],
			header: ['Name', 'Value'],
			rows: [
				['SERVER_ERROR', '"server_error"'],
				['INVALID_BODY', '"invalid_body"'],
				['UNAUTHORIZED', '"unauthorized"'],
				['UNAUTHENTICATED', '"unauthenticated"'],
				['NOT_FOUND', '"not_found"'],
				['RATE_LIMITED', '"rate_limited"'],
			],
		});
		expect(roles(c)).toEqual([true, 1, [0]]);
	});

	it('gives each wire value its constant as an alias, whichever language declares the enum', () => {
		expect(codeAndAliases(buildFixture('enum-wire-values.md'))).toEqual([
			['card_declined', 'CARD_DECLINED'],
			['expired_card', 'EXPIRED_CARD'],
			['insufficient_funds', 'INSUFFICIENT_FUNDS'],
			['processing_error', 'PROCESSING_ERROR'],
			['duplicate', 'DUPLICATE'],
			['refused', 'REFUSED'],
			['refund_window_closed', 'REFUND_WINDOW_CLOSED'],
			['already_refunded', 'ALREADY_REFUNDED'],
			['amount_too_large', 'AMOUNT_TOO_LARGE'],
			['payout_failed', 'PAYOUT_FAILED'],
			['account_closed', 'ACCOUNT_CLOSED'],
			['invalid_iban', 'INVALID_IBAN'],
			['dispute_lost', 'DisputeLost'],
			['evidence_missing', 'EvidenceMissing'],
			['dispute_expired', 'DisputeExpired'],
		]);
	});
});

describe('what a field table says each wire value means', () => {
	const fields = tableText({
		header: ['Name', 'Type', 'Description'],
		rows: [
			[
				'code',
				'CodeEnum',
				'Error code: * server_error - Internal server error. * not_found - The resource was not found.',
			],
			['message', 'String', 'Human readable error message'],
		],
	});
	const values: TableSketch = {
		section: ['Enum: CodeEnum'],
		header: ['Name', 'Value'],
		rows: [
			['SERVER_ERROR', '"server_error"'],
			['NOT_FOUND', '"not_found"'],
			['RATE_LIMITED', '"rate_limited"'],
		],
	};
	const drafts = () =>
		tableEntries(tableText(values), classify(values), { file: 'doc.md', table: 0 }).entries;

	it("gives an entry whose row says only the code's names the meaning a skipped table lists", () => {
		const read = withMeaningsElsewhere(drafts(), [fields, tableText(values)], [true, false]);
		expect(read.map((e) => [e.code, e.message])).toEqual([
			['server_error', 'Internal server error.'],
			['not_found', 'The resource was not found.'],
			['rate_limited', 'RATE_LIMITED'],
		]);
	});

	it('takes nothing from a table that is read, or from a cell that lists one code', () => {
		expect(
			withMeaningsElsewhere(drafts(), [fields, tableText(values)], [false, false]).map(
				(e) => e.message,
			),
		).toEqual(['SERVER_ERROR', 'NOT_FOUND', 'RATE_LIMITED']);
		const one = tableText({
			header: ['Name', 'Description'],
			rows: [['code', 'Error code: * server_error - Internal server error.']],
		});
		expect(withMeaningsElsewhere(drafts(), [one], [true])[0]!.message).toBe('SERVER_ERROR');
	});

	it('gives each code of the fixture the meaning its field lists', () => {
		expect(
			buildFixture('enum-meanings-in-field-table.md').entries.map((e) => [e.code, e.message]),
		).toEqual([
			['endpoint_unreachable', 'The endpoint did not answer within 10 seconds.'],
			['bad_status', 'The endpoint answered with a status other than 2xx.'],
			['signature_rejected', 'The endpoint refused the signature.'],
		]);
	});
});

describe('codes inside the meaning cells of statuses', () => {
	const statuses = (header: string[]) =>
		classify({
			section: ['Status Codes'],
			header,
			rows: [
				['Resource-Server GET /v1/bundle', '200', 'Anfrage konnte erfolgreich bearbeitet werden.'],
				['', '304', 'Das Clientsystem besitzt schon die aktuellsten Daten.'],
				['', '400', '79010, 79011, 79012'],
				['', '404', ' 79013'],
				['', '405', '79040'],
				['', '428', '79014'],
				['', '500', '79100'],
			],
		});

	it('takes the statuses as the codes, and the numbers listed where they are explained as what they mean', () => {
		const c = statuses(['http Operation', 'Mögliche http Statuscodes', 'Bedeutung/Fehlerdetails']);
		expect([c.accepted, c.code, c.message, c.aliases]).toEqual([true, 1, 2, []]);
	});

	it('still takes numbers under a header that names them as the codes, the status as their status', () => {
		const c = statuses(['http Operation', 'HTTP status', 'Error codes']);
		expect([c.accepted, c.code, c.status]).toEqual([true, 2, 1]);
	});

	it('gives each status one entry, whose message lists the numbers that come with it', () => {
		const catalog = buildFixture('service-numbers-in-meaning.md');
		expect(catalog.entries.map((entry) => [entry.code, entry.status, entry.message])).toEqual([
			['201', 201, 'The booking was made; its number is in the Location header.'],
			['400', 400, '41010, 41011, 41015'],
			['401', 401, '41020'],
			['409', 409, '41030, 41031'],
			['422', 422, '41040'],
			['503', 503, 'The booking backend is down for maintenance.'],
		]);
	});
});

describe('phrases as codes', () => {
	const codesOf = (sketch: TableSketch) =>
		tableEntries(tableText(sketch), classify(sketch), { file: 'doc.md', table: 0 }).entries.map(
			(entry) => entry.code,
		);

	it('reads each cell whole where the words after the codes are the same down the column', () => {
		expect(
			codesOf({
				section: ['Beep codes'],
				header: ['Beep code', 'Meaning'],
				rows: [
					['Continuous beeps', 'No memory module is seated'],
					['1 beep', 'Memory refresh failed'],
					['2 beeps', 'Parity error in the first 64 KB of memory'],
					['3 beeps', 'Base memory read or write test failed'],
				],
			}),
		).toEqual(['Continuous beeps', '1 beep', '2 beeps', '3 beeps']);
	});

	it('still cuts a code from the name after it, where each code has its own', () => {
		expect(
			codesOf({
				section: ['Display codes'],
				header: ['Code', 'Meaning'],
				rows: [
					['E01 Overheat', 'The heater passed 90 °C and was switched off'],
					['E02 Dry run', 'The pump ran without water'],
					['E03 Sensor', 'The temperature sensor does not answer'],
				],
			}),
		).toEqual(['E01', 'E02', 'E03']);
		expect(
			codesOf({
				section: ['HTTP status codes'],
				header: ['Code', 'Description'],
				rows: [
					['404 Not Found', 'No such booking'],
					['409 Conflict', 'The room is taken'],
				],
			}),
		).toEqual(['404', '409']);
	});

	it('reads a first row that says the word every cell below says as data, not as the header again', () => {
		const [table] = parseSource({
			file: 'content/doc.md',
			text: [
				'| Error code (LED) | Meaning |',
				'| --- | --- |',
				'| Continuous blinking | No network connection |',
				'| 3x blinking | The cloud service did not answer the last upload |',
				'| 2x blinking | The particle sensor could not be read out |',
			].join('\n'),
		}).tables;
		expect(table!.rowHeaders).toEqual([false, false, false]);
		expect(table!.header.map((cell) => cell.text)).toEqual(['Error code (LED)', 'Meaning']);
	});

	it('gives every pattern of the fixture its own entry', () => {
		expect(buildFixture('phrase-codes.md').entries.map((entry) => entry.code)).toEqual([
			'Continuous beeps',
			'1 beep',
			'2 beeps',
			'3 beeps',
			'Continuous blinking',
			'3x blinking',
			'2x blinking',
			'E01',
			'E02',
			'E03',
		]);
	});
});

describe('a column of HTTP statuses under another header', () => {
	const sketch = (kinds: string[]): TableSketch => ({
		section: ['Error Codes'],
		header: ['Code', 'Type', 'Error'],
		rows: kinds.map((kind, n) => [String(1011 + n), kind, `Invalid parameter ${n + 1}`]),
	});

	it('gives the statuses where every cell is an error status, repeated down the rows', () => {
		const c = classify(sketch(['400', '400', '400', '401', '400', '500', '500']));
		expect([c.accepted, c.code, c.status]).toEqual([true, 0, 1]);
	});

	it('gives none where the numbers are not error statuses, or each row has its own', () => {
		expect(classify(sketch(['100', '100', '200', '200', '100', '300', '300'])).status).toBe(-1);
		expect(classify(sketch(['400', '401', '403', '404', '409', '500', '503'])).status).toBe(-1);
	});

	it('gives each code of the fixture the status in its row', () => {
		const catalog = buildFixture('statuses-under-another-header.md');
		expect(catalog.entries.map((entry) => [entry.code, entry.status])).toEqual([
			['2001', 400],
			['2002', 400],
			['2003', 400],
			['2004', 400],
			['2005', 400],
			['2006', 404],
			['2007', 404],
			['2008', 401],
			['2009', 500],
			['2010', 500],
		]);
	});
});

describe("a constant in every row is the code's other name, whatever its header", () => {
	const aliasesOf = (sketch: TableSketch) => {
		const table = tableText(sketch);
		return aliasColumns(profilesOf(table), table.rows, 0, [0]);
	};
	const rows = (third: string[]) =>
		['sync-001', 'sync-002', 'sync-003'].map((code, n) => [
			code,
			`Sync failed (${n + 1})`,
			third[n]!,
		]);

	it('takes a column of constants beside codes of another shape as their other names', () => {
		expect(
			aliasesOf({
				header: ['Error code', 'Description', 'Documentation'],
				rows: rows(['REMOTE_NOT_FOUND', 'DIRTY_WORKTREE', 'AUTH_REJECTED']),
			}),
		).toEqual([2]);
	});

	it('not a column headed as the message, nor one of words', () => {
		expect(
			aliasesOf({
				header: ['Error code', 'Description', 'Message'],
				rows: rows(['REMOTE_NOT_FOUND', 'DIRTY_WORKTREE', 'AUTH_REJECTED']),
			}),
		).toEqual([]);
		expect(
			aliasesOf({
				header: ['Error code', 'Description', 'Documentation'],
				rows: rows(['Remote folders', 'Local copies', 'Credentials']),
			}),
		).toEqual([]);
	});

	it("gives each code of the fixture its link's constant as an alias", () => {
		expect(
			buildFixture('constants-as-link-text.md').entries.map((e) => [
				e.code,
				e.message,
				...e.aliases,
			]),
		).toEqual([
			['sync-001', 'The remote folder does not exist', 'REMOTE_NOT_FOUND'],
			['sync-002', 'The local copy has changes that were not pushed', 'DIRTY_WORKTREE'],
			['sync-003', 'The remote refused the credentials', 'AUTH_REJECTED'],
			['sync-004', 'The transfer was cut off', 'TRANSFER_ABORTED'],
		]);
	});
});

describe('a class of statuses named as HTTP names it', () => {
	it('knows the name of each class, and of each status', () => {
		expect(namesOfStatus('4xx')).toEqual(['Client Error']);
		expect(namesOfStatus('5XX')).toEqual(['Server Error']);
		expect(namesOfStatus('404')).toEqual(['Not Found']);
		expect(namesOfStatus('6xx')).toEqual([]);
	});

	it("gives each class its name from the column beside it, as a status's reason phrase is", () => {
		expect(
			buildFixture('status-class-names.md').entries.map((e) => [e.code, e.status, ...e.aliases]),
		).toEqual([
			['2xx', null, 'Successful'],
			['3xx', null, 'Redirection'],
			['4xx', null, 'Client Error'],
			['5xx', null, 'Server Error'],
		]);
	});
});

describe('a description before the message an API returns', () => {
	const messageOf = (header: string[]) => {
		const table = tableText({
			header,
			rows: [
				['-1001', 'Sender number not registered', 'Client Error. Invalid sender.'],
				['-1002', 'Template not approved', 'Client Error. Template is not available.'],
				['-9999', 'Internal error', 'System error. Please contact support.'],
			],
		});
		return messageColumn(profilesOf(table), 0, [0]);
	};

	it('takes the description right after the code over the returned message after it', () => {
		expect(messageOf(['Result code', 'Description', 'API response message'])).toBe(1);
		expect(messageOf(['Código', 'Descrição', 'Mensagem'])).toBe(1);
	});

	it('still takes a message written first, or a column headed as the meaning', () => {
		expect(messageOf(['Code', 'Message', 'Description'])).toBe(1);
		expect(messageOf(['Code', 'Description', 'Meaning'])).toBe(2);
	});

	it('gives each code of the fixture its description as the message', () => {
		expect(
			buildFixture('description-before-returned-message.md').entries.map((e) => [
				e.code,
				e.message,
			]),
		).toEqual([
			['0', 'Success'],
			['-1001', 'Sender number not registered'],
			['-1002', 'Template not approved'],
			['-2001', 'Daily send limit exceeded'],
			['-9999', 'Internal error'],
			['40001', 'Number unreachable'],
			['40002', 'Blocked by recipient'],
		]);
	});
});

describe('several codes that share one name after a dash', () => {
	it('reads each code of the list, the name its note', () => {
		expect(readCodeCell(['500, 502, 503, 504 - Server Errors'])).toEqual({
			codes: ['500', '502', '503', '504'],
			note: 'Server Errors',
			aliases: [],
		});
	});

	it('keeps one code with a dash in its note as one code', () => {
		expect(readCodeCell(['500 - Server Error']).codes).toEqual(['500']);
	});

	it('codes-listed-under-one-name.md: an entry for each listed status, each with the shared description', () => {
		expect(
			buildFixture('codes-listed-under-one-name.md').entries.map((e) => [e.code, e.message]),
		).toEqual([
			['400', 'The request was malformed.'],
			['401', 'No valid key was given.'],
			['404', 'No such resource.'],
			['500', 'Something went wrong on our side. Retry later.'],
			['502', 'Something went wrong on our side. Retry later.'],
			['503', 'Something went wrong on our side. Retry later.'],
		]);
	});
});
