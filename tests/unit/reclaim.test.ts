import { afterEach, describe, expect, it, vi } from 'vitest';
import { RECLAIM, reclaimer } from '../../src/astro/reclaim';

const document = (bytes: number) => ({ file: 'content/a.md', text: 'x'.repeat(bytes) });

describe('reclaiming between documents', () => {
	afterEach(() => {
		delete (globalThis as { gc?: () => void }).gc;
	});

	it('collects once enough Markdown has been read, not after every small document', () => {
		const gc = vi.fn();
		(globalThis as { gc?: () => void }).gc = gc;
		const after = reclaimer();
		const third = Math.ceil(RECLAIM.afterBytes / 3);
		after(document(third));
		after(document(third));
		expect(gc).not.toHaveBeenCalled();
		after(document(third));
		expect(gc).toHaveBeenCalledTimes(1);
		after(document(RECLAIM.afterBytes));
		expect(gc).toHaveBeenCalledTimes(2);
	});

	it('reaches the collector where the runtime does not expose it', () => {
		const after = reclaimer();
		expect(() => after(document(RECLAIM.afterBytes))).not.toThrow();
		expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
	});
});
