/**
 * Reclaiming a large document's garbage before the next document is read. Parsing a document
 * makes some 700 bytes of short-lived trees (micromark events, mdast, hast) per byte of
 * Markdown; V8 lets its heap grow to about four times what survived the last collection before
 * collecting again, so a catalog of large documents peaked at 1.4 GB of heap for 220 MB that
 * stayed, and the process kept that memory for the rest of the build. Collecting after each
 * large document keeps the heap near what stays. The collector is reached as Jest's leak
 * detector reaches it: exposed for a moment, taken from a fresh context, hidden again.
 *
 * One large document is parsed in a single call, so that collection comes too late for it: a
 * table of 130,000 short rows keeps some 600 MB of trees alive while it is read, and V8, which
 * lets the heap grow to four times that before a full collection, peaked at 2.2 GB in the
 * pipeline alone. While documents are read, the heap may only double.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Document } from '../pipeline';

/** The tuning numbers of reclaiming, with why. */
export const RECLAIM = {
	/**
	 * Markdown read since the last collection that makes one worth its cost: about 100 ms for a
	 * full collection of a large catalog's heap, against some 180 MB of garbage from 256 KB of
	 * Markdown. A site of small documents collects a few times, not once per document.
	 */
	afterBytes: 256 * 1024,
	/**
	 * How far the heap may grow past what survived the last full collection while documents are
	 * read, in percent (V8's `--heap-growing-percent`; 0 is its own factor, up to 300). 100 took
	 * the 130,000-row document's pipeline from 2.2 GB to 1.6 GB of peak memory, at the cost of
	 * more full collections. Since the parse keeps less per row, 200 peaked at 1,649 and 1,908 MB
	 * in two quiet runs of that document's whole build (1,707 MB at 100), within 2 GB, and spends
	 * 6 s less of its 39 s of pipeline collecting, which brought its build from 61 s to 55 s.
	 */
	readingGrowthPercent: 200,
} as const;

/**
 * Runs `read` (the pipeline over every document) with the heap's growth held to
 * `RECLAIM.readingGrowthPercent`, and gives V8 its own factor back for the pages after.
 */
export function whileReading<T>(read: () => T): T {
	setFlagsFromString(`--heap-growing-percent=${RECLAIM.readingGrowthPercent}`);
	try {
		return read();
	} finally {
		setFlagsFromString('--heap-growing-percent=0');
	}
}

/** A function to call after each document; it collects once enough Markdown has been read. */
export function reclaimer(): (document: Document) => void {
	const collect = garbageCollector();
	let read = 0;
	return (document) => {
		read += document.text.length;
		if (!collect || read < RECLAIM.afterBytes) return;
		read = 0;
		collect();
	};
}

function garbageCollector(): (() => void) | undefined {
	const exposed = (globalThis as { gc?: () => void }).gc;
	if (exposed) return exposed;
	try {
		setFlagsFromString('--expose-gc');
		return runInNewContext('gc') as () => void;
	} catch {
		// A runtime that does not let the flag change: its own schedule then.
		return undefined;
	} finally {
		setFlagsFromString('--no-expose-gc');
	}
}
