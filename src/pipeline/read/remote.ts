import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeDocument } from './decode';

/** How long a build waits for a document's server before it builds from the cached copy. */
const FETCH_TIMEOUT_MS = 10_000;
/**
 * The most of a document at a URL read by default (the `maxFetchBytes` option): the largest
 * published error reference of the corpus is under 1 MB, and a server that sends without end
 * held 3.2 GB before the timeout stopped it.
 */
export const MAX_FETCH_BYTES = 5 * 1024 * 1024;

/** A document fetched from its URL, or from the cache when the URL could not give it. */
export interface RemoteDocument {
	url: string;
	/** The document's text; null when it could not be fetched and no copy was cached. */
	text: string | null;
	/** Why the cached copy (or nothing) was used; null when the server answered. */
	problem: string | null;
	/**
	 * What errdex made of the text it read, with lines: a document cut at `maxBytes`, bytes that
	 * are not UTF-8. Warnings of the document, on its page too.
	 */
	warnings: { line: number; message: string }[];
}

export interface FetchOptions {
	fetcher?: typeof fetch | undefined;
	/** Bytes read at most; a document longer is read up to its last whole line within them. */
	maxBytes?: number | undefined;
}

interface CacheEntry {
	url: string;
	etag: string | null;
	lastModified: string | null;
	text: string;
}

/**
 * Fetches a document published at a URL, revalidating the copy kept in `cacheDir` with the
 * validators its server gave (ETag, Last-Modified): a document that has not changed is not sent
 * again, and a server that is down does not stop the build while a copy exists.
 */
export async function fetchDocument(
	url: string,
	cacheDir: string,
	{ fetcher = fetch, maxBytes = MAX_FETCH_BYTES }: FetchOptions = {},
): Promise<RemoteDocument> {
	const file = join(
		cacheDir,
		`${createHash('sha256').update(url).digest('hex').slice(0, 24)}.json`,
	);
	const cached = await readCache(file, url);
	const headers: Record<string, string> = {};
	if (cached?.etag) headers['If-None-Match'] = cached.etag;
	if (cached?.lastModified) headers['If-Modified-Since'] = cached.lastModified;
	let problem: string;
	try {
		const response = await fetcher(url, { headers, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
		if (response.status === 304 && cached)
			return { url, text: cached.text, problem: null, warnings: [] };
		if (response.ok) {
			const { bytes, cut } = await readBody(response, maxBytes);
			const decoded = decodeDocument(bytes);
			if ('notText' in decoded) return { url, text: null, problem: decoded.notText, warnings: [] };
			const { text, problems } = decoded;
			if (cut) {
				// A part of a document is not the document: it is not kept as its copy.
				const line = text.split('\n').length - 1;
				problems.push({
					line,
					message: `the document is longer than errdex reads from a URL (\`maxFetchBytes\`, ${megabytes(maxBytes)}), so it was read up to line ${line}; raise \`maxFetchBytes\` to read it all`,
				});
				return { url, text, problem: null, warnings: problems };
			}
			await writeCache(file, {
				url,
				etag: response.headers.get('etag'),
				lastModified: response.headers.get('last-modified'),
				text,
			});
			return { url, text, problem: null, warnings: problems };
		}
		problem = `the server answered HTTP ${response.status}`;
	} catch (error) {
		problem = `it could not be fetched (${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)})`;
	}
	return cached
		? {
				url,
				text: cached.text,
				problem: `${problem}; built from the copy fetched before`,
				warnings: [],
			}
		: {
				url,
				text: null,
				problem: `${problem}, and there is no copy from an earlier build`,
				warnings: [],
			};
}

/**
 * The body, read as it comes and no further than `limit` bytes (a server may send without end),
 * cut after its last line break when it is cut.
 */
async function readBody(
	response: Response,
	limit: number,
): Promise<{ bytes: Uint8Array; cut: boolean }> {
	const chunks: Uint8Array[] = [];
	let size = 0;
	let cut = false;
	const reader = response.body!.getReader();
	for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
		if (size + chunk.value.length > limit) {
			chunks.push(chunk.value.subarray(0, limit - size));
			size = limit;
			cut = true;
			await reader.cancel();
			break;
		}
		chunks.push(chunk.value);
		size += chunk.value.length;
	}
	const bytes = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, at);
		at += chunk.length;
	}
	return { bytes: cut ? bytes.subarray(0, bytes.lastIndexOf(0x0a) + 1) : bytes, cut };
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

async function readCache(file: string, url: string): Promise<CacheEntry | null> {
	try {
		const entry = JSON.parse(await readFile(file, 'utf8')) as CacheEntry;
		return entry.url === url && typeof entry.text === 'string' ? entry : null;
	} catch {
		return null;
	}
}

/** Written whole or not at all: a build stopped halfway must not leave half a document. */
async function writeCache(file: string, entry: CacheEntry): Promise<void> {
	await mkdir(join(file, '..'), { recursive: true });
	const partial = `${file}.${process.pid}.tmp`;
	await writeFile(partial, JSON.stringify(entry));
	await rename(partial, file);
}
