/**
 * What people paste into the search, taken from what these APIs and tools really print: log
 * lines, exceptions with their stack traces, JSON error bodies of many shapes, code names
 * with a typo, camelCase and snake_case names as words, and Chinese, Japanese and Korean
 * phrases. The catalog holds rows of the real documents in tests/fixtures/real, so that each
 * paste has its right answer among codes and messages that could be mistaken for it.
 */
import { describe, expect, it } from 'vitest';
import { routes } from './helpers';
import { buildSearchIndex } from '../../src/outputs/search-index';
import { readErrorBody, readQuery, STRENGTH } from '../../src/search/paste';
import { SearchEngine } from '../../src/search/search';
import { tokenize } from '../../src/search/text';
import { slugOf } from '../../src/pipeline/link/slugs';
import type { Catalog, Entry, Source } from '../../src/core/types';
import { bareSource } from '../../bench/synthetic';

type Row = [code: string, message: string, details?: string, status?: number];

const ROWS: Record<string, Row[]> = {
	grpc: [
		['OK', 'Not an error; returned on success.', '0'],
		['UNKNOWN', 'Unknown error.', '2'],
		['NOT_FOUND', 'Some requested entity (e.g., file or directory) was not found.', '5'],
		[
			'PERMISSION_DENIED',
			'The caller does not have permission to execute the specified operation.',
			'7',
		],
		['DEADLINE_EXCEEDED', 'The deadline expired before the operation could complete.', '4'],
		['UNAVAILABLE', 'The service is currently unavailable.', '14'],
		['UNAUTHENTICATED', 'The request does not have valid authentication credentials.', '16'],
	],
	bugcheck: [
		['0x0000001E', 'KMODE_EXCEPTION_NOT_HANDLED'],
		['0x0000000A', 'IRQL_NOT_LESS_OR_EQUAL'],
	],
	ledger: [
		['6985', 'Rejected by user', 'SWO_CONDITIONS_NOT_SATISFIED'],
		['6808', 'Unknown error', 'SW_UNKNOWN'],
		['6A80', 'Failed to parse raw transaction', 'SWO_INCORRECT_DATA'],
	],
	spark: [
		['42P01', 'undefined_table', 'TABLE_OR_VIEW_NOT_FOUND, VIEW_NOT_FOUND'],
		['42P07', 'duplicate_table', 'TABLE_OR_VIEW_ALREADY_EXISTS, VIEW_ALREADY_EXISTS'],
		['42703', 'An undefined column or parameter name was detected.', 'UNRESOLVED_COLUMN'],
		['2BP01', 'dependent_objects_still_exist', 'SCHEMA_NOT_EMPTY'],
	],
	pg: [
		['28000', 'INVALID_AUTHORIZATION_SPECIFICATION'],
		['42P01', 'UNDEFINED_TABLE'],
		['23505', 'UNIQUE_VIOLATION'],
		['42501', 'INSUFFICIENT_PRIVILEGE'],
	],
	culqi: [
		['error', 'Ha ocurrido un error mientras CULQI procesaba la transacción'],
		['fondos_insuficientes', 'La tarjeta no dispone de fondos suficientes para realizar la compra'],
		['tarjeta_robada', 'La tarjeta ha sido reportada como robada'],
	],
	payments: [
		['cc_rejected_high_risk', 'The payment was rejected for fraud prevention.'],
		['cc_rejected_other_reason', 'The card issuer rejected the payment.'],
	],
	apollo: [
		['BAD_USER_INPUT', 'The GraphQL operation includes an invalid value for a field argument.'],
		[
			'GRAPHQL_VALIDATION_FAILED',
			"The GraphQL operation is not valid against the server's schema.",
		],
	],
	travelgate: [
		['serviceNotAvailable', 'The service is temporarily down.', '', 503],
		[
			'401',
			'insufficientPermissions',
			'Indicates that the user does not have sufficient permissions.',
			401,
		],
	],
	kra: [
		['901', 'It is not valid device'],
		['999', 'There is an unknown error. Please ask the administrator'],
	],
	nhn: [
		['-4010203', 'Invalid access token'],
		['3', '잘못된 파라미터입니다.', 'INVALID_PARAMETER TCGB_ERROR_INVALID_PARAMETER'],
		['3001', '로그인이 취소되었습니다.', 'AUTH_USER_CANCELED TCGB_ERROR_AUTH_USER_CANCELED'],
	],
	jmessage: [
		['899002', 'No such user', '用户不存在'],
		['855001', 'out of time', '消息撤回失败，超出撤回时间'],
	],
	robotpayment: [['19', 'メンテナンス中']],
	paypal: [
		[
			'InvalidClient',
			'Client authentication failed (e.g., unknown client, no client authentication included).',
		],
		[
			'InvalidScope',
			'The requested scope is invalid, unknown, malformed, or exceeds the scope granted.',
		],
	],
	winget: [
		['0x8A150014', 'No packages found', '-1978335212 APPINSTALLER_CLI_ERROR_NO_APPLICATIONS_FOUND'],
		[
			'0x8A150101',
			'Application is currently running.',
			'-1978334975 APPINSTALLER_CLI_ERROR_INSTALL_PACKAGE_IN_USE',
		],
	],
};

