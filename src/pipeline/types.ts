import type {
	Cell,
	Entry,
	Heading,
	ResponseShape,
	SourceSettings,
	SourceWarning,
	TableReport,
} from '../core/types';
import type { Classification } from './classify/classify';
import type { ParsedDocument } from './parse/markdown';
import type { ResolveUrl } from './parse/urls';
import type { SourceSettingsInput } from './read/settings';

/**
 * The records the stages hand on, each the one before with what its stage adds. A stage reads
 * only what earlier stages wrote, so each can be run and tested on its own.
 */

/** A document as found: read → parse. */
export interface Document {
	/** Path relative to the project root, with forward slashes: `content/pluralkit.md`. */
	file: string;
	text: string;
	/**
	 * Settings from errdex's configuration for this document (title, homepage, tables…). They
	 * override its front matter key by key, so a published document is used as it is.
	 */
	settings?: SourceSettingsInput | undefined;
	/**
	 * What the read stage could not use as it was (an encoding it had to guess, bytes that are not
	 * UTF-8), with lines: warnings of the document like those of the stages after.
	 */
	warnings?: SourceWarning[] | undefined;
}

/** A table with its cells read, before errdex decides what it is. */
export interface TableText {
	line: number;
	section: string[];
	header: Cell[];
	rows: Cell[][];
	/** Line of each data row. */
	rowLines: number[];
	/** Whether each data row titles the rows below it rather than holding data. */
	rowHeadings: boolean[];
}

/** parse → classify: the document's tree and tables, and the settings that apply to it. */
export interface ParsedSource {
	file: string;
	settings: SourceSettings;
	/**
	 * Where the table corrections came from: a wrong one in errdex's configuration is an error,
	 * in a published document's front matter a warning.
	 */
	tablesFrom: 'settings' | 'front matter';
	/** Line the front matter starts on, for warnings about it (1 when there is none). */
	settingsLine: number;
	/** What errdex could not use in the document, in the order found; each stage adds its own. */
	warnings: SourceWarning[];
	document: ParsedDocument;
	/** Every table of the document, in order, cells read. */
	tables: TableText[];
	resolveUrl: ResolveUrl;
}

/** classify → entries: what each table is. */
export interface ClassifiedSource extends ParsedSource {
	/** One per table, in the order of `tables`. */
	verdicts: Classification[];
	reports: TableReport[];
	responseShape: ResponseShape | null;
}

/** An entry before it has a place in the site: its source id, slug and anchor come from link. */
export type DraftEntry = Omit<Entry, 'source' | 'slug' | 'anchor' | 'variant'>;

/** entries → link. */
export interface DraftedSource extends ClassifiedSource {
	drafts: DraftEntry[];
}

/** A source with its id and every id on its page. */
export interface LinkedSource extends DraftedSource {
	id: string;
	title: string;
	entries: Entry[];
	headings: Heading[];
}
