/**
 * Where the history comes from: the live site (cached and revalidated as documents at URLs
 * are; a 404 means none yet, an unreachable site the copy fetched before), a committed file,
 * or the documents' past versions in git (a checkout with history, a shallow clone, no git).
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDate, historyLocation, loadHistory } from '../../src/astro/history';
import { parseOptions } from '../../src/astro/options';
import { createRoutes } from '../../src/core/routes';
import { pastVersions } from '../../src/pipeline/read/git';
import { readHistoryText } from '../../src/pipeline/read/history';

const routes = createRoutes();
const served = { status: 200, body: '{"errdex":"history"}', etag: '"h1"', asked: [] as string[] };
let server: Server;
let url: string;

beforeAll(async () => {
	server = createServer((request, response) => {
		served.asked.push(String(request.headers['if-none-match']));
		if (served.status !== 200) return void response.writeHead(served.status).end();
		if (request.headers['if-none-match'] === served.etag) return void response.writeHead(304).end();
		response.writeHead(200, { etag: served.etag }).end(served.body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/errors-history.json`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the history at a URL', () => {
	it('is fetched, kept, revalidated, and used from the copy when the site is down', async () => {
		const cache = await mkdtemp(join(tmpdir(), 'errdex-history-cache-'));
		Object.assign(served, { status: 200, asked: [] });
		expect(await readHistoryText({ url }, '/', cache)).toMatchObject({
			text: served.body,
			problem: null,
		});
		expect((await readHistoryText({ url }, '/', cache)).text).toBe(served.body);
		expect(served.asked).toEqual(['undefined', '"h1"']);
		served.status = 503;
		const down = await readHistoryText({ url }, '/', cache);
		expect(down.text).toBe(served.body);
		expect(down.problem).toMatch(/HTTP 503; built from the copy fetched before/);
	});

	it('is none yet where the site answers 404: a note, not a problem', async () => {
		const cache = await mkdtemp(join(tmpdir(), 'errdex-history-cache-'));
		served.status = 404;
		expect(await readHistoryText({ url }, '/', cache)).toEqual({
			text: null,
			where: url,
			problem: null,
			note: `no history published at ${url} yet (HTTP 404): this build begins one`,
		});
	});

	it('is a problem where the site cannot be reached and nothing was fetched before', async () => {
		const cache = await mkdtemp(join(tmpdir(), 'errdex-history-cache-'));
		const read = await readHistoryText({ url: 'http://127.0.0.1:9/h.json' }, '/', cache);
		expect(read.text).toBeNull();
		expect(read.problem).toMatch(/could not be fetched .* no copy from an earlier build/);
	});

	it('is the live site’s by default, unless the site is not published anywhere', () => {
		const option = undefined;
		expect(historyLocation(option, new URL('https://errors.example.com'), routes)).toEqual({
			url: 'https://errors.example.com/errors-history.json',
		});
		const prefixed = createRoutes({ base: '/docs/', prefix: 'errors' });
		expect(historyLocation(option, new URL('https://x.example'), prefixed)).toEqual({
			url: 'https://x.example/docs/errors/errors-history.json',
		});
		expect(historyLocation(option, new URL('http://localhost:4321'), routes)).toBeNull();
		expect(historyLocation(option, undefined, routes)).toBeNull();
		expect(historyLocation(false, new URL('https://x.example'), routes)).toBeNull();
		expect(historyLocation({ file: 'h.json', git: 0 }, undefined, routes)).toEqual({
			file: 'h.json',
		});
	});
});

describe('a committed history file', () => {
	it('is read, or is none yet when it does not exist', async () => {
		const root = await mkdtemp(join(tmpdir(), 'errdex-history-file-'));
		expect(await readHistoryText({ file: 'h.json' }, root, root)).toMatchObject({
			text: null,
			problem: null,
			note: 'no history in h.json yet: this build begins one and writes it there',
		});
		await writeFile(join(root, 'h.json'), 'text');
		expect((await readHistoryText({ file: 'h.json' }, root, root)).text).toBe('text');
	});

	it('that errdex cannot read stops the build, rather than begin again without it', async () => {
		const root = await mkdtemp(join(tmpdir(), 'errdex-history-file-'));
		await writeFile(join(root, 'h.json'), '{"errdex":"history","version":9}');
		const options = parseOptions({ history: { file: 'h.json' } }, {});
		const where = { root, cacheDir: root, location: { file: 'h.json' }, routes };
		await expect(loadHistory(options, where, [])).rejects.toThrow(
			/version 9, written by a newer errdex/,
		);
	});
});

describe('the build date', () => {
	it('is now, or SOURCE_DATE_EPOCH for a reproducible build', () => {
		expect(buildDate({}, new Date('2026-05-01T10:20:30.456Z'))).toBe('2026-05-01T10:20:30Z');
		expect(buildDate({ SOURCE_DATE_EPOCH: '1767225600' })).toBe('2026-01-01T00:00:00Z');
		expect(() => buildDate({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH/);
	});
});

const doc = (rows: string[]) =>
	`# Acme errors\n\n| Code | Message |\n| --- | --- |\n${rows.map((row) => `| ${row} |`).join('\n')}\n`;

/** A git repository whose `content/` went through the versions given, one commit each. */
async function repository(versions: string[][]): Promise<string> {
	const root = await mkdtemp(join(tmpdir(), 'errdex-git-'));
	const git = (...args: string[]) =>
		execFileSync('git', args, {
			cwd: root,
			env: { ...process.env, GIT_AUTHOR_DATE: '', GIT_COMMITTER_DATE: '' },
		});
	git('init', '-q');
	git('config', 'user.email', 'test@example.com');
	git('config', 'user.name', 'Test');
	await mkdir(join(root, 'content'));
	for (const [i, rows] of versions.entries()) {
		await writeFile(join(root, 'content/acme.md'), doc(rows));
		git('add', '-A');
		execFileSync('git', ['commit', '-q', '-m', `v${i + 1}`], {
			cwd: root,
			env: {
				...process.env,
				GIT_AUTHOR_DATE: `2026-0${i + 1}-01T12:00:00Z`,
				GIT_COMMITTER_DATE: `2026-0${i + 1}-01T12:00:00Z`,
			},
		});
	}
	return root;
}

