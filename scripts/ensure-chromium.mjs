// @ts-check
// Runs before `playwright test` so a missing browser is fixed (or explained) up front
// instead of surfacing as a launch error in every test.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser.mjs';

const log = (/** @type {string} */ msg) => console.log(`[ensure-chromium] ${msg}`);

/** @param {string} command */
function run(command) {
	log(`running: ${command}`);
	// stdin ignored: CI has none, and a prompt would hang the job forever.
	const result = spawnSync(command, { shell: true, stdio: ['ignore', 'inherit', 'inherit'] });
	return result.status === 0;
}

function found() {
	const { executablePath, source } = findChromium();
	if (executablePath) log(`using ${executablePath} (${source})`);
	return Boolean(executablePath);
}

if (found()) process.exit(0);

if (process.env.ERRDEX_CHROMIUM || process.env.CHROMIUM_PATH) {
	// Installing another browser would not help: findChromium() honours the variable.
	log(`${findChromium().source}: fix or unset that variable.`);
	process.exit(1);
}

log(`no Chromium found (${findChromium().source}); trying to install one.`);
if (run('npx playwright install chromium') && found()) process.exit(0);

const onPath = (/** @type {string} */ cmd) =>
	spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const isRoot = process.getuid?.() === 0;
if (isRoot && existsSync('/etc/debian_version') && onPath('apt-get')) {
	if (run('apt-get update && apt-get install -y chromium') && found()) process.exit(0);
} else {
	log('skipping apt-get: needs root on Debian.');
}

log('could not find or install Chromium. Run one of:');
log('  npx playwright install chromium');
log('  sudo apt-get update && sudo apt-get install -y chromium');
log('or point ERRDEX_CHROMIUM at an existing Chromium/Chrome executable.');
process.exit(1);
