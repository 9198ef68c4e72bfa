/** What a person writes in `errdex({ … })`, and what errdex says when it is wrong. */
import { AstroError } from 'astro/errors';
import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../src/astro/options';

describe('errdex options', () => {
	it('have defaults for everything', () => {
		expect(parseOptions(undefined, {})).toEqual({
			content: 'content',
			shortLinks: 'e',
			sources: [],
			strict: false,
			maxFetchBytes: 5 * 1024 * 1024,
			maxCodePagesPerDocument: 5_000,
		});
	});

	it('name the setting that is wrong and how to write it', () => {
		expect(() => parseOptions({ prefix: '/errors/' }, {})).toThrow(
			/errdex option `prefix`: use letters, digits, `-` and `_`, with `\/` between folders/,
		);
		expect(() => parseOptions({ maxFetchBytes: '5MB' }, {})).toThrow(
			/errdex option `maxFetchBytes`: Invalid input: expected number, received string/,
		);
		for (const wrong of [0, -5, 2.5, '10k'])
			expect(() => parseOptions({ maxCodePagesPerDocument: wrong }, {})).toThrow(
				/errdex option `maxCodePagesPerDocument`: give (?:a whole number|at least 1) .*such as 5000/,
			);
		expect(() => parseOptions({ sources: [{ title: 'x' }] }, {})).toThrow(
			/errdex option `sources\[0\]`: give each source either `file` .* or `url`/,
		);
		expect(() => parseOptions({ sources: [{ file: 'a.md', homepage: 'not a url' }] }, {})).toThrow(
			/errdex option `sources\[0\]\.homepage`/,
		);
		expect(() =>
			parseOptions(
				{ sources: [{ file: 'a.md' }, { url: 'https://x.test/e.md' }, { file: 'a.md' }] },
				{},
			),
		).toThrow(
			/errdex option `sources\[2\]`: a\.md is listed twice \(also in `sources\[0\]`\); keep one entry for it/,
		);
		expect(() =>
			parseOptions({ history: { url: 'https://x.example/h.json', file: 'h.json' } }, {}),
		).toThrow(/errdex option `history`: give the history either `url` .* or `file`/);
		expect(() => parseOptions({ history: { git: -1 } }, {})).toThrow(
			/errdex option `history\.git`/,
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

	it("are wrong as Astro shows errors: errdex's message, and a hint of errdex's own", () => {
		let error: unknown;
		try {
			parseOptions({ shortLinks: '' }, {});
		} catch (thrown) {
			error = thrown;
		}
		expect(error).toBeInstanceOf(AstroError);
		expect(error).toMatchObject({
			message: expect.stringMatching(/^errdex option `shortLinks`: use letters/),
			hint: 'See the README, "Options", for every option with its default and an example.',
		});
	});
});
