/**
 * Signals of a plan's table: the risks of a project rated by level (`Risk | Impact | Probability
 * | Mitigation`: `Data loss | High | Low | Back up nightly`). Its words speak of failures, it often
 * stands on a page of errors, and its levels look like short names; but a level is no code, and
 * the table lists no error. Each is weighed beside the rest of the evidence (`evidence.ts`).
 */
import type { Observed, Seen } from './evidence';
import { THRESHOLDS } from './tuning';
import { LEVEL, PLAN_HEADER } from './words';

export function observePlans(seen: Seen): Observed[] {
	const observed: Observed[] = [];
	const name = JSON.stringify(seen.labels[seen.code] || `#${seen.code + 1}`);
	const levels = seen.codes.filter((text) => LEVEL.test(text.trim())).length;
	const share = seen.codes.length ? levels / seen.codes.length : 0;
	if (share >= THRESHOLDS.levelShare)
		observed.push({
			signal: 'levelCodes',
			value: share,
			says: `${Math.round(share * 100)}% of ${name} are levels (low, high, P1), not codes`,
		});
	const planned = seen.labels.filter((label) => PLAN_HEADER.test(label));
	if (planned.length >= THRESHOLDS.planHeaders)
		observed.push({
			signal: 'planTable',
			value: 1,
			says: `headers ${planned.map((label) => JSON.stringify(label)).join(', ')} name the parts of a plan`,
		});
	return observed;
}
