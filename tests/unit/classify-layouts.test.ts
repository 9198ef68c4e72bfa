/**
 * The classify stage on layouts (batches unseen-25 and unseen-26): the bytes of a message, the
 * flags of a status register beside their bits, a call's parameters beside their defaults. A table
 * in, a verdict with its evidence out. Each layout loses on the balance, though its headings and
 * descriptions speak of errors, and the error table it is shaped like is still read.
 */
import { describe, expect, it } from 'vitest';
import type { Classification } from '../../src/pipeline/classify/classify';
import { type TableSketch, classifyAlone as classify } from './table-text';

const signals = (c: Classification) => c.evidence.map((e) => e.signal);

describe('classify: the data bytes of an error event', () => {
	const bytes: TableSketch = {
		section: ['Alarm events', 'Type 4: Overheat error'],
		header: ['Byte', 'Description'],
		rows: [
			['0', 'Sensor index within the node.'],
			['1', 'Temperature read when the error was raised, in °C.'],
			['2-5', 'Optional: the time of the failure, in seconds.'],
		],
	};

	it('skips positions counted from 0 under a header naming bytes, and says so', () => {
		const c = classify(bytes);
		expect(c.accepted).toBe(false);
		expect(signals(c)).toContain('positions');
		expect(c.reason).toMatch(/"Byte" numbers places in a message or register in order/);
	});

	it('weighs offsets counted from 1 the same way', () => {
		const c = classify({
			...bytes,
			header: ['Offset', 'Meaning'],
			rows: bytes.rows.map(([, meaning], i) => [String(i + 1), meaning!]),
		});
		expect(signals(c)).toContain('positions');
		expect(c.accepted).toBe(false);
	});

	it('still reads exit codes 0, 1, 2 headed as codes, whose descriptions say what failed', () => {
		const c = classify({
			section: ['Exit codes'],
			header: ['Code', 'Meaning'],
			rows: [
				['0', 'Success.'],
				['1', 'The configuration file could not be read.'],
				['2', 'Invalid argument: the command failed.'],
			],
		});
		expect(signals(c)).not.toContain('positions');
		expect(c.accepted).toBe(true);
	});

	it('does not take numbers that skip a place for positions', () => {
		const c = classify({
			...bytes,
			rows: [
				['0', 'a'],
				['2', 'b'],
				['5', 'c'],
			],
		});
		expect(signals(c)).not.toContain('positions');
	});
});

describe('classify: the flags of a status register beside their bits', () => {
	const register: TableSketch = {
		section: ['Registers'],
		header: ['FAULT_REG', 'Bit', 'Description'],
		rows: [
			['OVER_TEMP', 'b3', 'Driver over temperature, output failed and disabled.'],
			['STALL', 'b2', 'Motor stall detected, movement failed.'],
			['LOW_BATT', 'b1', 'Battery low, charging required.'],
			['READY', 'b0', 'Driver ready.'],
		],
	};

	it('skips a register map whose descriptions say what failed, for the bit column', () => {
		const c = classify(register);
		expect(c.accepted).toBe(false);
		expect(signals(c)).toContain('bitColumn');
		expect(c.reason).toMatch(/column "Bit" gives each row's bit in a register/);
	});

	it('reads bits written as masks or `bit n` alike', () => {
		const masks = classify({
			...register,
			rows: register.rows.map(([flag, , text], i) => [flag!, `0x0${8 >> i}`, text!]),
		});
		const words = classify({
			...register,
			rows: register.rows.map(([flag, , text], i) => [flag!, `bit ${3 - i}`, text!]),
		});
		expect(signals(masks)).toContain('bitColumn');
		expect(signals(words)).toContain('bitColumn');
	});

	it('still reads error codes under a heading of errors with their bit of a flag field beside them', () => {
		const c = classify({
			section: ['Error codes'],
			header: ['Error code', 'Bit', 'Description'],
			rows: [
				['E_OVER_TEMP', 'b3', 'Driver over temperature, output failed and disabled.'],
				['E_STALL', 'b2', 'Motor stall detected, movement failed.'],
				['E_LOW_BATT', 'b1', 'Battery too low, the move failed.'],
				['E_COMM', 'b0', 'The host did not answer, the command failed.'],
			],
		});
		expect(signals(c)).toContain('bitColumn');
		expect(c.accepted).toBe(true);
	});
});

describe("classify: a call's parameters beside their defaults", () => {
	const parameters: TableSketch = {
		section: ['Setup'],
		header: ['Parameter', 'Description', 'Default'],
		rows: [
			['port', 'The serial port the device is on.', ''],
			['retryLimit', 'How often a failed request is retried before an error.', '0'],
		],
	};

	it('skips it, though a default reads as a code and a description says something failed', () => {
		const c = classify(parameters);
		expect(c.accepted).toBe(false);
		expect(signals(c)).toContain('parameterTable');
		expect(c.reason).toMatch(/"Parameter" names parameters and "Default" gives their defaults/);
	});

	it('is no parameter table without a column of defaults', () => {
		const c = classify({
			...parameters,
			header: ['Parameter', 'Description', 'Error code'],
		});
		expect(signals(c)).not.toContain('parameterTable');
	});
});

describe("classify: an error object's fields beside their types, under a heading of errors", () => {
	const fields: TableSketch = {
		section: ['Hata Sonuç Nesnesi'],
		header: ['Parametre', 'Tip', 'Açıklama'],
		rows: [
			['ERROR_RESULT.ERROR_CODE', 'String', 'Başarısız işlemlerde hata kodu döner.'],
			['ERROR_RESULT.ERROR_TEXT', 'String', 'Hatanın kısa açıklaması.'],
			['ERROR_RESULT.TXN_ID', 'String', 'İşlemin numarası.'],
		],
	};

	it('skips it: the fields name the error object, and their types say fields', () => {
		const c = classify(fields);
		expect(c.accepted).toBe(false);
		expect(c.reason).toMatch(/"Parametre" names parameters and "Tip" gives their types \(−3\.0\)/);
	});

	it('still reads an error table that names the parameter and its type beside each code', () => {
		const c = classify({
			section: ['Validation errors'],
			header: ['Parameter', 'Type', 'Error code', 'Description'],
			rows: [
				['amount', 'integer', 'AMOUNT_INVALID', 'The amount is invalid.'],
				['currency', 'string', 'CURRENCY_UNKNOWN', 'The currency is not supported.'],
				['email', 'string', 'EMAIL_INVALID', 'The address is invalid.'],
			],
		});
		expect(signals(c)).not.toContain('parameterTable');
		expect(c.accepted).toBe(true);
	});
});
