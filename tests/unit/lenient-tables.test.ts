/**
 * The parse stage's lenient reading of pipe tables GFM rejects but the generators that publish
 * them render: the text handed to the Markdown parser, and the warnings, for a few shapes.
 */
import { describe, expect, it } from 'vitest';
import type { ParseProblem } from '../../src/pipeline/parse/limits';
import { evenDelimiterRows } from '../../src/pipeline/parse/lenient-tables';

const even = (text: string) => {
	const problems: ParseProblem[] = [];
	return { text: evenDelimiterRows(text, problems), problems };
};

describe('parse: delimiter rows of another cell count than the header', () => {
	it('gives the delimiter row one cell per header cell, at the same length', () => {
		const source = '| A | B | C |\n|----|--------------|\n| 1 | x | y |\n';
		const { text, problems } = even(source);
		expect(text.split('\n')[1]).toBe('|---|---|---|'.padEnd('|----|--------------|'.length));
		expect(text.length).toBe(source.length);
		expect(text.split('\n').filter((_, i) => i !== 1)).toEqual(
			source.split('\n').filter((_, i) => i !== 1),
		);
		expect(problems.map((p) => p.line)).toEqual([1]);
	});

	it('leaves alone what GFM reads already, fenced code, and a thematic break under a line with a pipe', () => {
		for (const source of [
			'| A | B |\n|---|---|\n| 1 | x |\n',
			'```\n| A | B | C |\n|---|---|\n```\n',
			'a | b\n---\n',
			'| A |\n|---|---|\n',
		]) {
			expect(even(source)).toEqual({ text: source, problems: [] });
		}
	});

	it('warns where the delimiter row is too short to be rewritten in place', () => {
		const { text, problems } = even('| A | B | C |\n|-|-|\n');
		expect(text).toBe('| A | B | C |\n|-|-|\n');
		expect(problems[0]!.message).toMatch(/^table-shaped lines not read as a table: /);
	});
});

describe('parse: a table without outer pipes whose rows of dashes start as list items do', () => {
	const source = [
		'Code  |Name    |Meaning',
		'-     |-       |-',
		'0x41  |FLT_A   |Motor stalled',
		'-     |-       |-',
		'0x51  |FLT_B   |Sensor timeout',
		'',
		'- a list item | with a pipe',
		'',
	].join('\n');

	it('gives the delimiter row its pipes and makes each spacer a row of empty cells, at the same length', () => {
		const { text, problems } = even(source);
		const lines = text.split('\n');
		expect(lines[1]).toBe('|---|---|---|'.padEnd(source.split('\n')[1]!.length));
		expect(lines[3]).toBe('|   |   |   |'.padEnd(source.split('\n')[3]!.length));
		expect(text.length).toBe(source.length);
		expect(lines.filter((_, i) => i !== 1 && i !== 3)).toEqual(
			source.split('\n').filter((_, i) => i !== 1 && i !== 3),
		);
		expect(problems.map((p) => p.line)).toEqual([1]);
		expect(problems[0]!.message).toMatch(/starts as a list item does/);
	});

	it('leaves alone a list under a paragraph that is not a table header', () => {
		const list = 'Steps:\n- first | second\n- third\n';
		expect(even(list)).toEqual({ text: list, problems: [] });
	});
});
