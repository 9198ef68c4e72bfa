import { describe, expect, it } from 'vitest';
import { SlugScope, slugOf, sourceSlug } from '../../src/pipeline/link/slugs';
import { routes } from './helpers';

const sourceScope = () => new SlugScope(routes.reserved());

describe('slugOf', () => {
	it('keeps codes readable, lowercase ASCII', () => {
		expect(slugOf('20003')).toBe('20003');
		expect(slugOf('0x8024A000')).toBe('0x8024a000');
		expect(slugOf('BLOB_UNKNOWN')).toBe('blob-unknown');
		expect(slugOf('4000–4999')).toBe('4000-4999');
		expect(slugOf('auth/invalid-email')).toBe('auth-invalid-email');
		expect(slugOf('Ünïcode')).toBe('uenicode');
	});

	it('keeps the sign of a negative code, so -1 and 1 differ', () => {
		expect(slugOf('-1')).toBe('minus-1');
		expect(slugOf('−32600')).toBe('minus-32600');
		expect(slugOf('1')).toBe('1');
	});

	it('never produces an empty, overlong, path-like or device-name slug', () => {
		expect(slugOf('エラー')).toMatch(/^x-[0-9a-z]+$/);
		expect(slugOf('エラー')).toBe(slugOf('エラー'));
		expect(slugOf('エラー')).not.toBe(slugOf('エラー2'));
		expect(slugOf('../../etc/passwd')).toBe('etc-passwd');
		expect(slugOf('%2e%2e')).not.toContain('.');
		expect(slugOf('CON')).toBe('con-code');
		const long = slugOf('E'.repeat(300));
		expect(long.length).toBeLessThanOrEqual(90);
		expect(long).not.toBe(slugOf(`${'E'.repeat(299)}F`));
	});
});

describe('SlugScope', () => {
	it('makes colliding slugs unique in order', () => {
		const scope = new SlugScope();
		expect(scope.claim('e-1')).toBe('e-1');
		expect(scope.claim('e-1')).toBe('e-1-2');
		expect(scope.claim('e-1')).toBe('e-1-3');
	});

	it('keeps sources off the paths the site uses itself', () => {
		const scope = sourceScope();
		expect(scope.claim(sourceSlug('content/search.md', undefined))).toBe('search-2');
		expect(scope.claim(sourceSlug('content/PluralKit.md', undefined))).toBe('pluralkit');
		expect(scope.claim(sourceSlug('content/other.md', 'PluralKit'))).toBe('pluralkit-2');
	});
});
