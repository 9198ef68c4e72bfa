import type { Cell, Column, ColumnRole, TableOverride } from '../../core/types';
import { readCodeCell } from '../../core/code-cell';
import { reasonPhrase } from '../../core/status-names';
import type { TableText } from '../types';
import { type Profile, profile } from './columns';
import { namesOfOneCode } from './document-classes';
import { explain, noCodeColumn, weigh } from './balance';
import { type Evidence, observe } from './evidence';
import { aliasColumns } from './other-names';
import { pairColumns } from './pairs';
import { patternColumns } from './patterns';
import { situationsOfStatuses } from './situations';
import { codeNamedByHeader, numbersNamingEveryError } from './two-names';
import { messageColumn, messageInScriptOfHeadings } from './message-column';
import {
	codeColumn,
	numbersNeighbour,
	readsAsStatuses,
	reasonPhraseShare,
	statusColumn,
	statusesNamedByClasses,
	statusesOfNames,
} from './roles';
import { THRESHOLDS, WEIGHTS, type Weights } from './tuning';
import { HTTP_CONTEXT, HTTP_STATUS_IN_HEADING, STATUS_HEADING, speaksOfErrors } from './words';

export interface Classification {
	accepted: boolean;
	reason: string;
	columns: Column[];
	/** Column index of each role; -1 where the table has none. */
	code: number;
	status: number;
	message: number;
	/** Columns that give each code another name (its symbol, its exception, its decimal value). */
	aliases: number[];
	/**
	 * Further columns that each hold a code and its message in one cell, as the code column does
	 * (`E100 Invalid login | E821 Pass was not deleted`): several entries side by side in a row.
	 */
	pairs: number[];
	/** The status is the code itself, as in a table of HTTP statuses. */
	statusFromCode: boolean;
	/**
	 * Every code starts with its status and numbers the errors under it (`403001`, `429001`): the
	 * status is the code's first three digits.
	 */
	statusLeads?: boolean;
	/**
	 * The status of every row of a table without a status column, from the heading right above
	 * it (`## 401 Unauthorized`); null when there is none.
	 */
	sectionStatus: number | null;
	/** The balance of the evidence; null where a setting or the table's shape decided. */
	score: number | null;
	/** What spoke for (positive) and against (negative) the table, strongest first. */
	evidence: Evidence[];
}

/** A table correction errdex cannot apply; the caller decides whether that stops the build. */
export type Misconfigured = (message: string) => void;

/**
 * Decides whether a table is an error table and which column plays which role: the columns are
 * chosen first (`roles.ts`, `message-column.ts`), then the evidence for and against the table is weighed
 * (`evidence.ts`). A setting that takes the table in or names its code column decides instead.
 */
