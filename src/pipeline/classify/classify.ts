import { codeShape, readCode } from '../../core/codes';
import { ErrdexError } from '../../core/errors';
import { readStatus } from '../../core/status';
import type { Column, ColumnRole, TableOverride } from '../../core/types';
import type { TableText } from '../types';

/**
 * The numbers the classifier decides by, with why each has its value. Shares are of a column's
 * non-empty cells.
 */
export const THRESHOLDS = {
	/**
	 * A column headed like a status is the status column when this share of its cells hold an
	 * HTTP status: a few rows may say "varies" or name a gRPC code instead.
	 */
	statusShare: 0.8,
	/**
	 * A column whose header names codes needs this share of code-shaped cells: enough to reject a
	 * column of sentences, loose enough for a table with a few codes written as prose.
	 */
	namedCodeShare: 0.6,
	/**
	 * A column whose header does not name codes must be nearly all codes, in a table about
	 * errors, or every column of constants or of GET/POST would pass.
	 */
	unnamedCodeShare: 0.9,
	/** Score for a header that names codes: outweighs any difference in shape share. */
	namedBonus: 1,
	/** Weight of the share of distinct values: codes are mostly distinct, categories are not. */
	uniqueWeight: 0.5,
	/** Per column of distance from the left: ties go to the column further left. */
	positionPenalty: 0.01,
} as const;

export interface Classification {
	accepted: boolean;
	reason: string;
	columns: Column[];
	/** Column index of each role; -1 where the table has none. */
	code: number;
	status: number;
	message: number;
	/** The status is the code itself, as in a table of HTTP statuses. */
	statusFromCode: boolean;
}

// Header words in the languages API documentation is commonly written in.
const CODE_HEADER =
	/\b(?:error[\s_-]*code|code|codes|errno|error|err|fehlercode|c[oó]digo|codice|kod|kode)\b|コード|代码|代碼|코드|エラー/i;
const STATUS_HEADER = /\b(?:http|status)\b|statuscode|ステータス|状态|상태/i;
const MESSAGE_HEADER =
	/\b(?:message|meaning|description|information|info|details?|explanation|reason|text|cause|summary|msg|beschreibung|bedeutung|meldung|descripci[oó]n|mensaje|significado|signification|descrizione|messaggio)\b|説明|メッセージ|意味|描述|说明|信息|설명|메시지/i;
/** Headers of tables that look like code tables but list something else. */
const NOT_ERROR_HEADER =
	/\b(?:op\s*code|opcode|method|verb|endpoint|path|route|url|key|field|parameter|param|property|attribute|type|flag|option|command|event|intent|scope|permission)s?\b/i;
const ERROR_CONTEXT =
	/error|fault|exception|failure|status|code|problem|fehler|erreur|errore|エラー|错误|錯誤|오류/i;

