/**
 * The classify stage on tables that look like error tables without being one (batches unseen-41
 * and unseen-42): a retry guide or a map of internal errors keyed by the codes an error table
 * above lists; a numbering plan that gives blocks of codes to modules. And a table headed by a
 * fault code field (`faultCode`), which is one.
 */
import { describe, expect, it } from 'vitest';
import type { Classification } from '../../src/pipeline/classify/classify';
import { WEIGHTS } from '../../src/pipeline/classify/tuning';
import { namesCodes } from '../../src/pipeline/classify/words';
import { buildFixture } from './helpers';
import { classifyAll, classifyAlone } from './table-text';

const signals = (c: Classification) => c.evidence.map((e) => e.signal);

const errors = {
	section: ['Errors'],
	header: ['Code', 'HTTP', 'Meaning'],
	rows: [
		['QUOTA_EXCEEDED', '429', 'The quota is exceeded.'],
		['TOKEN_EXPIRED', '401', 'The token has expired.'],
		['SERVICE_DOWN', '503', 'The service is unavailable.'],
	],
};

describe('classify: a table keyed by codes listed above', () => {
	it('weighs a retry guide against the table', () => {
		const [table, guide] = classifyAll(errors, {
			section: ['Retries'],
			header: ['Code', 'Retry', 'How'],
			rows: [
				['SERVICE_DOWN', 'Yes', 'Back off and send it again.'],
				['QUOTA_EXCEEDED', 'Yes', 'Wait for the next window.'],
				['TOKEN_EXPIRED', 'No', 'Sign in again.'],
			],
		});
		expect(table!.accepted).toBe(true);
		expect(guide!.accepted).toBe(false);
		expect(guide!.reason).toMatch(
			/100% of "Code" are codes an error table above lists, and no other column says what failed \(−2\.5\)/,
		);
		// The codes' shapes and the failure their names say were weighed in the table above.
		expect(signals(table!)).toEqual(expect.arrayContaining(['codeShapes', 'failingCodes']));
		expect(signals(guide!)).not.toContain('codeShapes');
		expect(signals(guide!)).not.toContain('failingCodes');
	});

	it('weighs a map of internal errors to the public codes against the table', () => {
		const [, map] = classifyAll(errors, {
			section: ['Internal errors'],
			header: ['Internal error', 'Public code'],
			rows: [
				['RateLimitHit', 'QUOTA_EXCEEDED'],
				['JwtExpired', 'TOKEN_EXPIRED'],
				['UpstreamTimeout', 'SERVICE_DOWN'],
			],
		});
		expect(map!.accepted).toBe(false);
		expect(signals(map!)).toContain('listedAbove');
	});

	it('reads a second table that says what failed, or is headed as the first', () => {
		const detail = {
			section: ['Errors of the batch endpoint'],
			header: ['Code', 'In a batch'],
			rows: [
				['QUOTA_EXCEEDED', 'The batch is rejected: the quota is exceeded.'],
				['TOKEN_EXPIRED', 'The token expired before the batch was read.'],
			],
		};
		const sibling = { ...errors, section: ['Errors of the upload endpoint'] };
		const verdicts = classifyAll(errors, detail, {
			...sibling,
			rows: sibling.rows.map(([code, status]) => [code!, status!, 'See the upload guide.']),
		});
		expect(verdicts.map((c) => c.accepted)).toEqual([true, true, true]);
		expect(verdicts.flatMap(signals)).not.toContain('listedAbove');
	});

	it('weighs nothing of the kind in a table that comes first', () => {
		const c = classifyAlone({
			section: ['Retries'],
			header: ['Code', 'Retry', 'How'],
			rows: [
				['SERVICE_DOWN', 'Yes', 'Back off and send it again.'],
				['QUOTA_EXCEEDED', 'Yes', 'Wait for the next window.'],
			],
		});
		expect(signals(c)).not.toContain('listedAbove');
	});
});