export function classifyTable(
	table: TableText,
	override: TableOverride | undefined,
	misconfigured: Misconfigured,
	/** Where the override comes from, for the report: `front matter` or `errdex's settings`. */
	origin: string,
	weights: Weights = WEIGHTS,
	/** The share of distinct values a header's columns hold over the whole document. */
	distinctInDocument: (label: string) => number = () => 1,
	/** Two or more other tables of the document with the same header say something failed. */
	neighboursFail = false,
	/** Another table of the document says something failed. */
	othersFail = false,
	/** The codes error tables above it list, headed otherwise (`codesListedAbove` in `neighbours.ts`). */
	listedAbove: ReadonlySet<string> = new Set(),
	/** The words other tables and the headings write (`codesElsewhere` in `code-blocks.ts`). */
	elsewhere: ReadonlySet<string> = new Set(),
): Classification {
	const labels = table.header.map((cell) => cell.text);
	// A row left empty (`| | | |` under the header of a table never filled in) holds no data.
	const dataRows = table.rows.filter(
		(row, i) => !table.rowHeadings[i] && !table.rowHeaders[i] && row.some((cell) => cell.text),
	);
	let width = labels.length;
	for (const row of table.rows) width = Math.max(width, row.length);
	const cellsOf = (i: number) => dataRows.map((row) => row[i]).filter((c): c is Cell => !!c?.text);
	const described = `headers: ${labels.map((l) => l || '(empty)').join(', ') || 'none'}`;
	const verdict = (accepted: boolean, reason: string, decided: Partial<Decided> = {}) =>
		classification(labels, width, accepted, reason, decided);

	if (override?.include === false) return verdict(false, `excluded by ${origin}`);

	const resolve = (ref: string | number | undefined, role: string) => {
		if (ref === undefined) return undefined;
		const index =
			typeof ref === 'number'
				? ref - 1
				: labels.findIndex((label) => label.toLowerCase() === ref.trim().toLowerCase());
		if (index >= 0 && index < width) return index;
		misconfigured(
			`the ${role} column of the table at line ${table.line} is set to ${JSON.stringify(ref)}, which it does not have (${described}); give a header text or a column number, 1 for the first`,
		);
		return undefined;
	};
	const forcedCode = resolve(override?.code, 'code');
	const forcedStatus = resolve(override?.status, 'status');
	const forcedMessage = resolve(override?.message, 'message');
	const forcedAliases =
		override?.aliases === undefined
			? undefined
			: [override.aliases]
					.flat()
					.map((ref) => resolve(ref, 'aliases'))
					.filter((i): i is number => i !== undefined);
	const forced = override?.include === true;

	if (dataRows.length === 0 && !forced) return verdict(false, `no data rows (${described})`);

	const columns = [...Array(width).keys()].map((i) =>
		profile(labels[i] ?? '', cellsOf(i), dataRows.length),
	);
	const context = [...table.section, ...table.context, ...labels].join(' ');
	const aboutErrors =
		speaksOfErrors(context) || columns.some((c) => c.failureShare >= THRESHOLDS.errorWordShare);

	const statusIndex = forcedStatus ?? statusColumn(columns, labels, forcedCode);
	let codeIndex = forcedCode ?? codeColumn(columns, statusIndex, aboutErrors, distinctInDocument);
	let status = statusIndex;
	const namedByClasses =
		forcedCode === undefined && statusesNamedByClasses(columns, statusIndex, codeIndex);
	if (namedByClasses) codeIndex = statusIndex;
	if (
		forcedCode === undefined &&
		statusIndex >= 0 &&
		codeIndex >= 0 &&
		codeIndex !== statusIndex &&
		columns[codeIndex]!.strength < 2 &&
		reasonPhraseShare(dataRows, statusIndex, codeIndex) >= THRESHOLDS.reasonShare
	) {
		// The names HTTP gives the statuses (`400 | Bad Request`), in a column not headed as the
		// codes: the statuses are the codes, and the names what they are called.
		codeIndex = statusIndex;
	}
	if (
		forcedCode === undefined &&
		statusIndex >= 0 &&
		codeIndex >= 0 &&
		codeIndex !== statusIndex &&
		namesRequests(columns[codeIndex]!)
	) {
		// Situations mapped to statuses (`GET | Not found | 404`): the method says which request, the
		// status what came of it, and the statuses are the codes, repeated or not.
		codeIndex = statusIndex;
	}
	if (forcedCode === undefined && codeIndex >= 0)
		codeIndex = codeNamedByHeader(
			columns,
			dataRows,
			numbersNamingEveryError(columns, dataRows, codeIndex),
			statusIndex,
		);
	// Patterns beside one instance of each (`FEATURE_<NAME>_DISABLED | FEATURE_RTC_DISABLED`): the
	// pattern is the code, whichever column the shapes chose; the instance another name of it.
	const patterns =
		forcedCode === undefined && codeIndex >= 0 ? patternColumns(dataRows, codeIndex) : undefined;
	if (patterns) codeIndex = patterns.pattern;
	if (forcedStatus === undefined && status < 0 && codeIndex >= 0)
		status = statusesOfNames(columns, codeIndex);
	if (
		codeIndex < 0 &&
		statusIndex >= 0 &&
		(columns[statusIndex]!.unique >= THRESHOLDS.statusShare ||
			situationsOfStatuses(columns, statusIndex, aboutErrors)) &&
		!columns.some((c, i) => i !== statusIndex && c.strength === 2)
	) {
		// A table of HTTP statuses, one per row or one per situation named beside it: the
		// statuses are the codes. Not where another column is headed as the codes but holds
		// none (`error code pattern | HTTP status`).
		codeIndex = statusIndex;
	}
	if (codeIndex < 0) {
		if (forced) {
			misconfigured(
				`the table at line ${table.line} is included, but no column holds codes; set its \`code\` column to a header text or number (${described})`,
			);
			return verdict(false, `included by ${origin}, but no column holds codes (${described})`);
		}
		return verdict(
			false,
			`not an error table: no column holds codes or names: ${noCodeColumn(columns, aboutErrors)} (${described})`,
		);
	}

	const { score, evidence } = weigh(
		observe({
			labels,
			columns,
			code: codeIndex,
			status,
			section: table.section,
			around: table.context,
			title: table.title,
			codes: cellsOf(codeIndex).map((cell) => cell.text),
			cells: columns.map((_, i) => cellsOf(i).map((cell) => cell.text)),
			neighboursFail,
			othersFail,
			instances: patterns?.instance,
			listedAbove,
			elsewhere,
		}),
		weights,
	);
	const codeName = JSON.stringify(labels[codeIndex] || `#${codeIndex + 1}`);
	if (!forced && forcedCode === undefined && score <= 0)
		return verdict(false, `not an error table ${explain(score, evidence)} (${described})`, {
			score,
			evidence,
		});

	const nearest = table.section.at(-1) ?? '';
	const heading = STATUS_HEADING.exec(nearest);
	// A heading that names the HTTP status of its rows gives it; numbers below it that look like
	// statuses are the document's own codes (`205 | parameter cardNumber can not be null`).
	const headingHttp = HTTP_STATUS_IN_HEADING.exec(nearest);
	let statusFromCode = false;
	if (status === codeIndex) {
		statusFromCode = true;
		status = -1;
	} else if (
		status < 0 &&
		!headingHttp &&
		forcedStatus === undefined &&
		(!numbersNeighbour(labels, codeIndex) ||
			// `Status code | Status` where the status is HTTP's name for the number (`409 | Conflict`).
			columns.some(
				(_, i) =>
					i !== codeIndex && reasonPhraseShare(dataRows, codeIndex, i) >= THRESHOLDS.reasonShare,
			)) &&
		readsAsStatuses(columns, codeIndex, dataRows, HTTP_CONTEXT.test(context))
	) {
		statusFromCode = true;
	}
	const pairs = forcedCode === undefined ? pairColumns(dataRows, codeIndex, status) : [];
	const aliases =
		forcedAliases ??
		(patterns
			? [patterns.instance]
			: namesOfOneCode(
					aliasColumns(columns, dataRows, codeIndex, [codeIndex, status, ...pairs]),
					columns,
					codeIndex,
					distinctInDocument,
				));
	// The classes a library throws for statuses name them; what a status means is its own name.
	const taken = [codeIndex, status, ...pairs, ...(namedByClasses ? aliases : [])];
	const message =
		forcedMessage ??
		messageInScriptOfHeadings(
			columns,
			messageColumn(columns, codeIndex, taken),
			taken,
			table.section,
		);
	// Where another column names each code with an identifier (`400001 | PARAMETER_VALID_ERROR`),
	// the numbers are the document's own ids, as a column of statuses so named is
	// (`readsAsStatuses`): digits that lead them say no status.
	const statusLeads =
		status < 0 &&
		!statusFromCode &&
		!namedByIdentifiers(columns, codeIndex) &&
		statusesLead(dataRows.map((row) => row[codeIndex]));
	const named = heading ?? headingHttp;
	const sectionStatus = status < 0 && !statusFromCode && named ? Number(named[1]) : null;
	const reason = forced
		? `included by ${origin}`
		: forcedCode !== undefined
			? `code column ${codeName}, set by ${origin}`
			: `code column ${codeName} ${explain(score, evidence)}`;
	return verdict(true, reason, {
		code: codeIndex,
		status,
		message,
		aliases,
		pairs,
		statusFromCode,
		statusLeads,
		sectionStatus,
		score,
		evidence,
	});
}

