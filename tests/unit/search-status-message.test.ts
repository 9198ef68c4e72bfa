/**
 * A log line that states an HTTP status and quotes an entry's whole message, among the client's
 * own words (`HTTPError: 422 Client Error … -- This token is invalid`): the status names the entry
 * that returns it with that message, as surely as a code would, where other documents define the
 * status itself as a code. A message a table writes between quotes is the text between them.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, routes } from './helpers';
import { buildSearchIndex } from '../../src/outputs/search-index';
import { SearchEngine } from '../../src/search/search';

const statusTable = `| Code | Message |\n|---|---|\n| 401 | Unauthorized |\n| 422 | Unprocessable Entity |\n`;
const gameTable = (message: string) =>
	`| Code | Status | Message |\n|---|---|---|\n| 11 | 401 | Please log in |\n| 12 | 422 | ${message} |\n`;
const engineOf = (message: string) =>
	new SearchEngine(
		JSON.parse(
			JSON.stringify(
				buildSearchIndex(
					buildCatalog([
						{ file: 'content/alpha.md', text: `# Status codes\n\n${statusTable}` },
						{ file: 'content/beta.md', text: `# Status codes\n\n${statusTable}` },
						{ file: 'content/delta.md', text: `# Status codes\n\n${statusTable}` },
						{ file: 'content/game.md', text: `# Game server\n\n${gameTable(message)}` },
					]),
				),
			),
		),
		routes,
	);
const line =
	'requests.exceptions.HTTPError: 422 Client Error: UNPROCESSABLE ENTITY for url: https://example.org/game/kill -- This token is invalid';
const first = (engine: SearchEngine) => {
	const [hit] = engine.search(line, 3);
	return `${hit?.source} ${hit?.code}`;
};

describe('a log line with a status and an entry’s whole message', () => {
	it('finds the entry that returns the status with that message', () => {
		expect(first(engineOf('This token is invalid'))).toBe('game 12');
	});

	it('reads a message the table writes between quotes as the text between them', () => {
		expect(first(engineOf('"This token is invalid"'))).toBe('game 12');
	});

	it('leaves the status alone to the documents that define it where no message is quoted', () => {
		const engine = engineOf('This token is invalid');
		const [hit] = engine.search('HTTPError: 422 Client Error: UNPROCESSABLE ENTITY', 3);
		expect(hit?.source).not.toBe('game');
	});
});
