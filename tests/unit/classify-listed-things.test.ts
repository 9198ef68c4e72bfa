/**
 * The classify stage on tables of things that are not errors (batch unseen-27, and the response
 * fields of unseen-21): regions, languages, countries by their codes, the codes written as links
 * or not; the fields of an error body. A document's tables in, verdicts with their evidence out.
 * Each loses on the balance, though its header or its heading speaks of codes or errors; the
 * error table beside it is still read.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifySource } from '../../src/pipeline/classify';
import { parseSource } from '../../src/pipeline/parse';

function classified(name: string) {
	const file = `tests/fixtures/${name}`;
	const text = readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
	return classifySource(parseSource({ file, text })).reports;
}

describe('classify: a quiet list of named things', () => {
	const [regions, languages, rejected] = classified('lists-of-named-places.md');

	it('skips region codes written as links beside the names of the regions, and says why', () => {
		expect(regions!.accepted).toBe(false);
		expect(regions!.reason).toContain(
			'"Supported region codes" names what the codes stand for, each row names one, and nothing says something failed (−1.5)',
		);
	});

	it('skips language codes beside names in any script', () => {
		expect(languages!.accepted).toBe(false);
		expect(languages!.evidence!.map((e) => e.signal)).toContain('quietLookup');
	});

	it('reads error codes written as links under a heading of countries, whose rows say what failed', () => {
		expect(rejected!.accepted).toBe(true);
		expect(rejected!.evidence!.map((e) => e.signal)).not.toContain('quietLookup');
	});
});

describe('classify: the fields of an error body', () => {
	const [fields, errors] = classified('error-body-fields.md');

	it("skips a table of the body's keys, a code and a message among them, though every row speaks of errors", () => {
		expect(fields!.accepted).toBe(false);
		expect(fields!.reason).toContain(
			'"Key" names the fields of an error body, a code and a message among them (−3.0)',
		);
	});

	it('reads the error codes listed below it', () => {
		expect(errors!.accepted).toBe(true);
		expect(errors!.rows).toBe(3);
	});
});
