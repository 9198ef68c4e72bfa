/**
 * The classify stage on decoys shaped like error tables (batches unseen-21 and unseen-22): a
 * table in, a verdict with its evidence out. Each decoy loses on the balance, and the error table
 * it is shaped like, with the same signals but the one that tells them apart, is still read.
 */
import { describe, expect, it } from 'vitest';
import { type Classification, classifyTable } from '../../src/pipeline/classify/classify';
import { failingNeighbours } from '../../src/pipeline/classify/neighbours';
import { type TableSketch, tableText } from './table-text';

const nowhere = () => {
	throw new Error('no setting was expected to be wrong');
};
const classify = (
	sketch: TableSketch,
	neighboursFail = false,
	othersFail = false,
): Classification =>
	classifyTable(
		tableText(sketch),
		undefined,
		nowhere,
		'front matter',
		undefined,
		undefined,
		neighboursFail,
		othersFail,
	);
const signals = (c: Classification) => c.evidence.map((e) => e.signal);

describe('classify: the columns of a database table, beside their data types', () => {
	const schema: TableSketch = {
		section: ['FailureLog table'],
		header: ['Column', 'Data type', 'Details'],
		rows: [
			['FailureId', 'int', 'Unique number of this kind of error.'],
			['ExitCode', 'smallint', 'Exit code the failed job returned.'],
			['Payload', 'varbinary(512)', 'Request that failed, as sent.'],
		],
	};

	it('weighs a code column headed `Column` against the table, with the type column', () => {
		const c = classify(schema);
		expect(c.accepted).toBe(false);
		expect(signals(c)).toEqual(expect.arrayContaining(['otherHeader', 'typeColumn']));
		expect(c.reason).toMatch(/header "Column" names something other than codes/);
	});

	it('still reads error names beside their numbers under a heading of errors', () => {
		const c = classify({
			...schema,
			header: ['Error', 'Code', 'Details'],
			rows: schema.rows.map(([name, , details], i) => [name!, String(1001 + i), details!]),
		});
		expect(c.accepted).toBe(true);
	});
});

describe('classify: the states a message passes through on its way', () => {
	const states: TableSketch = {
		section: ['Delivery reports', 'Possible message statuses'],
		header: ['Status', 'Final', 'Meaning'],
		rows: [
			['ENROUTE', 'no', 'On its way to the handset.'],
			['ACCEPTD', 'no', 'Accepted by the carrier for delivery.'],
			['DELIVRD', 'yes', 'Delivered to the handset.'],
			['UNDELIV', 'yes', 'Not delivered: the number does not exist.'],
			['EXPIRED', 'yes', 'Not delivered before its validity ran out.'],
			['REJECTD', 'yes', 'Rejected by the carrier.'],
		],
	};

	it('weighs states that are steps on the way, delivered among them, against the table', () => {
		const c = classify(states);
		expect(c.accepted).toBe(false);
		expect(c.evidence.map((e) => e.says)).toContain(
			'"Status" holds states that are no failure (ENROUTE, ACCEPTD)',
		);
	});

	it('takes no code that only starts with such a word for a state (`NEW_PASSWORD_REQUIRED`)', () => {
		const c = classify({
			section: ['Sign-in errors'],
			header: ['Code', 'Meaning'],
			rows: [
				['NEW_PASSWORD_REQUIRED', 'The password expired: set a new one.'],
				['SENT_TOO_OFTEN', 'Too many codes were sent.'],
				['ACCEPTED_TERMS_MISSING', 'The terms were not accepted.'],
			],
		});
		expect(c.accepted).toBe(true);
		expect(signals(c)).not.toContain('calmStates');
	});
});

describe('classify: a version history among error tables', () => {
	const history: TableSketch = {
		section: ['Vault SDK errors'],
		header: ['Version', 'Date', 'Changes'],
		rows: [
			['v2.1.0', '2025-03-02', 'Added key errors'],
			['v2.0.0', '2024-11-20', 'First release'],
		],
	};

	it('weighs version numbers as the identifiers against the table', () => {
		const c = classify(history);
		expect(c.accepted).toBe(false);
		expect(c.reason).toMatch(/100% of "Version" are version numbers \(−2\.5\)/);
	});

	it('takes codes that start with a V for no versions (`V001`)', () => {
		const c = classify({
			section: ['Payment errors'],
			header: ['Code', 'Message'],
			rows: [
				['V001', 'Card number is invalid'],
				['V002', 'Card expired'],
				['V003', 'Amount not allowed'],
			],
		});
		expect(c.accepted).toBe(true);
		expect(signals(c)).not.toContain('versions');
	});
});

