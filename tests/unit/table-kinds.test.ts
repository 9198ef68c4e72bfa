/**
 * The kinds of table that went wrong on documents errdex had not seen (issue 16), each as a small
 * document of its own under tests/fixtures/, named after the kind; and every quirk fixture's
 * tables judged as tests/fixtures/verdicts.json says a person judges them (the verdicts the
 * classifier's weights are fitted on, with the corpus's).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Catalog, Entry } from '../../src/core/types';
import { formatReport } from '../../src/outputs/report';
import { buildCatalog, routes } from './helpers';

function load(name: string) {
	const file = `tests/fixtures/${name}`;
	const text = readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
	const catalog = buildCatalog([{ file, text }]);
	return { catalog, source: catalog.sources[0]!, entries: catalog.entries };
}
const verdicts = (catalog: Catalog) =>
	catalog.sources[0]!.tablesRead.map((table) => [table.line, table.accepted]);
const codes = (entries: Entry[]) => entries.map((entry) => entry.code);
const entry = (entries: Entry[], code: string) => entries.find((e) => e.code === code)!;

describe('an error table with one signal against it: a Type header, no code word, brackets', () => {
	it('reads problem types beside statuses, and skips the field table below them', () => {
		const { catalog, entries } = load('problem-types-beside-statuses.md');
		expect(verdicts(catalog)).toEqual([
			[7, true],
			[17, false],
		]);
		expect(codes(entries)).toEqual([
			'accountlocked',
			'accountclosed',
			'insufficientfunds',
			'duplicatetransfer',
			'ratelimited',
		]);
		expect(entry(entries, 'accountlocked')).toMatchObject({
			status: 423,
			message: 'The account is locked.',
		});
	});

	it('reads the constants of an Errors tab, and not the Parameters tab beside it', () => {
		const { catalog, entries } = load('exception-names-in-tabs.mdx');
		expect(verdicts(catalog)).toEqual([
			[16, false],
			[24, true],
		]);
		expect(codes(entries)).toEqual([
			'BUCKET_MISSING',
			'QUOTA_REACHED',
			'OBJECT_LOCKED',
			'CHECKSUM_MISMATCH',
		]);
		expect(formatReport(catalog, routes)).toContain(
			'  read    line 24: 4 rows, code column "String" (+2.9): 100% of "String" are shaped like codes (+2.4), 100% of "Description" say something failed (+1.9), "Errors" above it names errors (+1.6); against: "upload(file, options)" above it names settings or fields (−1.0)',
		);
	});

	it('reads error type names beside linked statuses', () => {
		const { catalog, entries } = load('linked-statuses-beside-error-types.md');
		expect(verdicts(catalog)).toEqual([[7, true]]);
		expect(codes(entries)).toEqual([
			'api::BadRequestErr',
			'api::UnauthorizedErr',
			'api::NotFoundErr',
			'api::ConflictErr',
			'api::UnavailableErr',
		]);
		expect(entry(entries, 'api::NotFoundErr')).toMatchObject({
			status: 404,
			message: 'No resource has this id.',
		});
	});
});

describe('situations mapped to codes, the codes repeating down their column', () => {
	it('reads every situation as an entry of its code, the situation its message', () => {
		const { catalog, entries } = load('situations-mapped-to-codes.md');
		expect(verdicts(catalog)).toEqual([[6, true]]);
		expect(codes(entries)).toEqual([
			'TIMED_OUT',
			'TIMED_OUT',
			'TIMED_OUT',
			'UNAUTHENTICATED',
			'UNAUTHENTICATED',
			'NOT_FOUND',
			'CONFLICT',
			'CONFLICT',
		]);
		expect(entries[1]!.message).toBe('The server closed the connection before sending the body.');
		expect(entries[1]!.details).toEqual([{ label: 'Side', text: 'Server', html: 'Server' }]);
	});
});

describe('header rows inside the body', () => {
	it('reads sub-column names, a title row, two rows of <th> and a repeated header as headers', () => {
		const { catalog, entries } = load('header-rows-in-body.md');
		expect(verdicts(catalog)).toEqual([
			[7, true],
			[18, true],
			[28, true],
			[39, true],
		]);
		expect(codes(entries)).toEqual(
			['0', '3', '4', '6', '7', '8', '9', '10', '20', '21'].concat([
				'E100',
				'E101',
				'E200',
				'E201',
			]),
		);
		const [subColumns, titled, twoRows, repeated] = catalog.sources[0]!.tablesRead;
		expect(subColumns!.columns.map((c) => c.label)).toEqual([
			'Result code dec',
			'Result code hex',
			'Meaning',
			'Since',
		]);
		expect(subColumns!.rowsRead).toMatchObject({ entries: 5, headings: 1 });
		expect(titled!.columns.map((c) => c.label)).toEqual(['Code', 'Name', 'Meaning']);
		expect(twoRows!.columns.map((c) => c.label)).toEqual(['Code dec', 'Code hex', 'Meaning']);
		expect(repeated!.rowsRead).toMatchObject({ entries: 4, headings: 1 });
		expect(entry(entries, '3').aliases).toEqual(['0x03']);
		expect(entry(entries, '8')).toMatchObject({
			aliases: ['NO_ANSWER'],
			message: 'The far end did not answer.',
		});
	});

	it('renders a header row as a header in the source page, a name spanning two rows once', () => {
		const { source } = load('header-rows-in-body.md');
		expect(source.html).toContain('<tr><th>dec</th><th>hex</th><th></th><th></th></tr>');
		expect(source.html).toContain('<tr><th>dec</th><th>hex</th><th></th></tr>');
	});

	it('names a cell on a narrow screen after the header row nearest above it', () => {
		const { source } = load('header-rows-in-body.md');
		expect(source.html).toContain('<td data-label="hex">0x00</td>');
		expect(source.html).toContain('<td data-label="Since">v2</td>');
	});
});

describe('decoys read as errors: a headerless table of settings', () => {
	it('skips both settings tables, saying why, and reads the error table', () => {
		const { catalog, entries } = load('settings-table-without-header.md');
		expect(verdicts(catalog)).toEqual([
			[7, false],
			[14, false],
			[21, true],
		]);
		expect(codes(entries)).toEqual(['CACHE_FULL', 'ORIGIN_DOWN']);
		expect(catalog.sources[0]!.tablesRead[0]!.reason).toMatch(
			/^not an error table \(−\d\.\d\): "Configuration" above it names settings or fields/,
		);
	});
});

describe('one code, two names', () => {
	it('gives one entry per code, its other name an alias, and one entry per reason code in two bases', () => {
		const { catalog, entries } = load('one-code-two-names.md');
		expect(verdicts(catalog)).toEqual([
			[7, true],
			[18, true],
		]);
		expect(codes(entries)).toEqual([
			'RATE_LIMITED',
			'CARD_DECLINED',
			'RATE_EXPIRED',
			'IDEMPOTENCY_REUSED',
			'4097',
			'4098',
			'4099',
		]);
		expect(entries.map((e) => e.aliases)).toEqual([
			['ThrottledError'],
			['DeclinedError'],
			['QuoteExpiredError'],
			[],
			['0x1001'],
			['0x1002'],
			['0x1003'],
		]);
		expect(entry(entries, 'RATE_LIMITED')).toMatchObject({ status: 429 });
		expect(catalog.sources[0]!.tablesRead[1]!.columns.map((c) => c.role)).toEqual([
			'code',
			'alias',
			'message',
		]);
	});
});

describe('group rows and spacer rows', () => {
	it('reads a table without outer pipes whose dash rows part bold groups, the group rows as titles', () => {
		const { catalog, entries } = load('groups-between-dash-rows.md');
		expect(verdicts(catalog)).toEqual([[5, true]]);
		expect(codes(entries)).toEqual(['0x41', '0x42', '0x51', '0x52']);
		expect(entry(entries, '0x41')).toMatchObject({
			message: 'Motor stalled',
			aliases: ['FLT_MOTOR_STALL'],
		});
	});
});

describe('tests/fixtures/verdicts.json', () => {
	const judged = JSON.parse(
		readFileSync(new URL('../fixtures/verdicts.json', import.meta.url), 'utf8'),
	) as Record<string, { line: number; error: boolean }[]>;
	for (const [file, tables] of Object.entries(judged)) {
		it(`${file}: every table judged as a person judges it`, () => {
			const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
			const catalog = buildCatalog([{ file, text }]);
			expect(verdicts(catalog)).toEqual(tables.map((table) => [table.line, table.error]));
		});
	}
});

describe('the aliases setting', () => {
	it('names the columns of other names in front matter or errdex settings, and a wrong one is an error', () => {
		const text = [
			'---',
			'tables:',
			'  - table: 1',
			'    aliases: [Legacy]',
			'---',
			'| Code | Legacy | Message |',
			'|---|---|---|',
			'| E1 | OLD-1 | The disk is full. |',
			'| E2 | OLD-2 | No quota is left. |',
		].join('\n');
		const catalog = buildCatalog([{ file: 'content/doc.md', text }]);
		expect(catalog.entries.map((e) => e.aliases)).toEqual([['OLD-1'], ['OLD-2']]);
		expect(() =>
			buildCatalog([
				{
					file: 'content/doc.md',
					text: text.replace(/^---[\s\S]*?---\n/, ''),
					settings: { tables: [{ table: 1, aliases: 'Symbol' }] },
				},
			]),
		).toThrow(
			/errdex setting `tables` of this document: the aliases column of the table at line 1 is set to "Symbol"/,
		);
	});
});

describe('kinds met in batch unseen-5', () => {
	it('reads the other names of codes: a name column that is also the message, an exception class several codes share, names beside numbers, a hex twin at the start of the next cell', () => {
		const { catalog, entries } = load('other-names-of-codes.md');
		expect(verdicts(catalog)).toEqual([
			[5, true],
			[13, true],
			[21, true],
			[29, true],
		]);
		expect(Object.fromEntries(entries.map((e) => [e.code, e.aliases]))).toEqual({
			'0x00000001': ['APC_INDEX_MISMATCH'],
			'0x0000000A': ['IRQL_NOT_LESS_OR_EQUAL'],
			'0x000000EF': ['CRITICAL_PROCESS_DIED'],
			'DB-942': ['NotExistError'],
			'DB-904': ['NotExistError'],
			'DB-1017': ['AuthError'],
			'16': ['NORMAL_CLEARING'],
			'17': ['USER_BUSY'],
			'21': ['CALL_REJECTED'],
			'0': ['0x00'],
			'4': ['0x04'],
			'5': ['0x05'],
		});
		expect(entry(entries, '0x0000000A').message).toBe('IRQL_NOT_LESS_OR_EQUAL');
	});

	it("takes the distinct codes for the table's codes where the codes they map to repeat, and their names for no alias", () => {
		const { catalog, entries } = load('status-like-codes-mapped-to-others.md');
		expect(catalog.sources[0]!.tablesRead[0]!.columns.map((c) => c.role)).toEqual([
			'code',
			'detail',
			'detail',
			'message',
		]);
		expect(codes(entries)).toEqual(['400', '401', '402', '403', '404']);
		// SIP responses that a Q.850 column names are not HTTP statuses.
		expect(entries.map((e) => [e.status, e.aliases])).toEqual(Array(5).fill([null, []]));
	});

	it('fills an empty message from the next column of words, not from a name', () => {
		const { entries } = load('empty-message-cells.md');
		expect(entries.map((e) => e.message)).toEqual([
			'Normal call clearing',
			'The caller hung up before the call was answered.',
			'You tried to call a SIP user who did not register.',
			'PROGRESS_TIMEOUT',
		]);
	});
});

describe('kinds met in batch unseen-6', () => {
	it('reads a table without a header whose first row says a sentence as data, and weighs the sentence that introduces it', () => {
		const { catalog, entries } = load('lists-without-header-rows.md');
		expect(verdicts(catalog)).toEqual([
			[3, false],
			[24, true],
		]);
		expect(codes(entries)).toEqual(['AUTHENTICATION_FAILED', 'CARD_EXPIRED', 'TOKEN_INVALID']);
		expect(catalog.sources[0]!.tablesRead[0]!.reason).toMatch(
			/"List of behaviours:" above it names neither errors nor codes/,
		);
	});

	it('reads the entries of an enum reference page, not its properties and functions', () => {
		const { catalog, entries } = load('enum-reference-page.md');
		expect(verdicts(catalog)).toEqual([
			[7, true],
			[15, false],
			[21, false],
		]);
		expect(codes(entries)).toEqual([
			'SDK_NOT_INITIALIZED',
			'SDK_INTERNAL_ERROR',
			'API_TIMEOUT_ERROR',
		]);
		expect(catalog.sources[0]!.tablesRead[2]!.reason).toContain(
			'column "Summary" holds type names or declarations',
		);
	});

	it('takes the value a name stands for as the code, the name as its alias', () => {
		const { entries } = load('enum-names-and-values.md');
		expect(entries.map((e) => [e.code, e.aliases])).toEqual([
			['call-issuer', ['CALL_ISSUER']],
			['do-not-honor', ['DO_NOT_HONOR']],
			['insufficient-funds', ['INSUFFICIENT_FUNDS']],
			['cvv-mismatch', ['CVV_MISMATCH']],
		]);
	});

	it('does not take the states of a transaction for errors because the heading says status', () => {
		const { catalog, entries } = load('states-under-a-status-heading.md');
		expect(verdicts(catalog)).toEqual([
			[5, false],
			[14, true],
		]);
		expect(codes(entries)).toEqual(['E001', 'E002']);
	});
});

describe('kinds met in batches unseen-7 to unseen-10', () => {
	it("reads a linter's rules under group headings, as the page's title says rules", () => {
		const { catalog, entries } = load('lint-rules-under-group-headings.md');
		expect(verdicts(catalog)).toEqual([
			[9, true],
			[15, true],
		]);
		expect(codes(entries)).toEqual(['useLogicalSides', 'noShoutingClasses', 'useKebabIds']);
		expect(catalog.sources[0]!.tablesRead[0]!.reason).toContain(
			'"Stylesheet rules" above it names errors or codes',
		);
	});

	it('reads the warnings of a plugin under a heading that says warnings further up', () => {
		const { catalog, entries } = load('warnings-of-a-plugin.md');
		expect(verdicts(catalog)).toEqual([
			[9, true],
			[16, true],
		]);
		expect(codes(entries)).toEqual(['DOC101', 'DOC102', 'DOC301']);
	});

	it('skips the elements of a schema and a table of metrics beside the error codes', () => {
		const { catalog, entries } = load('schema-elements-beside-errors.md');
		expect(verdicts(catalog)).toEqual([
			[5, false],
			[11, true],
			[18, false],
		]);
		expect(codes(entries)).toEqual(['321', '392']);
		expect(catalog.sources[0]!.tablesRead[0]!.reason).toContain(
			'column "Data Type" holds type names or declarations',
		);
	});

	it("leaves a footnote's mark out of the code it follows", () => {
		const { entries } = load('footnote-marks-in-code-cells.md');
		expect(codes(entries)).toEqual(['AvoidGlobalState', 'AvoidEmptyCatch', 'UseSafeCompare']);
	});

	it('takes the statuses as the codes where a table maps them to exception classes', () => {
		const { entries } = load('statuses-to-exception-classes.md');
		expect(codes(entries)).toEqual([
			'400',
			'401',
			'404',
			'409',
			'429',
			'4xx',
			'400',
			'401',
			'404',
			'410',
			'408',
			'409',
			'other',
		]);
		expect(entries[2]).toMatchObject({
			status: 404,
			message: 'Courier::ResourceNotFound',
			aliases: ['Courier::ResourceNotFound'],
		});
		expect(entries[9]).toMatchObject({
			status: 410,
			aliases: ['KeyNotFoundException', 'NotFoundError'],
		});
		expect(entries[6]!.message).toBe('Bad Request');
	});

	it('gives a row whose code cell says N/A its status as the code', () => {
		const { entries } = load('no-code-beside-a-status.md');
		expect(entries.map((e) => [e.code, e.status])).toEqual([
			['UNAUTHENTICATED', 200],
			['GRAPHQL_PARSE_FAILED', 400],
			['502', 502],
			['504', 504],
		]);
	});

	it('reads codes that say they failed under a heading that names neither errors nor codes', () => {
		const { catalog, entries } = load('codes-that-say-they-failed.md');
		expect(verdicts(catalog)).toEqual([[5, true]]);
		expect(catalog.sources[0]!.tablesRead[0]!.reason).toContain(
			'of "status_detail" say in their own words that something failed',
		);
		expect(entry(entries, 'cc_rejected_high_risk').status).toBe(201);
	});

	it('skips a table of languages under a heading that names errors', () => {
		const { catalog, entries } = load('language-lookup-under-errors-heading.md');
		expect(verdicts(catalog)).toEqual([
			[7, false],
			[15, true],
		]);
		expect(codes(entries)).toEqual(['TK001', 'TK002']);
		expect(catalog.sources[0]!.tablesRead[0]!.reason).toContain(
			'header "Idioma" names currencies, countries, languages or institutions',
		);
	});

	it('reads exception names whose links a translation damaged', () => {
		const { entries } = load('translated-exception-links.md');
		expect(codes(entries)).toEqual([
			'TimeoutException',
			'Unauthorizedaccessexception',
			'ArgumentException',
			'ArgumentNullException',
			'ArgumentOutOfRangeException',
			'QuotaExceededException',
		]);
	});

	it('joins a row that carries on a word cut at the end of the row above', () => {
		const { catalog, entries } = load('rows-cut-from-a-pdf.md');
		expect(codes(entries)).toEqual(['24', '25', '26', '51']);
		expect(catalog.sources[0]!.tablesRead[0]!.rowsRead!.joined).toBe(1);
	});

	it('takes a column the document calls the description as the message, and a reason phrase beside it as an alias', () => {
		const { entries } = load('reason-phrases-beside-statuses.md');
		expect(entries.map((e) => [e.code, e.message, e.aliases])).toEqual([
			['403', 'Forbidden', []],
			['408', 'Request Timeout', []],
			['401', 'No API key was found.', ['Unauthorized']],
			['405', 'The endpoint does not take this method.', ['Method Not Allowed']],
		]);
	});

	it('weighs codes that are bits of a flag field against a table, but not past strong evidence', () => {
		const { catalog, entries } = load('flag-bits-beside-error-codes.md');
		expect(verdicts(catalog)).toEqual([
			[7, false],
			[17, true],
		]);
		expect(codes(entries)).toEqual(['1', '2', '4', '8']);
		expect(catalog.sources[0]!.tablesRead[0]!.reason).toContain(
			'the numbers of "Position 1 Value" are bits of a flag field (−2.5)',
		);
	});

	it('takes the message in the script of the headings above, of two in two scripts', () => {
		const { entries } = load('messages-in-two-scripts.md');
		expect(entries.map((e) => [e.code, e.message])).toEqual([
			['U101', 'Failed to decode BASE64.'],
			['3011', 'Card number error'],
			['U102', '요청 데이터가 없습니다'],
			['3012', '카드 유효기간 오류'],
		]);
	});

	it('finds the status in a snake_case header, a heading, a column of reason phrases, the code', () => {
		const { entries } = load('statuses-beside-and-above-codes.md');
		expect(entries.map((e) => [e.code, e.status])).toEqual([
			['ParamBindErr', 400],
			['TokenMissing', 401],
			['DataSqlErr', 500],
			['205', 400],
			['208', 400],
			['301', 400],
			['PASSWORD_LOCKED', 401],
			['INVALID_OTP_CODE', 401],
			['USER_INACTIVE', 403],
			['400000', 400],
			['400050', 400],
			['429000', 429],
			['429001', 429],
			['503000', 503],
		]);
	});
});

describe('kinds of unseen-11 and unseen-12', () => {
	it('reads a bold row alone in its first cell as the title of the rows below it, not a code', () => {
		const { entries, source } = load('title-rows-and-broken-names.md');
		expect(entries.map((e) => [e.code, e.section.at(-1)])).toEqual([
			['201000', 'Reprodução'],
			['201004', 'Reprodução'],
			['202000', 'Recurso inválido'],
			['7001', 'Network'],
			['7002', 'Network'],
			['7101', 'Storage'],
		]);
		expect(source.tablesRead.map((t) => t.rowsRead!.headings)).toEqual([2, 2]);
	});

	it('takes a column of names a space broke at a joiner as aliases, as written', () => {
		const { entries } = load('title-rows-and-broken-names.md');
		expect(entries.map((e) => e.aliases)).toEqual([
			['STREAM_OPEN_ERROR'],
			['SEGMENT_FETCH_ ERROR'],
			['MANIFEST_PARSE_ ERRO'],
			['SOCKET_ CLOSED'],
			['DNS_FAILED'],
			['DISK_FULL'],
		]);
	});

	it('skips legends that give the code of what another column names, or number a list of names', () => {
		const { catalog, source, entries } = load('legend-of-coded-things.md');
		expect(verdicts(catalog)).toEqual([
			[7, false],
			[16, false],
			[25, false],
			[31, false],
			[42, true],
		]);
		expect(codes(entries)).toEqual(['0x10A10000', '0x10A20000', '0x20B00000']);
		expect(source.tablesRead[1]!.reason).toContain(
			'header "Part Storage Code" gives the code of each "Storage Part" (−2.0)',
		);
		expect(source.tablesRead[3]!.reason).toContain(
			'"Value" numbers the rows of names, and no column says a sentence (−2.0)',
		);
	});

	it('reads a table whose every body row is empty as one with no data rows', () => {
		const { source, entries } = load('empty-error-tables.md');
		expect(source.tablesRead.map((t) => [t.line, t.accepted, t.reason])).toEqual([
			[5, false, 'no data rows (headers: Code, Error, Description)'],
			[11, false, 'no data rows (headers: Code, Error, Description)'],
		]);
		expect(entries).toEqual([]);
	});

	it('gives no status from the first digits where codes also end in a status (400403)', () => {
		const { entries } = load('statuses-at-both-ends.md');
		expect(entries.map((e) => e.status)).toEqual([null, null, null, null, null, null, null]);
		expect(load('statuses-beside-and-above-codes.md').entries.at(-1)).toMatchObject({
			code: '503000',
			status: 503,
		});
	});
});

describe('statuses named as HTTP names them', () => {
	it('takes the statuses as the codes where a column beside them gives their HTTP names', () => {
		const { entries } = load('statuses-named-as-http-names-them.md');
		expect(entries.map((e) => [e.code, e.status, e.message])).toEqual([
			['400', 400, 'A field is missing or malformed.'],
			['401', 401, 'The token is missing or has expired.'],
			['404', 404, 'No order has this id.'],
			['429', 429, 'Slow down; retry after the time in Retry-After.'],
			['409', 409, 'Someone else changed the order since you read it.'],
			['422', 422, 'The order cannot be shipped to this address.'],
			['NOT_FOUND', 404, 'The order does not exist.'],
			['ABORTED', 409, 'The order was changed by another request.'],
		]);
	});
});

describe('kinds of unseen-13', () => {
	it('reads a pipe table whose delimiter row has fewer cells than its header, with a warning', () => {
		const { catalog, source, entries } = load('delimiter-row-short.md');
		expect(verdicts(catalog)).toEqual([[5, true]]);
		expect(entries.map((e) => [e.code, e.status, e.message])).toEqual([
			['400', 400, 'Generally, a required field is missing from the body'],
			['401', 401, 'Generally, the token is missing or has expired'],
			['404', 404, 'Generally, no shipment has this id'],
		]);
		expect(source.warnings.map((w) => [w.line, w.message])).toEqual([
			[
				5,
				'the delimiter row at line 6 has 2 cells under a header of 3: read as a table of 3 columns, as kramdown and a reader take it, though GitHub-flavoured Markdown shows these lines as a paragraph; give the delimiter row one cell per header cell',
			],
			[
				18,
				'table-shaped lines not read as a table: the delimiter row at line 19 has 2 cells under a header of 3, so GitHub-flavoured Markdown does not make them a table; give the delimiter row one cell per header cell',
			],
		]);
	});

	it("takes the statuses as the codes where a column beside them gives a library's constants for them", () => {
		const { entries } = load('status-constants-beside-statuses.md');
		expect(entries.map((e) => [e.code, e.status, e.aliases])).toEqual([
			['401', 401, ['StatusUnauthorized']],
			['403', 403, ['StatusForbidden']],
			['404', 404, ['StatusNotFound']],
			['429', 429, ['StatusTooManyRequests']],
			['503', 503, ['StatusServiceUnavailable']],
			['NOT_FOUND', 404, []],
			['VERSION_CLASH', 409, []],
			['BAD_POSTCODE', 422, []],
		]);
	});

	it('weighs a table numbering states in order, none of them a failure, against it', () => {
		const { catalog, source, entries } = load('numbered-states-and-errors.md');
		expect(verdicts(catalog)).toEqual([
			[5, false],
			[17, true],
		]);
		expect(codes(entries)).toEqual(['1', '2', '3', '4']);
		expect(source.tablesRead[0]!.reason).toContain(
			'"Code" numbers the rows in order, and no column says something failed (−3.0)',
		);
	});

	it('takes the keys of messages as aliases and the words beside them as the message', () => {
		const { entries } = load('message-keys-beside-words.md');
		expect(entries.map((e) => [e.code, e.message, e.aliases])).toEqual([
			['PAY_001', 'Ödeme banka tarafından reddedildi', ['error.payment.declined']],
			['PAY_002', 'Kartın son kullanma tarihi geçmiş', ['error.payment.card.expired']],
			['PAY_003', 'Günlük limit aşıldı', ['error.payment.limit']],
			// A column headed as the message alone is the message, whatever it holds.
			['ORD_001', 'ORDER_NOT_FOUND', []],
			['ORD_002', 'ORDER_ALREADY_SHIPPED', []],
			['ORD_003', 'ORDER_LOCKED', []],
		]);
	});

	it('reads codes written with their messages in one cell, several side by side in a row', () => {
		const { catalog, entries } = load('codes-and-messages-side-by-side.md');
		expect(verdicts(catalog)).toEqual([
			[3, true],
			[20, true],
		]);
		expect(entries.map((e) => [e.code, e.message])).toEqual([
			['R100', 'Invalid request. Send the XML in the body of a POST.'],
			['R500', 'Template was not found for this account.'],
			['R101', 'Missing or invalid action name'],
			['R501', 'Template could not be rendered'],
			['R102', 'The api_key is not valid'],
			['D001', 'conversion of the attachment failed'],
			['D002', 'the handset rejected the message'],
			['D003', 'delivery failed after three attempts'],
		]);
		expect(entries.filter((e) => e.code.startsWith('R')).map((e) => e.row)).toEqual([
			0, 0, 1, 1, 2,
		]);
	});
});

describe('kinds of unseen-14 and unseen-15', () => {
	it("takes the column that gives each row its own number, not the class the document's rows share", () => {
		const { entries } = load('class-column-beside-codes.md');
		expect(entries.map((e) => [e.code, e.aliases])).toEqual([
			['2101', []],
			['2102', []],
			['2103', []],
			['7001', []],
			['7002', []],
			['7003', []],
		]);
	});

	it('gives no entry to words among numbered codes, and says so with the line', () => {
		const { source, entries } = load('leftover-template-row.md');
		expect(codes(entries)).toEqual(['3101', '3102', '3201', '4100']);
		expect(source.warnings.map((w) => [w.line, w.message])).toEqual([
			[
				9,
				'row 5 of the error table at line 3: its code cell "new code" is words where the column\'s other codes are numbers; it is shown on the source page but has no code page',
			],
		]);
	});

	it('takes the messages a program displays, in a column headed as codes, as the codes', () => {
		const { catalog, entries } = load('displayed-messages-as-codes.md');
		expect(verdicts(catalog)).toEqual([[5, true]]);
		expect(entries.map((e) => [e.code, e.message, e.slug])).toEqual([
			[
				'¡No se pudo descargar el paquete!',
				'El instalador falló al descargar la nueva versión',
				'no-se-pudo-descargar-el-paquete',
			],
			[
				'Error al escribir el archivo de configuración',
				'El instalador no tiene permisos para escribir en la carpeta',
				'error-al-escribir-el-archivo-de-configuracion',
			],
			[
				'¡Servidor de licencias sin conexión!',
				'El servidor de licencias no ha respondido',
				'servidor-de-licencias-sin-conexion',
			],
		]);
	});

	it('reads statuses among classes of statuses, and a name in brackets or a column as an alias', () => {
		const { entries } = load('status-classes-and-names.md');
		expect(entries.map((e) => [e.code, e.status, e.aliases])).toEqual([
			['2xx', null, []],
			['4xx', null, []],
			['5xx', null, []],
			['200', 200, ['OK']],
			['402', 402, ['Unauthorized']],
			['404', 404, ['Not Found']],
			['503', 503, ['Unavailable']],
			['400', 400, ['BAD REQUEST']],
			['410', 410, ['GONE']],
			['504', 504, ['GATEWAY TIMEOUT']],
		]);
	});

	it('reads no status from the digits that lead codes another column names with identifiers', () => {
		const { entries } = load('status-digits-beside-names.md');
		expect(entries.map((e) => [e.code, e.status])).toEqual([
			['400101', 400],
			['404101', 404],
			['503101', 503],
			['400201', null],
			['401202', null],
			['500203', null],
		]);
	});

	it('keeps short names as the message where their header calls them a description in one word', () => {
		const { entries } = load('short-description-beside-condition.md');
		expect(entries.map((e) => [e.code, e.message])).toEqual([
			['0', 'Success'],
			['210', 'Session Expired'],
			['310', 'Invalid Account'],
			['320', 'Limit Exceeded'],
		]);
	});
});

describe('kinds of unseen-23 and unseen-24: lists of things, legends of ranges', () => {
	it('reads the errors of a page beside its lists of named things and its legend of ranges', () => {
		const { catalog, entries } = load('lists-of-named-things.md');
		expect(codes(entries)).toEqual([
			'1001',
			'2004',
			'3002',
			'4000-4099',
			'4100-4199',
			'5000-5099',
			'400',
			'404',
			'409',
			'429',
			'E1',
			'E2',
			'E3',
			'E4',
		]);
		const skipped = catalog.sources[0]!.tablesRead.filter((table) => !table.accepted);
		expect(skipped.map((table) => [table.line, table.reason])).toEqual([
			[5, expect.stringContaining('column "Provider" holds proper names')],
			[
				15,
				expect.stringContaining(
					'header "카드사 이름" names currencies, countries, languages or institutions',
				),
			],
			[24, expect.stringContaining('every one of "Codes" is a range of codes')],
		]);
	});

	it('skips the fields a call is made of, beside the values they take, and reads its errors', () => {
		const { catalog, entries } = load('request-fields-beside-values.md');
		expect(codes(entries)).toEqual(['V1001', 'V1002', 'V1003']);
		expect(catalog.sources[0]!.tablesRead.find((table) => table.line === 5)!.reason).toContain(
			'header "Field name" names a request\'s fields, and nothing says something failed',
		);
	});
});
