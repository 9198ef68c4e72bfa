/**
 * A name in a pasted text that is no code of the catalog (`HARD`, `TABLE_OR_VIEW_NOT_FOUND`)
 * names the entries that write it as a name, as it is written; not those whose sentences hold
 * the word (`Hard capture`) or whose longer names hold it (`FATAL_UNHANDLED_HARD_ERROR`).
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, codeTable, routes } from './helpers';
import { buildSearchIndex } from '../../src/outputs/search-index';
import type { Document } from '../../src/pipeline';
import { SearchEngine } from '../../src/search/search';

/** The top 3 a search over `documents` gives, as `source code`. */
function topOver(documents: readonly Document[]): (query: string) => string[] {
	const index = buildSearchIndex(buildCatalog(documents));
	const engine = new SearchEngine(JSON.parse(JSON.stringify(index)), routes);
	return (query) => engine.search(query, 3).map((hit) => `${hit.source} ${hit.code}`);
}

/** Documents named `names` that each list the same codes. */
const alike = (names: readonly string[], rows: string[][]): Document[] =>
	names.map((name) => ({ file: `content/${name}.md`, text: `# ${name}\n\n${codeTable(rows)}` }));

const top = topOver([
	{
		file: 'content/monitor.md',
		text: `# Plugin exit codes\n\n| Exit code | Meaning (short) | Meaning (extended) |\n|---|---|---|\n${[
			['0', 'OK', 'The check ran and found what it tests in order.'],
			['1', 'WARNING', 'The check ran and found a problem that can wait.'],
			['2', 'CRITICAL', 'The check ran and found a problem that cannot wait.'],
			['3', 'UNKNOWN', 'The check could not run.'],
		]
			.map((row) => `| ${row.join(' | ')} |`)
			.join('\n')}\n`,
	},
	{
		file: 'content/cards.md',
		text: `# Card responses\n\n${codeTable([
			['67', 'Hard capture, keep the card'],
			['68', 'Response received too late'],
		])}`,
	},
	{
		file: 'content/bugcheck.md',
		text: `# Bug checks\n\n${codeTable([
			['0x4C', 'FATAL_UNHANDLED_HARD_ERROR'],
			['0x4D', 'NO_PAGES_AVAILABLE'],
		])}`,
	},
	{
		file: 'content/sql.md',
		text: `# SQL states\n\n| SQLSTATE | Message | Error class |\n|---|---|---|\n| 42P01 | The table was not found. | TABLE_OR_VIEW_NOT_FOUND |\n| 42P02 | The parameter was not found. | UNDEFINED_PARAMETER |\n`,
	},
	{
		file: 'content/rules.md',
		text: `# Script rules\n\n| Rule | Severity |\n|---|---|\n| AvoidUsingWriteHost | Warning |\n| AvoidUsingAliases | Warning |\n| UseApprovedVerbs | Warning |\n`,
	},
]);

describe('a name in a paste that no code has', () => {
	it('does not name the entries whose sentences or longer names hold its word', () => {
		expect(top('web01;HTTP;CRITICAL;HARD;3;CRITICAL - Socket timeout after 10 seconds')[0]).toBe(
			'monitor 2',
		);
	});

	it('names the entry that writes it as it is', () => {
		expect(top('AnalysisException: [TABLE_OR_VIEW_NOT_FOUND] cannot be found')[0]).toBe(
			'sql 42P01',
		);
	});
});

describe('a rule printed with the prefix of the tool that checks it', () => {
	it('names the rule the document lists without it', () => {
		expect(
			top(
				"PSAvoidUsingWriteHost   Warning   deploy.ps1 12   File 'deploy.ps1' uses Write-Host.",
			)[0],
		).toBe('rules AvoidUsingWriteHost');
	});
});

describe('the qualified name of an error type in a JSON body', () => {
	const search = topOver([
		...alike(
			['a', 'b', 'c', 'd'],
			[
				['429', 'Too Many Requests'],
				['404', 'Not Found'],
			],
		),
		{
			file: 'content/xeto.md',
			text: `# Xeto API\n\n${codeTable([
				['429', 'sys.api::RateLimitErr (with Retry-After header)'],
				['404', 'sys.api::NotFoundErr'],
			])}`,
		},
	]);

	it('finds the entry that writes the type among those with the status and message', () => {
		expect(
			search('{"spec":"sys.api::RateLimitErr","status":429,"dis":"Too many requests"}'),
		).toContain('xeto 429');
	});
});

describe('a JSON body that gives a name beside an HTTP status under code keys', () => {
	const search = topOver([
		...alike(
			['a', 'b', 'c'],
			[
				['400', 'Bad Request - Invalid parameters.'],
				['404', 'Not Found'],
			],
		),
		{
			file: 'content/shop.md',
			text: `# Reasons\n\n${codeTable([
				['duplicate_sku', 'Một sku xuất hiện nhiều lần trong một đơn hàng'],
				['invalid_price', 'Giá không hợp lệ'],
			])}`,
		},
	]);

	it('is the name, the status only the status of the response', () => {
		expect(search('{"code":400,"message":"invalid parameters","reason":"duplicate_sku"}')[0]).toBe(
			'shop duplicate_sku',
		);
	});
});
