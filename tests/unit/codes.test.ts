import { describe, expect, it } from 'vitest';
import { readCodeCell } from '../../src/core/code-cell';
import { codeShape, compareCodes, familyOf, readCode, unbreakJoiners } from '../../src/core/codes';
import { readStatus } from '../../src/core/status';

describe('codeShape', () => {
	it.each([
		['20003', 'decimal'],
		['-1', 'decimal'],
		['0x8024A000', 'hex'],
		['5xx', 'class'],
		['4000–4999', 'range'],
		['E0001', 'alphanumeric'],
		['DL3000', 'alphanumeric'],
		['BLOB_UNKNOWN', 'constant'],
		['AccessDenied', 'pascal'],
		['APIRequestLimitExceeded', 'pascal'],
		['PSNInaccessible', 'pascal'],
		['auth/invalid-email', 'namespaced'],
		['card_declined', 'snake'],
		['do-not-honor', 'kebab'],
	])('%s is a %s code', (code, shape) => {
		expect(codeShape(code)).toBe(shape);
	});

	it.each(['message', '?errors', 'int', 'numerical error code', 'Success', ''])(
		'%j is not a code',
		(text) => {
			expect(codeShape(text)).toBeNull();
		},
	);
});

describe('readCode', () => {
	it('separates a name written beside the code', () => {
		expect(readCode('404 (NOT FOUND)')).toEqual({ code: '404', note: 'NOT FOUND' });
		expect(readCode('E0001: duplicate key')).toEqual({ code: 'E0001', note: 'duplicate key' });
		expect(readCode('0x8024A000')).toEqual({ code: '0x8024A000', note: '' });
	});

	it('keeps a cell that is not a code as written, so nothing is lost', () => {
		expect(readCode('see below')).toEqual({ code: 'see below', note: '' });
	});
});

describe('readCodeCell', () => {
	it('reads two codes a row stands for, joined by or, each with its name', () => {
		expect(readCodeCell(['404 NotFound or 410 Gone']).codes).toEqual(['404', '410']);
		expect(readCodeCell(['400 or 422']).codes).toEqual(['400', '422']);
		expect(readCodeCell(['E1 or higher']).codes).toEqual(['E1']);
	});

	it('drops a dash left at the end of a code that announced nothing', () => {
		expect(readCodeCell(['Unauthorizedaccessexception —']).codes).toEqual([
			'Unauthorizedaccessexception',
		]);
		expect(readCodeCell(['TransactionException —']).codes).toEqual(['TransactionException']);
	});

	it('reads the code at the end of a line that says words before it, among lines of codes', () => {
		expect(
			readCodeCell([
				'ArgumentException',
				'ArgumentNullException',
				'Trwa wyjątku ArgumentOutOfRangeException',
			]).codes,
		).toEqual(['ArgumentException', 'ArgumentNullException', 'ArgumentOutOfRangeException']);
	});

	it("takes a network's two-character code beside a number for its other name", () => {
		expect(readCodeCell(['497 (B1)']).aliases).toEqual(['B1']);
		expect(readCodeCell(['1298 (XA)']).aliases).toEqual(['XA']);
		expect(readCodeCell(['E5 (XA)']).aliases).toEqual([]);
	});

	it('reads several codes listed on one line', () => {
		expect(readCodeCell(['auth/user-not-found, auth/wrong-password']).codes).toEqual([
			'auth/user-not-found',
			'auth/wrong-password',
		]);
		expect(readCodeCell(['NOT_AUTHENTICATED · INVALID_TOKEN']).codes).toEqual([
			'NOT_AUTHENTICATED',
			'INVALID_TOKEN',
		]);
		expect(readCodeCell(['E01; E02; E03']).codes).toEqual(['E01', 'E02', 'E03']);
		expect(readCodeCell(['1451/1452']).codes).toEqual(['1451', '1452']);
		expect(readCodeCell(['ERR_A、ERR_B']).codes).toEqual(['ERR_A', 'ERR_B']);
	});

	it('keeps one code where the parts are not all codes of one shape', () => {
		expect(readCodeCell(['E0001, DUPLICATE_KEY'])).toEqual({
			codes: ['E0001'],
			note: 'DUPLICATE_KEY',
			aliases: ['DUPLICATE_KEY'],
		});
		expect(readCodeCell(['auth/invalid-email']).codes).toEqual(['auth/invalid-email']);
		expect(readCodeCell(['404 · Not Found']).codes).toEqual(['404']);
	});

	it('does not read a date as codes', () => {
		expect(readCodeCell(['2024/01/31']).codes).toEqual(['2024/01/31']);
	});

	it('takes the number of a symbol written above its value as the code, the symbol as its note and alias', () => {
		expect(readCodeCell(['ERROR_ACCESS_DENIED', '5'])).toEqual({
			codes: ['5'],
			note: 'ERROR_ACCESS_DENIED',
			aliases: ['ERROR_ACCESS_DENIED'],
		});
		expect(readCodeCell(['E RROR_ATOMIC_LOCKS_NOT_SUPPORTED', '174']).codes).toEqual(['174']);
		expect(readCodeCell(['0x8007000E', 'E_OUTOFMEMORY']).codes).toEqual(['0x8007000E']);
	});

	it('reads two names of one code on two lines as the code and its alias, never the exception as the code', () => {
		expect(readCodeCell(['RATE_LIMITED', 'ThrottledError'])).toEqual({
			codes: ['RATE_LIMITED'],
			note: '',
			aliases: ['ThrottledError'],
		});
		expect(readCodeCell(['QuotaExceededException', 'QUOTA_EXCEEDED']).codes).toEqual([
			'QUOTA_EXCEEDED',
		]);
		expect(readCodeCell(['4097', '0x1001'])).toMatchObject({
			codes: ['4097'],
			aliases: ['0x1001'],
		});
		expect(readCodeCell(['AUTH_FAILED', 'AUTH_EXPIRED']).codes).toEqual([
			'AUTH_FAILED',
			'AUTH_EXPIRED',
		]);
	});

	it('takes one other name written beside the code as an alias, never words or a number of another value', () => {
		expect(readCodeCell(['RATE_EXPIRED / QuoteExpiredError']).aliases).toEqual([
			'QuoteExpiredError',
		]);
		expect(readCodeCell(['404 (NOT_FOUND)']).aliases).toEqual(['NOT_FOUND']);
		expect(readCodeCell(['0x80070005 (-2147024891)']).aliases).toEqual(['-2147024891']);
		expect(readCodeCell(['404 (NOT FOUND)']).aliases).toEqual([]);
		expect(readCodeCell(['E0001: duplicate key']).aliases).toEqual([]);
		expect(readCodeCell(['E7 (12)']).aliases).toEqual([]);
	});

	it('still reads several numbers, or a number and a range, one per line as several codes', () => {
		expect(readCodeCell(['-4000001', '-4000006']).codes).toEqual(['-4000001', '-4000006']);
		expect(readCodeCell(['3001', '3003~3005']).codes).toEqual(['3001', '3003~3005']);
	});
});

