/**
 * A message written with the numbered placeholders of Java's MessageFormat or .NET's
 * String.Format (`Business rule failed: {0}`) is a template: the concrete message a log prints
 * finds it, ahead of the codes that are only a number the message happens to hold.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, codeTable } from './helpers';
import { engineOf, otherMessages, resultCodes } from './search-fixtures';
import { splitPlaceholders } from '../../src/core/placeholders';

const catalog = buildCatalog([
	{
		file: 'content/hostel.md',
		text: `# Error codes\n\n${codeTable([
			['NOT_FOUND', 'Guest with ID {0} not found'],
			['RULE_BROKEN', 'Business rule failed: {0}'],
			['OVERLAP', 'Stay {0} overlaps stay {1}'],
		])}`,
	},
	...resultCodes(['voip', 'bank', 'maps', 'shop', 'mail', 'chat', 'sms'], ['204', '17']),
	otherMessages(),
]);
const engine = engineOf(catalog);
const top = (query: string) => engine.search(query, 3).map((hit) => `${hit.source} ${hit.code}`);

describe('numbered placeholders', () => {
	it('reads {0} and {1} as placeholders', () => {
		expect(splitPlaceholders('Stay {0} overlaps stay {1}')).toEqual([
			{ text: 'Stay ', placeholder: false },
			{ text: '{0}', placeholder: true },
			{ text: ' overlaps stay ', placeholder: false },
			{ text: '{1}', placeholder: true },
		]);
	});

	it('finds the template from the message a log prints, ahead of a number it holds', () => {
		expect(top('Business rule failed: room 204 is already fully booked')[0]).toBe(
			'hostel RULE_BROKEN',
		);
		expect(top('Stay 17 overlaps stay 18')[0]).toBe('hostel OVERLAP');
	});
});
