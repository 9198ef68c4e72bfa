/**
 * A code whose last part is a name of its own, after a namespace (`data/rate-limit-exceeded`) or
 * a number that heads it (`E002_INVALID_EMAIL`): typing that name finds the code, as typing a
 * code named so whole does, behind such a code.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, codeTable } from './helpers';
import { engineOf, otherMessages } from './search-fixtures';
import { codeTail } from '../../src/search/code-tails';

describe('the name a code’s last part gives it', () => {
	it('is the part after a namespace or a numbered head', () => {
		expect(codeTail('data/rate-limit-exceeded')).toBe('rate-limit-exceeded');
		expect(codeTail('auth/invalid-email')).toBe('invalid-email');
		expect(codeTail('E002_INVALID_EMAIL')).toBe('INVALID_EMAIL');
		expect(codeTail('app/sub/tokenExpired')).toBe('tokenExpired');
	});

	it('is none for one word, a plain name or a number', () => {
		expect(codeTail('auth/unknown')).toBeNull();
		expect(codeTail('VALIDATION_INVALID_EMAIL')).toBeNull();
		expect(codeTail('E002')).toBeNull();
		expect(codeTail('4/5')).toBeNull();
	});
});

const catalog = buildCatalog([
	{
		file: 'content/meetings.md',
		text: `# Meeting API errors\n\n${codeTable([
			['E001_MISSING_NAME', '名稱為必填'],
			['E002_INVALID_EMAIL', 'Email 格式錯誤'],
		])}`,
	},
	{
		file: 'content/backend.md',
		text: `# Backend errors\n\n${codeTable([
			['data/not-found', '레코드가 존재하지 않음'],
			['data/rate-limit-exceeded', 'API 호출 한도 초과'],
		])}`,
	},
	...['shop', 'bank', 'mail', 'maps'].map((name) => ({
		file: `content/${name}.md`,
		text: `# ${name}\n\n${codeTable([
			['429', 'Rate limit exceeded'],
			['422', 'Invalid email'],
		])}`,
	})),
	otherMessages(),
]);
const engine = engineOf(catalog);
const first = (query: string) => {
	const hit = engine.search(query, 1)[0];
	return `${hit?.source} ${hit?.code}`;
};

describe('typing a code’s last part', () => {
	it('finds the code, ahead of messages that say the words', () => {
		expect(first('invalid email')).toBe('meetings E002_INVALID_EMAIL');
		expect(first('rate limit exceeded')).toBe('backend data/rate-limit-exceeded');
		expect(first('RATE_LIMIT_EXCEEDED')).toBe('backend data/rate-limit-exceeded');
	});

	it('leaves a code that is the name whole ahead of it', () => {
		const whole = buildCatalog([
			{
				file: 'content/backend.md',
				text: `# Backend\n\n${codeTable([['auth/invalid-email', 'Bad address']])}`,
			},
			{
				file: 'content/forms.md',
				text: `# Forms\n\n${codeTable([['INVALID_EMAIL', 'Bad address']])}`,
			},
		]);
		const search = engineOf(whole);
		expect(search.search('invalid email', 2).map((hit) => hit.code)).toEqual([
			'INVALID_EMAIL',
			'auth/invalid-email',
		]);
	});
});