describe('readCodeCell with an error body', () => {
	it('reads the code and the description out of a JSON error body, flat or nested', () => {
		expect(
			readCodeCell(['{"error": "invalid_grant", "error_description": "The token is expired."}']),
		).toEqual({ codes: ['invalid_grant'], note: 'The token is expired.', aliases: [] });
		expect(readCodeCell(['{"error": {"code": 40401, "message": "Not found."}}'])).toEqual({
			codes: ['40401'],
			note: 'Not found.',
			aliases: [],
		});
	});

	it('reads a body written as key: value pairs', () => {
		expect(
			readCodeCell([
				'error_code: INVALID_MODEL, error_description: the requested model has invalid properties',
			]),
		).toEqual({
			codes: ['INVALID_MODEL'],
			note: 'the requested model has invalid properties',
			aliases: [],
		});
		expect(readCodeCell(['error_code: PEINAU_ERROR']).codes).toEqual(['PEINAU_ERROR']);
		expect(readCodeCell(['Note: see the log, code: 5']).codes).toEqual([
			'Note: see the log, code: 5',
		]);
	});

	it('leaves braces that are no error body as written', () => {
		expect(readCodeCell(['{"user": "alice"}']).codes).toEqual(['{"user": "alice"}']);
		expect(readCodeCell(['{Data}']).codes).toEqual(['{Data}']);
		expect(readCodeCell(['{"error": "not a code at all"}']).codes).toEqual([
			'{"error": "not a code at all"}',
		]);
	});
});

describe('readStatus', () => {
	it('reads a status written with its reason or a prefix', () => {
		expect(readStatus('404')).toBe(404);
		expect(readStatus('404 Not Found')).toBe(404);
		expect(readStatus('HTTP 503')).toBe(503);
		expect(readStatus('n/a')).toBeNull();
		expect(readStatus('1234')).toBeNull();
	});
});

describe('familyOf and compareCodes', () => {
	it('groups codes a maintainer numbered together', () => {
		expect(familyOf('20003')).toBe(familyOf('20010'));
		expect(familyOf('20003')).not.toBe(familyOf('30003'));
		expect(familyOf('404')).toBe(familyOf('401'));
		expect(familyOf('BLOB_UNKNOWN')).toBe(familyOf('BLOB_UPLOAD_INVALID'));
		expect(familyOf('E0425')).toBe(familyOf('E0433'));
		expect(familyOf('0')).toBeNull();
	});

	it('orders numbers numerically and identifiers naturally', () => {
		expect(['10', '9', '-1', '100'].sort(compareCodes)).toEqual(['-1', '9', '10', '100']);
		expect(['E10', 'E9', 'E100'].sort(compareCodes)).toEqual(['E9', 'E10', 'E100']);
	});
});

describe('unbreakJoiners', () => {
	it('closes a space a translation left at a joiner of a constant name, and nothing else', () => {
		expect(unbreakJoiners('ENGINE_CREATION_ ERROR')).toBe('ENGINE_CREATION_ERROR');
		expect(unbreakJoiners('AD_METADATA _INVALID')).toBe('AD_METADATA_INVALID');
		expect(unbreakJoiners('SEEK_ERROR')).toBe('SEEK_ERROR');
		expect(unbreakJoiners('Failed to read _ or write')).toBe('Failed to read _ or write');
		expect(codeShape(unbreakJoiners('SET_BUFFER_ PARAMETERS_ERROR'))).not.toBeNull();
	});
});
