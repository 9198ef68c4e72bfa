/**
 * errdex keeps the schema `<StarlightPage>` validates frontmatter with, built once instead of for
 * every page (`src/astro/starlight-page-schema.ts`). The Starlight installed must still build it
 * the way the transform knows, or the build would quietly lose the saving.
 */
import type { AstroIntegrationLogger } from 'astro';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { keepStarlightPageSchema } from '../../src/astro/starlight-page-schema';

const id = fileURLToPath(
	new URL('../../node_modules/@astrojs/starlight/dist/utils/starlight-page.js', import.meta.url),
);
const logger = () => ({ warn: vi.fn() }) as unknown as AstroIntegrationLogger;

describe('the StarlightPage schema', () => {
	it('is built once in the Starlight installed', () => {
		const log = logger();
		const code = keepStarlightPageSchema(log).transform(readFileSync(id, 'utf8'), id);
		expect(code).toContain(
			'const schema = errdexKeptSchema ??= await StarlightPageFrontmatterSchema(',
		);
		expect(code).toMatch(/^let errdexKeptSchema;\n/);
		expect(log.warn).not.toHaveBeenCalled();
	});

	it('is left alone, with a warning, where Starlight builds it otherwise', () => {
		const log = logger();
		const code = 'const schema = await somethingElse();';
		expect(keepStarlightPageSchema(log).transform(code, id)).toBeUndefined();
		expect(log.warn).toHaveBeenCalledOnce();
	});

	it('leaves every other module alone', () => {
		const log = logger();
		expect(keepStarlightPageSchema(log).transform('x', '/src/other.js')).toBeUndefined();
		expect(log.warn).not.toHaveBeenCalled();
	});
});
