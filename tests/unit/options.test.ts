/** What a person writes in `errdex({ … })`, and what errdex says when it is wrong. */
import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../src/astro/options';

describe('errdex options', () => {
	it('have defaults for everything', () => {
		expect(parseOptions(undefined, {})).toEqual({
			content: 'content',
			shortLinks: 'e',
			sources: [],
			strict: false,
			sidebarLabel: 'Error codes',
			maxFetchBytes: 5 * 1024 * 1024,
		});
	});

	it('name the setting that is wrong and how to write it', () => {
		expect(() => parseOptions({ prefix: '/errors/' }, {})).toThrow(
			/errdex option `prefix`: use letters, digits, `-` and `_`, with `\/` between folders/,
		);
		expect(() => parseOptions({ maxFetchBytes: '5MB' }, {})).toThrow(
			/errdex option `maxFetchBytes`: Invalid input: expected number, received string/,
		);
		expect(() => parseOptions({ sources: [{ title: 'x' }] }, {})).toThrow(
			/errdex option `sources\[0\]`: give each source either `file` .* or `url`/,
		);
		expect(() => parseOptions({ sources: [{ file: 'a.md', homepage: 'not a url' }] }, {})).toThrow(
			/errdex option `sources\[0\]\.homepage`/,
		);
		expect(() => parseOptions({ strct: true }, {})).toThrow(
			/errdex option `\(the options\)`: .*strct/,
		);
	});

	it('are strict when ERRDEX_STRICT=1 says so, and refuse a value that means nothing', () => {
		expect(parseOptions({}, { ERRDEX_STRICT: '1' }).strict).toBe(true);
		expect(parseOptions({ strict: true }, { ERRDEX_STRICT: '0' }).strict).toBe(true);
		expect(() => parseOptions({}, { ERRDEX_STRICT: 'yes' })).toThrow(
			/ERRDEX_STRICT is "yes": set it to 1/,
		);
	});
});
