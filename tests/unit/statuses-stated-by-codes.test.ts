/**
 * A status stated in a code's meaning or its name (issue 16, batches unseen-44 and unseen-46), as
 * one rule: one failing status named plainly is the code's status, two named are none. The
 * entries stage's reading alone, then a `TableText` through the entries stage.
 */
import { describe, expect, it } from 'vitest';
import { statedByCodeOrMeaning, statedStatus } from '../../src/pipeline/entries/stated-status';
import { entriesAlone } from './table-text';

describe('a status stated by a code or its meaning', () => {
	it("reads one status given as a body's code, or named as HTTP's", () => {
		expect(statedStatus('数据已被他人修改（乐观锁并发冲突，code=409）')).toBe(409);
		expect(statedStatus('The route matched nothing (code: 404)')).toBe(404);
		expect(statedStatus('Resource conflict (HTTP 409, e.g. DEVICE_LIMIT)')).toBe(409);
	});

	it('reads none where two statuses are named together', () => {
		expect(statedStatus('Missing/invalid auth (HTTP 401/403)')).toBeNull();
		expect(statedStatus('The upstream failed (status 502 or 503)')).toBeNull();
		expect(statedStatus('Throttled (HTTP 429, 503)')).toBeNull();
	});

	it('reads the status a code names, and none where its meaning names another', () => {
		expect(statedByCodeOrMeaning('HTTP_429', '服務回報；需查看原始訊息')).toBe(429);
		expect(statedByCodeOrMeaning('HTTP-503', 'The service is down')).toBe(503);
		expect(statedByCodeOrMeaning('HTTP_429', 'Sent as HTTP 503 by the proxy')).toBeNull();
		expect(statedByCodeOrMeaning('HTTP_TIMEOUT', 'The request timed out')).toBeNull();
		expect(statedByCodeOrMeaning('404', 'Not in the index')).toBeNull();
	});

	it('gives each row the status its code or meaning states, one only', () => {
		const entries = entriesAlone({
			section: ['通用错误码'],
			header: ['错误码', '说明', '场景'],
			rows: [
				['COMMON_CONCURRENCY_CONFLICT', '数据已被他人修改（乐观锁并发冲突，code=409）', '见说明'],
				['COMMON_REPEAT_SUBMIT', '请勿重复提交', '见说明'],
				['HTTP_429', '服務回報；需查看原始訊息', '见说明'],
				['AUTH_INVALID', 'Missing/invalid auth (HTTP 401/403)', '见说明'],
			],
		});
		expect(entries.map((e) => [e.code, e.status])).toEqual([
			['COMMON_CONCURRENCY_CONFLICT', 409],
			['COMMON_REPEAT_SUBMIT', null],
			['HTTP_429', 429],
			['AUTH_INVALID', null],
		]);
	});
});
