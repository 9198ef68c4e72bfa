/**
 * `exit status N` states a process's exit code as `exit code N` does: Python's
 * `CalledProcessError` (`returned non-zero exit status 2.`), Go's `exec.ExitError` (`exit status
 * 2`), a shell's `exited with exit status 2`. The number is the code, however short.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, codeTable } from './helpers';
import { engineOf, otherMessages, resultCodes } from './search-fixtures';
import { readQuery, STRENGTH } from '../../src/search/paste';

const catalog = buildCatalog([
	{
		file: 'content/todo-cli.md',
		text: `# Exit codes\n\n${codeTable([
			['0', 'Success.'],
			['1', 'Bad arguments.'],
			['2', 'Nothing to do.'],
			['3', 'No such task.'],
		])}`,
	},
	{
		file: 'content/shell.md',
		text: `# Shell exit statuses\n\n${codeTable([
			['126', 'Found, but not executable.'],
			['127', 'No such program on the path.'],
		])}`,
	},
	...resultCodes(['voip', 'bank', 'maps', 'shop', 'mail', 'chat', 'sms'], ['1', '2', '3']),
	otherMessages(),
]);
const engine = engineOf(catalog);
const top = (query: string) => engine.search(query, 3).map((hit) => `${hit.source} ${hit.code}`);

describe('exit status N', () => {
	it('reads N as a code the writer stated', () => {
		expect(readQuery('exit status 2').mentions).toContainEqual({
			text: '2',
			strength: STRENGTH.keyed,
		});
		expect(
			readQuery(
				"subprocess.CalledProcessError: Command '['mytool', 'add']' returned non-zero exit status 1.",
			).mentions,
		).toContainEqual({ text: '1', strength: STRENGTH.keyed });
	});

	it('finds the exit code in the document of exit codes', () => {
		expect(
			top(
				"subprocess.CalledProcessError: Command '['mytool', 'add']' returned non-zero exit status 1.",
			),
		).toContain('todo-cli 1');
		expect(top('Error: exit status 3')).toContain('todo-cli 3');
	});

	it('reads the number a shell prints for the last exit code as the code', () => {
		for (const [log, code] of [
			['C:\\> mytool add\nC:\\> echo %ERRORLEVEL%\n2', '2'],
			['$ mytool add\n$ echo $?\n1', '1'],
			['PS> mytool add\nPS> $LASTEXITCODE\n3', '3'],
		])
			expect(readQuery(log!).mentions).toContainEqual({ text: code, strength: STRENGTH.keyed });
		expect(top('$ mytool rm 9\nnothing left to remove\n$ echo $?\n2')).toContain('todo-cli 2');
	});

	it('reads an exit status of three digits as the exit code, not as an HTTP status', () => {
		const reading = readQuery('bash: kubctl: command not found\nexit status 127');
		expect(reading.status).toBeNull();
		expect(reading.mentions).toContainEqual({ text: '127', strength: STRENGTH.keyed });
		expect(top('bash: kubctl: command not found\nexit status 127')).toContain('shell 127');
		expect(readQuery('HTTP status 404').status).toBe(404);
	});

	it('reads the number after a key word and a word that links them as the code, not the link', () => {
		const { mentions } = readQuery('(Return code of 127 is out of bounds - plugin may be missing)');
		expect(mentions).toContainEqual({ text: '127', strength: STRENGTH.keyed });
		expect(mentions).toContainEqual({ text: 'of', strength: STRENGTH.word });
		expect(readQuery('mytool: exit status was 3').mentions).toContainEqual({
			text: '3',
			strength: STRENGTH.keyed,
		});
	});

	it('leaves a status that is no exit status a word', () => {
		expect(readQuery('order status 2 of 3').mentions).toContainEqual({
			text: '2',
			strength: STRENGTH.word,
		});
	});
});
