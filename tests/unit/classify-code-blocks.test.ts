/**
 * The classify stage on indexes of code blocks (batches unseen-43 to 46): tables whose rows are
 * ranges, masks or prefixes of codes the document lists elsewhere, the map of a catalog rather
 * than its errors; and the tables of ranges and HTTP classes that are errors and stay read.
 */
import { describe, expect, it } from 'vitest';
import type { Classification } from '../../src/pipeline/classify/classify';
import { blockOf, codesElsewhere } from '../../src/pipeline/classify/code-blocks';
import { buildFixture } from './helpers';
import { classifyAll, tableText } from './table-text';

const signals = (c: Classification) => c.evidence.map((e) => e.signal);
const holds = (block: string, code: string) => blockOf(block)?.(code) ?? false;

const errors = {
	section: ['Errors'],
	header: ['Code', 'Name', 'Message'],
	rows: [
		['1001', 'AUTH_TOKEN_EXPIRED', 'The token has expired.'],
		['1002', 'AUTH_LOCKED', 'The account is locked.'],
		['2001', 'NET_REFUSED', 'The upstream refused the connection.'],
		['2002', 'NET_DOWNLOAD_FAILED', 'The download failed.'],
	],
};

describe('classify: what a block of codes holds', () => {
	it('reads ranges, open ranges, masks and prefixes', () => {
		expect(holds('1001-1008', '1004')).toBe(true);
		expect(holds('1001-1008', '1009')).toBe(false);
		expect(holds('-199 to -100', '-150')).toBe(true);
		expect(holds('V000 ~ V099', 'V042')).toBe(true);
		expect(holds('50070+', '50071')).toBe(true);
		expect(holds('NVM41xx', 'NVM4101')).toBe(true);
		expect(holds('TB-1xxx', 'TB-1001')).toBe(true);
		expect(holds('TB-1xxx', 'TB-2001')).toBe(false);
		expect(holds('INS', 'LKS-INS-001')).toBe(true);
		expect(holds('tef', 'tefPAST_SEQ')).toBe(true);
		expect(holds('tef', 'tefnothing')).toBe(false);
	});

	it('takes an HTTP class, a single code or a sentence for no block', () => {
		expect(['4xx', '5XX', '1001', 'TOKEN_EXPIRED', 'The token expired.'].map(blockOf)).toEqual([
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
		]);
	});

	it('looks codes up in the other tables and the headings, not in the table itself', () => {
		const tables = [tableText({ header: ['Range'], rows: [['1001-1008']] }), tableText(errors)];
		const [own, other] = codesElsewhere(tables, [{ text: '3001 - INVALID_INPUT' }]);
		expect([own!.has('1001'), own!.has('3001'), own!.has('1001-1008')]).toEqual([
			true,
			true,
			false,
		]);
		expect(other!.has('1001-1008')).toBe(true);
	});
});

describe('classify: an index of code blocks', () => {
	it('weighs ranges that hold codes listed below against the table', () => {
		const [index, table] = classifyAll(
			{
				section: ['Error Code Categories Summary'],
				header: ['Category', 'Range', 'Description'],
				rows: [
					['Authentication', '1001-1008', 'Sign-in and token errors'],
					['Network', '2001-2005', 'Network and download errors'],
				],
			},
			errors,
		);
		expect(signals(index!)).toContain('codeBlocks');
		expect(index!.accepted).toBe(false);
		expect(index!.reason).toMatch(/ranges, masks or prefixes of codes the document lists/);
		expect(table!.accepted).toBe(true);
	});

	it('weighs prefixes beside whatever column errdex takes for the codes', () => {
		const [index] = classifyAll(
			{
				section: ['Error code conventions'],
				header: ['Prefix', 'Version', 'Area'],
				rows: [
					['AUTH', 'V6', 'Sign-in and tokens'],
					['NET', 'V7', 'Connections upstream'],
				],
			},
			errors,
		);
		expect(index!.accepted).toBe(false);
		expect(signals(index!)).toContain('codeBlocks');
	});

	it('keeps ranges that hold nothing listed, and HTTP classes, as errors', () => {
		const [ranges, classes] = classifyAll(
			{
				section: ['Error Code Ranges'],
				header: ['Range', 'Category', 'Description'],
				rows: [
					['0', 'Success', 'Operation succeeded'],
					['3000-3999', 'Storage', 'Disk full, quota exceeded'],
					['4000-4999', 'Billing', 'Payment rejected, invoice not found'],
				],
			},
			{
				section: ['Status classes'],
				header: ['Status', 'Meaning'],
				rows: [
					['4xx', 'The request failed; do not retry it unchanged.'],
					['5xx', 'The server failed; retry later.'],
				],
			},
			{ ...errors, rows: [...errors.rows, ['404', 'NOT_FOUND', 'The route is not found.']] },
		);
		expect(signals(ranges!)).not.toContain('codeBlocks');
		expect(ranges!.accepted).toBe(true);
		expect(signals(classes!)).not.toContain('codeBlocks');
		expect(classes!.accepted).toBe(true);
	});
});

describe('tests/fixtures/code-blocks-index.md', () => {
	it('skips the prefixes, ranges and masks of the codes, and reads the errors', () => {
		const catalog = buildFixture('code-blocks-index.md');
		expect(catalog.sources[0]!.tablesRead.map((t) => [t.line, t.accepted])).toEqual([
			[7, false],
			[15, false],
			[23, false],
			[30, true],
			[40, true],
			[47, true],
		]);
		expect(catalog.entries.map((e) => e.code)).toEqual([
			'1001',
			'1002',
			'1003',
			'2001',
			'2002',
			'4xx',
			'5xx',
			'3000-3999',
			'4000-4999',
		]);
	});
});