const VERSIONS = [
	['E1 | Bad request.', 'E2 | Expired.'],
	['E1 | Bad request.', 'E2 | Expired.', 'E3 | Conflict.'],
	['E1 | The request is bad.', 'E3 | Conflict.'],
];

describe('a history begun from git', () => {
	const seed = async (root: string, commits: number) => {
		const options = parseOptions({ history: { file: 'none.json', git: commits } }, {});
		const documents = [{ file: 'content/acme.md', text: doc(VERSIONS.at(-1)!) }];
		return loadHistory(options, { root, cacheDir: root, location: null, routes }, documents);
	};

	it('dates every code from the commit that added or changed it', async () => {
		const root = await repository(VERSIONS);
		const { previous, notes } = await seed(root, 10);
		expect(notes.at(-1)).toBe(
			'history begun from 3 past versions of content/ in git, every commit that changed it',
		);
		expect(previous!.builds).toEqual([
			'2026-01-01T12:00:00Z',
			'2026-02-01T12:00:00Z',
			'2026-03-01T12:00:00Z',
		]);
		const pages = new Map(previous!.sources[0]!.pages.map((page) => [page.code, page]));
		expect(pages.get('E1')).toMatchObject({ first: 0, changed: 2, removed: null });
		expect(pages.get('E2')).toMatchObject({ first: 0, removed: 2 });
		expect(pages.get('E3')).toMatchObject({ first: 1, removed: null });
	});

	it('reads only the last N commits: what came before them has no date', async () => {
		const root = await repository(VERSIONS);
		const { previous, notes } = await seed(root, 1);
		expect(notes.at(-1)).toMatch(/1 past version .* the last 1 \(the `history.git` option\)/);
		const pages = new Map(previous!.sources[0]!.pages.map((page) => [page.code, page]));
		expect(pages.get('E3')).toMatchObject({ first: null });
		expect(pages.get('E1')).toMatchObject({ first: null, changed: 0 });
	});

	it('works in a shallow clone, from the commits it holds', async () => {
		const origin = await repository(VERSIONS);
		const clone = await mkdtemp(join(tmpdir(), 'errdex-shallow-'));
		execFileSync('git', ['clone', '-q', '--depth', '2', `file://${origin}`, clone]);
		const { previous, notes } = await seed(clone, 10);
		expect(notes.at(-1)).toMatch(/1 past version .* all a shallow clone holds/);
		expect(previous!.builds).toEqual(['2026-03-01T12:00:00Z']);
		const pages = new Map(previous!.sources[0]!.pages.map((page) => [page.code, page]));
		expect(pages.get('E2')).toMatchObject({ removed: 0, first: null });
	});

	it('says why there is none outside a git checkout', async () => {
		const root = await mkdtemp(join(tmpdir(), 'errdex-no-git-'));
		await mkdir(join(root, 'content'));
		expect(await pastVersions(root, 'content', 10, () => undefined)).toEqual({
			note: 'no past versions of content/: it is not in a git checkout with history',
		});
		const { previous } = await seed(root, 10);
		expect(previous).toBeNull();
	});
});