/**
 * Whether a column not headed as codes names requests (`GET`, `PUT/PATCH`, `/v1/orders`, with a few
 * `ANY`): the request a row is about, never its error's code.
 */
function namesRequests(column: Profile): boolean {
	return column.strength === 0 && column.methods >= THRESHOLDS.requestShare;
}

/** Whether a column beside the codes gives each an identifier of its own (`DEVICE_OFFLINE`). */
function namedByIdentifiers(columns: Profile[], codeIndex: number): boolean {
	return columns.some(
		(column, i) =>
			i !== codeIndex &&
			column.count > 0 &&
			column.statusShare === 0 &&
			column.unique >= THRESHOLDS.aliasDistinct &&
			column.codeScore >= THRESHOLDS.statusShare,
	);
}

/**
 * Whether every code is six digits led by an HTTP status of failure (`400050`, `429001`), as APIs
 * number their errors under each status. Not where a code ends in such a status (`400403`,
 * `400429`): that numbering puts the status elsewhere, or nowhere, and the lead says nothing.
 */
function statusesLead(cells: (Cell | undefined)[]): boolean {
	const codes = cells.flatMap((cell) => (cell?.text ? readCodeCell(cell.lines).codes : []));
	const failing = (digits: string) =>
		/^[45]\d\d$/.test(digits) && reasonPhrase(Number(digits)) !== undefined;
	return (
		codes.length > 0 &&
		codes.every((code) => /^\d{6}$/.test(code) && failing(code.slice(0, 3))) &&
		!codes.some((code) => failing(code.slice(3)))
	);
}

type Decided = Omit<Classification, 'accepted' | 'reason' | 'columns'>;

/** A verdict on a table: its roles (none unless decided), and each column's role. */
export function classification(
	labels: string[],
	width: number,
	accepted: boolean,
	reason: string,
	decided: Partial<Decided>,
): Classification {
	const roles: Decided = {
		code: -1,
		status: -1,
		message: -1,
		aliases: [],
		pairs: [],
		statusFromCode: false,
		sectionStatus: null,
		score: null,
		evidence: [],
		...decided,
	};
	const role = (i: number): ColumnRole =>
		i === roles.code || roles.pairs.includes(i)
			? 'code'
			: i === roles.status
				? 'status'
				: i === roles.message
					? 'message'
					: roles.aliases.includes(i)
						? 'alias'
						: 'detail';
	return {
		...roles,
		accepted,
		reason,
		columns: [...Array(width).keys()].map((i) => ({
			label: labels[i] || `Column ${i + 1}`,
			role: accepted ? role(i) : 'detail',
		})),
	};
}
