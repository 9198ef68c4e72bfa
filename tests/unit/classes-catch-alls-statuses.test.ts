/**
 * Code shapes and rows of issue 16's batches unseen-25 and unseen-26: hex codes written in digit
 * groups and hex classes with wildcards (`0xE1XX_XXXX`), as links; a row whose code cell names
 * the codes not listed (`Unknown error codes`). The code shape, the classify and entries stages
 * alone, and each kind's small document under tests/fixtures/ through the whole
 * pipeline.
 */
import { describe, expect, it } from 'vitest';
import { codeShape, compareCodes, numericValue } from '../../src/core/codes';
import { isCatchAll } from '../../src/pipeline/entries/catch-all';
import { tableEntries } from '../../src/pipeline/entries/entries';
import { statusesAmongOwn } from '../../src/pipeline/entries/statuses-among-own';
import { buildFixture } from './helpers';
import { type TableSketch, classifyAlone, tableText } from './table-text';

describe('hex codes in digit groups and hex classes with wildcards', () => {
	it('shapes a grouped hex word as hex and a hex class as a class, words as words', () => {
		expect(codeShape('0xE000_0000')).toBe('hex');
		expect(codeShape('0xE1XX_XXXX')).toBe('class');
		expect(codeShape('0x8Axx')).toBe('class');
		expect(codeShape('XXX')).not.toBe('class');
		expect(codeShape('Xbox')).toBeNull();
		expect(codeShape('0x_1')).toBeNull();
		expect(numericValue('0xE000_0000')).toBe(0xe0000000);
		expect(compareCodes('0xE000_0000', '0xE1XX_XXXX')).toBeLessThan(0);
	});

	it('takes a column of hex classes as the codes of an error table', () => {
		const c = classifyAlone({
			section: ['Error codes'],
			header: ['Error', 'Definition', 'Comments / Examples'],
			rows: [
				['0xB000_0000', 'No error', 'There is no error in the system'],
				['0xB1XX_XXXX', 'Network error', 'Peer not responding, etc.'],
				['0xB2XX_XXXX', 'Storage error', 'Disk full, write failed, etc.'],
				['0xB3XX_XXXX', 'Sensor error', 'Sensor not responding, etc.'],
			],
		});
		expect([c.accepted, c.code]).toEqual([true, 0]);
	});

	it('reads the document: each class one entry, written whole; the settings are no codes', () => {
		const catalog = buildFixture('hex-classes-with-wildcards.md');
		expect(catalog.entries.map((entry) => [entry.code, entry.message])).toEqual([
			['0xA000_0000', 'No fault'],
			['0xA1XX_XXXX', 'Bus fault'],
			['0xA2XX_XXXX', 'Power fault'],
			['0xA3xx_xxxx', 'Drive fault'],
		]);
	});
});

