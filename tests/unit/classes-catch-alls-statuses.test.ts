/**
 * Code shapes and rows of issue 16's batches unseen-25 and unseen-26: hex codes written in digit
 * groups and hex classes with wildcards (`0xE1XX_XXXX`), as links. The code shape and the
 * classify stage alone, and the kind's small document under tests/fixtures/ through the whole
 * pipeline.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeShape, compareCodes, numericValue } from '../../src/core/codes';
import { buildCatalog } from './helpers';
import { classifyAlone } from './table-text';

const readFixture = (name: string) => {
	const file = `tests/fixtures/${name}`;
	const text = readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
	return buildCatalog([{ file, text }]);
};

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
		const catalog = readFixture('hex-classes-with-wildcards.md');
		expect(catalog.entries.map((entry) => [entry.code, entry.message])).toEqual([
			['0xA000_0000', 'No fault'],
			['0xA1XX_XXXX', 'Bus fault'],
			['0xA2XX_XXXX', 'Power fault'],
			['0xA3xx_xxxx', 'Drive fault'],
		]);
	});
});
