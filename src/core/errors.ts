/**
 * A problem that stops the build: a wrong setting, or (under `strict`) something a document
 * holds that errdex could not read. It names the file and line, and carries a hint of errdex's
 * own, so that whatever shows the error (Astro's overlay, the terminal) need not guess one.
 */
export class ErrdexError extends Error {
	readonly file: string;
	readonly line: number;
	readonly reason: string;
	/** What to do about it. */
	readonly hint: string;

	constructor(file: string, line: number, reason: string, hint: string) {
		super(`${file}:${line}: ${reason}`);
		this.name = 'ErrdexError';
		this.file = file;
		this.line = line;
		this.reason = reason;
		this.hint = hint;
	}
}
