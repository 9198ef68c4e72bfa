/** A problem in a source document that stops the build; it always names the file and line. */
export class ErrdexError extends Error {
	readonly file: string;
	readonly line: number;
	readonly reason: string;

	constructor(file: string, line: number, reason: string) {
		super(`${file}:${line}: ${reason}`);
		this.name = 'ErrdexError';
		this.file = file;
		this.line = line;
		this.reason = reason;
	}
}
