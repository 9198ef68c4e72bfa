/**
 * The bench's ambiguity rule by evidence (bench/query-evidence.ts), on invented entries: which
 * documents answer a query as well as the expected entry does.
 */
import { describe, expect, it } from 'vitest';
import { EvidenceIndex, evidenceTokens, type EvidenceEntry } from '../../bench/query-evidence';

const entry = (file: string, names: string[], text = ''): EvidenceEntry => ({ file, names, text });

/** Five documents that each define 503 `Service Unavailable`, and others around them. */
const entries: EvidenceEntry[] = [
	...['a', 'b', 'c', 'd'].map((name) => entry(`${name}.md`, ['503'], 'Service Unavailable')),
	entry('ipengine.md', ['400'], 'Bad Request: invalid IP address'),
	...['a', 'b', 'c', 'd'].map((name) => entry(`${name}.md`, ['400'], 'Bad Request')),
	entry('e.md', ['503'], 'Service Unavailable'),
	entry('e.md', ['1'], 'Service unavailable, retry in 1 minute'),
	entry('grpc.md', ['PERMISSION_DENIED'], 'The caller lacks permission.'),
	entry('winsock.md', ['10013'], 'Permission denied.'),
	...['f', 'g', 'h'].map((name) =>
		entry(`${name}.md`, ['EACCES'], 'Permission denied when opening the file.'),
	),
	entry('pg.md', ['28000'], 'invalid_authorization_specification'),
	...['x', 'y', 'z'].map((name) => entry(`${name}.md`, ['28000'], 'Invalid authorization.')),
	entry('rpc.md', ['-1'], 'Unknown error'),
	...['r', 's', 't', 'u'].map((name) => entry(`${name}.md`, ['1'], 'Failure')),
	entry('ledger.md', ['6985'], 'Rejected by user'),
	...['p', 'q', 'r', 's'].map((name) => entry(`${name}.md`, ['0x6985'], 'Denied')),
	entry('chat.md', ['401'], 'Unauthorized'),
	...['k', 'l', 'm', 'n'].map((name) => entry(`${name}.md`, ['401'], 'Unauthorized request')),
	entry('shop.md', ['404'], 'Not found'),
	...['k', 'l', 'm', 'n'].map((name) => entry(`${name}.md`, ['404'], 'Not found')),
	entry('sq.md', ['ORA-00904'], '签名错误 invalid identifier'),
];
const index = new EvidenceIndex(entries);
const md = (...names: string[]) => names.map((name) => `${name}.md`);
const at = (file: string, code: string) =>
	entries.findIndex((e) => e.file === file && e.names[0] === code);
const equals = (query: string, file: string, code: string) =>
	[...index.equallyGood(query, at(file, code))].sort();

describe('the evidence a query holds for an entry', () => {
	it('reads codes and words with case, punctuation, camelCase and signs as a reader does', () => {
		expect(evidenceTokens('PermissionDenied: PERMISSION_DENIED (-32601)')).toEqual([
			'permission',
			'denied',
			'permission',
			'denied',
			'-32601',
		]);
		expect(evidenceTokens('status 0x6985')).toEqual(['status', '0x', '6985']);
		expect(evidenceTokens('签名错误')).toEqual(['签名', '名错', '错误']);
	});
});

describe('documents that answer a query as well as the expected entry', () => {
	it('are those whose code stands where the expected code does, with every word it holds', () => {
		// The status line names 503 and says what every 503 of the five documents says.
		expect(equals('HTTP/1.1 503 Service Unavailable', 'e.md', '503')).toEqual(
			md('a', 'b', 'c', 'd', 'e'),
		);
		// A code that stands elsewhere in the query (`1` of `HTTP/1.1`) is not the expected one's evidence.
		expect(equals('HTTP/1.1 503 Service Unavailable', 'e.md', '503')).not.toContain('r.md');
	});

	it('leave out a document that lacks a word the expected entry has', () => {
		expect(
			equals(
				'{"error":"Bad Request","status":400,"message":"invalid ip address"}',
				'ipengine.md',
				'400',
			),
		).toEqual(md('ipengine'));
		expect(equals('ERROR 1045 (28000): Access denied', 'pg.md', '28000')).toEqual(
			md('pg', 'x', 'y', 'z'),
		);
	});

	it('count a code named by its words as well as a message that says them', () => {
		expect(equals('Permission denied', 'winsock.md', '10013')).toEqual(
			md('f', 'g', 'grpc', 'h', 'winsock'),
		);
	});

	it('tell a negative code from a positive one, and read a hex prefix apart', () => {
		expect(equals('{"code": -1, "message": "Error"}', 'rpc.md', '-1')).toEqual(md('rpc'));
		expect(equals('TransportStatusError: (0x6985)', 'ledger.md', '6985')).toEqual(
			md('ledger', 'p', 'q', 'r', 's'),
		);
	});

	it('allow a typed word the slips the search allows', () => {
		expect(equals('Unauthorised', 'chat.md', '401')).toEqual(md('chat', 'k', 'l', 'm', 'n'));
	});

	it('are none when the expected entry answers little of the query', () => {
		// `found` is one word of four, which many documents hold: no one answers the query.
		expect(equals('the shipment label was never found anywhere', 'shop.md', '404')).toEqual([]);
		expect(equals('签名错误', 'sq.md', 'ORA-00904')).toEqual(md('sq'));
	});
});
