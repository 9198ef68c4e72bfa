/**
 * A detail cell repeated down a column (a column of `ValidationError` beside every code of a
 * document) is a category: that it says what is typed tells what kind of error it is, not which
 * one. It does not rank those entries as if each said the query, ahead of the code typed with a
 * slip (`VALIDATON_ERROR`); a detail cell that one entry holds still does.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from './helpers';
import { engineOf, otherMessages } from './search-fixtures';

const rows = (list: string[][]) => list.map((row) => `| ${row.join(' | ')} |`).join('\n');

const catalog = buildCatalog([
	{
		file: 'content/invoices.md',
		text: `# Invoice API errors\n\n| Error Code | Error No | Description |\n|---|---|---|\n${rows(
			Array.from({ length: 12 }, (_, i) => [
				'ValidationError',
				`${701 + i}`,
				`Invoice line ${i + 1} lacks a tax rate.`,
			]),
		)}\n| ConflictError | 800 | The invoice was already sent. |\n`,
	},
	{
		file: 'content/backend.md',
		text: `# Backend errors\n\n| Code | Message | Cause |\n|---|---|---|\n${rows([
			['VALIDATION_ERROR', 'Invalid data.', 'A field failed its checks.'],
			['NOT_FOUND', 'No such record.', 'The id is unknown.'],
		])}\n`,
	},
	otherMessages(),
]);
const engine = engineOf(catalog);
const top = (query: string) => engine.search(query, 3).map((hit) => `${hit.source} ${hit.code}`);

describe('a detail cell repeated down a column', () => {
	it('ranks behind the code the query misspells', () => {
		expect(top('VALIDATON_ERROR')[0]).toBe('backend VALIDATION_ERROR');
	});

	it('still ranks the one entry whose own detail cell says the query', () => {
		expect(top('Conflict Eror')[0]).toBe('invoices 800');
	});
});
