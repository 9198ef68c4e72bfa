/**
 * A body that reports a device's or a job's state gives its state, its result and its error
 * side by side (`{"state": 12, "error_code": 38}`). The value under the key that says error code
 * is the code the body reports; a version number under a `msg_…` key is no message.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, codeTable } from './helpers';
import { otherMessages, resultCodes, topOf } from './search-fixtures';
import { readQuery, STRENGTH } from '../../src/search/paste';

const catalog = buildCatalog([
	{
		file: 'content/vacuum.md',
		text: `# Vacuum robot error codes\n\n${codeTable([
			['12', 'Main brush is stuck.'],
			['38', 'Check the clean water tank.'],
			['40', 'Dust bin missing.'],
		])}`,
	},
	...resultCodes(['voip', 'bank', 'maps', 'shop', 'mail'], ['2', '12', '38']),
	otherMessages(),
]);
const top = topOf(catalog);
const body = '{"result":[{"msg_ver":2,"state":12,"error_code":38,"battery":64}],"id":1042}';

describe('a body with an error code beside its state', () => {
	it('names the error code first, and the state as any value of the body', () => {
		const { mentions, messages } = readQuery(body);
		expect(mentions[0]).toEqual({ text: '38', strength: STRENGTH.keyed });
		expect(mentions).toContainEqual({ text: '12', strength: STRENGTH.jsonValue });
		expect(messages).not.toContain('2');
	});

	it('finds the code the body reports', () => {
		expect(top(body)).toContain('vacuum 38');
		expect(top(body)).not.toContain('vacuum 12');
	});

	it('leaves a body without an error code as it was', () => {
		expect(readQuery('{"state": 12, "code": 38}').mentions).toEqual([
			{ text: '12', strength: STRENGTH.keyed },
			{ text: '38', strength: STRENGTH.keyed },
		]);
	});
});
