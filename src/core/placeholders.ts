/**
 * Placeholders as API documentation writes them: `{memberRef}`, `${name}`, printf's `%s` and
 * `%1$d`, `<name>`, and the numbered `{0}` of Java's MessageFormat and .NET's String.Format. One pattern serves both finding them in a template and turning a
 * template into a matcher for a concrete message.
 */
const PLACEHOLDER =
	/\$\{[^{}\s]+\}|\{\{?[A-Za-z_][\w.-]*\}?\}|\{\d{1,2}\}|%(?:\d+\$)?[-+ 0#]?\d*(?:\.\d+)?[sdifuxXoeEgGcpv@]|<[A-Za-z_][\w.-]*>/g;

export function findPlaceholders(message: string): string[] {
	return [...new Set(message.match(PLACEHOLDER) ?? [])];
}

/** Splits a message into literal text and placeholders, in order, for marking them up. */
export function splitPlaceholders(message: string): { text: string; placeholder: boolean }[] {
	const parts: { text: string; placeholder: boolean }[] = [];
	let last = 0;
	for (const match of message.matchAll(PLACEHOLDER)) {
		if (match.index > last)
			parts.push({ text: message.slice(last, match.index), placeholder: false });
		parts.push({ text: match[0], placeholder: true });
		last = match.index + match[0].length;
	}
	if (last < message.length) parts.push({ text: message.slice(last), placeholder: false });
	return parts;
}
