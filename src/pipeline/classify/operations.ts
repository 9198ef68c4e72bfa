/**
 * Signals of a decoder of a machine's operating states: a heat pump's, a UPS's or an inverter's
 * status register (`50 | Running`, `55 | Cooling`, `31 | Remote control`), numbered as codes are
 * and titled as status codes, a fault or two among them. Most of its rows say the machine is
 * working, waiting or idle; an error table's rows say what went wrong. Each is weighed beside the
 * rest of the evidence (`evidence.ts`), so a fault table with a `Ready` row is still read.
 */
import type { Observed, Seen } from './evidence';
import { THRESHOLDS } from './tuning';
import { OPERATING_STATE } from './words';

export function observeOperations(seen: Seen): Observed[] {
	const most = seen.cells
		.map((column, i) => {
			const written = (i === seen.code ? seen.codes : column).filter((text) => text.trim());
			// A lifecycle's named states (`PENDING`, `ACTIVE`) are `calmStates`' to weigh: these are said.
			const calm = written.filter((text) => OPERATING_STATE.test(text.trim())).length;
			return { i, rows: written.length, share: written.length ? calm / written.length : 0 };
		})
		.reduce((best, column) => (column.share > best.share ? column : best));
	if (most.rows < THRESHOLDS.operatingRows || most.share < THRESHOLDS.operatingShare) return [];
	const name = JSON.stringify(seen.labels[most.i] || `#${most.i + 1}`);
	return [
		{
			signal: 'operatingStates',
			value: 1,
			says: `${Math.round(most.share * 100)}% of ${name} say a machine is working, waiting or idle`,
		},
	];
}