/** Decides whether a table is an error table and which column plays which role. */
export function classifyTable(
	table: TableText,
	override: TableOverride | undefined,
	file: string,
	overrideLine: number,
): Classification {
	const labels = table.header.map((cell) => cell.text);
	const width = Math.max(labels.length, ...table.rows.map((row) => row.length));
	const column = (i: number) => table.rows.map((row) => row[i]?.text ?? '').filter(Boolean);
	const described = `headers: ${labels.map((l) => l || '(empty)').join(', ') || 'none'}`;
	const verdict = (
		accepted: boolean,
		reason: string,
		roles: Partial<Record<ColumnRole, number>> = {},
	) => result(labels, width, accepted, reason, roles, false);

	if (override?.include === false) return verdict(false, 'excluded by front matter');

	const resolve = (ref: string | number | undefined, role: string) => {
		if (ref === undefined) return undefined;
		const index =
			typeof ref === 'number'
				? ref - 1
				: labels.findIndex((label) => label.toLowerCase() === ref.trim().toLowerCase());
		if (index < 0 || index >= width) {
			throw new ErrdexError(
				file,
				overrideLine,
				`front matter sets the ${role} column of the table at line ${table.line} to ${JSON.stringify(ref)}, which it does not have (${described})`,
			);
		}
		return index;
	};
	const forcedCode = resolve(override?.code, 'code');
	const forcedStatus = resolve(override?.status, 'status');
	const forcedMessage = resolve(override?.message, 'message');

	if (table.rows.length === 0 && override?.include !== true) {
		return verdict(false, `no data rows (${described})`);
	}

	const statusIndex =
		forcedStatus ??
		indexWhere(width, (i) => {
			const values = column(i);
			return (
				i !== forcedCode &&
				STATUS_HEADER.test(labels[i] ?? '') &&
				values.length > 0 &&
				share(values, (v) => readStatus(v) !== null) >= THRESHOLDS.statusShare
			);
		});

	const context = [...table.section, ...labels].join(' ');
	let codeIndex = forcedCode ?? bestCodeColumn(labels, width, column, statusIndex, context);
	let statusFromCode = false;
	if (codeIndex < 0 && statusIndex >= 0 && ERROR_CONTEXT.test(context)) {
		// A table of HTTP statuses: the statuses are the codes.
		codeIndex = statusIndex;
	}
	if (codeIndex >= 0 && statusIndex === codeIndex) statusFromCode = true;

	if (codeIndex < 0) {
		if (override?.include === true) {
			throw new ErrdexError(
				file,
				overrideLine,
				`front matter includes the table at line ${table.line}, but no column holds codes; set \`code\` to its header or number (${described})`,
			);
		}
		const lookalike = labels.find((label) => NOT_ERROR_HEADER.test(label));
		return verdict(
			false,
			lookalike
				? `not an error table: it lists ${JSON.stringify(lookalike)} values, not error codes (${described})`
				: `no column of error codes (${described})`,
		);
	}

	const messageIndex =
		forcedMessage ?? bestMessageColumn(labels, width, column, [codeIndex, statusIndex]);
	const roles = {
		code: codeIndex,
		status: statusFromCode ? -1 : statusIndex,
		message: messageIndex,
	};
	return {
		...result(
			labels,
			width,
			true,
			override?.include === true
				? 'included by front matter'
				: `code column ${JSON.stringify(labels[codeIndex] || `#${codeIndex + 1}`)}`,
			roles,
			statusFromCode,
		),
	};
}

function bestCodeColumn(
	labels: string[],
	width: number,
	column: (i: number) => string[],
	statusIndex: number,
	context: string,
): number {
	let best = -1;
	let bestScore = 0;
	for (let i = 0; i < width; i++) {
		if (i === statusIndex) continue;
		const label = labels[i] ?? '';
		if (NOT_ERROR_HEADER.test(label)) continue;
		const values = column(i);
		if (values.length === 0) continue;
		const shaped = share(values, (v) => codeShape(readCode(v).code) !== null);
		const named = CODE_HEADER.test(label);
		if (
			named
				? shaped < THRESHOLDS.namedCodeShare
				: shaped < THRESHOLDS.unnamedCodeShare || !ERROR_CONTEXT.test(context)
		)
			continue;
		const unique = new Set(values).size / values.length;
		const score =
			shaped +
			(named ? THRESHOLDS.namedBonus : 0) +
			unique * THRESHOLDS.uniqueWeight -
			i * THRESHOLDS.positionPenalty;
		if (score > bestScore) {
			best = i;
			bestScore = score;
		}
	}
	return best;
}

function bestMessageColumn(
	labels: string[],
	width: number,
	column: (i: number) => string[],
	taken: number[],
): number {
	const free = [...Array(width).keys()].filter((i) => !taken.includes(i));
	const named = free.find((i) => MESSAGE_HEADER.test(labels[i] ?? ''));
	if (named !== undefined) return named;
	// Otherwise the column with the most words is the one that explains the code.
	const words = (i: number) => column(i).reduce((sum, v) => sum + v.split(/\s+/).length, 0);
	return free.reduce((best, i) => (best < 0 || words(i) > words(best) ? i : best), -1);
}

function result(
	labels: string[],
	width: number,
	accepted: boolean,
	reason: string,
	roles: Partial<Record<ColumnRole, number>>,
	statusFromCode: boolean,
): Classification {
	const role = (i: number): ColumnRole =>
		i === roles.code
			? 'code'
			: i === roles.status
				? 'status'
				: i === roles.message
					? 'message'
					: 'detail';
	return {
		accepted,
		reason,
		columns: [...Array(width).keys()].map((i) => ({
			label: labels[i] || `Column ${i + 1}`,
			role: accepted ? role(i) : 'detail',
		})),
		code: roles.code ?? -1,
		status: roles.status ?? -1,
		message: roles.message ?? -1,
		statusFromCode,
	};
}

function indexWhere(width: number, test: (i: number) => boolean): number {
	for (let i = 0; i < width; i++) if (test(i)) return i;
	return -1;
}

function share(values: string[], test: (value: string) => boolean): number {
	return values.length ? values.filter(test).length / values.length : 0;
}
