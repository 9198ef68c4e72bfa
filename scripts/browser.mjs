// @ts-check
// The single source of truth for which Chromium the browser tests drive, so that
// playwright.config.ts and ensure-chromium.mjs can never disagree.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** @returns {string | undefined} */
function playwrightBundledPath() {
	try {
		// require, not import, keeps findChromium() synchronous; playwright-core ships
		// with @playwright/test, and without it we simply fall through to system paths.
		const { chromium } = createRequire(import.meta.url)('playwright-core');
		const path = chromium.executablePath();
		// executablePath() reports where the browser would be, installed or not.
		return path && existsSync(path) ? path : undefined;
	} catch {
		return undefined;
	}
}

/** @returns {{ executablePath: string | undefined, source: string }} */
export function findChromium() {
	for (const name of ['ERRDEX_CHROMIUM', 'CHROMIUM_PATH']) {
		const path = process.env[name];
		if (!path) continue;
		// An explicit choice that is wrong should fail loudly, not be swapped for another browser.
		if (!existsSync(path))
			return { executablePath: undefined, source: `${name}=${path} (missing)` };
		return { executablePath: path, source: `$${name}` };
	}
	const bundled = playwrightBundledPath();
	if (bundled) return { executablePath: bundled, source: 'Playwright bundled browser' };
	const system = SYSTEM_PATHS.find((path) => existsSync(path));
	if (system) return { executablePath: system, source: 'system install' };
	return { executablePath: undefined, source: 'not found' };
}

/** @returns {string[]} */
export function chromiumArgs() {
	return [
		// Chromium refuses to start its sandbox as root (CI containers run as root).
		...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
		'--disable-gpu',
		// The test machines are offline: stop Chromium dialling Google and logging every refusal.
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
		'--disable-quic',
	];
}
