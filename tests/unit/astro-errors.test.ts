/**
 * errdex's errors as Astro prints them: Astro's error printer keeps the hint errdex gives,
 * rather than guessing one from words such as "document".
 */
import { AstroError } from 'astro/errors';
import { describe, expect, it } from 'vitest';
// Astro's own step that fills in an error's hint before it is printed (not a public export).
import { collectErrorMetadata } from '../../node_modules/astro/dist/core/errors/dev/utils.js';
import { toAstroError } from '../../src/astro/errors';
import { parseOptions } from '../../src/astro/options';
import { ErrdexError } from '../../src/core/errors';

const printed = (error: unknown) => collectErrorMetadata(error as Error) as { hint?: string };

describe('an error errdex raises', () => {
	it('keeps errdex’s hint through Astro’s printer, though its message speaks of a document', () => {
		const error = toAstroError(
			new ErrdexError(
				'content/acme.md',
				12,
				'row 3 of the error table at line 10: the document has no code there',
				'Correct errdex’s settings for the document.',
			),
		);
		expect(printed(error)).toMatchObject({
			message:
				'content/acme.md:12: row 3 of the error table at line 10: the document has no code there',
			hint: 'Correct errdex’s settings for the document.',
		});
	});

	it('where a plain AstroError with the same words gets Astro’s guess instead', () => {
		const plain = new AstroError('the document has no code there', 'errdex’s hint');
		expect(printed(plain).hint).toMatch(/^Browser APIs are not available on the server/);
	});

	it('from a wrong option keeps its hint too', () => {
		let error: unknown;
		try {
			parseOptions({ sources: [{ file: 'a.md' }, { file: 'a.md' }] }, {});
		} catch (thrown) {
			error = thrown;
		}
		expect(printed(error).hint).toBe(
			'See the README, "Options", for every option with its default and an example.',
		);
	});

	it('of any other kind is left as it is', () => {
		const error = new Error('disk full');
		expect(toAstroError(error)).toBe(error);
	});
});