describe('classify: a table of messages that say nothing failed, among tables like it that do', () => {
	const loading: TableSketch = {
		section: ['Arcade client errors and messages', 'Startup'],
		header: ['Message', 'Description'],
		rows: [
			['BOOT_0', 'Fetching Table Assets'],
			['BOOT_1', 'Fetching Sound Pack'],
			['BOOT_2', 'Preparing Lobby'],
		],
	};

	it('weighs the quiet table against, where its neighbours say something failed', () => {
		expect(classify(loading).accepted).toBe(true);
		const c = classify(loading, true);
		expect(c.accepted).toBe(false);
		expect(signals(c)).toContain('quietAmongFailing');
	});

	it('finds the neighbours: other tables with the same header that say something failed', () => {
		const table = (header: string[], texts: string[]) =>
			tableText({ header, rows: texts.map((text, i) => [`K_${i}`, text]) });
		const tables = [
			table(['Message', 'Description'], ['Preparing Lobby']),
			table(['Message', 'Description'], ['Invalid Seat']),
			table(['message', 'description'], ['Wager Rejected']),
			table(['Key', 'Text'], ['Session Expired']),
		];
		expect(failingNeighbours(tables)).toEqual([true, false, false, false]);
		expect(failingNeighbours(tables.slice(0, 2))).toEqual([false, false]);
	});

	it('leaves a quiet table alone where the heading right above it names errors', () => {
		const c = classify({ ...loading, section: ['Arcade client', 'Startup errors'] }, true);
		expect(c.accepted).toBe(true);
		expect(signals(c)).not.toContain('quietAmongFailing');
	});
});

describe('classify: a list numbered 1, 2, 3… under `#` or `No.`', () => {
	const states: TableSketch = {
		section: ['Message statuses'],
		header: ['#', 'Status', 'Description'],
		rows: [
			['1', 'ACCEPTED', 'Message was accepted by the operator'],
			['2', 'EXPIRED', 'Message validity period has expired'],
			['3', 'REJECTED', 'Message was rejected by a delivery interface'],
			['4', 'UNDELIVERABLE', 'Message is undeliverable'],
		],
	};

	it('reads the numbers as where each row stands, never as codes, though states fail', () => {
		const c = classify(states);
		expect(c.accepted).toBe(false);
		expect(signals(c)[0]).toBe('rowNumbers');
		expect(c.reason).toContain('"#" numbers the rows (1, 2, 3…), never codes');
	});

	it('weighs nothing against numbers that are not the rows’ own, or a column not so headed', () => {
		const skipping = classify({
			...states,
			rows: states.rows.map(([, ...rest], i) => [String(i * 2 + 1), ...rest]),
		});
		expect(signals(skipping)).not.toContain('rowNumbers');
		const codes = classify({ ...states, header: ['Code', 'Status', 'Description'] });
		expect(signals(codes)).not.toContain('rowNumbers');
	});
});

describe('classify: normal responses, listed apart from the errors', () => {
	const normal: TableSketch = {
		section: ['Status codes'],
		context: ['Table 1 Normal response codes'],
		header: ['Status Code', 'Message', 'Description'],
		rows: [
			['200', 'OK', 'The listener was returned.'],
			['204', 'No Content', 'No response body is returned.'],
		],
	};

	it('weighs statuses of success under a caption saying so against the table', () => {
		const c = classify(normal, false, true);
		expect(c.accepted).toBe(false);
		expect(signals(c)[0]).toBe('successHeading');
		expect(signals(c)).toContain('successStatuses');
	});

	it('reads successes among failures, under no such words, or on a page of no other failures', () => {
		const mixed = classify(
			{ ...normal, rows: [...normal.rows, ['404', 'Not Found', 'No such listener.']] },
			false,
			true,
		);
		expect(signals(mixed)).not.toContain('successStatuses');
		const untitled = classify({ ...normal, context: ['Table 1 Response codes'] }, false, true);
		expect(signals(untitled)).not.toContain('successHeading');
		const alone = classify(normal);
		expect(alone.accepted).toBe(true);
		expect(signals(alone)).not.toContain('successHeading');
	});
});