const catalog = catalogOf(ROWS);
const engine = new SearchEngine(JSON.parse(JSON.stringify(buildSearchIndex(catalog))), routes);
const top = (query: string, n = 1) =>
	engine.search(query, n).map((hit) => `${hit.source} ${hit.code}`);
const first = (query: string) => top(query)[0];

describe('a code inside a log line or an exception comes first', () => {
	it('reads a status word in brackets, written in hex', () => {
		expect(first('TransportStatusError: Ledger device: UNKNOWN_ERROR (0x6808)')).toBe(
			'ledger 6808',
		);
		expect(
			first(
				'TransportStatusError: Ledger device: Condition of use not satisfied (denied by the user?) (0x6985)',
			),
		).toBe('ledger 6985');
	});

	it('reads a hex code a debugger prints without its 0x and zeros', () => {
		expect(first('BugCheck 1E, {ffffffffc0000005, fffff80123456789, 0, ffffffffffffffff}')).toBe(
			'bugcheck 0x0000001E',
		);
	});

	it('reads the SQLSTATE of a Spark error over the words of its message', () => {
		const paste =
			'[TABLE_OR_VIEW_NOT_FOUND] The table or view `sales`.`orders` cannot be found. Verify the spelling and correctness of the schema and catalog. SQLSTATE: 42P01; line 1 pos 14;';
		expect(top(paste, 2)).toEqual(['spark 42P01', 'pg 42P01']);
	});

	it('reads the code of a Java, Python, Go and Node stack trace', () => {
		expect(
			first(
				'io.grpc.StatusRuntimeException: UNAVAILABLE: io exception\n\tat io.grpc.stub.ClientCalls.toStatusRuntimeException(ClientCalls.java:271)\n\tat io.grpc.stub.ClientCalls.getUnchecked(ClientCalls.java:252)',
			),
		).toBe('grpc UNAVAILABLE');
		// Names UNKNOWN and grpc_status 7 too; the status line is what the error is.
		expect(
			first(
				'grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.PERMISSION_DENIED\n\tdetails = "Request had insufficient authentication scopes."\n\tdebug_error_string = "UNKNOWN:Error received from peer ipv4:142.250.185.74:443 {grpc_message:"Request had insufficient authentication scopes.", grpc_status:7}"\n>',
			),
		).toBe('grpc PERMISSION_DENIED');
		expect(first('rpc error: code = DeadlineExceeded desc = context deadline exceeded')).toBe(
			'grpc DEADLINE_EXCEEDED',
		);
		expect(
			first(
				'Error: 5 NOT_FOUND: Requested entity was not found.\n    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:31:19)',
			),
		).toBe('grpc NOT_FOUND');
	});

	it('reads the SQLSTATE of a MySQL error, not the log level or the vendor number', () => {
		expect(
			first("ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)"),
		).toBe('pg 28000');
	});

	it('reads a code written as a key of a printed object', () => {
		expect(
			first(
				"error: duplicate key value violates unique constraint \"users_email_key\"\n    at Parser.parseErrorMessage (/app/node_modules/pg-protocol/dist/parser.js:283:98) {\n  length: 211,\n  severity: 'ERROR',\n  code: '23505',\n  routine: '_bt_check_unique'\n}",
			),
		).toBe('pg 23505');
	});

	it("reads an exception's class as the name of its error", () => {
		expect(
			first('asyncpg.exceptions.InsufficientPrivilegeError: permission denied for table users'),
		).toBe('pg 42501');
		expect(first('psycopg2.errors.UndefinedTable: relation "orders" does not exist')).toMatch(
			/42P01$/,
		);
	});

	it('reads a long stack trace from its head, where the error is named', () => {
		const frame = '\tat io.grpc.stub.ClientCalls.toStatusRuntimeException(ClientCalls.java:271)\n';
		const trace = `io.grpc.StatusRuntimeException: UNAVAILABLE: io exception\n${frame.repeat(400)}`;
		expect(trace.length).toBeGreaterThan(30_000);
		expect(first(trace)).toBe('grpc UNAVAILABLE');
	});

	it('finds a code by its other name in another column', () => {
		expect(first('winget install failed with exit code -1978335212')).toBe('winget 0x8A150014');
		expect(first('TCGB_ERROR_INVALID_PARAMETER')).toBe('nhn 3');
	});
});

