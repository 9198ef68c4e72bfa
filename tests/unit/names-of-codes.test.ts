/**
 * Which of a row's names is its code, and what of a name cell is the code (issue 16, batches
 * unseen-27 and unseen-28): constants beside numbers some rows lack, an enum member written with
 * its value. The code cell and the classify stage alone, and each kind's small document under
 * tests/fixtures/ through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { readCodeCell } from '../../src/core/code-cell';
import { buildFixture } from './helpers';
import { classifyAlone } from './table-text';

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
