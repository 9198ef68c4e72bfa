/** The keys of an error body: the field that holds its code and the one that holds its message. */
export const CODE_KEY = /^(?:code|error_?code|errorCode)$/i;
export const MESSAGE_KEY = /^(?:message|msg|error_?message|errorMessage|detail)$/i;

/** `?errors` and `errors?` mark optional keys; the key itself is what the body carries. */
export const bareKey = (key: string) => key.replace(/^\?|\?$/g, '');

/**
 * Whether a column's cells name both a code field and a message field (`Code`, `Message`,
 * `RequestId`): the keys of an error body, which no table of errors holds as two of its codes.
 */
export function namesBodyFields(cells: readonly string[]): boolean {
	const keys = cells.map(bareKey);
	return keys.some((key) => CODE_KEY.test(key)) && keys.some((key) => MESSAGE_KEY.test(key));
}
