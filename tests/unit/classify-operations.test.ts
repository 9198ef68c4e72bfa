/**
 * The classify stage on a machine's operating states (batch unseen-40): a status register's
 * decoder titled as status codes, numbered as codes are, most of whose rows say the machine is
 * working, waiting or idle, a fault or two among them. Weighed against the table with the heading
 * that names operating states; a fault table with a `Waiting for …` row is still read.
 */
import { describe, expect, it } from 'vitest';
import type { Classification } from '../../src/pipeline/classify/classify';
import { OPERATING_STATE } from '../../src/pipeline/classify/words';
import { buildFixture } from './helpers';
import { type TableSketch, classifyAlone } from './table-text';

const signals = (c: Classification) => c.evidence.map((e) => e.signal);

const inverter: TableSketch = {
	title: 'Inverter status codes',
	section: ['Operating status'],
	header: ['Code', 'Meaning'],
	rows: [
		['0', 'Standby'],
		['2', 'Waiting for grid voltage'],
		['5', 'Starting'],
		['16', 'Running, feeding the grid'],
		['17', 'Running at reduced power'],
		['32', 'Charging the battery'],
		['64', 'Grid voltage out of range'],
	],
};

describe('classify: a decoder of operating states', () => {
	it('weighs rows of normal operation and the heading against the table', () => {
		const c = classifyAlone(inverter);
		expect(c.accepted).toBe(false);
		expect(signals(c)).toEqual(expect.arrayContaining(['operatingStates', 'stateHeading']));
		expect(c.reason).toMatch(
			/86% of "Meaning" say a machine is working, waiting or idle \(−2\.0\)/,
		);
	});

	it('reads a table of states whose faults say what failed, under a heading of codes', () => {
		const c = classifyAlone({
			...inverter,
			section: ['Status codes'],
			rows: [
				['0', 'Standby'],
				['2', 'Waiting for grid voltage'],
				['16', 'Running, feeding the grid'],
				['32', 'Charging the battery'],
				['64', 'Grid voltage too high'],
				['65', 'Fan failed'],
				['66', 'Isolation fault on the DC side'],
			],
		});
		expect(signals(c)).toContain('operatingStates');
		expect(c.accepted).toBe(true);
	});

	it('reads a fault table that has a waiting row', () => {
		const c = classifyAlone({
			title: 'Inverter status codes',
			section: ['Fault codes'],
			header: ['Code', 'Meaning'],
			rows: [
				['F01', 'Grid voltage too high'],
				['F02', 'Waiting for grid voltage timed out'],
				['F03', 'Isolation fault on the DC side'],
				['F04', 'Fan failed'],
			],
		});
		expect(c.accepted).toBe(true);
		expect(signals(c)).not.toContain('operatingStates');
	});

	it("takes a lifecycle's named states and failures that start with a state's word for no operation", () => {
		for (const text of ['PENDING', 'WAITING_FOR_IMAGES', 'Running out of memory', 'Idle timeout'])
			expect(OPERATING_STATE.test(text), text).toBe(false);
		for (const text of ['Stand-by', 'Heating domestic hot water', 'No cooling demand'])
			expect(OPERATING_STATE.test(text), text).toBe(true);
	});
});

describe('tests/fixtures/operating-states-of-a-machine.md', () => {
	it("skips the boiler's states and reads its faults", () => {
		const catalog = buildFixture('operating-states-of-a-machine.md');
		expect(catalog.sources[0]!.tablesRead.map((t) => [t.line, t.accepted])).toEqual([
			[7, false],
			[21, true],
		]);
		expect(catalog.entries.map((e) => e.code)).toEqual(['F01', 'F02', 'F03', 'F04', 'F05']);
	});
});
