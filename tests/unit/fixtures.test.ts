/**
 * One Markdown document per quirk of real error documentation (tests/fixtures/*.md), and what a
 * reader of that document expects errdex to make of it. Line numbers are the lines as an editor
 * shows them, front matter included.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from './helpers';
import type { Catalog, Entry, Source } from '../../src/core/types';

interface Loaded {
	file: string;
	text: string;
	lines: string[];
	catalog: Catalog;
	source: Source;
	entries: Entry[];
}

function load(name: string): Loaded {
	const file = `tests/fixtures/${name}.md`;
	const text = readFileSync(new URL(`../fixtures/${name}.md`, import.meta.url), 'utf8');
	const catalog = buildCatalog([{ file, text }]);
	expect(catalog.sources).toHaveLength(1);
	const source = catalog.sources[0]!;
	return {
		file,
		text,
		lines: text.split('\n'),
		catalog,
		source,
		entries: catalog.entries.filter((e) => e.source === source.id),
	};
}

const codes = (entries: Entry[]) => entries.map((e) => e.code);
const statuses = (entries: Entry[]) => entries.map((e) => e.status);
const byCode = (entries: Entry[], code: string): Entry => {
	const found = entries.filter((e) => e.code === code);
	expect(found, `exactly one entry with code ${code}`).toHaveLength(1);
	return found[0]!;
};
const detailLabels = (entry: Entry) => entry.details.map((d) => d.label);
const tables = (source: Source) =>
	source.tablesRead.map((t) => ({
		line: t.line,
		kind: t.kind,
		accepted: t.accepted,
		rows: t.rows,
	}));

/**
 * What holds for every fixture: one entry per code of every data row of the accepted tables (a
 * cell may list several), in document order, each pointing at a line that holds its code, with
 * table/row indices that count up.
 * `lineWithoutCode` lists codes whose row starts on a line that does not show the code (a
 * multi-line raw HTML `<tr>`).
 */
function checkInvariants(f: Loaded, lineWithoutCode: string[] = []) {
	const { source, entries, file, lines } = f;
	const accepted = source.tablesRead.filter((t) => t.accepted);
	const rowsInAccepted = accepted.reduce((n, t) => n + t.rows, 0);
	expect(new Set(entries.map((e) => `${e.table}:${e.row}`)).size).toBe(rowsInAccepted);
	expect(source.entries).toBe(entries.length);
	expect(f.catalog.entries).toHaveLength(entries.length);

	// Table reports are in document order and every skipped table says why.
	const reportLines = source.tablesRead.map((t) => t.line);
	expect(reportLines).toEqual([...reportLines].sort((a, b) => a - b));
	for (const t of source.tablesRead.filter((t) => !t.accepted)) {
		expect(t.reason.trim(), `reason for skipping the table on line ${t.line}`).not.toBe('');
	}
	// Every accepted table has exactly one code column.
	for (const t of accepted) {
		expect(t.columns.filter((c) => c.role === 'code')).toHaveLength(1);
		expect(t.columns.filter((c) => c.role === 'status').length).toBeLessThanOrEqual(1);
		expect(t.columns.filter((c) => c.role === 'message').length).toBeLessThanOrEqual(1);
	}

	let previous: Entry | undefined;
	for (const e of entries) {
		expect(e.file).toBe(file);
		expect(e.source).toBe(source.id);
		expect(e.code.trim()).not.toBe('');
		expect(e.code).toBe(e.code.trim());
		if (!lineWithoutCode.includes(e.code)) {
			expect(lines[e.line - 1], `line ${e.line} holds the row of ${e.code}`).toContain(e.code);
		}
		if (previous === undefined) {
			expect([e.table, e.row]).toEqual([0, 0]);
		} else if (e.table === previous.table && e.row === previous.row) {
			// Another code the same cell lists.
			expect(e.line).toBe(previous.line);
		} else if (e.table === previous.table) {
			expect(e.row).toBe(previous.row + 1);
			expect(e.line).toBeGreaterThan(previous.line);
		} else {
			expect([e.table, e.row]).toEqual([previous.table + 1, 0]);
			expect(e.line).toBeGreaterThan(previous.line);
		}
		const table = accepted[e.table]!;
		expect(e.section).toEqual(table.section);
		expect(e.line).toBeGreaterThan(table.line);
		previous = e;
	}
	// Every entry has a detail for each detail column of its table, in table order, even where
	// its row leaves the cell out (a ragged row's surplus cells are not asserted on here).
	for (const [i, t] of accepted.entries()) {
		const labels = t.columns.filter((c) => c.role === 'detail').map((c) => c.label);
		for (const e of entries.filter((e) => e.table === i)) {
			expect(detailLabels(e).slice(0, labels.length), `details of ${e.code}`).toEqual(labels);
		}
	}
}

describe('code-column-not-first: the code sits in the second column, HTTP status in the first', () => {
	const f = load('code-column-not-first');

	it('reads the one table with the second column as code', () => {
		expect(tables(f.source)).toEqual([{ line: 16, kind: 'markdown', accepted: true, rows: 6 }]);
		expect(f.source.tablesRead[0]!.columns).toEqual([
			{ label: 'HTTP status', role: 'status' },
			{ label: 'Error code', role: 'code' },
			{ label: 'Description', role: 'message' },
			{ label: 'Retry', role: 'detail' },
		]);
		checkInvariants(f);
	});

	it('gives codes, statuses, messages and details per row', () => {
		expect(codes(f.entries)).toEqual([
			'BadCollapseId',
			'BadDeviceToken',
			'ExpiredProviderToken',
			'Unregistered',
			'PayloadTooLarge',
			'TooManyRequests',
		]);
		expect(statuses(f.entries)).toEqual([400, 400, 403, 410, 413, 429]);
		const unregistered = byCode(f.entries, 'Unregistered');
		expect(unregistered.message).toBe('The device token is inactive for the specified topic.');
		expect(unregistered.line).toBe(21);
		expect(unregistered.section).toEqual(['Handling notification responses', 'Error codes']);
		const expired = byCode(f.entries, 'ExpiredProviderToken');
		expect(expired.details).toEqual([
			expect.objectContaining({ label: 'Retry', text: 'After refreshing the token' }),
		]);
		expect(f.entries[0]!.line).toBe(18);
	});

	it('takes id, title and description from the file and its front matter', () => {
		expect(f.source.id).toBe('code-column-not-first');
		expect(f.source.file).toBe('tests/fixtures/code-column-not-first.md');
		expect(f.source.title).toBe('Push notification delivery errors');
		expect(f.source.description).toBe(
			'Reasons the push service gives when it rejects a notification.',
		);
		expect(f.source.warnings).toEqual([]);
	});
});

