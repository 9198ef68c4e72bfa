import { parseDocument, type Document } from 'yaml';
import type { SourceSettings, SourceWarning } from '../../core/types';
import { sourceSettingsSchema } from '../read/settings';

/**
 * Reads front matter YAML leniently: a published document's front matter was written for the
 * tool that publishes it, so a key errdex cannot use (invalid YAML, a `tables` key that means
 * something else) is a warning and is left out, never a reason to stop the build. Only the keys
 * of errdex's settings schema are read; every other key is ignored. `firstLine` is the document
 * line the YAML starts on, so that warnings point into the document. The YAML it could read is
 * returned too, as a mapping, for the Markdown a theme keeps in it (`front-matter-content.ts`).
 */
export function readFrontMatter(
	yamlText: string,
	file: string,
	firstLine: number,
): { settings: Partial<SourceSettings>; warnings: SourceWarning[]; yaml: Document | null } {
	const warnings: SourceWarning[] = [];
	const warn = (line: number, message: string) => warnings.push({ file, line, message });
	const yaml = parseDocument(yamlText);
	const docLine = (line: number | undefined) => firstLine + (line ?? 1) - 1;
	for (const error of yaml.errors) {
		// A repeated key is common in hand-written front matter; the last value wins.
		if (error.code === 'DUPLICATE_KEY') {
			warn(docLine(error.linePos?.[0].line), 'repeated front matter key; the last value is used');
			continue;
		}
		warn(
			docLine(error.linePos?.[0].line),
			`front matter is not valid YAML, so errdex ignores it: ${error.message.split('\n')[0]}`,
		);
		return { settings: {}, warnings, yaml: null };
	}
	const lenient = parseDocument(yamlText, { uniqueKeys: false });
	let data: unknown;
	try {
		data = lenient.toJS() ?? {};
	} catch (error) {
		// Aliases that expand without end (a "billion laughs"), or YAML the library cannot build.
		warn(
			firstLine,
			`front matter could not be read, so errdex ignores it: ${error instanceof Error ? error.message : String(error)}`,
		);
		return { settings: {}, warnings, yaml: null };
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		warn(firstLine, 'front matter is not a YAML mapping, so errdex ignores it');
		return { settings: {}, warnings, yaml: null };
	}
	const settings: Record<string, unknown> = {};
	for (const [key, schema] of Object.entries(sourceSettingsSchema.shape)) {
		if (!(key in data)) continue;
		const parsed = schema.safeParse((data as Record<string, unknown>)[key]);
		if (parsed.success) {
			settings[key] = parsed.data;
			continue;
		}
		const issue = parsed.error.issues[0]!;
		warn(
			firstLine,
			`front matter key \`${[key, ...issue.path].join('.')}\` is not an errdex setting errdex can use (${issue.message}), so it is ignored`,
		);
	}
	return { settings: settings as Partial<SourceSettings>, warnings, yaml: lenient };
}