describe('a JSON body names its code under any key, at any depth', () => {
	it.each([
		[
			'status_detail',
			'{"id":123,"status":"rejected","status_detail":"cc_rejected_high_risk"}',
			'payments cc_rejected_high_risk',
		],
		[
			'error.code',
			'{"error":{"code":"cc_rejected_other_reason","message":"rejected"}}',
			'payments cc_rejected_other_reason',
		],
		['errorCode', '{"errorCode":901,"errorMessage":"It is not valid device"}', 'kra 901'],
		[
			'resultCd',
			'{"resultCd":"901","resultMsg":"It is not valid device","resultDt":"20240315104512","data":null}',
			'kra 901',
		],
		[
			'codigo_respuesta',
			'{"codigo_comercio":"demo","codigo_respuesta":"fondos_insuficientes","mensaje_respuesta":"La tarjeta no dispone de fondos suficientes."}',
			'culqi fondos_insuficientes',
		],
		[
			'a nested header',
			'{"header":{"isSuccessful":false,"resultCode":-4010203,"resultMessage":"Invalid access token"}}',
			'nhn -4010203',
		],
		[
			'error, OAuth style',
			'{"error":"invalid_client","error_description":"Client Authentication failed"}',
			'paypal InvalidClient',
		],
		[
			'an array of errors',
			'{"errors":[{"code":"BAD_USER_INPUT","message":"Variable \\"$id\\" got invalid value"}]}',
			'apollo BAD_USER_INPUT',
		],
		[
			'GraphQL extensions.code',
			'{"errors":[{"message":"Cannot query field \\"emial\\" on type \\"User\\".","locations":[{"line":1,"column":8}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}',
			'apollo GRAPHQL_VALIDATION_FAILED',
		],
		['type', '{"type":"UNAVAILABLE","detail":"upstream connect error"}', 'grpc UNAVAILABLE'],
		['reason', '{"reason":"DEADLINE_EXCEEDED"}', 'grpc DEADLINE_EXCEEDED'],
	])('under %s', (_, body, expected) => {
		expect(first(body)).toBe(expected);
	});

	it('reads every value, surer under a field named like a code, and messages apart', () => {
		expect(
			readErrorBody(
				'{"id":123,"status":"rejected","status_detail":"cc_rejected_high_risk","note":"first try"}',
			),
		).toMatchObject({
			mentions: [
				{ text: '123', strength: STRENGTH.jsonValue },
				{ text: 'rejected', strength: STRENGTH.keyed },
				{ text: 'cc_rejected_high_risk', strength: STRENGTH.keyed },
			],
			messages: ['first try'],
			status: null,
		});
		expect(
			readErrorBody(
				'{"error": {"code": "NOT_FOUND", "message": "Member not found", "status": 404}}',
			),
		).toMatchObject({
			mentions: [{ text: 'NOT_FOUND', strength: STRENGTH.keyed }],
			messages: ['Member not found'],
			status: 404,
		});
	});

	it('reads the text around a body as a log line', () => {
		expect(
			readQuery(
				'APIRequestException: {"error":{"code":899002,"message":"No such user"}}\n\tat cn.jmessage.api.common.NativeHttpClient.doRequest(NativeHttpClient.java:211)',
			),
		).toMatchObject({
			json: true,
			messages: ['No such user'],
		});
		expect(first('APIRequestException: {"error":{"code":899002,"message":"No such user"}}')).toBe(
			'jmessage 899002',
		);
	});
});

