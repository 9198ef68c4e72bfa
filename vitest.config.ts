import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// Projects let browser-free suites be added beside `unit` later without touching this one.
		projects: [
			{
				test: {
					name: 'unit',
					// Explicit include keeps Playwright specs in tests/e2e out of Vitest.
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node',
				},
			},
		],
	},
});
