/**
 * Which cell is the code, and which column names it (issue 16, batches unseen-47 and unseen-48):
 * a number a label stands before (`Code: 4101`, `No. 4103`, `編號4104`, as a translation writes
 * it) is the code, and the constants beside the numbers its aliases; a column of names in
 * capitals of several words (`SOURCE FILE IS TOO LARGE`) beside numbers and a description gives
 * each code its alias. The code cell, the classify and entries stages alone, and each kind's
 * small document through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { readCodeCell } from '../../src/core/code-cell';
import { aliasColumns } from '../../src/pipeline/classify/other-names';
import { buildFixture } from './helpers';
import { classifyAlone, entriesAlone, profilesOf, tableText } from './table-text';

describe('a label before a number in a code cell leaves the number the code', () => {
	it.each([
		['Code: 101102', '101102', 'Code'],
		['No. 5', '5', 'No'],
		['郵編：199999', '199999', '郵編'],
		['郵遞區號101004', '101004', '郵遞區號'],
	])('reads %s as the code %s', (text, code, note) => {
		expect(readCodeCell([text])).toEqual({ codes: [code], note, aliases: [] });
	});

	it('keeps a name set off by a space alone whole, as a product names its error', () => {
		expect(readCodeCell(['Error 132']).codes).toEqual(['Error 132']);
	});

	const sketch = {
		section: ['Player error notifications'],
		header: ['Code', 'Constant', 'Meaning'],
		rows: [
			['4100', 'PLAYER_ERROR', 'The player failed.'],
			['Code: 4101', 'STREAM_STALLED', 'The stream stopped arriving.'],
			['Code: 4102', 'MANIFEST_INVALID', 'The manifest could not be parsed.'],
			['郵編4103', 'LICENSE_EXPIRED', 'The licence for the content has expired.'],
			['郵編：4104', 'DECODER_LOST', 'The decoder was released while playing.'],
		],
	};

	it('takes the column of labelled numbers as the code over the constants beside it', () => {
		const c = classifyAlone(sketch);
		expect([c.accepted, c.code, c.aliases]).toEqual([true, 0, [1]]);
	});

	it('gives each number its constant as an alias', () => {
		expect(entriesAlone(sketch).map((entry) => [entry.code, ...entry.aliases])).toEqual([
			['4100', 'PLAYER_ERROR'],
			['4101', 'STREAM_STALLED'],
			['4102', 'MANIFEST_INVALID'],
			['4103', 'LICENSE_EXPIRED'],
			['4104', 'DECODER_LOST'],
		]);
	});

	it('reads the document: the numbers the codes, the constants their aliases', () => {
		const catalog = buildFixture('labelled-numbers-beside-constants.md');
		expect(catalog.entries.map((entry) => [entry.code, ...entry.aliases])).toEqual([
			['4100', 'PLAYER_ERROR'],
			['4101', 'STREAM_STALLED'],
			['4102', 'MANIFEST_INVALID'],
			['4103', 'LICENSE_EXPIRED'],
			['4104', 'DECODER_LOST'],
			['4105', 'OUTPUT_BLOCKED'],
		]);
	});
});

describe('names in capitals of several words beside numbers are their aliases', () => {
	const sketch = {
		section: ['Converter error codes'],
		header: ['Code', 'Type', 'Description'],
		rows: [
			['-7001', 'UNKNOWN FAILURE', '알 수 없는 변환 오류'],
			['-7002', 'SOURCE FILE IS TOO LARGE', '원본 파일 크기 초과'],
			['-7003', 'DISK I/O FAILURE', '디스크 입출력 오류'],
			['-7004', 'CODEC INIT. FAILURE', '코덱 초기화 오류'],
			['-7005', 'DENIED', '권한이 없습니다'],
		],
	};

	it('takes the column of names as an alias column, the description as the message', () => {
		const table = tableText(sketch);
		expect(aliasColumns(profilesOf(table), table.rows, 0, [0])).toEqual([1]);
		expect(classifyAlone(sketch).message).toBe(2);
	});

	it('takes no column of capitals that repeat, which name a kind of code', () => {
		const table = tableText({
			...sketch,
			rows: sketch.rows.map((row, i) => [
				row[0]!,
				i % 2 ? 'CLIENT ERROR' : 'SERVER ERROR',
				row[2]!,
			]),
		});
		expect(aliasColumns(profilesOf(table), table.rows, 0, [0])).toEqual([]);
	});

	it('gives each code its name whole, marks and all', () => {
		expect(entriesAlone(sketch).map((entry) => [entry.code, ...entry.aliases])).toEqual([
			['-7001', 'UNKNOWN FAILURE'],
			['-7002', 'SOURCE FILE IS TOO LARGE'],
			['-7003', 'DISK I/O FAILURE'],
			['-7004', 'CODEC INIT. FAILURE'],
			['-7005', 'DENIED'],
		]);
	});

	it('reads the document: each code its name as an alias, its description the message', () => {
		const catalog = buildFixture('capitals-type-names.md');
		expect(catalog.entries.map((entry) => [entry.code, entry.message, ...entry.aliases])).toEqual([
			['-7001', '알 수 없는 변환 오류', 'UNKNOWN FAILURE'],
			['-7002', '원본 파일 크기 초과', 'SOURCE FILE IS TOO LARGE'],
			['-7003', '디스크 입출력 오류', 'DISK I/O FAILURE'],
			['-7004', '코덱 초기화 오류', 'CODEC INIT. FAILURE'],
			['-7005', '권한이 없습니다', 'DENIED'],
		]);
	});
});
