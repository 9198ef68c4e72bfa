/**
 * The classify stage on lists of the states a thing passes through (batch unseen-37 and 38): a
 * message's delivery states beside their numbers, a friendship's numbered states, a resource's
 * conditions, an invoice's steps. Healthy, pending and final states stand side by side, and the
 * heading or a header says states; a few of them fail. Each is weighed against the table, and
 * the error tables beside them, headed alike, are still read.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Classification } from '../../src/pipeline/classify/classify';
import { CALM_STEP } from '../../src/pipeline/classify/words';
import { buildCatalog } from './helpers';
import { type TableSketch, classifyAlone } from './table-text';

const signals = (c: Classification) => c.evidence.map((e) => e.signal);

function verdicts(name: string) {
	const file = `tests/fixtures/${name}`;
	const text = readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
	const catalog = buildCatalog([{ file, text }]);
	return {
		verdicts: catalog.sources[0]!.tablesRead.map((table) => [table.line, table.accepted]),
		codes: catalog.entries.map((entry) => entry.code),
	};
}

describe('classify: a header that names states beside their numbers', () => {
	const parcel: TableSketch = {
		section: ['Parcel tracking', 'Parcel updates'],
		header: ['Parcel State', 'Value', 'Kind', 'Description'],
		rows: [
			['created', '0', 'Intermediate', 'The label was printed.'],
			['enroute', '1', 'Intermediate', 'The parcel is on its way.'],
			['delivered', '2', 'Final', 'The parcel was delivered.'],
			['lost', '3', 'Final', 'The parcel failed to arrive and was declared lost.'],
			['refused', '4', 'Final', 'The recipient refused it; it failed to be delivered.'],
		],
	};

	it('weighs the header and the calm states of its column against the table', () => {
		const c = classifyAlone(parcel);
		expect(c.accepted).toBe(false);
		expect(signals(c)).toEqual(expect.arrayContaining(['stateHeader', 'calmStates']));
		expect(c.reason).toMatch(/header "Parcel State" names states of a thing \(−1\.0\)/);
	});

	it("takes a database's `SQL State` column for no states", () => {
		const c = classifyAlone({
			section: ['Server errors'],
			header: ['Error', 'SQL State', 'Message'],
			rows: [
				['1045', '28000', 'Access denied for user.'],
				['1049', '42000', 'Unknown database.'],
				['1062', '23000', 'Duplicate entry for key.'],
			],
		});
		expect(c.accepted).toBe(true);
		expect(signals(c)).not.toContain('stateHeader');
	});
});

describe('classify: numbered states under a heading that names states', () => {
	const membership: TableSketch = {
		section: ['Groups', 'Membership state'],
		header: ['Code', 'Meaning'],
		rows: [
			['0', 'The user is a member.'],
			['1', 'The user was invited and has not answered yet.'],
			['2', 'The user asked to join and waits for approval.'],
			['3', 'The user was banned from the group.'],
		],
	};

	it('weighs the numbers counting the states in order against the table, a failure among them', () => {
		const c = classifyAlone(membership);
		expect(c.accepted).toBe(false);
		expect(signals(c)).toEqual(expect.arrayContaining(['numberedStates', 'stateHeading']));
	});

	it('still reads numbered errors under a heading that names error states', () => {
		const c = classifyAlone({
			...membership,
			section: ['Groups', 'Error states'],
			rows: [
				['0', 'The group was not found.'],
				['1', 'The invitation is invalid.'],
				['2', 'The user is not allowed to join.'],
				['3', 'The group is full.'],
			],
		});
		expect(c.accepted).toBe(true);
	});
});

describe("classify: a resource's conditions, healthy and failing reasons alike", () => {
	const gateway: TableSketch = {
		section: ['Conditions', 'Gateway'],
		header: ['Type', 'Status', 'Reason', 'Description'],
		rows: [
			['Ready', 'True', 'ListenersReady', 'Every listener is ready.'],
			['', 'False', 'ListenerFailed', 'A listener failed to bind its port.'],
			['Available', 'True', 'ReplicasAvailable', 'Enough replicas are available.'],
			['', 'False', 'ReplicasMissing', 'Some replicas failed to start.'],
		],
	};

	it('weighs the title that names conditions and the healthy reasons against the table', () => {
		const c = classifyAlone(gateway);
		expect(c.accepted).toBe(false);
		expect(c.reason).toMatch(/"Conditions" above it names states of a thing \(−1\.6\)/);
		expect(signals(c)).toContain('calmStates');
	});

	it('reads the same reasons on a page of errors', () => {
		const c = classifyAlone({ ...gateway, section: ['Gateway errors', 'Gateway'] });
		expect(c.accepted).toBe(true);
	});

	it('takes a hump before the calm word for a state, and `Unavailable` for none', () => {
		const calm = ['ComponentsAvailable', 'RoutesActive', 'LOAD_SUCCEED', 'PACKAGE_PROCESSING'];
		expect(calm.filter((code) => CALM_STEP.test(code))).toEqual(calm);
		expect(
			[
				'ServiceUnavailable',
				'NotReady',
				'PodNotReady',
				'NOT_ACTIVE',
				'Available',
				'LOAD_FAILED',
			].filter((code) => CALM_STEP.test(code)),
		).toEqual([]);
	});
});

describe("classify: a message's statuses, named so by the page's title", () => {
	const statuses: TableSketch = {
		title: 'Message statuses',
		header: ['Status', 'Description'],
		rows: [
			['ACCEPTED', 'The carrier took the message for delivery.'],
			['QUEUED', 'The message waits in line for sending.'],
			['DELIVERED', 'The message reached the handset.'],
			['EXPIRED', 'The message validity period has expired.'],
		],
	};

	it('weighs a thing’s statuses as its states against the table', () => {
		const c = classifyAlone(statuses);
		expect(c.accepted).toBe(false);
		expect(c.reason).toMatch(/"Message statuses" above it names states of a thing/);
	});

	it('takes no status code, and no payment’s statuses, for a thing’s states', () => {
		for (const title of ['Message status codes', 'Payment statuses'])
			expect(signals(classifyAlone({ ...statuses, title }))).not.toContain('stateHeading');
	});
});

describe("classify: an invoice's steps under a Turkish heading of states", () => {
	it('weighs `Durumları` (states) above it against the table, and its steps that succeeded', () => {
		const c = classifyAlone({
			section: ['Sevkiyat', 'Sevkiyat Durumları'],
			header: ['DURUM KODU', 'DURUM AÇIKLAMASI', 'STATUS_SUBSTATUS', 'AÇIKLAMA'],
			rows: [
				['100', 'YÜKLENDİ', 'LOAD_SUCCEED', 'Yükleme başarılı'],
				['101', 'İŞLENİYOR', 'LOAD_PROCESSING', 'İşleniyor'],
				['102', 'PAKETLEME HATASI', 'PACKAGE_FAILED', 'Paketleme hatası oluştu'],
				['103', 'GÖNDERİLDİ', 'SEND_SUCCEED', 'Gönderildi'],
			],
		});
		expect(c.accepted).toBe(false);
		expect(c.reason).toMatch(/"Sevkiyat Durumları" above it names states of a thing/);
		expect(c.reason).toMatch(/holds states that are no failure \(LOAD_SUCCEED, LOAD_PROCESSING\)/);
	});
});

describe('lists of states in documents, beside their error tables', () => {
	it('skips the parcel, membership and shipment states and reads the shipment errors', () => {
		expect(verdicts('states-of-things.md')).toEqual({
			verdicts: [
				[7, false],
				[17, false],
				[26, false],
				[35, true],
			],
			codes: ['SHIPMENT_NOT_FOUND', 'LABEL_INVALID', 'PARCEL_TOO_HEAVY'],
		});
	});

	it('skips a list of statuses a message passes through', () => {
		expect(verdicts('states-listed-as-statuses.md').verdicts).toEqual([[5, false]]);
	});

	it("skips a resource's conditions and reads its errors", () => {
		expect(verdicts('conditions-of-a-resource.md')).toEqual({
			verdicts: [
				[7, false],
				[16, true],
			],
			codes: ['GatewayNotFound', 'PortInUse'],
		});
	});
});

describe("classify: a transaction's statuses above the error table (unseen-40)", () => {
	const statuses: TableSketch = {
		section: ['Payouts', 'Transaction statuses'],
		header: ['status', 'Final?', 'What to do'],
		rows: [
			['QUEUED', 'No', 'Wait for the webhook'],
			['PAID', 'Yes', 'Mark the payout as sent'],
			['FAILED', 'Yes', 'Show the failure; the reason is in statusReason'],
		],
	};

	it('weighs a heading of transaction statuses and a header of final states against it', () => {
		const c = classifyAlone(statuses);
		expect(c.accepted).toBe(false);
		expect(signals(c)).toEqual(expect.arrayContaining(['stateHeading', 'stateHeader']));
		expect(c.reason).toMatch(/header "Final\?" says which states of a thing are final/);
	});

	it('reads a table of transaction status codes, which names codes', () => {
		const c = classifyAlone({
			section: ['Transaction status codes'],
			header: ['Code', 'Description'],
			rows: [
				['05', 'Do not honour: the issuer declined the card'],
				['51', 'Insufficient funds'],
				['54', 'Expired card'],
			],
		});
		expect(c.accepted).toBe(true);
		expect(signals(c)).not.toContain('stateHeading');
	});

	it('reads the error codes below the statuses, not the statuses', () => {
		expect(verdicts('transaction-statuses-above-errors.md')).toEqual({
			verdicts: [
				[5, false],
				[14, true],
			],
			codes: ['P001', 'P002', 'P003'],
		});
	});
});

describe('classify: a subsystem’s small catalog that counts from 0', () => {
	const power: TableSketch = {
		section: ['Rover log error codes', 'Power monitor'],
		header: ['ErrCode', 'Enum Name', 'Meaning'],
		rows: [
			['0', 'POWER_RESTORED', 'Supply voltage back within range'],
			['1', 'POWER_SAG', 'Supply voltage below the brown-out level'],
		],
	};

	it('reads a column headed as an error code beside an enum’s names, though it counts 0, 1', () => {
		const c = classifyAlone(power);
		expect(c.accepted, c.reason).toBe(true);
		expect(signals(c)).not.toContain('numberedStates');
		expect(c.reason).toMatch(/header "ErrCode" names codes/);
	});

	it('still weighs numbered states headed only as codes, with no enum beside them', () => {
		const c = classifyAlone({
			...power,
			header: ['Code', 'Name', 'Meaning'],
			rows: [
				['0', 'Waiting', 'The order waits for a picker'],
				['1', 'Picking', 'A picker collects the items'],
				['2', 'Packed', 'The parcel is packed'],
			],
		});
		expect(signals(c)).toContain('numberedStates');
	});

	it('reads every sibling table of the document alike, the calm ones among them', () => {
		const read = verdicts('subsystem-codes-counting-from-zero.md');
		expect(read.verdicts).toEqual([
			[7, true],
			[14, true],
			[22, true],
			[29, true],
			[38, true],
			[47, true],
		]);
		expect(read.codes.slice(0, 9)).toEqual(['0', '1', '0', '1', '2', '0', '1', '0', '1']);
		// The arm's codes repeat the drive modes' above, headed otherwise, as every sibling's do.
		expect(read.codes.slice(-3)).toEqual(['0', '1', '2']);
	});
});