describe('a row for the codes a table does not list', () => {
	const sketch = (last: string): TableSketch => ({
		section: ['Errors'],
		header: ['Code', 'Meaning'],
		rows: [
			['E_AUTH', 'The key is wrong.'],
			['E_QUOTA', 'The quota is spent.'],
			['E_BUSY', 'Try again later.'],
			[last, 'Something else went wrong.'],
		],
	});
	const table = (last: string) => tableText(sketch(last));

	it('knows words naming the rest of the codes, in several languages, among code cells', () => {
		for (const words of [
			'Unknown error codes',
			'Other',
			'All other codes',
			'Any other value',
			'其他',
			'その他',
			'기타',
			'Otros códigos',
		])
			expect(isCatchAll(table(words), 0, words), words).toBe(true);
	});

	it('keeps a code that is only called so, and words among cells that are not codes', () => {
		expect(isCatchAll(table('OTHER'), 0, 'OTHER')).toBe(false);
		expect(isCatchAll(table('Unknown'), 0, 'Unknown')).toBe(false);
		expect(isCatchAll(table('Other side closed'), 0, 'Other side closed')).toBe(false);
		const words = tableText({
			header: ['Situation', 'Meaning'],
			rows: [
				['Card declined', 'The bank said no.'],
				['Card expired', 'Ask for another card.'],
				['Other', 'Anything else.'],
			],
		});
		expect(isCatchAll(words, 0, 'Other')).toBe(false);
	});

	it('makes the row no entry, and says so of the table', () => {
		const all = sketch('All other codes');
		const read = tableEntries(tableText(all), classifyAlone(all), { file: 'x.md', table: 0 });
		expect(read.entries.map((entry) => entry.code)).toEqual(['E_AUTH', 'E_QUOTA', 'E_BUSY']);
		expect(read.rowsRead).toMatchObject({ entries: 3, catchAll: 1, unreadable: 0 });
		expect(read.warnings).toEqual([]);
	});

	it('keeps the row where it gives the codes not listed a name of their own', () => {
		const named: TableSketch = {
			section: ['Errors'],
			header: ['Error code', 'Exception', 'Description'],
			rows: [
				['E_AUTH', 'AuthError', 'The key is wrong.'],
				['E_QUOTA', 'QuotaError', 'The quota is spent.'],
				['E_BUSY', 'BusyError', 'Try again later.'],
				['Others', 'ApiError', 'Other API errors'],
			],
		};
		const read = tableEntries(tableText(named), classifyAlone(named), { file: 'x.md', table: 0 });
		expect(read.entries.map((entry) => [entry.code, entry.aliases])).toEqual([
			['E_AUTH', ['AuthError']],
			['E_QUOTA', ['QuotaError']],
			['E_BUSY', ['BusyError']],
			['Others', ['ApiError']],
		]);
	});

	it('reads the document: no entry for the catch-all rows, the rows kept as written', () => {
		const catalog = buildFixture('catch-all-rows.md');
		expect(catalog.entries.map((entry) => entry.code)).toEqual([
			'INGEST_KEY_INVALID',
			'INGEST_BITRATE_TOO_HIGH',
			'INGEST_IDLE_TIMEOUT',
			'4001',
			'4002',
			'4003',
			'OTHER',
			'PLAYING',
			'STALLED',
		]);
		const source = JSON.stringify(catalog.sources[0]);
		expect(source).toContain('Any other value');
		expect(source).toContain('未知错误，请联系客服');
		expect(catalog.sources[0]!.warnings).toEqual([]);
	});
});

describe("HTTP statuses among an API's own numbers", () => {
	const sketch = (codes: string[], names?: string[]): TableSketch => ({
		section: ['Result codes'],
		header: names ? ['Code', 'Name', 'Meaning'] : ['Code', 'Meaning'],
		rows: codes.map((code, i) =>
			names ? [code, names[i]!, `Meaning ${i}`] : [code, `Meaning ${i}`],
		),
	});

	it('gives the numbers that are HTTP error statuses their status, the others none', () => {
		expect([...statusesAmongOwn(tableText(sketch(['-1', '0', '401', '404', '500'])), 0)]).toEqual([
			'401',
			'404',
			'500',
		]);
		expect([...statusesAmongOwn(tableText(sketch(['401002', '401', '503', '500001'])), 0)]).toEqual(
			['401', '503'],
		);
	});

	it('leaves numbers in the status range HTTP does not define, constants beside them, or one status', () => {
		expect(statusesAmongOwn(tableText(sketch(['0', '209', '401', '500'])), 0).size).toBe(0);
		expect(statusesAmongOwn(tableText(sketch(['0', '401', '429', '600', '601'])), 0).size).toBe(0);
		expect(
			statusesAmongOwn(
				tableText(sketch(['0', '401', '500'], ['OK', 'ERR_PARAM_MISSING', 'ERR_UNKNOWN'])),
				0,
			).size,
		).toBe(0);
		expect(statusesAmongOwn(tableText(sketch(['1001', '1002', '500'])), 0).size).toBe(0);
		expect(statusesAmongOwn(tableText(sketch(['E1', '401', '500'])), 0).size).toBe(0);
	});

	it('reads the document: statuses for the HTTP numbers only, none where the API numbers its own results among them', () => {
		const catalog = buildFixture('http-statuses-among-own-codes.md');
		expect(catalog.entries.map((entry) => [entry.code, entry.status])).toEqual([
			['-2', null],
			['0', null],
			['7001', null],
			['401', 401],
			['403', 403],
			['503', 503],
			['0', null],
			['209', null],
			['401', null],
			['500', null],
		]);
	});
});