describe('hex-codes: Windows Update HRESULTs', () => {
	const f = load('hex-codes');

	it('reads both component tables', () => {
		expect(tables(f.source)).toEqual([
			{ line: 12, kind: 'markdown', accepted: true, rows: 6 },
			{ line: 23, kind: 'markdown', accepted: true, rows: 4 },
		]);
		checkInvariants(f);
	});

	it('keeps hex codes exactly as written', () => {
		expect(codes(f.entries)).toEqual([
			'0x8024A000',
			'0x8024A002',
			'0x8024A003',
			'0x8024A004',
			'0x8024A005',
			'0x8024AFFF',
			'0x80243001',
			'0x80243002',
			'0x80243003',
			'0x80243FFF',
		]);
		expect(statuses(f.entries)).toEqual(Array(10).fill(null));
		expect(f.entries.map((e) => e.codeNote)).toEqual(Array(10).fill(''));
	});

	it('uses the Message column as message and Description as detail', () => {
		const first = byCode(f.entries, '0x8024A000');
		expect(first.line).toBe(14);
		expect(first.message).toBe('WU_E_AU_NOSERVICE');
		expect(first.details).toEqual([
			expect.objectContaining({
				label: 'Description',
				text: 'Automatic Updates was unable to service incoming requests.',
			}),
		]);
		expect(first.section).toEqual([
			'Windows Update error codes by component',
			'Automatic Update errors',
		]);
		const ui = byCode(f.entries, '0x80243FFF');
		expect(ui.line).toBe(28);
		expect(ui.table).toBe(1);
		expect(ui.row).toBe(3);
		expect(ui.section).toEqual([
			'Windows Update error codes by component',
			'Windows Update UI errors',
		]);
		expect(f.source.homepage).toBe(
			'https://learn.microsoft.com/windows/deployment/update/windows-update-error-reference',
		);
	});

	it('does not take the * in WU_E_AU_* for markup', () => {
		expect(byCode(f.entries, '0x8024AFFF').details[0]!.text).toBe(
			'An Automatic Updates error not covered by another WU_E_AU_* code.',
		);
	});
});

describe('negative-codes: JSON-RPC error codes', () => {
	const f = load('negative-codes');

	it('reads both tables', () => {
		expect(tables(f.source)).toEqual([
			{ line: 12, kind: 'markdown', accepted: true, rows: 5 },
			{ line: 24, kind: 'markdown', accepted: true, rows: 6 },
		]);
		checkInvariants(f);
	});

	it('keeps the minus sign', () => {
		expect(codes(f.entries)).toEqual([
			'-32700',
			'-32600',
			'-32601',
			'-32602',
			'-32603',
			'-32000',
			'-32001',
			'-32002',
			'-32003',
			'-32004',
			'-32005',
		]);
		expect(statuses(f.entries)).toEqual(Array(11).fill(null));
	});

	it('uses the column called message, the rest are details', () => {
		const parse = byCode(f.entries, '-32700');
		expect(parse.message).toBe('Parse error');
		expect(parse.line).toBe(14);
		expect(detailLabels(parse)).toEqual(['meaning']);
		expect(parse.section).toEqual(['5.1 Error object']);
		const limit = byCode(f.entries, '-32005');
		expect(limit.message).toBe('Limit exceeded');
		expect(limit.line).toBe(31);
		expect(limit.details).toEqual([
			expect.objectContaining({ label: 'Meaning', text: 'Request exceeds defined limit' }),
			expect.objectContaining({ label: 'Category', text: 'non-standard' }),
		]);
		expect(limit.section).toEqual(['Server errors']);
	});
});

describe('alphanumeric-codes: Rust compiler E-codes, table with no heading above it', () => {
	const f = load('alphanumeric-codes');

	it('reads the table', () => {
		expect(tables(f.source)).toEqual([{ line: 8, kind: 'markdown', accepted: true, rows: 7 }]);
		checkInvariants(f);
	});

	it('gives the E-codes in order, with an empty section', () => {
		expect(codes(f.entries)).toEqual([
			'E0001',
			'E0004',
			'E0023',
			'E0308',
			'E0382',
			'E0425',
			'E0499',
		]);
		expect(statuses(f.entries)).toEqual(Array(7).fill(null));
		const e = byCode(f.entries, 'E0425');
		expect(e.message).toBe('An unresolved name was used.');
		expect(e.line).toBe(15);
		expect(e.section).toEqual([]);
		expect(e.details).toEqual([]);
		expect(f.entries[0]!.line).toBe(10);
		expect(f.source.title).toBe('Rust compiler error index');
	});
});

