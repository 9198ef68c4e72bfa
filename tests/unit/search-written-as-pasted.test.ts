/**
 * A name several APIs give one error, each in its own case and separators (`not_found`,
 * `NOT_FOUND`, `NotFound`): a paste that writes it as one of them came from that API, and its
 * entry comes before the others' and before the generic messages its words also find.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from './helpers';
import { otherMessages, topOf } from './search-fixtures';

const table = (rows: readonly string[][]) =>
	`| Code | Status | Message |\n|---|---|---|\n${rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}\n`;
const catalog = buildCatalog([
	{
		file: 'content/sessions.md',
		text: `# Session service errors\n\n${table([
			['not_found', '404', 'Session missing'],
			['rate_limited', '429', 'Slow down'],
			['forbidden', '403', 'Access refused'],
		])}`,
	},
	...['billing', 'storage', 'mailer'].map((name) => ({
		file: `content/${name}.md`,
		text: `# ${name} errors\n\n${table([
			['NOT_FOUND', '404', 'The request failed: resource not found'],
			['RATE_LIMITED', '429', 'Too many requests'],
			['FORBIDDEN', '403', 'You are forbidden to do this'],
		])}`,
	})),
	{
		file: 'content/gateway.md',
		text: `# Gateway errors\n\n${table([
			['NotFound', '404', 'The request failed: resource not found'],
			['RateLimited', '429', 'Too many requests'],
		])}`,
	},
	...['status', 'proxy'].map((name) => ({
		file: `content/${name}.md`,
		text: `# ${name} HTTP statuses\n\n${table([
			['404', '404', 'Not found'],
			['429', '429', 'Rate limit exceeded'],
		])}`,
	})),
	otherMessages(),
]);
const top = topOf(catalog);

describe('a code written as one API writes it', () => {
	it('finds that API first from a log line', () => {
		expect(
			top('2024-05-01T10:00:00Z ERROR request failed status=404 code=not_found path=/api/x')[0],
		).toBe('sessions not_found');
	});

	it('finds that API from a body, before the names written otherwise', () => {
		const hits = top('{"code":"rate_limited","message":"rate limit exceeded, try again later"}');
		expect(hits).toContain('sessions rate_limited');
		expect(hits.indexOf('sessions rate_limited')).toBeLessThan(
			hits.findIndex((hit) => /RATE_LIMITED|RateLimited/.test(hit)) >>> 0,
		);
	});

	it('prefers whichever APIs write it as pasted, several or one', () => {
		const hits = top('{"code":"NOT_FOUND","message":"resource not found"}');
		expect(hits).not.toContain('sessions not_found');
		expect(hits.every((hit) => hit.endsWith(' NOT_FOUND'))).toBe(true);
	});

	it('gives a word of prose that is also a code no edge', () => {
		expect(top('GlobalExceptionHandler : You are forbidden to do this')).not.toContain(
			'sessions forbidden',
		);
	});
});
