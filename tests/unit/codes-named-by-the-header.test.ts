/**
 * Which of two names is the code where the header says (issue 16, batches unseen-35 to unseen-38):
 * a column headed as the code beside one headed as its value, variant or base keeps the code
 * however its values repeat. The classify stage alone, and the small document under
 * tests/fixtures/ through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { readCodeCell, saysNoCode } from '../../src/core/code-cell';
import { codeShape, readCode } from '../../src/core/codes';
import { buildFixture } from './helpers';
import { classifyAlone } from './table-text';

describe('a code named by the header beside another form of it', () => {
	it('takes the names headed as the code over their hex values, though `Reserved` repeats', () => {
		const c = classifyAlone({
			section: ['Bind statuses'],
			header: ['Error Code', 'Hex Value', 'Description'],
			rows: [
				['GW_ROK', '0x00000000', 'No error'],
				['GW_RBADLEN', '0x00000001', 'Message length is invalid'],
				['Reserved', '0x00000002', 'Reserved'],
				['GW_RSYSERR', '0x00000003', 'System error'],
				['Reserved', '0x00000004', 'Reserved'],
				['Reserved', '0x00000005', 'Reserved'],
				['GW_RBADPASS', '0x00000006', 'Invalid password'],
				['GW_RQUEUEFULL', '0x00000007', 'Message queue full'],
				['GW_RTHROTTLED', '0x00000008', 'Throttling error'],
			],
		});
		expect([c.accepted, c.code, c.aliases]).toEqual([true, 0, [1]]);
	});

	it('takes the numbers headed as the code over the variants that tell apart a shared number', () => {
		const c = classifyAlone({
			section: ['RPC errors'],
			header: ['Code', 'Variant', 'Message'],
			rows: [
				['-32601', 'MethodNotFound', 'Method not found'],
				['-1', 'TxAlreadyKnown', 'Transaction already known'],
				['-1', 'TxMissingInputs', 'Transaction is missing inputs'],
				['-5', 'BlockNotFound', 'Block not found'],
				['-5', 'TxNotFound', 'Transaction not found'],
			],
		});
		expect([c.accepted, c.code, c.aliases]).toEqual([true, 0, [1]]);
	});

	it('still lets a class headed only as the error give way to the codes each row has', () => {
		const c = classifyAlone({
			section: ['Errors'],
			header: ['Error', 'Code', 'Message'],
			rows: [
				['BadRequest', 'INVALID_NAME', 'The name is not valid'],
				['BadRequest', 'INVALID_SIZE', 'The size is not valid'],
				['NotFound', 'NO_QUEUE', 'The queue does not exist'],
			],
		});
		expect(c.code).toBe(1);
	});

	it('gives each row its code and keeps the other form as its alias', () => {
		const catalog = buildFixture('codes-named-by-the-header.md');
		expect(catalog.entries.map((entry) => [entry.code, entry.aliases ?? []])).toEqual([
			['GW_ROK', ['0x00000000']],
			['GW_RBADLEN', ['0x00000001']],
			['Reserved', ['0x00000002']],
			['GW_RSYSERR', ['0x00000003']],
			['Reserved', ['0x00000004']],
			['GW_RTHROTTLED', ['0x00000005']],
			['Reserved', ['0x00000006']],
			['GW_RBADPASS', ['0x00000007']],
			['GW_RQUEUEFULL', ['0x00000008']],
			['-32601', ['MethodNotFound']],
			['-32602', ['InvalidParams']],
			['-1', ['TxAlreadyKnown']],
			['-1', ['TxMissingInputs']],
			['-5', ['BlockNotFound']],
			['-5', ['TxNotFound']],
		]);
	});
});

describe('a cell of an id and its number', () => {
	it('reads a namespaced id with snake_case words as a code', () => {
		expect(codeShape('network.http.request_too_large')).toBe('namespaced');
	});

	it('takes the id above the number as the code and the number as its alias', () => {
		expect(readCodeCell(['network.http.request_too_large', '0x03010001'])).toEqual({
			codes: ['network.http.request_too_large'],
			note: '',
			aliases: ['0x03010001'],
		});
		expect(readCodeCell(['404', 'auth/user-not-found']).codes).toEqual(['auth/user-not-found']);
	});

	it('keeps the number under a constant as the code, the constant its alias', () => {
		expect(readCodeCell(['WSA_INVALID_HANDLE', '6'])).toMatchObject({ codes: ['6'] });
	});

	it('gives each row its id, its number an alias, through the whole pipeline', () => {
		const catalog = buildFixture('ids-over-numbers-in-one-cell.md');
		expect(catalog.entries.map((entry) => [entry.code, entry.aliases ?? []])).toEqual([
			['network.http.request_too_large', ['0x01010001']],
			['network.http.url_not_found', ['0x01010002']],
			['network.http.unexpected_error', ['0x01010003']],
		]);
	});
});

describe('a code of words, and a cell that says there is none', () => {
	it('keeps a name and an error number whole as one code', () => {
		expect(readCode('WoW Error 132')).toEqual({ code: 'WoW Error 132', note: '' });
		expect(readCode('E01 Error 5')).toEqual({ code: 'E01', note: 'Error 5' });
	});

	it('keeps a sentence that opens with an acronym and goes on in another script whole', () => {
		expect(readCode('CSV ファイルに無効なシリアル番号').code).toBe(
			'CSV ファイルに無効なシリアル番号',
		);
		expect(readCode('E001 – encoding failed')).toEqual({ code: 'E001', note: 'encoding failed' });
	});

	it('reads "none" in the languages documents are translated to as no code', () => {
		for (const none of [
			'žádné',
			'keine',
			'aucun',
			'ninguno',
			'nenhum',
			'nessuno',
			'brak',
			'нет',
			'无',
			'なし',
			'없음',
			'yok',
			'(none)',
		])
			expect(saysNoCode(none), none).toBe(true);
		for (const code of ['NONE_FOUND', 'nein', '-', 'E0001'])
			expect(saysNoCode(code), code).toBe(false);
	});

	it('gives a code of words whole, and a row that says it has none its other name', () => {
		const catalog = buildFixture('codes-of-words-and-no-code.md');
		expect(catalog.entries.map((entry) => entry.code)).toEqual([
			'LNC51900314',
			'LNC51900319',
			'Game Error 132',
			'TIMEOUT',
			'ClientConnectionError',
			'RATE_LIMITED',
		]);
	});
});

describe('a status from the heading above a table', () => {
	const rows = [
		['101', 'INVALID_INPUT', '입력이 올바르지 않습니다'],
		['102', 'MISSING_FIELD', '필수 항목이 없습니다'],
	];
	const header = ['코드', '이름', '설명'];

	it('takes none from a range of codes in the heading', () => {
		expect(
			classifyAlone({ section: ['101-120: 검증 에러'], header, rows }).sectionStatus,
		).toBeNull();
		expect(classifyAlone({ section: ['400 to 499'], header, rows }).sectionStatus).toBeNull();
	});

	it('takes the status a heading names', () => {
		expect(classifyAlone({ section: ['404 - Not Found'], header, rows }).sectionStatus).toBe(404);
		expect(classifyAlone({ section: ['HTTP 429'], header, rows }).sectionStatus).toBe(429);
	});
});

describe('an error type beside its causes', () => {
	it('takes the causes over the types they fall in, where both are names', () => {
		const c = classifyAlone({
			section: ['gas_price errors'],
			header: ['ERROR_TYPE error.name', 'ERROR_CAUSE error.cause.name', 'Status Code', 'Reason'],
			rows: [
				['HANDLER_ERROR', 'UNKNOWN_BLOCK', '200', 'The block has not been produced yet'],
				['REQUEST_VALIDATION_ERROR', 'PARSE_ERROR', '400', 'Passed arguments cannot be parsed'],
				['INTERNAL_ERROR', 'INTERNAL_ERROR', '500', 'Something went wrong with the node'],
			],
		});
		expect([c.accepted, c.code, c.status]).toEqual([true, 1, 2]);
	});

	it('keeps numbers headed as the code beside a type of error', () => {
		const c = classifyAlone({
			section: ['Errors'],
			header: ['Error Type', 'Code', 'Message'],
			rows: [
				['invalid_request_error', '1001', 'The request is not valid'],
				['api_error', '1002', 'The API failed'],
				['auth_error', '1003', 'The key is not valid'],
			],
		});
		expect(c.code).toBe(1);
	});
});

describe("a status's name as a constant", () => {
	it('keeps the constants headed as the status type as the codes’ aliases', () => {
		const c = classifyAlone({
			section: ['Status codes'],
			header: ['Status Code', 'Status Type', 'Meanings'],
			rows: [
				['200', 'SUCCESS_STATUS', 'Success'],
				['508', 'PATH_NOT_EXIST', 'The path does not exist'],
				['700', 'SQL_PARSE_ERROR', 'The statement could not be parsed'],
				['801', 'WRONG_LOGIN_PASSWORD', 'The user name or password is wrong'],
			],
		});
		expect([c.code, c.aliases, c.message]).toEqual([0, [1], 2]);
	});
});

describe('a column headed as the code beside the one the shapes chose (issue 16, unseen-45 and 46)', () => {
	it('takes result names headed as the code over their decimal values', () => {
		const c = classifyAlone({
			section: ['Claimed-cost failures'],
			header: ['Code', 'Value', 'Meaning'],
			rows: [
				['tecPATH_DRY', '128', 'Payment path could not deliver the amount'],
				['tecUNFUNDED', '129', 'Insufficient funds to cover the cost'],
				['tecNO_DST', '124', 'Destination account does not exist'],
				['tecFROZEN', '137', 'The asset is frozen'],
			],
		});
		expect([c.accepted, c.code, c.aliases]).toEqual([true, 0, [1]]);
	});

	it('takes dotted status codes headed as the code over the constants named beside them', () => {
		const c = classifyAlone({
			section: ['Status codes'],
			header: ['Status code', 'Name', 'Description'],
			rows: [
				['0.0.0', 'OK', 'Operation performed successfully'],
				['2.0.0', 'DECLINED_PERMANENTLY', 'Operation permanently declined'],
				['2.1.0', 'DECLINED_RETRYABLE', 'Operation declined (retryable)'],
				['3.0.0', 'MISSING_INPUT_DATA', 'Missing mandatory field'],
				['4.2.0', 'UNKNOWN_REFERENCE', 'Unknown reference'],
			],
		});
		expect([c.accepted, c.code, c.aliases]).toEqual([true, 0, [1]]);
	});

	it('keeps the values where the column headed as a code holds phrases', () => {
		const c = classifyAlone({
			section: ['表格 3.1 –连接返回码的值'],
			header: ['值', '返回码响应', '描述'],
			rows: [
				['0', '0x00连接已接受', '连接已被服务端接受'],
				['1', '0x01连接已拒绝，不支持的协议版本', '服务端不支持客户端请求的协议级别'],
				['2', '0x02连接已拒绝，不合格的客户端标识符', '服务端不允许使用'],
				['3', '0x03连接已拒绝，服务端不可用', '服务不可用'],
				['4', '0x04连接已拒绝，无效的用户名或密码', '用户名或密码的数据格式无效'],
				['5', '0x05连接已拒绝，未授权', '客户端未被授权连接到此服务器'],
				['6-255', '', '保留'],
			],
		});
		expect(c.code).toBe(0);
	});
});
