/**
 * Which cell is the code where a column numbers the rows (issue 16, batch unseen-42): row ids
 * beside identifiers of a code's own shape give way to them and stay their aliases; numbers
 * headed as the code, or beside names that read as words, stay the codes. The classify stage
 * alone, a `TableText` in and the roles out; then a small document through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { Classification } from '../../src/pipeline/classify/classify';
import { buildFixture } from './helpers';
import { type TableSketch, classifyAlone } from './table-text';

const roles = (c: Classification) => [c.accepted, c.code, c.aliases];
const alarms = (idHeader: string, names: string[], codeHeader = 'Name'): TableSketch => ({
	section: ['Alarms'],
	header: [idHeader, codeHeader, 'Description', 'Alarm class', 'Text'],
	rows: names.map((name, n) => [
		String([1, 2, 3, 4, 5, 7][n]),
		name,
		'设备暂停',
		'6',
		`Door switch ${n} failed, device paused`,
	]),
});
const lettered = ['AC0101', 'AC0102', 'AC0103', 'AC0104', 'AC0105', 'AC0107'];

describe('classify: row ids beside the codes', () => {
	it('takes the alarm names over the ids that number the rows, a dropped row leaving a gap, the ids their aliases', () => {
		expect(roles(classifyAlone(alarms('ID', lettered)))).toEqual([true, 1, [0]]);
	});

	it('does so whatever the ids are headed and whatever the codes look like (`No.`, `E_TIMEOUT`, `ERR-12`)', () => {
		const constants = ['E_TIMEOUT', 'E_BUSY', 'E_NO_LICENSE', 'E_DOOR', 'E_MOTOR', 'E_PRESSURE'];
		expect(roles(classifyAlone(alarms('No.', constants)))).toEqual([true, 1, [0]]);
		const dashed = ['ERR-12', 'ERR-13', 'ERR-14', 'ERR-15', 'ERR-16', 'ERR-18'];
		expect(classifyAlone(alarms('Index', dashed)).code).toBe(1);
	});

	it('keeps the numbers where the header calls them the code (`Code | Name`, `错误码`)', () => {
		expect(classifyAlone(alarms('Code', lettered)).code).toBe(0);
		expect(classifyAlone(alarms('错误码', lettered)).code).toBe(0);
	});

	it("keeps the numbers beside an enum's members, names that read as words (`1 | NotInitialized`, `ACCEPTED`)", () => {
		const members = ['NotInitialized', 'Busy', 'Timeout', 'NoLicense', 'Cancelled', 'Unknown'];
		expect(classifyAlone(alarms('ID', members)).code).toBe(0);
		const words = ['ACCEPTED', 'EXPIRED', 'REJECTED', 'DELETED', 'UNKNOWN', 'PENDING'];
		expect(classifyAlone(alarms('#', words)).code).toBe(0);
	});

	it('keeps numbers that jump as codes do (`1 | AC0101`, `10`, `20`) where they number nothing', () => {
		const sketch = alarms('ID', lettered);
		sketch.rows.forEach((row, n) => (row[0] = String(n === 0 ? 1 : n * 10)));
		expect(classifyAlone(sketch).code).toBe(0);
	});
});

describe('alarms-numbered-by-row.md', () => {
	it('reads the alarms by name, the ids their aliases, and the exit codes by number', () => {
		const { entries } = buildFixture('alarms-numbered-by-row.md');
		expect(entries.map((e) => [e.code, e.aliases])).toEqual([
			['PL0101', ['1']],
			['PL0102', ['2']],
			['PL0103', ['3']],
			['PL0104', ['4']],
			['PL0105', ['5']],
			['PL0107', ['7']],
			['1', ['NotInitialized']],
			['2', ['Busy']],
			['3', ['Timeout']],
			['4', ['NoLicense']],
		]);
		expect(entries[1]!.message).toBe('润滑失败');
	});
});
