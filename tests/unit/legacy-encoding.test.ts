import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../src/pipeline/read/decode';
import { buildCatalog } from './helpers';

const TABLE_ZH = `# 错误码

模块返回的错误码如下，请根据错误码排查问题。

| 错误码 | 含义 |
| --- | --- |
| 3 | 操作不允许 |
| 4 | 参数错误，请检查输入的参数 |
| 10 | 网络未注册，请稍后重试 |
| 13 | SIM 卡故障，请检查 SIM 卡是否插好 |
`;

const TABLE_JA = `# エラーコード

| コード | 説明 |
| --- | --- |
| E01 | パスワードが違います。もう一度お試しください |
| E02 | セッションの有効期限が切れました。再度ログインしてください |
`;

const text = (decoded: ReturnType<typeof decodeDocument>) => {
	if ('notText' in decoded) throw new Error(decoded.notText);
	return decoded;
};

describe('documents not saved in UTF-8', () => {
	it('a Chinese page saved in GBK is read as the text it holds, with a warning that names GBK', () => {
		const decoded = text(decodeDocument(iconv.encode(TABLE_ZH, 'gbk')));
		expect(decoded.text).toBe(TABLE_ZH);
		expect(decoded.problems).toEqual([
			{
				line: 1,
				message:
					'the document is not UTF-8: its bytes are GB18030, and it is read so; save it as UTF-8',
			},
		]);
	});

	it('a Japanese page saved in Shift_JIS is read as the text it holds', () => {
		const decoded = text(decodeDocument(iconv.encode(TABLE_JA, 'Shift_JIS')));
		expect(decoded.text).toBe(TABLE_JA);
		expect(decoded.problems[0]!.message).toMatch(/its bytes are Shift_JIS/);
	});

	it('its table is read: the codes and their messages, as a reader sees them', () => {
		const decoded = text(decodeDocument(iconv.encode(TABLE_ZH, 'gbk')));
		const catalog = buildCatalog([{ file: 'content/at.md', text: decoded.text }]);
		expect(catalog.entries.map((e) => [e.code, e.message])).toEqual([
			['3', '操作不允许'],
			['4', '参数错误，请检查输入的参数'],
			['10', '网络未注册，请稍后重试'],
			['13', 'SIM 卡故障，请检查 SIM 卡是否插好'],
		]);
	});

	it('a UTF-8 page with one damaged line stays UTF-8: the damage is shown as �, at its line', () => {
		const good = new TextEncoder().encode(TABLE_ZH);
		const bytes = new Uint8Array([
			...good,
			...new TextEncoder().encode('| 20 | '),
			0xc4,
			0xe3,
			0x0a,
		]);
		const decoded = text(decodeDocument(bytes));
		expect(decoded.text.startsWith(TABLE_ZH)).toBe(true);
		expect(decoded.text).toContain('| 20 | �');
		expect(decoded.problems[0]).toMatchObject({ line: 11 });
		expect(decoded.problems[0]!.message).toMatch(/shown as �/);
	});

	it('two stray bytes in an English page are too few to tell an encoding: shown as �', () => {
		const bytes = new Uint8Array([
			...new TextEncoder().encode('| Code | Message |\n| --- | --- |\n| BAD_'),
			0xff,
			0xfe,
			...new TextEncoder().encode('_CODE | A byte that is no UTF-8 |\n'),
		]);
		expect(text(decodeDocument(bytes)).text).toContain('BAD_��_CODE');
	});
});
