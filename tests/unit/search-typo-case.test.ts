/**
 * A code typed with a slip, where several APIs name the error alike but write it in their own
 * case (`unauthorized`, `UNAUTHORIZED`, `Unauthorized`): as for a code typed exactly, the ones
 * written in the case typed come first.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, codeTable } from './helpers';
import { otherMessages, topOf } from './search-fixtures';

const written = ['UNAUTHORIZED', 'Unauthorized', 'unauthorized'];
const catalog = buildCatalog([
	// Capitals first, so that the order of documents alone would put them first.
	...['alpha', 'bravo', 'charlie', 'delta'].flatMap((name) =>
		written.map((code, i) => ({
			file: `content/${name}-${i}.md`,
			text: `# ${name} errors\n\n${codeTable([[code, `The ${name} key is missing`]])}`,
		})),
	),
	otherMessages(),
]);
const top = topOf(catalog);

describe('a code typed with a slip', () => {
	it('finds the codes written in the case typed first', () => {
		expect(top('unauthorised')).toEqual([
			expect.stringContaining(' unauthorized'),
			expect.stringContaining(' unauthorized'),
			expect.stringContaining(' unauthorized'),
		]);
		expect(top('UNAUTHORISED').every((hit) => hit.endsWith(' UNAUTHORIZED'))).toBe(true);
		expect(top('Unauthorised').every((hit) => hit.endsWith(' Unauthorized'))).toBe(true);
	});
});
