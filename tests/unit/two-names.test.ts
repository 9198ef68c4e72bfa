/**
 * One code, two names (issue 16, batches unseen-16 to 18): which of a row's two identifiers is
 * the code, and the other kept as its alias. The classify stage alone, a `TableText` in and the
 * roles out; then each kind's small document under tests/fixtures/ through the whole pipeline.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Classification, classifyTable } from '../../src/pipeline/classify/classify';
import { distinctInDocument } from '../../src/pipeline/classify/document-classes';
import { buildCatalog, buildFixture } from './helpers';
import { type TableSketch, classifyAlone, tableText } from './table-text';

const nowhere = () => {
	throw new Error('no setting was expected to be wrong');
};
const classify = classifyAlone;
const roles = (c: Classification) => [c.accepted, c.code, c.aliases, c.message];

describe('classify: which of two names is the code', () => {
	it('takes the numbers headed as return codes over the constants beside them, one number given twice', () => {
		const c = classify({
			section: ['Error code'],
			header: ['Return code', 'Description', 'Explanation'],
			rows: [
				['41001', 'SESSION_EXPIRED', 'Invalid session or timeout'],
				['44004', 'UNKNOWN_CONTRACT', 'Contract not found'],
				['58007', 'NoClaimIssuer', 'The claim issuer does not exist'],
				['58007', 'NoClaimSubject', 'The claim subject does not exist'],
				['58008', 'InvalidClaimSignature', 'The claim signature is invalid'],
			],
		});
		expect(roles(c)).toEqual([true, 0, [1], 2]);
	});

	it('takes the decimal code over the name in front of it, and the name and the hex form as aliases', () => {
		const c = classify({
			section: ['Validation errors'],
			header: ['Name', 'Code', 'Hex Code', 'Description'],
			rows: [
				['InvalidHandle', '8448', '0x02100', 'The given handle is invalid'],
				['InvalidPassphrase', '8449', '0x02101', 'The given passphrase is too weak'],
				['InvalidPlatform', '8452', '0x02104', 'The platform name is not valid'],
				['InvalidHelpTopic', '8452', '0x02104', 'The help topic does not exist'],
			],
		});
		expect(roles(c)).toEqual([true, 1, [0, 2], 3]);
	});

	it('still takes a class the document repeats for no code, where values repeat again and again', () => {
		const distinct = distinctInDocument([
			tableText({
				header: ['ERRNUM', 'STATE'],
				rows: [
					['2101', '22001'],
					['2102', '23000'],
				],
			}),
			tableText({
				header: ['ERRNUM', 'STATE'],
				rows: [
					['7001', '23000'],
					['7002', '22001'],
				],
			}),
		]);
		expect([distinct('ERRNUM'), distinct('STATE')]).toEqual([1, 0.5]);
		expect(
			distinctInDocument([tableText({ header: ['Code'], rows: [['1'], ['2'], ['2'], ['3']] })])(
				'Code',
			),
		).toBe(1);
	});

	it('keeps a status word listed under every command as the code, its name an alias', () => {
		const first = {
			header: ['SW', 'Description'],
			rows: [
				['6A86', 'P1 or P2 not zero'],
				['6985', 'Rejected by user'],
			],
		};
		const words: TableSketch = {
			section: ['Status Words'],
			header: ['SW', 'SW name', 'Description'],
			rows: [
				['6985', 'SWO_CONDITIONS_NOT_SATISFIED', 'Rejected by user'],
				['6A86', 'SWO_INCORRECT_P1_P2', 'Either P1 or P2 is incorrect'],
				['6985', 'SWO_CONDITIONS_NOT_SATISFIED', 'Security issue with bad state'],
				['9000', 'OK', 'Success'],
			],
		};
		const distinct = distinctInDocument([tableText(first), tableText(words)]);
		const c = classifyTable(
			tableText(words),
			undefined,
			nowhere,
			'front matter',
			undefined,
			distinct,
		);
		expect(c.code).toBe(0);
	});

	it('takes the numbers every row gives over the constants a few rows have', () => {
		const c = classify({
			section: ['Error codes'],
			header: ['Hex', 'Bin', 'Code', 'Description'],
			rows: [
				['0x1', '---R', 'ERR_NO_CARD', 'No memory card detected.'],
				['0x2', '--W-', '', ''],
				['0x3', '--WR', 'ERR_NO_SOUND', 'The sound file is missing.'],
				['0x4', '-W--', '', ''],
				['0x5', '-W-R', '', ''],
			],
		});
		expect([c.accepted, c.code, c.aliases]).toEqual([true, 0, [1, 2]]);
	});

	it('keeps a code written once over the names of the rows that share it', () => {
		const c = classify({
			header: ['Error Code', 'Error', 'Message Example'],
			rows: [
				['-32000', 'WSRPCNotRunningError', '"WebSocket RPC not running"'],
				['', 'BlockNotFoundError', '"block #1 not found"'],
				['', 'UnknownAccountError', '"unknown account"'],
				['-32601', 'MethodNotFoundError', '"The method does not exist"'],
			],
		});
		expect(c.code).toBe(0);
	});
});

describe('classify: the other name of a row, whatever its header', () => {
	it('keeps constants headed as a type (`类型`) beside numbered codes', () => {
		const c = classify({
			section: ['错误码列表'],
			header: ['返回值', '类型', '说明'],
			rows: [
				['10000', 'SUCCESS', '成功'],
				['10001', 'INVALID_SIGN', '无效签名'],
				['10002', 'INVALID_APIKEY', '无效的api_key'],
			],
		});
		expect(roles(c)).toEqual([true, 0, [1], 2]);
	});

	it('keeps the error variable at the end of a package path (`Code Path`)', () => {
		const c = classify({
			header: ['Code', 'Description', 'Code Path'],
			rows: [
				['1001', 'initialization failed', 'pkg/util/errors/ErrServicesNotReady'],
				['1002', 'the token was rejected', 'pkg/apic/ErrAuthentication'],
				['1003', 'health check failed', 'pkg/util/errorsErrHealthCheck'],
			],
		});
		expect(roles(c)).toEqual([true, 0, [2], 1]);
	});

	it('keeps no field, parameter or type as an alias', () => {
		const c = classify({
			section: ['Validation errors'],
			header: ['Code', 'Field', 'Type', 'Message'],
			rows: [
				['2001', 'email', 'string', 'The email is not valid'],
				['2002', 'firstName', 'string', 'The first name is too long'],
				['2003', 'password', 'string', 'The password is too short'],
			],
		});
		expect([c.accepted, c.code, c.aliases]).toEqual([true, 0, []]);
	});
});

describe('one code, two names: the kinds as documents', () => {
	const load = (name: string) => {
		const file = `tests/fixtures/${name}`;
		const text = readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
		return buildCatalog([{ file, text }]).entries;
	};
	const named = (entries: ReturnType<typeof load>) =>
		entries.map((entry) => [entry.code, entry.aliases]);

	it('numbers-beside-constants.md: the numbers, the constants their aliases', () => {
		expect(named(load('numbers-beside-constants.md'))).toEqual([
			['0', ['SUCCESS']],
			['41001', ['SESSION_EXPIRED']],
			['41002', ['SERVICE_CEILING']],
			['44004', ['UNKNOWN_CONTRACT']],
			['58007', ['NoClaimIssuer']],
			['58007', ['NoClaimSubject']],
			['58008', ['InvalidClaimSignature']],
		]);
	});

	it('name-code-and-hex-code.md: the decimal code, the name and the hex form its aliases', () => {
		const entries = load('name-code-and-hex-code.md');
		expect(named(entries).slice(0, 2)).toEqual([
			['8448', ['InvalidHandle', '0x02100']],
			['8449', ['InvalidPassphrase', '0x02101']],
		]);
		expect(entries.map((e) => e.code)).toEqual(['8448', '8449', '8450', '8452', '8452', '8453']);
	});

	it('constants-under-other-headers.md: constants and error variables kept, field names not', () => {
		expect(named(load('constants-under-other-headers.md'))).toEqual([
			['10000', ['SUCCESS']],
			['10001', ['INVALID_SIGN']],
			['10002', ['INVALID_APIKEY']],
			['10003', ['NETWORK_ERROR']],
			['1001', ['pkg/util/errors/ErrServicesNotReady']],
			['1002', ['pkg/apic/ErrAuthentication']],
			['1003', ['pkg/notify/ErrSendEmail']],
			['2001', []],
			['2002', []],
			['2003', []],
		]);
	});

	it('flashed-error-patterns.md: every pattern flashed, its lights and the constants of the few named its aliases', () => {
		expect(named(load('flashed-error-patterns.md'))).toEqual([
			['0x1', ['---R', 'ERR_NO_CARD']],
			['0x2', ['--W-']],
			['0x3', ['--WR', 'ERR_NO_SOUND']],
			['0x4', ['-W--']],
			['0x5', ['-W-R']],
			['0x6', ['-WW-', 'ERR_LOW_BATTERY']],
			['0x7', ['-WWR']],
			['0x8', ['W---']],
		]);
	});
});

describe('classify: constants in a column headed as the message', () => {
	const sketch = (section: string[], description: string[]): TableSketch => ({
		section,
		header: ['Code', 'Message', 'Description'],
		rows: [
			['400001', 'PARAMETER_INVALID', description[0]!],
			['400007', 'DEVICE_OFFLINE', description[1]!],
		],
	});

	it("takes the words in the headings' script as the message, the constants as aliases", () => {
		const c = classify(sketch(['设备接口错误码'], ['参数验证失败', '设备不在线']));
		expect(roles(c)).toEqual([true, 0, [1], 2]);
	});

	it('keeps the column headed as the message under Latin headings', () => {
		const c = classify(
			sketch(['Device errors'], ['Details: invalid parameter', 'Details: offline']),
		);
		expect(roles(c)).toEqual([true, 0, [1], 1]);
	});

	it('constants-in-message-column.md: the Korean words under the Korean heading, not below the English one', () => {
		const file = 'tests/fixtures/constants-in-message-column.md';
		const text = readFileSync(
			new URL('../fixtures/constants-in-message-column.md', import.meta.url),
			'utf8',
		);
		const entries = buildCatalog([{ file, text }]).entries;
		expect(entries.map((e) => [e.code, e.message, e.aliases])).toEqual([
			['10', '잘못된 요청 파라메터 에러', ['INVALID_REQUEST_PARAMETER_ERROR']],
			['22', '서비스 요청제한횟수 초과 에러', ['REQUEST_LIMIT_EXCEEDED_ERROR']],
			['30', '등록되지 않은 서비스키', ['SERVICE_KEY_NOT_REGISTERED_ERROR']],
			['10001', 'OM_DUPLICATE_ORDERID', ['OM_DUPLICATE_ORDERID']],
			['10002', 'OM_ORDER_NOT_FOUND', ['OM_ORDER_NOT_FOUND']],
		]);
	});
});

describe('classify: constants under headers that name their module', () => {
	const header = (first: string) => ({
		section: ['2. 说明'],
		header: [first, '取值', '说明'],
		rows: [
			['DEV_ERR_STORE_FULL', '-300', '存储空间已满'],
			['DEV_ERR_STORE_NO_CARD', '-301', '未插入存储卡'],
			['DEV_ERR_STORE_READ', '-302', '读取文件'],
		],
	});

	it('takes the constants headed as a module’s error codes (`存储模块错误码`), the values their aliases', () => {
		expect(roles(classify(header('存储模块错误码')))).toEqual([true, 0, [1], 2]);
	});

	it('takes them under an English header of a module’s error codes too', () => {
		const c = classify({
			section: ['Result codes'],
			header: ['Storage module error code', 'Value', 'Description'],
			rows: header('').rows,
		});
		expect(roles(c)).toEqual([true, 0, [1], 2]);
	});

	it('keeps a column headed as the module alone from being the code', () => {
		const c = classify({
			section: ['Error codes'],
			header: ['Module', 'Error code', 'Description'],
			rows: [
				['STORAGE', 'E300', 'The storage is full'],
				['STORAGE_CARD', 'E301', 'No storage card is inserted'],
				['NETWORK', 'E200', 'The connection failed'],
			],
		});
		expect(c.code).toBe(1);
	});

	it('module-error-code-headers-zh.md: every table read, the constants the codes and the values their aliases', () => {
		const { entries } = buildFixture('module-error-code-headers-zh.md');
		expect(entries.map((entry) => [entry.code, entry.aliases])).toEqual([
			['DEV_ERR_OK', ['0']],
			['DEV_ERR_NET_INIT_NULL', ['-200']],
			['DEV_ERR_NET_CONNECT', ['-201']],
			['DEV_ERR_NET_DNS', ['-202']],
			['DEV_ERR_STORE_FULL', ['-300']],
			['DEV_ERR_STORE_NO_CARD', ['-301']],
			['DEV_ERR_STORE_READ', ['-302']],
			['DEV_ERR_STORE_WRITE', ['-303']],
		]);
	});
});