describe("classify: an API's own codes of success under a heading in its language", () => {
	const successes: TableSketch = {
		section: ['Códigos de retorno', 'Códigos de Sucesso'],
		header: ['Código', 'Descrição'],
		rows: [
			['100', 'Pedido autorizado'],
			['101', 'Cancelamento homologado'],
			['150', 'Autorizado fora de prazo'],
		],
	};

	it('weighs a heading of successes against a table where nothing failed', () => {
		const c = classify(successes, false, true);
		expect(c.accepted).toBe(false);
		expect(c.reason).toMatch(/"Códigos de Sucesso" above it names successful responses/);
	});

	it('weighs the same heading in Turkish, Italian and Indonesian', () => {
		for (const heading of ['Başarılı İşlem Kodları', 'Codici di successo', 'Kode Berhasil'])
			expect(signals(classify({ ...successes, section: [heading] }, false, true))).toContain(
				'successHeading',
			);
		const failed = classify({ ...successes, section: ['Başarısız İşlem Kodları'] }, false, true);
		expect(signals(failed)).not.toContain('successHeading');
	});

	it('reads a table under such a heading whose rows say something failed', () => {
		const c = classify(
			{
				...successes,
				rows: [...successes.rows, ['110', 'Uso denegado: falha na assinatura, pedido inválido']],
			},
			false,
			true,
		);
		expect(signals(c)).not.toContain('successHeading');
	});
});

describe('classify: the parts a system’s codes belong to, and classes written as masks', () => {
	const parts: TableSketch = {
		section: ['Rover log reference', 'Subsystem reference (`LogErrorSubsystem`)'],
		header: ['ID', 'Name', 'Description'],
		rows: [
			['1', 'MAIN', 'Main loop timing'],
			['2', 'RADIO', 'Radio receiver failsafe'],
			['3', 'COMPASS', 'Compass health checks'],
			['4', 'BATTERY', 'Battery failsafe when the voltage is too low'],
			['5', 'LEAK', 'Leak detector triggered'],
		],
	};

	it('skips the ids of the subsystems a document’s codes come from', () => {
		const c = classify(parts);
		expect(c.accepted, c.reason).toBe(false);
		expect(signals(c)).toContain('partIds');
	});

	it('reads the same table headed as the codes of the subsystems’ errors', () => {
		const c = classify({ ...parts, header: ['Error code', 'Name', 'Description'] });
		expect(signals(c)).not.toContain('partIds');
		expect(c.accepted, c.reason).toBe(true);
	});

	const masks: TableSketch = {
		section: ['Information codes'],
		header: ['Info', 'Definition', 'Comments / Examples'],
		rows: [
			['0xA000_0000', 'No information', 'There is no information message'],
			['0xA1XX_XXXX', 'Bus information', 'Slave not responding, etc.'],
			['0xA2XX_XXXX', 'Network information', 'Server not accessible, authentication error, etc.'],
			['0xA3XX_XXXX', 'Hardware information', 'Driver error, overcurrent, etc.'],
		],
	};

	it('skips a column of hex masks that hold nothing listed: classes of messages', () => {
		const c = classify(masks);
		expect(c.accepted, c.reason).toBe(false);
		expect(c.reason).toMatch(/75% of "Info" are masks of codes \(`0xA1XX_XXXX`\)/);
	});

	it('reads the codes themselves, written out', () => {
		const c = classify({
			...masks,
			rows: masks.rows.map(([code, ...rest]) => [code!.replace(/X/g, '1'), ...rest]),
		});
		expect(signals(c)).not.toContain('codeMasks');
		expect(c.accepted, c.reason).toBe(true);
	});

	it('weighs a refund’s statuses as states, as a transaction’s', () => {
		const c = classify({
			section: ['Payment appendix', 'Refund status description'],
			header: ['No.', 'Enumeration name', 'Description', 'Note'],
			rows: [
				['1', 'REFUND_SUCCESS', 'Refund succeeds.', ''],
				['2', 'REFUND_CLOSE', 'Refund is closed.', 'Refund request is rejected.'],
				['3', 'REFUND_PROCESS', 'Refund in process.', ''],
				['4', 'REFUND_FAIL', 'Refund failed.', 'Technical issues caused.'],
			],
		});
		expect(c.accepted, c.reason).toBe(false);
		expect(c.reason).toMatch(/"Refund status description" above it names states of a thing/);
	});
});