describe('code names with a typo', () => {
	it('finds a code name one slip away', () => {
		expect(engine.search('UNAUTHENTICATD')[0]).toMatchObject({
			code: 'UNAUTHENTICATED',
			kind: 'code-typo',
		});
		expect(first('BAD_USR_INPUT')).toBe('apollo BAD_USER_INPUT');
		expect(first('serviceNotAvailabe')).toBe('travelgate serviceNotAvailable');
		expect(first('2PB01')).toBe('spark 2BP01');
	});

	it('does not read a number one digit off as a slip', () => {
		expect(engine.search('6986').map((hit) => hit.code)).not.toContain('6985');
	});
});

describe('camelCase and snake_case names match their words', () => {
	it('finds a name from its words', () => {
		expect(first('service not available')).toBe('travelgate serviceNotAvailable');
		expect(first('bad user input')).toBe('apollo BAD_USER_INPUT');
		expect(first('tarjeta robada')).toBe('culqi tarjeta_robada');
		expect(first('unique violation')).toBe('pg 23505');
	});

	it('finds words written as a name', () => {
		expect(first('insufficient permissions')).toBe('travelgate 401');
		expect(first('insufficientPermissions')).toBe('travelgate 401');
	});

	it('reads the parts of names as words, and the whole name as a word too', () => {
		expect(tokenize('rateLimitExceeded')).toEqual([
			'ratelimitexceeded',
			'rate',
			'limit',
			'exceeded',
		]);
		expect(tokenize('TABLE_OR_VIEW_NOT_FOUND')).toEqual([
			'table',
			'or',
			'view',
			'not',
			'found',
			'tableorviewnotfound',
		]);
	});
});

describe('Chinese, Japanese and Korean', () => {
	it('finds a whole phrase', () => {
		expect(first('用户不存在')).toBe('jmessage 899002');
		expect(first('消息撤回失败，超出撤回时间')).toBe('jmessage 855001');
		expect(first('メンテナンス中')).toBe('robotpayment 19');
		expect(first('로그인이 취소되었습니다')).toBe('nhn 3001');
	});

	it('finds part of a phrase, as these languages put no spaces between words', () => {
		expect(first('超出撤回时间')).toBe('jmessage 855001');
		expect(first('メンテナンス')).toBe('robotpayment 19');
		expect(first('로그인 취소')).toBe('nhn 3001');
	});

	it('reads words in pairs of characters, and apart where the script changes', () => {
		expect(tokenize('用户不存在')).toEqual(['用户不存在', '用户', '户不', '不存', '存在']);
		expect(tokenize('ログインIDが不正')).toContain('id');
	});
});

function catalogOf(rows: Record<string, Row[]>): Catalog {
	const sources: Source[] = Object.entries(rows).map(([id, list]) =>
		bareSource(id, id, list.length),
	);
	const entries: Entry[] = Object.entries(rows).flatMap(([id, list]) =>
		list.map(([code, message, details = '', status], row) => {
			const slug = slugOf(code);
			return {
				source: id,
				code,
				codeNote: '',
				aliases: [],
				status: status ?? null,
				statusText: status ? String(status) : '',
				message,
				messageHtml: message,
				placeholders: [],
				details: details ? [{ label: 'Details', text: details, html: details }] : [],
				section: [],
				file: `content/${id}.md`,
				line: row + 1,
				table: 0,
				row,
				variant: 0,
				slug,
				anchor: slug,
			};
		}),
	);
	return { sources, entries, pages: [] };
}

describe('brackets round a number at the head of a log line', () => {
	it('hold a code, not a JSON body', () => {
		const read = readQuery('[50013] Missing permissions');
		expect(read.json).toBe(false);
		expect(read.mentions).toContainEqual({ text: '50013', strength: STRENGTH.bracketed });
		expect(readQuery('[1715698123] SERVICE ALERT: web01;HTTP;CRITICAL').json).toBe(false);
	});

	it('leave an array of bodies a body', () => {
		expect(readQuery('[{"code": "E1", "message": "Bad input"}]').json).toBe(true);
	});
});
