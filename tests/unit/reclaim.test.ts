import { afterEach, describe, expect, it, vi } from 'vitest';
import { setFlagsFromString } from 'node:v8';
import { RECLAIM, reclaimer, whileReading } from '../../src/astro/reclaim';

// The flags errdex sets, seen as they are set (and still set).
vi.mock('node:v8', async (original) => {
	const v8 = await original<typeof import('node:v8')>();
	return { ...v8, setFlagsFromString: vi.fn(v8.setFlagsFromString) };
});

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

describe('the heap while documents are read', () => {
	it("holds the heap's growth while reading and gives V8 its own factor back after", () => {
		vi.mocked(setFlagsFromString).mockClear();
		expect(whileReading(() => 'catalog')).toBe('catalog');
		expect(() =>
			whileReading(() => {
				throw new Error('a document failed');
			}),
		).toThrow('a document failed');
		const growth = vi
			.mocked(setFlagsFromString)
			.mock.calls.map(([flag]) => flag)
			.filter((f) => f.includes('growing'));
		expect(growth).toEqual([
			`--heap-growing-percent=${RECLAIM.readingGrowthPercent}`,
			'--heap-growing-percent=0',
			`--heap-growing-percent=${RECLAIM.readingGrowthPercent}`,
			'--heap-growing-percent=0',
		]);
	});
});
