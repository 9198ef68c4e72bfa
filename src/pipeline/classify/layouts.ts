/**
 * Signals of tables that lay out what is sent or stored rather than list codes: the bytes of a
 * message (`Data byte | Description`: `0 | index`, `1 | zone`, `3-7 | user data`), the flags of a
 * status register beside their bit positions (`PWR_STATUS | Bit`: `CMD_TIMEOUT | b7`), a call's
 * parameters beside their defaults or their types (`Param | Description | Default`). Each is weighed beside the
 * rest of the evidence (`evidence.ts`): a table of exit codes numbered 0, 1, 2 is headed as codes,
 * and an error table may name a bit beside each code and still say what failed.
 */
import type { Observed, Seen } from './evidence';
import { THRESHOLDS } from './tuning';
import {
	BIT_HEADER,
	CODE_WORD,
	DEFAULT_HEADER,
	PARAMETER_HEADER,
	POSITION_HEADER,
	namesErrors,
} from './words';

/** A position or a span of positions (`3`, `3-7`, `4..5`, `6 – 7`). */
const POSITION = /^(\d+)(?:\s*(?:-|–|—|\.\.|to)\s*(\d+))?$/;
/** A bit's place as a register's map writes it: `b7`, `bit 3`, `D0`, `7`, or its mask `0x80`. */
const BIT = /^(?:(?:b|bit\s*|d)?\d{1,2}|0x[\da-f]{1,8})$/i;

/** What a table shows of a layout: positions numbered in order, a bit column, parameters. */
export function observeLayouts(seen: Seen): Observed[] {
	const observed: Observed[] = [];
	const name = (i: number) => JSON.stringify(seen.labels[i] || `#${i + 1}`);
	const label = seen.labels[seen.code] ?? '';
	if (
		POSITION_HEADER.test(label.trim()) &&
		!CODE_WORD.test(label) &&
		!namesErrors(label) &&
		countsPositions(seen.codes)
	)
		observed.push({
			signal: 'positions',
			value: 1,
			says: `${name(seen.code)} numbers places in a message or register in order, not codes`,
		});

	const bits = seen.labels.findIndex(
		(text, i) => i !== seen.code && BIT_HEADER.test(text.trim()) && bitPositions(seen.cells[i]!),
	);
	if (bits >= 0)
		observed.push({
			signal: 'bitColumn',
			value: 1,
			says: `column ${name(bits)} gives each row's bit in a register: flags, not codes`,
		});

	const parameters = seen.columns[0];
	const named =
		parameters !== undefined &&
		PARAMETER_HEADER.test((seen.labels[0] ?? '').trim()) &&
		parameters.codeScore + parameters.identifiers >= THRESHOLDS.doubtfulCodeShare;
	const defaults = seen.labels.findIndex((text) => DEFAULT_HEADER.test(text.trim()));
	// The fields of a response or an error object beside their types (`Parametre | Tip`:
	// `ERROR_TYPE.ERROR_CODE | String`), taken as the codes; where the codes are another column,
	// an error table may name the parameter each is about.
	const types =
		seen.code === 0
			? seen.columns.findIndex((column, i) => i > 0 && column.types >= THRESHOLDS.typeShare)
			: -1;
	if (named && (defaults > 0 || types > 0))
		observed.push({
			signal: 'parameterTable',
			value: 1,
			says:
				defaults > 0
					? `${name(0)} names parameters and ${name(defaults)} gives their defaults`
					: `${name(0)} names parameters and ${name(types)} gives their types`,
		});
	return observed;
}

/**
 * Whether cells number places in order: the first is 0 or 1, and each is the next place or a span
 * that starts there (`0, 1, 2, 3-7`).
 */
function countsPositions(cells: string[]): boolean {
	if (cells.length < MIN_POSITIONS) return false;
	let next = -1;
	for (const cell of cells) {
		const place = POSITION.exec(cell.trim());
		if (!place) return false;
		const from = Number(place[1]);
		const to = place[2] === undefined ? from : Number(place[2]);
		if (next < 0 ? from > 1 : from !== next) return false;
		if (to < from) return false;
		next = to + 1;
	}
	return true;
}

/** Whether every written cell of a column is a bit's place, as a register's map writes it. */
function bitPositions(cells: string[]): boolean {
	const written = cells.map((cell) => cell.trim()).filter(Boolean);
	return written.length >= MIN_POSITIONS && written.every((cell) => BIT.test(cell));
}

/** The fewest rows that lay out places: one row is a table of one thing. */
const MIN_POSITIONS = 2;
