/**
 * The classify stage on generated listings of an API's members (batch unseen-39): Dokka's
 * `Properties` and `Functions` of an exception's companion object, each row a member's name beside
 * its declaration. The names look like codes and say what failed; the table lists members. An
 * error table whose description shows how a code is declared once is still read.
 */
import { describe, expect, it } from 'vitest';
import type { Classification } from '../../src/pipeline/classify/classify';
import { buildFixture } from './helpers';
import { classifyAlone } from './table-text';

const signals = (c: Classification) => c.evidence.map((e) => e.signal);

describe('classify: a generated listing of members', () => {
	it('weighs declarations of the named members against the table', () => {
		const c = classifyAlone({
			title: 'PaymentError',
			section: ['PaymentError', 'Properties'],
			header: ['Name', 'Summary'],
			rows: [
				['CARD_DECLINED', '[jvm] const val CARD_DECLINED: Int = 402'],
				['CARD_EXPIRED', '[jvm] const val CARD_EXPIRED: Int = 410'],
				['PROCESSOR_FAILED', '[jvm] const val PROCESSOR_FAILED: Int = 502'],
			],
		});
		expect(c.accepted).toBe(false);
		expect(c.reason).toMatch(
			/100% of "Summary" declare the member named in the row, as a generated API listing does \(−4\.0\)/,
		);
	});

	it('takes Python, Swift and Rust declarations for a listing too', () => {
		const c = classifyAlone({
			section: ['Errors module', 'Functions'],
			header: ['Name', 'Signature'],
			rows: [
				['raise_timeout', 'def raise_timeout(after: float) -> NoReturn'],
				['connectionFailed', 'public static func connectionFailed(host: String) -> Error'],
				['invalid_body', 'pub fn invalid_body(body: &str) -> Error'],
			],
		});
		expect(signals(c)).toContain('memberListing');
	});

	it('reads an error table that shows one declaration in a note', () => {
		const c = classifyAlone({
			section: ['Error codes'],
			header: ['Code', 'Description'],
			rows: [
				[
					'CARD_DECLINED',
					'The card was declined. Declared as `const val CARD_DECLINED: Int = 402`.',
				],
				['CARD_EXPIRED', 'The card has expired.'],
				['PROCESSOR_FAILED', 'The processor failed to answer.'],
			],
		});
		expect(c.accepted).toBe(true);
		expect(signals(c)).not.toContain('memberListing');
	});
});

describe('tests/fixtures/generated-member-listing.md', () => {
	it('reads no error from the listing', () => {
		const catalog = buildFixture('generated-member-listing.md');
		expect(catalog.sources[0]!.tablesRead.map((t) => [t.line, t.accepted])).toEqual([
			[10, false],
			[18, false],
		]);
		expect(catalog.entries).toEqual([]);
	});
});
