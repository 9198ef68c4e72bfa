import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** How long a build waits for a document's server before it builds from the cached copy. */
const FETCH_TIMEOUT_MS = 10_000;

/** A document fetched from its URL, or from the cache when the URL could not give it. */
export interface RemoteDocument {
	url: string;
	/** The document's text; null when it could not be fetched and no copy was cached. */
	text: string | null;
	/** Why the cached copy (or nothing) was used; null when the server answered. */
	problem: string | null;
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
	fetcher: typeof fetch = fetch,
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
		if (response.status === 304 && cached) return { url, text: cached.text, problem: null };
		if (response.ok) {
			const text = await response.text();
			await writeCache(file, {
				url,
				etag: response.headers.get('etag'),
				lastModified: response.headers.get('last-modified'),
				text,
			});
			return { url, text, problem: null };
		}
		problem = `the server answered HTTP ${response.status}`;
	} catch (error) {
		problem = `it could not be fetched (${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)})`;
	}
	return cached
		? { url, text: cached.text, problem: `${problem}; built from the copy fetched before` }
		: { url, text: null, problem: `${problem}, and there is no copy from an earlier build` };
}

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
