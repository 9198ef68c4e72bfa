import { ErrdexError } from '../core/errors';
import type { Source, SourceWarning } from '../core/types';
import { classification } from './classify/classify';
import { readSettings } from './read/settings';
import { sourceOf } from './render';
import { renderText } from './render/text';
import type { ClassifiedSource, Document, LinkedSource, ParsedSource } from './types';

/**
 * What a document keeps when a stage of the pipeline fails on it (a library that runs out of
 * stack on a tree nested deeper than errdex foresaw, a bug): whatever the stages before gave,
 * with a warning that names the file and what failed. One document can only fail itself.
 * A wrong setting in errdex's configuration is the person's to fix, and still stops the build.
 */
export function failure(file: string, stage: string, error: unknown): SourceWarning {
	if (error instanceof ErrdexError) throw error;
	const reason =
		error instanceof RangeError && /call stack/i.test(error.message)
			? 'it nests too deeply for the libraries errdex reads it with'
			: error instanceof Error
				? error.message
				: String(error);
	return {
		file,
		line: 1,
		message: `errdex could not ${stage} this document (${reason}); ${stage === 'render' ? 'it is shown as text, with the rows read from it' : 'it is shown as text'}. Please report it to errdex with the document.`,
	};
}

/** A document no stage could read: its text, and no tables. */
export function unreadSource(document: Document, id: string, warning: SourceWarning): Source {
	const configured = document.settings ? readSettings(document.settings, document.file) : {};
	return {
		id,
		title: configured.title ?? document.file.split('/').at(-1)!,
		...(configured.description !== undefined && { description: configured.description }),
		...(configured.homepage !== undefined && { homepage: configured.homepage }),
		tables: configured.tables ?? [],
		file: document.file,
		entries: 0,
		tablesRead: [],
		headings: [],
		warnings: [...(document.warnings ?? []), warning],
		responseShape: null,
		...renderText(document.text),
	};
}

/**
 * A parsed document whose tables could not be classified, or their rows read: every table is
 * kept as a table of the page, none as an error table.
 */
export function withoutErrorTables(parsed: ParsedSource, warning: SourceWarning): ClassifiedSource {
	const reason = 'not read: errdex failed on this document (see its warning)';
	const verdict = classification([], 0, false, reason, {});
	return {
		...parsed,
		warnings: [...parsed.warnings, warning],
		verdicts: parsed.tables.map(() => verdict),
		reports: parsed.tables.map((table, index) => ({
			line: table.line,
			section: table.section,
			kind: parsed.document.tables[index]!.kind,
			accepted: false,
			reason,
			columns: [],
			rows: table.rows.length,
		})),
		responseShape: null,
	};
}

/** A linked document whose page could not be rendered: its text, with the anchors of its rows. */
export function renderedAsText(
	linked: LinkedSource,
	document: Document,
	warning: SourceWarning,
): Source {
	const anchors = new Map<number, string[]>();
	for (const entry of linked.entries) {
		const ids = anchors.get(entry.line) ?? [];
		ids.push(entry.anchor);
		anchors.set(entry.line, ids);
	}
	return sourceOf(linked, renderText(document.text, anchors), {
		headings: [],
		warnings: [...linked.warnings, warning],
	});
}
