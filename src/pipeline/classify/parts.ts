/**
 * Signals of a table of the parts a system's codes belong to (`ID | Name | Description` under
 * `Subsystems Reference`: `5 | FAILSAFE_RADIO | Radio failsafe`): the ids name where an error came
 * from, and the page's code tables, under each part, say what went wrong. Its descriptions may
 * well speak of failures, and the heading of errors (`LogErrorSubsystem`). Each is weighed beside
 * the rest of the evidence (`evidence.ts`).
 */
import type { Observed, Seen } from './evidence';
import { PARTS_CONTEXT, spaceHumps } from './words';

export function observeParts(seen: Seen): Observed[] {
	const code = seen.columns[seen.code]!;
	const heading = seen.section.at(-1) ?? '';
	// A column headed as codes (`Module code`) may well be the errors of a part.
	if (code.strength > 0 || !PARTS_CONTEXT.test(spaceHumps(heading))) return [];
	return [
		{
			signal: 'partIds',
			value: 1,
			says: `${JSON.stringify(heading)} above it names the parts a system's errors come from, and ${JSON.stringify(seen.labels[seen.code] || `#${seen.code + 1}`)} numbers them, not codes`,
		},
	];
}
