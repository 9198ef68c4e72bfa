/**
 * Reclaiming a large document's garbage before the next document is read. Parsing a document
 * makes some 700 bytes of short-lived trees (micromark events, mdast, hast) per byte of
 * Markdown; V8 lets its heap grow to about four times what survived the last collection before
 * collecting again, so a catalog of large documents peaked at 1.4 GB of heap for 220 MB that
 * stayed, and the process kept that memory for the rest of the build. Collecting after each
 * large document keeps the heap near what stays. The collector is reached as Jest's leak
 * detector reaches it: exposed for a moment, taken from a fresh context, hidden again.
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
} as const;

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
