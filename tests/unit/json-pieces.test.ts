/**
 * `/errors.json` and `/codes.json` are written in pieces, and must be byte for byte what
 * `JSON.stringify` of the whole writes.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { codeIndexOf, codeIndexText } from '../../src/outputs/code-index';
import { exportCatalog, exportText } from '../../src/outputs/export';
import { jsonPieces } from '../../src/outputs/json-pieces';
import { buildCatalog, loadCatalog, routes } from './helpers';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('JSON in pieces', () => {
	const objects = [
		{ head: [{ x: 1, y: 'line\nbreak "quoted"' }], list: [{ p: [1, 2], q: { r: null } }, 'é', 5] },
		{ head: [], list: [] },
		{ head: { k: 'v' }, list: [{}] },
	];

	for (const indent of ['', '\t', '  '])
		it(`writes what JSON.stringify writes, ${indent ? `indented by ${JSON.stringify(indent)}` : 'compact'}, in any batch`, () => {
			for (const { head, list } of objects)
				for (const batch of [1, 2, 500])
					expect([...jsonPieces([['head', head]], ['list', list], indent, batch)].join('')).toBe(
						JSON.stringify({ head, list }, null, indent),
					);
		});

	it('makes /errors.json and /codes.json as they were made whole', async () => {
		const catalogs = [
			await loadCatalog({ root }),
			await loadCatalog({ root, contentDir: 'tests/fixtures/hostile' }),
			buildCatalog([]),
		];
		for (const catalog of catalogs) {
			expect([...exportText(catalog, routes)].join('')).toBe(
				`${JSON.stringify(exportCatalog(catalog, routes), null, '\t')}\n`,
			);
			expect([...codeIndexText(catalog, routes)].join('')).toBe(
				JSON.stringify(codeIndexOf(catalog, routes)),
			);
		}
	});
});