describe('tests/fixtures/guides-keyed-by-listed-codes.md', () => {
	it('reads the error table and the bulk endpoint, not the guide or the map', () => {
		const catalog = buildFixture('guides-keyed-by-listed-codes.md');
		expect(catalog.sources[0]!.tablesRead.map((t) => [t.line, t.accepted])).toEqual([
			[5, true],
			[14, false],
			[22, false],
			[30, true],
		]);
		expect(catalog.entries.map((e) => e.code)).toEqual([
			'LEDGER_NOT_FOUND',
			'ENTRY_AMOUNT_INVALID',
			'ENTRY_LOCKED',
			'LEDGER_UNAVAILABLE',
			'LEDGER_NOT_FOUND',
			'ENTRY_AMOUNT_INVALID',
		]);
	});
});

describe('classify: ranges of codes given to modules', () => {
	const plan = {
		section: ['Numbering', 'Blocks by module'],
		header: ['Code range', 'Module', 'Scope'],
		rows: [
			['0', 'Success', 'The request succeeded.'],
			['10000-19999', 'Common', 'Invalid parameters, missing resources.'],
			['20000-29999', 'Accounts', 'Login failed, token expired.'],
		],
	};

	it('weighs a numbering plan against the table, though its rows say what fails', () => {
		const c = classifyAlone(plan);
		expect(c.accepted).toBe(false);
		expect(c.reason).toMatch(
			/every one of "Code range" but a success is a range of codes, and "Module" gives them to parts of a system \(−4\.5\)/,
		);
		const shapes = c.evidence.find((e) => e.signal === 'codeShapes')!;
		expect(shapes.says).toMatch(/67% of them blocks a plan gives out$/);
		expect(shapes.weight).toBeCloseTo(WEIGHTS.codeShapes / 3, 1);
	});

	it('reads error categories by range, and a range among single codes', () => {
		const categories = classifyAlone({
			section: ['Error code ranges'],
			header: ['Range', 'Category', 'Description'],
			rows: [
				['0', 'Success', 'Operation succeeded'],
				['1-99', 'Protocol', 'Message format invalid'],
				['100-199', 'Validation', 'Invalid inputs'],
			],
		});
		const mixed = classifyAlone({
			section: ['Close codes'],
			header: ['Code', 'Service', 'Meaning'],
			rows: [
				['1000', 'Any', 'Normal closure'],
				['1008', 'Any', 'Policy violation: the message was rejected'],
				['4000-4999', 'Applications', 'Reserved for applications'],
			],
		});
		expect(categories.accepted).toBe(true);
		expect(mixed.accepted).toBe(true);
		expect([...signals(categories), ...signals(mixed)]).not.toContain('rangeAllocation');
	});
});

describe('tests/fixtures/code-range-allocation.md', () => {
	it('reads the ranges of error categories, not the plan', () => {
		const catalog = buildFixture('code-range-allocation.md');
		expect(catalog.sources[0]!.tablesRead.map((t) => [t.line, t.accepted])).toEqual([
			[7, false],
			[16, true],
		]);
		expect(catalog.entries.map((e) => e.code)).toEqual(['0', '1-99', '100-199']);
	});
});

describe('classify: a fault code field', () => {
	it('hears a field that holds an outcome code as a header naming codes', () => {
		expect(['faultCode', 'error_code', 'RtnCode', 'reason-code'].map(namesCodes)).toEqual([
			true,
			true,
			true,
			true,
		]);
		expect(
			['MsgCode', 'countryCode', 'Barcode', 'matchNationalCodeAccount'].map(namesCodes),
		).toEqual([false, false, false, false]);
	});

	it('reads fault codes under a heading that names neither errors nor codes', () => {
		const catalog = buildFixture('fault-code-fields.md');
		expect(catalog.sources[0]!.tablesRead[0]!.reason).toMatch(/header "faultCode" names codes/);
		expect(catalog.entries.map((e) => [e.code, e.message])).toEqual([
			['CANALE_BUSTA_ERRATA', 'Messaggio dismesso'],
			['CANALE_INDISPONIBILE', 'Servizio non disponibile'],
			['CANALE_RPT_DUPLICATA', 'RPT duplicata'],
			['CANALE_SEMANTICA', 'Errore semantico'],
		]);
	});
});
