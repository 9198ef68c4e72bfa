/**
 * The classify stage on tables of code patterns (batch unseen-30): a column of codes with a
 * placeholder beside a column that fills each in once. The pattern is the code and the instance
 * another name of it, whichever column comes first; templates that are no codes stay skipped.
 */
import { describe, expect, it } from 'vitest';
import { fills } from '../../src/pipeline/classify/patterns';
import { buildFixture } from './helpers';
import { type TableSketch, classifyAlone } from './table-text';

describe('classify: code patterns beside an instance of each', () => {
	const families: TableSketch = {
		section: ['CLI error codes', 'Dynamic code families'],
		header: ['Pattern', 'Example', 'Meaning', 'Recovery'],
		rows: [
			[
				'FEATURE_<NAME>_PROVISIONING',
				'FEATURE_RTC_PROVISIONING',
				'The named feature is being provisioned.',
				'Wait.',
			],
			[
				'FEATURE_<NAME>_DISABLED',
				'FEATURE_CONVOAI_DISABLED',
				'The named feature is disabled for this project.',
				'Enable it.',
			],
		],
	};

	it('takes the patterns as the codes and the examples as their other names', () => {
		const c = classifyAlone(families);
		expect(c.accepted).toBe(true);
		expect(c.code).toBe(0);
		expect(c.aliases).toEqual([1]);
		expect(c.reason).toMatch(/"Pattern" holds patterns of codes that "Example" fills in/);
	});

	it('takes the patterns as the codes where the examples come first', () => {
		const c = classifyAlone({
			...families,
			header: ['Example', 'Pattern', 'Meaning', 'Recovery'],
			rows: families.rows.map(([pattern, example, ...rest]) => [example!, pattern!, ...rest]),
		});
		expect(c.accepted).toBe(true);
		expect(c.code).toBe(1);
		expect(c.aliases).toEqual([0]);
	});

	it('skips templates of routes filled in by examples, which are no codes', () => {
		const c = classifyAlone({
			section: ['API', 'Routes'],
			header: ['Route', 'Example'],
			rows: [
				['/stores/{name}', '/stores/contacts'],
				['/stores/{name}/items/{id}', '/stores/notes/items/42'],
			],
		});
		expect(c.accepted).toBe(false);
	});

	it('fills a placeholder with a name, never with another placeholder', () => {
		expect(fills('FEATURE_<NAME>_DISABLED', 'FEATURE_RTM_DISABLED')).toBe(true);
		expect(fills('quota.{store}.exceeded', 'quota.photos.exceeded')).toBe(true);
		expect(fills('E1*', 'E104')).toBe(true);
		expect(fills('FEATURE_<NAME>_DISABLED', 'FEATURE_<NAME>_DISABLED')).toBe(false);
		expect(fills('FEATURE_<NAME>_DISABLED', 'FEATURE_RTM_ENABLED')).toBe(false);
		expect(fills('SYNC_TIMEOUT', 'SYNC_TIMEOUT')).toBe(false);
	});
});

describe('the fixture, as a document', () => {
	it('gives each pattern an entry, with its example as another name', () => {
		const entries = buildFixture('code-patterns-with-examples.md').entries;
		expect(entries.map((entry) => [entry.code, entry.aliases])).toEqual([
			['SYNC_TIMEOUT', []],
			['SYNC_CONFLICT', []],
			['STORE_<NAME>_UNREACHABLE', ['STORE_CONTACTS_UNREACHABLE']],
			['STORE_<NAME>_READ_ONLY', ['STORE_NOTES_READ_ONLY']],
			['quota.{store}.exceeded', ['quota.photos.exceeded']],
		]);
	});
});
