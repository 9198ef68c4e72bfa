/**
 * A column headed as the code whose values repeat, beside distinct names headed as names of
 * another kind (issue 16, batches unseen-43 and unseen-44): the numbers are the codes, each row its
 * own entry, the names their aliases. The classify and entries stages alone.
 */
import { describe, expect, it } from 'vitest';
import { classifyAlone, entriesAlone } from './table-text';

const exitCodes = {
	section: ['Exit codes'],
	header: ['Code', 'Exception', 'Description'],
	rows: [
		['0', '—', 'Success'],
		['1', 'DiskFullError', 'Not enough disk space'],
		['2', 'UnknownTargetError', 'Target name not recognized'],
		['2', 'VersionMissingError', 'Requested version does not exist'],
		['2', 'PlatformError', 'Platform not supported'],
		['3', 'NetworkError', 'Network failure after all retries'],
	],
};

const enumMembers = {
	section: ['Error codes'],
	header: ['module', 'error code(错误码)', 'describe(描述)', 'enumeration name(枚举)'],
	rows: [
		['core', '10001', 'Failed to create the runner(创建失败)', 'FAILED_CREATE_RUNNER'],
		['core', '10001', 'The task was already requested', 'TASK_REQUESTED'],
		['core', '20000', 'Cannot instantiate the engine', 'CANNOT_INSTANCE_ENGINE'],
		['core', '20000', 'Cannot find the default factory', 'CANNOT_DEFAULT_FACTORY'],
		['core', '20000', 'The label does not exist', 'LABEL_NOT_EXISTS'],
		['core', '20000', 'The creator does not exist', 'CREATOR_NOT_EXISTS'],
		['core', '20001', 'The dist is empty', 'DIST_IS_EMPTY'],
		['core', '20001', 'Cannot find the home path', 'CANNOT_HOME_PATH'],
		['core', '20001', 'Have no permission on the file', 'NO_PERMISSION_FILE'],
	],
};

describe('codes that repeat under a header naming the code, beside names of another kind', () => {
	it('takes exit codes shared by exception classes as the codes, the classes as aliases', () => {
		const c = classifyAlone(exitCodes);
		expect([c.accepted, c.code]).toEqual([true, 0]);
		const entries = entriesAlone(exitCodes);
		expect(entries.map((e) => e.code)).toEqual(['0', '1', '2', '2', '2', '3']);
		expect(entries[3]).toMatchObject({ aliases: ['VersionMissingError'] });
	});

	it('takes an error code shared by enum members as the code, every row its own entry', () => {
		const entries = entriesAlone(enumMembers);
		expect(entries.map((e) => e.code)).toEqual([
			...['10001', '10001', '20000', '20000', '20000', '20000', '20001', '20001', '20001'],
		]);
		expect(entries[5]).toMatchObject({ aliases: ['CREATOR_NOT_EXISTS'] });
	});

	it('takes numbers headed as the code over the error types and classes they are shared by', () => {
		const rows = [
			['1', 'ConfigError', 'The configuration file could not be read'],
			['1', 'ParseError', 'The input could not be parsed'],
			['1', 'SchemaError', 'The input does not match the schema'],
			['2', 'NetworkError', 'The server could not be reached'],
			['2', 'TimeoutError', 'The server did not answer in time'],
			['3', 'AuthError', 'The credentials were refused'],
		];
		for (const header of [
			['Error code', 'Type', 'Description'],
			['Exit code', 'Class', 'Description'],
		])
			expect(classifyAlone({ section: ['Errors'], header, rows }).code).toBe(0);
	});

	it('keeps the names where the repeating numbers are HTTP statuses beside error types', () => {
		const c = classifyAlone({
			section: ['Errors'],
			header: ['Code', 'Exception', 'Description'],
			rows: [
				['400', 'InvalidRequestError', 'The request is malformed'],
				['400', 'MissingFieldError', 'A required field is missing'],
				['404', 'NotFoundError', 'The resource does not exist'],
				['404', 'GoneError', 'The resource was deleted'],
				['500', 'InternalError', 'Something failed on our side'],
			],
		});
		expect(c.code).toBe(1);
	});

	it('keeps situations mapped to codes: the repeating codes are the codes, the situations prose', () => {
		const c = classifyAlone({
			section: ['Errors'],
			header: ['Situation', 'Error code', 'Source'],
			rows: [
				['The request timed out before the server answered', 'TIMED_OUT', 'Client'],
				['The connection closed while waiting', 'TIMED_OUT', 'Client'],
				['The token has expired', 'AUTH_EXPIRED', 'Server'],
				['The token was revoked', 'AUTH_EXPIRED', 'Server'],
			],
		});
		expect([c.accepted, c.code]).toEqual([true, 1]);
	});
});