describe('constant-case-codes: Docker registry errors in backticks', () => {
	const f = load('constant-case-codes');

	it('reads the table under the repeated "Errors" heading', () => {
		expect(tables(f.source)).toEqual([{ line: 22, kind: 'markdown', accepted: true, rows: 8 }]);
		expect(f.source.tablesRead[0]!.columns.map((c) => c.role)).toEqual([
			'code',
			'message',
			'detail',
		]);
		checkInvariants(f);
	});

	it('strips backticks from codes', () => {
		expect(codes(f.entries)).toEqual([
			'BLOB_UNKNOWN',
			'BLOB_UPLOAD_INVALID',
			'BLOB_UPLOAD_UNKNOWN',
			'DIGEST_INVALID',
			'MANIFEST_INVALID',
			'NAME_UNKNOWN',
			'UNAUTHORIZED',
			'TOOMANYREQUESTS',
		]);
		expect(statuses(f.entries)).toEqual(Array(8).fill(null));
	});

	it('uses the short Message column as message', () => {
		const blob = byCode(f.entries, 'BLOB_UNKNOWN');
		expect(blob.message).toBe('blob unknown to registry');
		expect(blob.line).toBe(24);
		expect(detailLabels(blob)).toEqual(['Description']);
		expect(blob.section).toEqual(['Docker Registry HTTP API V2', 'Errors', 'Errors']);
		expect(byCode(f.entries, 'UNAUTHORIZED').line).toBe(30);
	});

	it('gives the two "Errors" headings different ids', () => {
		const errors = f.source.headings.filter((h) => h.text === 'Errors');
		expect(errors.map((h) => h.depth)).toEqual([2, 3]);
		expect(errors[0]!.id).not.toBe(errors[1]!.id);
		const ids = f.source.headings.map((h) => h.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});

describe('lint-rule-codes: hadolint rules, codes are links, header is "Rule"', () => {
	const f = load('lint-rule-codes');

	it('reads the rules table', () => {
		expect(tables(f.source)).toEqual([{ line: 13, kind: 'markdown', accepted: true, rows: 8 }]);
		checkInvariants(f);
	});

	it('gives the rule codes without link syntax', () => {
		expect(codes(f.entries)).toEqual([
			'DL3000',
			'DL3001',
			'DL3002',
			'DL3003',
			'DL3006',
			'DL3008',
			'SC1000',
			'SC2046',
		]);
		expect(statuses(f.entries)).toEqual(Array(8).fill(null));
		const dl3000 = byCode(f.entries, 'DL3000');
		expect(dl3000.message).toBe('Use absolute WORKDIR.');
		expect(dl3000.line).toBe(15);
		expect(dl3000.details).toEqual([
			expect.objectContaining({ label: 'Default Severity', text: 'Error' }),
		]);
		const sc1000 = byCode(f.entries, 'SC1000');
		expect(sc1000.line).toBe(21);
		expect(sc1000.message).toBe('$ is not used specially and should therefore be escaped.');
		expect(sc1000.details).toEqual([
			expect.objectContaining({ label: 'Default Severity', text: '' }),
		]);
	});
});

describe('code-ranges: 5xx and en-dash ranges as codes', () => {
	const f = load('code-ranges');

	it('reads both tables', () => {
		expect(tables(f.source)).toEqual([
			{ line: 11, kind: 'markdown', accepted: true, rows: 4 },
			{ line: 22, kind: 'markdown', accepted: true, rows: 6 },
		]);
		checkInvariants(f);
	});

	it('keeps ranges as written', () => {
		expect(codes(f.entries)).toEqual([
			'400',
			'401',
			'429',
			'5xx',
			'1000',
			'1001',
			'1008',
			'1011',
			'3000–3999',
			'4000–4999',
		]);
		const priv = byCode(f.entries, '4000–4999');
		expect(priv.line).toBe(29);
		expect(priv.codeNote).toBe('');
		expect(priv.message).toBe('Application-specific; see the close reason text for details.');
		expect(priv.section).toEqual(['Connection errors', 'Close codes']);
		const server = byCode(f.entries, '5xx');
		expect(server.line).toBe(16);
		expect(server.message).toBe('The gateway is unavailable.');
		expect(server.details).toEqual([
			expect.objectContaining({ label: 'Retry', text: 'Yes, with exponential backoff' }),
		]);
	});

	it('does not read WebSocket close codes as HTTP statuses', () => {
		expect(statuses(f.entries.filter((e) => e.table === 1))).toEqual(Array(6).fill(null));
	});
});

describe("three-digit-codes-not-http: SMTP replies and exit codes share HTTP's digits, not its registry", () => {
	const f = load('three-digit-codes-not-http');

	it('reads the four tables, the exit codes with the code column last', () => {
		expect(tables(f.source)).toEqual([
			{ line: 7, kind: 'markdown', accepted: true, rows: 8 },
			{ line: 20, kind: 'markdown', accepted: true, rows: 2 },
			{ line: 29, kind: 'markdown', accepted: true, rows: 6 },
			{ line: 42, kind: 'markdown', accepted: true, rows: 4 },
		]);
		checkInvariants(f);
		expect(codes(f.entries.filter((e) => e.table === 1))).toEqual(['0', '124']);
	});

	it('gives SMTP replies and exit codes no HTTP status', () => {
		expect(statuses(f.entries.filter((e) => e.table < 2))).toEqual(Array(10).fill(null));
		expect(byCode(f.entries, '550').message).toBe(
			'Requested action not taken: mailbox unavailable',
		);
	});

	it("reads a table of mostly HTTP statuses as statuses, the API's own additions too", () => {
		expect(statuses(f.entries.filter((e) => e.table === 2))).toEqual([
			400, 401, 404, 429, 452, 512,
		]);
	});

	it('reads statuses HTTP does not define as statuses where the heading says HTTP', () => {
		expect(statuses(f.entries.filter((e) => e.table === 3))).toEqual([520, 521, 522, 524]);
	});
});

describe('codes-as-links: inline, titled, reference, emphasised and HTML links in the code cell', () => {
	const f = load('codes-as-links');

	it('reads the table', () => {
		expect(tables(f.source)).toEqual([{ line: 9, kind: 'markdown', accepted: true, rows: 7 }]);
		checkInvariants(f);
	});

	it('gives each code as the link text', () => {
		expect(codes(f.entries)).toEqual([
			'E0001',
			'E0004',
			'E0005',
			'E0023',
			'E0308',
			'E0382',
			'E0425',
		]);
		expect(f.entries.map((e) => e.codeNote)).toEqual(Array(7).fill(''));
		const e0004 = byCode(f.entries, 'E0004');
		expect(e0004.line).toBe(12);
		expect(e0004.message).toBe(
			'The compiler cannot guarantee a matching pattern for one or more possible inputs to a match expression.',
		);
		expect(byCode(f.entries, 'E0308').line).toBe(15);
		expect(byCode(f.entries, 'E0425').message).toBe('An unresolved name was used.');
		expect(f.entries.every((e) => e.section.join('/') === 'Rust Compiler Error Index')).toBe(true);
	});
});

describe('code-with-name: "404 (NOT FOUND)" cells', () => {
	const f = load('code-with-name');

	it('reads the table under the H6 heading', () => {
		expect(tables(f.source)).toEqual([{ line: 14, kind: 'markdown', accepted: true, rows: 8 }]);
		checkInvariants(f);
	});

	it('splits the code from its name: the name is an alias, one word or a title of several', () => {
		expect(codes(f.entries)).toEqual(['400', '401', '403', '404', '405', '429', '502', '5xx']);
		expect(f.entries.map((e) => e.aliases)).toEqual([
			['BAD REQUEST'],
			['UNAUTHORIZED'],
			['FORBIDDEN'],
			['NOT FOUND'],
			['METHOD NOT ALLOWED'],
			['TOO MANY REQUESTS'],
			['GATEWAY UNAVAILABLE'],
			['SERVER ERROR'],
		]);
		// Said once, as the alias.
		expect(f.entries.map((e) => e.codeNote)).toEqual(['', '', '', '', '', '', '', '']);
		const notFound = byCode(f.entries, '404');
		expect(notFound.line).toBe(19);
		expect(notFound.message).toBe("The resource at the location specified doesn't exist.");
		expect(notFound.section).toEqual(['Opcodes and Status Codes', 'HTTP', 'HTTP Response Codes']);
		expect(byCode(f.entries, '429').message).toBe('You are being rate limited, see Rate Limits.');
	});
});

describe('several-error-tables: five error tables at nested heading levels', () => {
	const f = load('several-error-tables');

	it('reads every table', () => {
		expect(tables(f.source)).toEqual([
			{ line: 14, kind: 'markdown', accepted: true, rows: 4 },
			{ line: 25, kind: 'markdown', accepted: true, rows: 3 },
			{ line: 33, kind: 'markdown', accepted: true, rows: 2 },
			{ line: 40, kind: 'markdown', accepted: true, rows: 2 },
			{ line: 47, kind: 'markdown', accepted: true, rows: 3 },
		]);
		expect(f.source.tablesRead.map((t) => t.columns.map((c) => c.role))).toEqual(
			Array(5).fill(['code', 'status', 'message']),
		);
		checkInvariants(f);
	});

	it('gives all codes in document order with their statuses', () => {
		expect(codes(f.entries)).toEqual([
			'AccountIsDisabled',
			'AuthenticationFailed',
			'InternalError',
			'ServerBusy',
			'BlobNotFound',
			'ContainerAlreadyExists',
			'LeaseIdMissing',
			'QueueNotFound',
			'MessageTooLarge',
			'PopReceiptMismatch',
			'QueueBeingDeleted',
			'TableNotFound',
			'EntityTooLarge',
			'DuplicatePropertiesSpecified',
		]);
		expect(statuses(f.entries)).toEqual([
			403, 403, 500, 503, 404, 409, 412, 404, 400, 400, 409, 404, 400, 400,
		]);
		expect(f.entries.map((e) => e.table)).toEqual([0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 4, 4, 4]);
	});

	it('gives each entry the heading path above its table', () => {
		const top = 'Storage service error codes';
		expect(byCode(f.entries, 'ServerBusy').section).toEqual([top, 'Common error codes']);
		expect(byCode(f.entries, 'LeaseIdMissing').section).toEqual([
			top,
			'Service-specific error codes',
			'Blob service',
		]);
		expect(byCode(f.entries, 'QueueNotFound').section).toEqual([
			top,
			'Service-specific error codes',
			'Queue service',
		]);
		expect(byCode(f.entries, 'PopReceiptMismatch').section).toEqual([
			top,
			'Service-specific error codes',
			'Queue service',
			'Deprecated queue errors',
		]);
		// After an H4, an H2 closes the H3 and H4 above it.
		expect(byCode(f.entries, 'TableNotFound').section).toEqual([top, 'Table service error codes']);
	});

	it('gives lines and messages', () => {
		expect(byCode(f.entries, 'AccountIsDisabled').line).toBe(16);
		expect(byCode(f.entries, 'QueueBeingDeleted').line).toBe(43);
		expect(byCode(f.entries, 'DuplicatePropertiesSpecified').line).toBe(51);
		expect(byCode(f.entries, 'InternalError').message).toBe(
			'The server encountered an internal error. Please retry the request.',
		);
	});
});

describe('lookalike-tables: opcodes and an endpoint list are not error tables', () => {
	const f = load('lookalike-tables');

	it('skips the opcode and endpoint tables and reports them with their lines', () => {
		expect(tables(f.source)).toEqual([
			{ line: 12, kind: 'markdown', accepted: false, rows: 6 },
			{ line: 23, kind: 'markdown', accepted: false, rows: 3 },
			{ line: 31, kind: 'markdown', accepted: true, rows: 6 },
		]);
		expect(f.source.tablesRead[0]!.section).toEqual(['Gateway', 'Gateway Opcodes']);
		expect(f.source.tablesRead[1]!.section).toEqual(['Gateway', 'Endpoints']);
		checkInvariants(f);
	});

	it('makes entries only from the close codes', () => {
		expect(codes(f.entries)).toEqual(['4000', '4001', '4002', '4004', '4008', '4014']);
		expect(statuses(f.entries)).toEqual(Array(6).fill(null));
		const unknown = byCode(f.entries, '4000');
		expect(unknown.message).toBe('Unknown error');
		expect(unknown.line).toBe(33);
		expect(detailLabels(unknown)).toEqual(['Explanation', 'Reconnect']);
		expect(unknown.section).toEqual(['Gateway', 'Gateway Close Event Codes']);
		expect(byCode(f.entries, '4014').line).toBe(38);
		expect(byCode(f.entries, '4014').message).toBe('Disallowed intent(s)');
	});
});

describe('cell-markup: <br>, <code>, escaped pipes and entities in cells', () => {
	const f = load('cell-markup');

	it('reads the table with its three columns (escaped pipes do not split cells)', () => {
		expect(tables(f.source)).toEqual([{ line: 9, kind: 'markdown', accepted: true, rows: 6 }]);
		expect(f.source.tablesRead[0]!.columns.map((c) => c.role)).toEqual([
			'code',
			'message',
			'detail',
		]);
		checkInvariants(f);
	});

	it('reads codes out of backticks and <code> tags', () => {
		expect(codes(f.entries)).toEqual([
			'ERR_INVALID_ARG_TYPE',
			'ERR_INVALID_ARG_VALUE',
			'ERR_OUT_OF_RANGE',
			'ERR_INVALID_URL',
			'ERR_UNKNOWN_ENCODING',
			'ERR_HTTP_HEADERS_SENT',
		]);
		expect(byCode(f.entries, 'ERR_INVALID_ARG_VALUE').line).toBe(12);
		expect(byCode(f.entries, 'ERR_HTTP_HEADERS_SENT').line).toBe(16);
	});

	it('unescapes pipes, in text and in code spans', () => {
		expect(byCode(f.entries, 'ERR_INVALID_ARG_VALUE').message).toBe(
			"The argument 'flags' is invalid. Received 'r|w'",
		);
		const enc = byCode(f.entries, 'ERR_UNKNOWN_ENCODING');
		expect(enc.message).toBe('Unknown encoding: utf|8');
		expect(enc.messageHtml).toContain('<code>');
		expect(enc.messageHtml).not.toContain('\\|');
	});

	it('decodes entities in text and keeps them escaped in HTML', () => {
		const range = byCode(f.entries, 'ERR_OUT_OF_RANGE');
		expect(range.message).toBe(
			'The value of "offset" is out of range. It must be >= 0 && <= 8. Received 10',
		);
		expect(range.messageHtml).not.toContain('<=');
		expect(range.messageHtml).not.toContain('&amp;amp;');
		expect(byCode(f.entries, 'ERR_UNKNOWN_ENCODING').details[0]!.text).toBe(
			'See buffer.isEncoding() — encodings are case-insensitive.',
		);
	});

	it('keeps <br> as a line break in HTML but not as a tag in text', () => {
		const notes = byCode(f.entries, 'ERR_INVALID_ARG_TYPE').details[0]!;
		expect(notes.label).toBe('Notes');
		expect(notes.text).not.toContain('<br');
		expect(notes.text).toContain('Thrown by most fs functions.');
		expect(notes.text).toContain('Added in v10.0.0');
		expect(notes.html).toMatch(/<br\s*\/?>/);
		expect(notes.html).toContain('<code>fs</code>');
		const url = byCode(f.entries, 'ERR_INVALID_URL').details[0]!;
		expect(url.text).not.toContain('<br');
		expect(url.html).toMatch(/<br\s*\/?>/);
	});
});

describe('ragged-rows: rows with fewer and more cells than the header', () => {
	const f = load('ragged-rows');

	it('reads every row, including the one without outer pipes', () => {
		expect(tables(f.source)).toEqual([{ line: 9, kind: 'markdown', accepted: true, rows: 7 }]);
		checkInvariants(f);
	});

	it('fills missing cells with nothing and does not shift columns', () => {
		expect(codes(f.entries)).toEqual(['1001', '1002', '1003', '1004', '1005', '1006', '1007']);
		expect(statuses(f.entries)).toEqual([402, 402, 402, 400, 409, 429, null]);
		expect(f.entries.map((e) => e.message)).toEqual([
			'Card declined',
			'Insufficient funds',
			'Expired card',
			'',
			'Duplicate transaction',
			'Too many attempts',
			'',
		]);
		const action = (e: Entry) => e.details.find((d) => d.label === 'Action')?.text ?? '';
		expect(action(byCode(f.entries, '1002'))).toBe('');
		expect(action(byCode(f.entries, '1003'))).toBe('Ask the customer for another card.');
		expect(action(byCode(f.entries, '1006'))).toBe('Retry after the time in Retry-After.');
		expect(byCode(f.entries, '1003').line).toBe(13);
		expect(byCode(f.entries, '1006').line).toBe(16);
		expect(byCode(f.entries, '1007').line).toBe(17);
		expect(f.entries.every((e) => e.section.join('/') === 'Decline codes')).toBe(true);
	});

	it('does not drop the surplus cell silently', () => {
		const surplus = 'Since API version 2019-05';
		const kept = byCode(f.entries, '1003').details.some((d) => d.text === surplus);
		const warned = f.source.warnings.some(
			(w) => w.file.endsWith('ragged-rows.md') && w.line === 13,
		);
		expect(kept || warned).toBe(true);
		expect(byCode(f.entries, '1003').message).toBe('Expired card');
	});
});

describe('non-english: German headers and messages', () => {
	const f = load('non-english');

	it('recognises Fehlercode / HTTP-Status / Beschreibung', () => {
		expect(tables(f.source)).toEqual([
			{ line: 12, kind: 'markdown', accepted: true, rows: 4 },
			{ line: 21, kind: 'markdown', accepted: true, rows: 4 },
		]);
		expect(f.source.tablesRead[0]!.columns).toEqual([
			{ label: 'Fehlercode', role: 'code' },
			{ label: 'HTTP-Status', role: 'status' },
			{ label: 'Beschreibung', role: 'message' },
		]);
		checkInvariants(f);
	});

	it('gives codes, statuses and messages with umlauts intact', () => {
		expect(codes(f.entries)).toEqual([
			'ZS-1000',
			'ZS-1001',
			'ZS-1002',
			'ZS-1003',
			'ZS-2001',
			'ZS-2002',
			'ZS-2003',
			'ZS-2004',
		]);
		expect(statuses(f.entries)).toEqual([400, 401, 403, 404, 422, 422, 413, 503]);
		const iban = byCode(f.entries, 'ZS-2001');
		expect(iban.message).toBe('Die IBAN ist ungültig: Prüfsumme stimmt nicht überein.');
		expect(iban.line).toBe(23);
		expect(iban.section).toEqual(['Fehlercodes', 'Überweisungen']);
		expect(byCode(f.entries, 'ZS-2003').message).toBe('Die Datei ist zu groß (höchstens 10 MB).');
		expect(byCode(f.entries, 'ZS-1000').line).toBe(14);
		expect(f.source.title).toBe('Fehlercodes der Zahlungsschnittstelle');
	});
});

describe('non-english-japanese: Japanese headers and messages', () => {
	const f = load('non-english-japanese');

	it('recognises エラーコード / HTTPステータス / 説明', () => {
		expect(tables(f.source)).toEqual([{ line: 11, kind: 'markdown', accepted: true, rows: 6 }]);
		expect(f.source.tablesRead[0]!.columns).toEqual([
			{ label: 'エラーコード', role: 'code' },
			{ label: 'HTTPステータス', role: 'status' },
			{ label: '説明', role: 'message' },
		]);
		checkInvariants(f);
	});

	it('gives codes, statuses and messages', () => {
		expect(codes(f.entries)).toEqual(['E1001', 'E1002', 'E1003', 'E1004', 'E1005', 'E9999']);
		expect(statuses(f.entries)).toEqual([400, 401, 403, 404, 429, 500]);
		const auth = byCode(f.entries, 'E1002');
		expect(auth.message).toBe('認証に失敗しました。アクセストークンを確認してください。');
		expect(auth.line).toBe(14);
		expect(auth.section).toEqual(['エラーコード一覧', '共通エラー']);
		expect(byCode(f.entries, 'E9999').line).toBe(18);
		expect(f.source.title).toBe('エラーコード一覧');
	});
});

describe('repeated-front-matter-key: title given twice', () => {
	const f = load('repeated-front-matter-key');

	it('warns, naming file and line, and uses the last value', () => {
		expect(f.source.title).toBe('Webhook delivery errors');
		expect(f.source.description).toBe('Error codes returned when a webhook delivery fails.');
		expect(f.source.warnings).toHaveLength(1);
		expect(f.source.warnings[0]).toMatchObject({
			file: 'tests/fixtures/repeated-front-matter-key.md',
			line: 5,
		});
	});

	it('still reads the table, counting front matter lines', () => {
		expect(tables(f.source)).toEqual([{ line: 10, kind: 'markdown', accepted: true, rows: 3 }]);
		checkInvariants(f);
		expect(codes(f.entries)).toEqual(['webhook_timeout', 'webhook_ssl_error', 'webhook_gone']);
		expect(statuses(f.entries)).toEqual([504, 502, 410]);
		const gone = byCode(f.entries, 'webhook_gone');
		expect(gone.line).toBe(14);
		expect(gone.message).toBe('The endpoint returned 410 Gone; the subscription was disabled.');
	});
});

describe('raw-html-table: <table> with <thead>/<tbody> inside Markdown', () => {
	const f = load('raw-html-table');

	it('skips the header table and reads the error table, both as html', () => {
		expect(tables(f.source)).toEqual([
			{ line: 12, kind: 'html', accepted: false, rows: 2 },
			{ line: 33, kind: 'html', accepted: true, rows: 7 },
		]);
		expect(f.source.tablesRead[1]!.columns).toEqual([
			{ label: 'Error code', role: 'code' },
			{ label: 'Description', role: 'message' },
			{ label: 'HTTP status code', role: 'status' },
		]);
		checkInvariants(f, ['EntityTooLarge']);
	});

	it('gives codes without <code>, statuses without reason phrases', () => {
		expect(codes(f.entries)).toEqual([
			'AccessDenied',
			'BucketAlreadyExists',
			'BucketNotEmpty',
			'EntityTooLarge',
			'NoSuchBucket',
			'NoSuchKey',
			'SlowDown',
		]);
		expect(statuses(f.entries)).toEqual([403, 409, 409, 400, 404, 404, 503]);
		expect(f.entries.every((e) => e.details.length === 0)).toBe(true);
	});

	it('points each entry at the line of its <tr>', () => {
		expect(f.entries.map((e) => e.line)).toEqual([38, 39, 40, 41, 46, 47, 48]);
		const key = byCode(f.entries, 'NoSuchKey');
		expect(key.message).toBe('The specified key does not exist.');
		expect(key.section).toEqual(['Error responses', 'List of error codes']);
		expect(byCode(f.entries, 'EntityTooLarge').message).toBe(
			'Your proposed upload exceeds the maximum allowed object size.',
		);
	});
});

describe('front-matter-override: tables forced in and out, columns named', () => {
	const f = load('front-matter-override');

	it('applies the three overrides', () => {
		expect(tables(f.source)).toEqual([
			{ line: 22, kind: 'markdown', accepted: true, rows: 5 },
			{ line: 32, kind: 'markdown', accepted: false, rows: 2 },
			{ line: 39, kind: 'markdown', accepted: true, rows: 4 },
		]);
		expect(f.source.tablesRead[0]!.columns).toEqual([
			{ label: 'Exit status', role: 'code' },
			{ label: 'Meaning', role: 'message' },
		]);
		expect(f.source.tablesRead[2]!.columns).toEqual([
			{ label: '#', role: 'detail' },
			{ label: 'Name', role: 'code' },
			{ label: 'HTTP', role: 'status' },
			{ label: 'What happened', role: 'message' },
		]);
		expect(f.source.tables).toHaveLength(3);
		checkInvariants(f);
	});

	it('reads exit statuses as codes, not as HTTP statuses', () => {
		const exits = f.entries.filter((e) => e.table === 0);
		expect(codes(exits)).toEqual(['1', '64', '69', '75', '78']);
		expect(statuses(exits)).toEqual(Array(5).fill(null));
		const usage = byCode(f.entries, '64');
		expect(usage.message).toBe(
			'The command was used incorrectly (unknown flag or missing argument).',
		);
		expect(usage.line).toBe(25);
		expect(usage.section).toEqual(['Exit codes']);
	});

	it('takes the Name column as code and leaves the row number as a detail', () => {
		const api = f.entries.filter((e) => e.table === 1);
		expect(codes(api)).toEqual(['sync_running', 'table_unknown', 'plan_invalid', 'lock_timeout']);
		expect(statuses(api)).toEqual([409, 404, 422, 503]);
		const lock = byCode(f.entries, 'lock_timeout');
		expect(lock.line).toBe(44);
		expect(lock.message).toBe('The advisory lock could not be taken within lock_timeout.');
		expect(lock.details).toEqual([expect.objectContaining({ label: '#', text: '4' })]);
		expect(lock.section).toEqual(['Control API errors']);
		expect(codes(f.entries)).not.toContain('12');
		expect(f.entries).toHaveLength(9);
	});
});

describe('placeholders: {x}, %s, %d, ${x} and <name> in messages', () => {
	const f = load('placeholders');

	it('reads both tables', () => {
		expect(tables(f.source)).toEqual([
			{ line: 11, kind: 'markdown', accepted: true, rows: 3 },
			{ line: 19, kind: 'markdown', accepted: true, rows: 6 },
		]);
		checkInvariants(f);
	});

	it('finds placeholders as written, in order', () => {
		expect(codes(f.entries)).toEqual([
			'20003',
			'20005',
			'50000',
			'1001',
			'1002',
			'1003',
			'1004',
			'1005',
			'1006',
		]);
		expect(f.entries.map((e) => e.placeholders)).toEqual([
			['{memberRef}'],
			['{groupRef}', '{systemId}'],
			[],
			['%s'],
			['%d'],
			['${key}', '${type}'],
			['<name>'],
			['<path>'],
			[],
		]);
	});

	it('keeps messages as a reader sees them', () => {
		const member = byCode(f.entries, '20003');
		expect(member.message).toBe("Member '{memberRef}' not found.");
		expect(member.status).toBe(404);
		expect(member.line).toBe(13);
		expect(byCode(f.entries, '1003').message).toBe("Cannot read property '${key}' of ${type}.");
		const container = byCode(f.entries, '1004');
		expect(container.message).toBe('No such container: <name>');
		expect(container.messageHtml).not.toContain('<name>');
		expect(container.line).toBe(24);
		const path = byCode(f.entries, '1005');
		expect(path.message).toBe('Path <path> is not absolute.');
		expect(path.messageHtml).not.toContain('<path>');
		expect(statuses(f.entries)).toEqual([404, 404, 500, null, null, null, null, null, null]);
	});
});

describe('non-english-russian: Russian and Ukrainian headers and messages', () => {
	const f = load('non-english-russian');

	it('reads a raw HTML table headed КОД / ОПИСАНИЕ in its first plain row', () => {
		expect(tables(f.source)).toEqual([
			{ line: 5, kind: 'html', accepted: true, rows: 5 },
			{ line: 32, kind: 'markdown', accepted: true, rows: 3 },
			{ line: 38, kind: 'markdown', accepted: true, rows: 3 },
		]);
		checkInvariants(f, ['0', '10', '11', '20', '30']);
		expect(codes(f.entries.filter((e) => e.table === 0))).toEqual(['0', '10', '11', '20', '30']);
		expect(byCode(f.entries, '20').message).toBe('Истек срок действия сессии');
	});

	it('takes a table whose messages say what failed as an error table, whatever its headers', () => {
		expect(codes(f.entries.filter((e) => e.table === 1))).toEqual(['101', '102', '103']);
		expect(byCode(f.entries, '102').message).toBe('Неверный формат телефона');
	});

	it('recognises Код помилки / HTTP-статус / Повідомлення', () => {
		expect(f.source.tablesRead[2]!.columns.map((c) => c.role)).toEqual([
			'code',
			'status',
			'message',
		]);
		expect(statuses(f.entries.filter((e) => e.table === 2))).toEqual([400, 404, 409]);
	});
});

describe('non-english-latin: Vietnamese, Polish, Turkish, Hungarian and Indonesian headers and messages', () => {
	const f = load('non-english-latin');

	it('reads every table: header words, headings or failure words say they are about errors', () => {
		expect(tables(f.source).map((t) => t.accepted)).toEqual([true, true, true, true, true]);
		checkInvariants(f);
		expect(codes(f.entries)).toEqual([
			'99',
			'101',
			'104',
			'1001',
			'1002',
			'3001',
			'3002',
			'40',
			'41',
			'7',
			'8',
		]);
		expect(statuses(f.entries).every((status) => status === null)).toBe(true);
	});

	it('takes the column a language calls the message or the description, never the remedy', () => {
		expect(byCode(f.entries, '101').message).toBe('Sai thông tin ApiKey hoặc SecretKey.');
		expect(byCode(f.entries, '1001').message).toBe('Nieprawidłowy token dostępu.');
		expect(byCode(f.entries, '3002').message).toBe('Kullanıcı bulunamadı.');
		expect(byCode(f.entries, '41').message).toBe('A munkamenet lejárt.');
		expect(byCode(f.entries, '8').message).toBe('Transaksi gagal diproses');
	});
});

describe('names-beside-explanations: a column of names gives way to the sentences that explain them', () => {
	const f = load('names-beside-explanations');
	const messageColumn = (table: number) =>
		f.source.tablesRead[table]!.columns.find((c) => c.role === 'message')?.label;

	it('reads the four tables', () => {
		expect(tables(f.source)).toEqual([
			{ line: 7, kind: 'markdown', accepted: true, rows: 5 },
			{ line: 19, kind: 'markdown', accepted: true, rows: 2 },
			{ line: 26, kind: 'markdown', accepted: true, rows: 2 },
			{ line: 33, kind: 'markdown', accepted: true, rows: 2 },
		]);
		checkInvariants(f);
	});

	it('takes the explanation as the message and keeps the registered name as a detail', () => {
		expect(messageColumn(0)).toBe('What happened');
		const abnormal = byCode(f.entries, '1006');
		expect(abnormal.message).toBe(
			'The connection dropped without a close frame, for example a TCP reset.',
		);
		expect(abnormal.details).toContainEqual(
			expect.objectContaining({ label: 'Registered meaning', text: 'Abnormal Closure' }),
		);
		expect(byCode(f.entries, '4000–4999').message).toBe('Available to applications.');
	});

	it('keeps names the document calls the message', () => {
		expect(messageColumn(1)).toBe('Message');
		expect(byCode(f.entries, 'U01').message).toBe('Payload Too Large');
	});

	it('does not take a remedy or a remark for the message', () => {
		expect(messageColumn(2)).toBe('Name');
		expect(byCode(f.entries, 'Q01').message).toBe('Daily Quota Exceeded');
		expect(messageColumn(3)).toBe('Meaning');
		expect(byCode(f.entries, 'L01').message).toBe('Not Found');
	});
});

describe('several-codes-in-one-cell: codes listed with commas, a slash, middle dots or semicolons', () => {
	const f = load('several-codes-in-one-cell');

	it('reads the three tables', () => {
		expect(tables(f.source)).toEqual([
			{ line: 7, kind: 'markdown', accepted: true, rows: 3 },
			{ line: 15, kind: 'markdown', accepted: true, rows: 3 },
			{ line: 23, kind: 'markdown', accepted: true, rows: 3 },
		]);
		checkInvariants(f);
	});

	it("makes one entry per listed code, each with the row's message and status", () => {
		expect(codes(f.entries)).toEqual([
			'auth/invalid-email',
			'auth/invalid-credential',
			'auth/user-not-found',
			'auth/wrong-password',
			'auth/too-many-requests',
			'1062',
			'1451',
			'1452',
			'1205',
			'NOT_AUTHENTICATED',
			'INVALID_TOKEN',
			'ORDER_NOT_FOUND',
			'ITEM_NOT_FOUND',
			'E4091',
		]);
		expect(byCode(f.entries, 'auth/wrong-password').message).toBe('Wrong address or password.');
		expect(byCode(f.entries, '1452').line).toBe(18);
		expect(byCode(f.entries, 'INVALID_TOKEN').status).toBe(401);
	});

	it('takes the number, not the SQLSTATE, once the listed numbers read as codes', () => {
		expect(f.source.tablesRead[1]!.columns.find((c) => c.role === 'code')?.label).toBe('Code');
	});

	it('keeps a code beside its name as one code, the name its alias', () => {
		expect(byCode(f.entries, 'E4091')).toMatchObject({
			aliases: ['DUPLICATE_ORDER'],
			codeNote: '',
		});
	});
});

describe('sentences-opening-with-acronyms: SELECT INTO …, API key …, JSON body … are sentences', () => {
	const f = load('sentences-opening-with-acronyms');

	it('reads both tables as error tables', () => {
		expect(tables(f.source)).toEqual([
			{ line: 5, kind: 'markdown', accepted: true, rows: 4 },
			{ line: 14, kind: 'markdown', accepted: true, rows: 4 },
		]);
		checkInvariants(f);
	});

	it('takes the Oracle errors as the codes, the sentences as their messages', () => {
		expect(codes(f.entries)).toEqual([
			'ORA-01403',
			'ORA-01422',
			'ORA-00001',
			'ORA-01722',
			'G100',
			'G101',
			'G102',
			'G103',
		]);
		expect(byCode(f.entries, 'ORA-01403').message).toBe('SELECT INTO returned no rows');
		expect(byCode(f.entries, 'ORA-01403').details).toContainEqual(
			expect.objectContaining({ label: 'Exception name', text: 'NO_DATA_FOUND' }),
		);
		expect(byCode(f.entries, 'G101').message).toBe('JSON body could not be parsed');
	});
});

describe('symbol-column-beside-prose: a column of EX_ symbols with remarks is not the message', () => {
	const f = load('symbol-column-beside-prose');

	it('reads the exit codes, without HTTP statuses', () => {
		expect(tables(f.source)).toEqual([{ line: 3, kind: 'markdown', accepted: true, rows: 8 }]);
		checkInvariants(f);
		expect(codes(f.entries)).toEqual(['0', '1', '64', '66', '75', '126', '127', '130']);
		expect(statuses(f.entries)).toEqual(Array(8).fill(null));
	});

	it('takes the prose column as the message and keeps the symbols as a detail', () => {
		const usage = byCode(f.entries, '64');
		expect(usage.message).toBe('Wrong usage: an unknown flag or a missing argument.');
		expect(usage.details).toContainEqual(
			expect.objectContaining({ label: 'Name (BSD sysexits.h)', text: 'EX_USAGE' }),
		);
	});
});

describe('category-column-beside-description: a column of a few repeated values is not the message', () => {
	const f = load('category-column-beside-description');

	it('reads the statuses', () => {
		expect(tables(f.source)).toEqual([{ line: 5, kind: 'markdown', accepted: true, rows: 8 }]);
		checkInvariants(f);
		expect(codes(f.entries)).toEqual(['400', '401', '401', '403', '409', '414', '429', '500']);
		expect(statuses(f.entries)).toEqual([400, 401, 401, 403, 409, 414, 429, 500]);
	});

	it('takes the description as the message and keeps the category as a detail', () => {
		const loading = byCode(f.entries, '409');
		expect(loading.message).toBe('The application is still loading.');
		expect(loading.details).toContainEqual(
			expect.objectContaining({ label: 'API', text: 'Endpoint' }),
		);
	});
});

describe('status-beside-status-code: a Status code column numbers the Status beside it', () => {
	const f = load('status-beside-status-code');

	it('takes the status codes as the codes, whether or not the status words repeat', () => {
		expect(tables(f.source)).toEqual([
			{ line: 7, kind: 'markdown', accepted: true, rows: 2 },
			{ line: 14, kind: 'markdown', accepted: true, rows: 2 },
			{ line: 21, kind: 'markdown', accepted: true, rows: 3 },
			{ line: 29, kind: 'markdown', accepted: true, rows: 2 },
		]);
		checkInvariants(f);
		expect(codes(f.entries)).toEqual([
			'100',
			'101',
			'200',
			'201',
			'500',
			'504',
			'509',
			'401',
			'503',
		]);
	});

	it('gives the numbered statuses no HTTP status, and keeps the status word as a detail', () => {
		expect(statuses(f.entries)).toEqual([null, null, null, null, null, null, null, 401, 503]);
		const zip = byCode(f.entries, '504');
		expect(zip.message).toBe('Rejected by ZIP code.');
		expect(zip.details).toContainEqual(
			expect.objectContaining({ label: 'Status', text: 'REJECTED' }),
		);
	});
});

describe('error-bodies-in-cells: each row gives its error as a JSON body beside its status', () => {
	const f = load('error-bodies-in-cells');

	it('reads the codes out of the bodies, and a row with a status alone as that status', () => {
		expect(tables(f.source)).toEqual([
			{ line: 5, kind: 'markdown', accepted: true, rows: 5 },
			{ line: 15, kind: 'markdown', accepted: false, rows: 2 },
		]);
		checkInvariants(f);
		expect(codes(f.entries)).toEqual([
			'invalid_request',
			'invalid_grant',
			'invalid_client',
			'500',
			'temporarily_unavailable',
		]);
		expect(statuses(f.entries)).toEqual([400, 400, 401, 500, 503]);
	});

	it("takes the body's description as the message", () => {
		expect(byCode(f.entries, 'invalid_grant').message).toBe('The refresh token is expired.');
		expect(byCode(f.entries, 'invalid_client').message).toBe('Client authentication failed.');
		expect(byCode(f.entries, 'temporarily_unavailable').message).toBe('');
	});
});

describe('headerless-html-table: an HTML table whose first row is already a code', () => {
	const f = load('headerless-html-table');

	it('reads the first row as data when it holds a number where the rows below do', () => {
		expect(tables(f.source)).toEqual([
			{ line: 5, kind: 'html', accepted: true, rows: 4 },
			{ line: 26, kind: 'html', accepted: true, rows: 2 },
		]);
		checkInvariants(f, ['100', '220', '253', '461', '-1', '-2']);
		expect(codes(f.entries)).toEqual(['100', '220', '253', '461', '-1', '-2']);
		expect(byCode(f.entries, '100').message).toBe('Transaction was approved.');
		expect(statuses(f.entries)).toEqual([null, null, null, null, null, null]);
	});

	it('still takes a first row of words for the header', () => {
		expect(f.source.tablesRead[1]!.columns.map((c) => c.label)).toEqual(['Code', 'Meaning']);
	});
});

describe('pandoc-grid-table: grid tables, as Pandoc writes tables whose cells hold several lines', () => {
	const f = load('pandoc-grid-table');

	it('reads grid tables as Markdown tables, and skips the one that lists parameters', () => {
		expect(tables(f.source)).toEqual([
			{ line: 10, kind: 'markdown', accepted: true, rows: 3 },
			{ line: 28, kind: 'markdown', accepted: false, rows: 2 },
		]);
		checkInvariants(f, ['0', '2', '174']);
	});

	it('takes the value under each constant as the code, the constant as its alias', () => {
		expect(codes(f.entries)).toEqual(['0', '2', '174']);
		expect(byCode(f.entries, '2')).toMatchObject({ aliases: ['DEV_NOT_FOUND'], codeNote: '' });
		expect(byCode(f.entries, '2').message).toBe(
			'The device cannot be found. Plug it in and try again.',
		);
		expect(statuses(f.entries)).toEqual([null, null, null]);
	});
});

describe('one-column-code-list: a table of error codes alone, under a heading that names errors', () => {
	const f = load('one-column-code-list');

	it('reads the list of error codes and skips a list of something else', () => {
		expect(tables(f.source)).toEqual([
			{ line: 7, kind: 'markdown', accepted: true, rows: 10 },
			{ line: 22, kind: 'markdown', accepted: false, rows: 3 },
		]);
		checkInvariants(f);
		expect(codes(f.entries)).toEqual([
			'Success',
			'AccountNotFound',
			'AccountBanned',
			'APIRequestLimitExceeded',
			'InvalidUsernameOrPassword',
			'InvalidTitleId',
			'InvalidEmailAddress',
			'EmailAddressNotAvailable',
			'DAULimitExceeded',
			'PSNInaccessible',
		]);
		expect(f.entries.every((e) => e.message === '' && e.status === null)).toBe(true);
	});
});

describe('source ids and front matter errors', () => {
	const doc = '# Errors\n\n| Code | Message |\n|---|---|\n| E1 | Broken. |\n';

	it('takes the id from the file name, lowercased, or from `slug`', () => {
		expect(buildCatalog([{ file: 'content/Docker-Registry.md', text: doc }]).sources[0]!.id).toBe(
			'docker-registry',
		);
		const slugged = buildCatalog([
			{ file: 'content/errors.md', text: `---\nslug: registry\n---\n\n${doc}` },
		]);
		expect(slugged.sources[0]!.id).toBe('registry');
		expect(slugged.entries[0]!.source).toBe('registry');
		expect(slugged.entries[0]!.line).toBe(9);
	});

	it('falls back to the first heading for the title', () => {
		expect(buildCatalog([{ file: 'content/x.md', text: doc }]).sources[0]!.title).toBe('Errors');
	});

	it('warns of a front matter override that names no table, naming file and line', () => {
		const text = `---\ntables:\n  - include: true\n---\n\n${doc}`;
		const source = buildCatalog([{ file: 'content/bad.md', text }]).sources[0]!;
		expect(source.entries).toBe(1);
		expect(source.warnings).toEqual([
			{
				file: 'content/bad.md',
				line: 2,
				message: expect.stringMatching(/^front matter key `tables\.0` is not an errdex setting/),
			},
		]);
	});
});
