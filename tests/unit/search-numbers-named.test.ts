/**
 * A number that names codes (`return code 4`) counts as the codes it names, not also as a word of
 * the query: an entry whose message holds it by chance (`Fault N17.4`) gains nothing over the
 * other codes 4, and what else the paste says (the subject of a document's title, `return code`
 * of `MQTT CONNACK return codes`) tells them apart.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, codeTable } from './helpers';
import { engineOf, otherMessages } from './search-fixtures';

const catalog = buildCatalog([
	{
		file: 'content/mqtt.md',
		text: `# MQTT CONNACK return codes\n\n${codeTable([
			['0', 'Accepted.'],
			['4', 'Refused: bad user name or password.'],
			['5', 'Refused: not authorised.'],
		])}`,
	},
	{
		file: 'content/heat-pump.md',
		text: `# Heat pump faults\n\n${codeTable([
			['4', 'Fault N17.4'],
			['5', 'Fault N17.5'],
		])}`,
	},
	{
		file: 'content/boiler.md',
		text: `# Boiler faults\n\n${codeTable([
			['4', 'Sensor 4 is open.'],
			['5', 'Sensor 5 is open.'],
		])}`,
	},
	otherMessages(),
]);
const engine = engineOf(catalog);
const top = (query: string) => engine.search(query, 3).map((hit) => `${hit.source} ${hit.code}`);

describe('a number that names codes', () => {
	it('is not a word an entry holds by chance', () => {
		expect(top('Connection failed, return code 4')[0]).toBe('mqtt 4');
	});

	it('still finds every code of that number', () => {
		expect(top('Connection failed, return code 4')).toEqual(
			expect.arrayContaining(['heat-pump 4', 'boiler 4']),
		);
	});
});
