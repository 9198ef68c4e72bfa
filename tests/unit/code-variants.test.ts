/**
 * A code written with a variant of itself in one cell (issue 16, batch unseen-40:
 * `PPT_TOKEN_SCADUTO/ PPT_TOKEN_SCADUTO_KO`): one entry, the variant its alias. The code cell's
 * reading alone, then the entries stage (a `TableText` in, entries out), then a small document
 * through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { readCodeCell } from '../../src/core/code-cell';
import { buildFixture } from './helpers';
import { entriesAlone } from './table-text';

describe('code cell: a code and its variant', () => {
	it('reads the second code, the first with a part added, as the alias of the first', () => {
		const variant = { codes: ['PPT_TOKEN_EXPIRED'], note: '', aliases: ['PPT_TOKEN_EXPIRED_KO'] };
		expect(readCodeCell(['PPT_TOKEN_EXPIRED/ PPT_TOKEN_EXPIRED_KO'])).toEqual(variant);
		expect(readCodeCell(['PPT_TOKEN_EXPIRED', 'PPT_TOKEN_EXPIRED_KO'])).toEqual(variant);
		expect(readCodeCell(['auth-failed, auth-failed-v2']).aliases).toEqual(['auth-failed-v2']);
	});

	it('reads a line ending in a separator as one code of a list the next line goes on', () => {
		expect(readCodeCell(['PPT_TOKEN_EXPIRED/', 'PPT_TOKEN_EXPIRED_KO']).codes).toEqual([
			'PPT_TOKEN_EXPIRED',
		]);
		expect(readCodeCell(['E_READ,', 'E_WRITE']).codes).toEqual(['E_READ', 'E_WRITE']);
	});

	it('keeps two codes merely alike, numbers with digits added, and longer lists as several codes', () => {
		expect(readCodeCell(['E_READ / E_WRITE']).codes).toEqual(['E_READ', 'E_WRITE']);
		expect(readCodeCell(['404/4041']).codes).toEqual(['404', '4041']);
		expect(readCodeCell(['E_READ, E_READ_KO, E_READ_RETRY']).codes).toHaveLength(3);
		expect(readCodeCell(['E_READ', 'E_READING']).codes).toEqual(['E_READ', 'E_READING']);
	});
});

describe('entries: a code and its variant', () => {
	it('makes one entry of the cell, with the variant as its alias and the row’s message', () => {
		const entries = entriesAlone({
			section: ['Faults'],
			header: ['faultCode', 'faultString'],
			rows: [
				['PPT_SINTASSI_XSD', 'The request does not match the schema'],
				// A paragraph per code, as the parse stage splits such a cell into lines.
				['PPT_TOKEN_EXPIRED/<br>PPT_TOKEN_EXPIRED_KO', 'paymentToken is expired'],
			],
		});
		expect(entries.map((e) => [e.code, e.aliases, e.message])).toEqual([
			['PPT_SINTASSI_XSD', [], 'The request does not match the schema'],
			['PPT_TOKEN_EXPIRED', ['PPT_TOKEN_EXPIRED_KO'], 'paymentToken is expired'],
		]);
	});
});

describe('codes-with-variants.md', () => {
	it('reads each variant as the alias of its code, and two codes alike as two entries', () => {
		const { entries } = buildFixture('codes-with-variants.md');
		expect(entries.map((e) => [e.code, e.aliases])).toEqual([
			['PPT_SINTASSI_XSD', []],
			['PPT_TOKEN_EXPIRED', ['PPT_TOKEN_EXPIRED_KO']],
			['PPT_STAZIONE_TIMEOUT', ['PPT_STAZIONE_TIMEOUT_RETRY']],
			['PPT_CANALE_READ', []],
			['PPT_CANALE_WRITE', []],
		]);
	});
});
