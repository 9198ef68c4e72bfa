/**
 * Numbers of the API's own mixed with HTTP's (issue 16, batch unseen-42): among codes that only
 * look like statuses (`601`, `812`), a number whose meaning is its status's reason phrase, in
 * English or translated (`401 | No autorizado.`), is HTTP's status; the others have none. The
 * reason phrases alone, then the entries stage (a `TableText` in, entries out), then a small
 * document through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { saysReasonPhrase } from '../../src/core/status-names';
import { statusNamedByMeaning } from '../../src/pipeline/entries/stated-status';
import { buildFixture } from './helpers';
import { entriesAlone } from './table-text';

describe('reason phrases in any language', () => {
	it('knows a status by its reason phrase in English, Spanish, Portuguese, French and Italian', () => {
		expect(saysReasonPhrase(401, 'No autorizado.')).toBe(true);
		expect(saysReasonPhrase(401, 'Não autorizado')).toBe(true);
		expect(saysReasonPhrase(409, 'Conflit')).toBe(true);
		expect(saysReasonPhrase(429, 'Troppe richieste')).toBe(true);
		expect(saysReasonPhrase(404, 'Not Found.')).toBe(true);
	});

	it('knows no status by another status’s phrase, or by a sentence that only mentions it', () => {
		expect(saysReasonPhrase(403, 'No autorizado.')).toBe(false);
		expect(saysReasonPhrase(401, 'El usuario no autorizado fue bloqueado.')).toBe(false);
		expect(saysReasonPhrase(401, '')).toBe(false);
	});

	it('gives a failing number the status its meaning names, and nothing else', () => {
		expect(statusNamedByMeaning('401', 'No autorizado.')).toBe(401);
		expect(statusNamedByMeaning('401', 'token invalid')).toBeNull();
		expect(statusNamedByMeaning('200', 'OK')).toBeNull();
		expect(statusNamedByMeaning('40101', 'No autorizado.')).toBeNull();
	});
});

describe('entries: statuses named among the API’s own numbers', () => {
	it('gives the numbers whose meaning names their status that status, the API’s own none', () => {
		const entries = entriesAlone({
			section: ['Error codes'],
			header: ['Code', 'Description'],
			rows: [
				['401', 'No autorizado.'],
				['403', 'Token inválido.'],
				['601', 'País destino no válido.'],
				['912', 'Saldo insuficiente.'],
			],
		});
		expect(entries.map((e) => [e.code, e.status])).toEqual([
			['401', 401],
			['403', null],
			['601', null],
			['912', null],
		]);
	});
});

describe('reason-phrases-among-own-codes.md', () => {
	it('reads HTTP’s statuses where the meaning names them, and none for the payout codes', () => {
		const { entries } = buildFixture('reason-phrases-among-own-codes.md');
		expect(entries.map((e) => [e.code, e.status])).toEqual([
			['400', 400],
			['401', 401],
			['409', 409],
			['403', null],
			['601', null],
			['812', null],
			['912', null],
		]);
	});
});
