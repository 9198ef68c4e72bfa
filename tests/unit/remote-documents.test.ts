/**
 * Documents listed by URL (`sources: [{ url }]`), fetched at build time from a local HTTP server
 * that the tests start, stop and change: revalidation, a server that is down, one that errs.
 */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources } from '../../src/pipeline/read';
import { fetchDocument, MAX_FETCH_BYTES } from '../../src/pipeline/read/remote';
import { buildCatalog } from './helpers';

const table = (code: string) =>
	`# Errors\n\n| Code | Message |\n|---|---|\n| ${code} | Something failed. |\n`;

/** The server's document, its ETag, and what it was asked. */
const served = {
	text: table('E1'),
	etag: '"v1"',
	status: 200,
	requests: [] as (string | undefined)[],
};
let server: Server;
let url: string;

beforeAll(async () => {
	server = createServer((request, response) => {
		served.requests.push(request.headers['if-none-match']);
		if (served.status !== 200) {
			response.writeHead(served.status).end('unavailable');
			return;
		}
		if (request.headers['if-none-match'] === served.etag) {
			response.writeHead(304).end();
			return;
		}
		response
			.writeHead(200, { 'content-type': 'text/markdown', etag: served.etag })
			.end(served.text);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/errors.md`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('a document at a URL', () => {
	it('is fetched, kept, and revalidated with its ETag rather than sent again', async () => {
		const cache = await mkdtemp(join(tmpdir(), 'errdex-cache-'));
		served.requests = [];
		expect(await fetchDocument(url, cache)).toEqual({
			url,
			text: table('E1'),
			problem: null,
			warnings: [],
		});
		expect(await fetchDocument(url, cache)).toEqual({
			url,
			text: table('E1'),
			problem: null,
			warnings: [],
		});
		expect(served.requests).toEqual([undefined, '"v1"']);

		served.text = table('E2');
		served.etag = '"v2"';
		expect((await fetchDocument(url, cache)).text).toBe(table('E2'));
	});

	it('is built from the cached copy, with a warning, when its server errs or is down', async () => {
		const cache = await mkdtemp(join(tmpdir(), 'errdex-cache-'));
		served.status = 200;
		await fetchDocument(url, cache);

		served.status = 503;
		const erring = await fetchDocument(url, cache);
		expect(erring.text).toBe(served.text);
		expect(erring.problem).toMatch(/HTTP 503; built from the copy fetched before/);

		const down = 'http://127.0.0.1:9/errors.md';
		const offline = await fetchDocument(down, cache);
		expect(offline).toMatchObject({ text: null });
		expect(offline.problem).toMatch(/could not be fetched .*no copy from an earlier build/);
		served.status = 200;
	});

	it('joins the documents of the content folder, with its settings', async () => {
		const root = await mkdtemp(join(tmpdir(), 'errdex-site-'));
		await mkdir(join(root, 'content'));
		await writeFile(join(root, 'content', 'local.md'), table('L1'));
		const { documents, warnings } = await readSources({
			root,
			contentDir: 'content',
			sources: [{ url, title: 'Remote errors' }],
			cacheDir: join(root, 'cache'),
		});
		expect(warnings).toEqual([]);
		expect(documents.map((document) => document.file)).toEqual(['content/local.md', url]);
		expect(documents[1]!.settings).toEqual({ title: 'Remote errors' });
	});

	it('that cannot be fetched and was never cached is left out, with a warning naming it', async () => {
		const root = await mkdtemp(join(tmpdir(), 'errdex-site-'));
		const down = 'http://127.0.0.1:9/gone.md';
		const { documents, warnings } = await readSources({
			root,
			contentDir: 'content',
			sources: [{ url: down }],
			cacheDir: join(root, 'cache'),
		});
		expect(documents).toEqual([]);
		expect(warnings).toEqual([
			{
				level: 'warning',
				file: down,
				line: null,
				text: expect.stringMatching(
					/^http:\/\/127\.0\.0\.1:9\/gone\.md: it could not be fetched .*no copy from an earlier build$/,
				),
			},
		]);
	});
});

describe('a document at a URL that does not end', () => {
	/** A server that sends rows of a table for as long as it is read, and counts what it sent. */
	let endless: Server;
	let endlessUrl: string;
	let sent = 0;
	let closed: Promise<void>;
	beforeAll(async () => {
		endless = createServer((_request, response) => {
			let row = 0;
			sent = 0;
			closed = new Promise((resolve) => response.on('close', resolve));
			response.writeHead(200, { 'content-type': 'text/markdown' });
			response.write('# Endless\n\n| Code | Message |\n| --- | --- |\n');
			const more = () => {
				while (!response.destroyed) {
					const chunk = Array.from({ length: 500 }, () => `| E${row++} | The row ${row}. |\n`).join(
						'',
					);
					sent += chunk.length;
					if (!response.write(chunk)) return void response.once('drain', more);
				}
			};
			more();
		});
		await new Promise<void>((resolve) => endless.listen(0, '127.0.0.1', resolve));
		endlessUrl = `http://127.0.0.1:${(endless.address() as AddressInfo).port}/endless.md`;
	});
	afterAll(() => new Promise<void>((resolve) => endless.close(() => resolve())));

	it('is read up to the last whole line within `maxFetchBytes`, with a warning at that line', async () => {
		const cache = await mkdtemp(join(tmpdir(), 'errdex-cache-'));
		const fetched = await fetchDocument(endlessUrl, cache);
		await closed;
		expect(fetched.problem).toBeNull();
		expect(fetched.text!.length).toBeLessThanOrEqual(MAX_FETCH_BYTES);
		expect(fetched.text!.length).toBeGreaterThan(MAX_FETCH_BYTES - 100);
		expect(fetched.text!.endsWith('. |\n')).toBe(true);
		const lines = fetched.text!.split('\n').length - 1;
		expect(fetched.warnings).toEqual([
			{
				line: lines,
				message: `the document is longer than errdex reads from a URL (\`maxFetchBytes\`, 5 MB), so it was read up to line ${lines}; raise \`maxFetchBytes\` to read it all`,
			},
		]);
		// The connection was closed rather than read on: what the server sent is the limit and
		// what its socket buffers held.
		expect(sent).toBeLessThan(MAX_FETCH_BYTES * 3);
	});

	it('a lower limit, given as the option, reaches the document as a warning of its page', async () => {
		const root = await mkdtemp(join(tmpdir(), 'errdex-site-'));
		const { documents, warnings } = await readSources({
			root,
			contentDir: 'content',
			sources: [{ url: endlessUrl }],
			cacheDir: join(root, 'cache'),
			maxFetchBytes: 64 * 1024,
		});
		expect(warnings).toEqual([]);
		expect(documents[0]!.text.length).toBeLessThanOrEqual(64 * 1024);
		expect(documents[0]!.warnings).toEqual([
			expect.objectContaining({
				file: endlessUrl,
				message: expect.stringContaining('(`maxFetchBytes`, 0.1 MB)'),
			}),
		]);
		expect(buildCatalog(documents).sources[0]!.warnings[0]!.file).toBe(endlessUrl);
	}, 60_000);
});
