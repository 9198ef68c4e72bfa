/**
 * What speaks for or against a table being an error table. A person sees one at a glance from
 * many weak signals at once: the heading or tab label above it, a column of short distinct
 * identifiers, a column that says what went wrong, a status column beside it. errdex weighs the
 * same signals: each adds or subtracts its weight (`WEIGHTS`), and the verdict is the balance, so
 * no one signal rejects a table the others vouch for, and none accepts a decoy alone.
 */
import { reasonPhrase } from '../../core/status-names';
import { namesOtherThanCodes, type Profile } from './columns';
import { blockIndex, observeCodeBlocks, observeCodeMasks } from './code-blocks';
import { plannedShare } from './code-ranges';
import { enumOfErrors as isEnumOfErrors } from './enums';
import { observeLayouts } from './layouts';
import { listedShare, mappedShare, observeListedAbove } from './listed-above';
import { observeListedMessages } from './listed-messages';
import { observeListedThings } from './listed-things';
import { observeMemberListings } from './member-listings';
import { observeOperations } from './operations';
import { observeParts } from './parts';
import { observePlans } from './plans';
import { type Signal, THRESHOLDS } from './tuning';
import {
	CODE_WORD,
	EXAMPLE_WORD,
	FINAL_HEADER,
	LOOKUP_CONTEXT,
	OPCODE_CONTEXT,
	ROW_NUMBER_HEADER,
	SETTINGS_CONTEXT,
	STATE_CONTEXT,
	CALM_STATE,
	CALM_STEP,
	STATUS_HEADER,
	SUCCESS_CONTEXT,
	TYPE_HEADER,
	VERSION,
	namesErrors,
	speaksOfErrors,
} from './words';

/** One signal as found in a table: how strongly (0 to 1) and what it is, in words. */
export interface Observed {
	signal: Signal;
	value: number;
	/** What was seen, for a person reading the build report: `header "Code" names codes`. */
	says: string;
}

/** One signal weighed: its weight times how strongly it was seen. */
export interface Evidence {
	signal: Signal;
	weight: number;
	says: string;
}

/** What the signals are read from: the table's words and its columns, the code column chosen. */
export interface Seen {
	labels: string[];
	columns: Profile[];
	code: number;
	status: number;
	/** Headings above the table, outermost first. */
	section: string[];
	/** Words around the table that are not headings: its caption, its title row, a tab's label. */
	around: string[];
	/** The document's title, where it is not a heading of the document. */
	title: string;
	/** The code column's cells, as read. */
	codes: string[];
	/** Every column's written cells, as read. */
	cells: string[][];
	/** Two or more other tables of the document with the same header say something failed. */
	neighboursFail?: boolean;
	/** Another table of the document says something failed. */
	othersFail?: boolean;
	/** The column that fills in each of the code column's patterns once, where it holds patterns. */
	instances?: number | undefined;
	/** The codes error tables above it list, headed otherwise (`codesListedAbove` in `neighbours.ts`). */
	listedAbove?: ReadonlySet<string>;
	/** The words other tables and the headings write (`codesElsewhere` in `code-blocks.ts`). */
	elsewhere?: ReadonlySet<string>;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Every signal the table shows, strongest first within its kind. */
export function observe(seen: Seen): Observed[] {
	const { labels, columns, code: codeIndex, status } = seen;
	const code = columns[codeIndex]!;
	const name = (i: number) => JSON.stringify(labels[i] || `#${i + 1}`);
	const observed: Observed[] = [];
	const add = (signal: Signal, value: number, says: string) => {
		if (value > 0) observed.push({ signal, value: Math.min(1, value), says });
	};
	const strongest = (share: (column: Profile) => number, among = [...columns.keys()]) =>
		among.reduce<{ i: number; share: number }>(
			(best, i) => (share(columns[i]!) > best.share ? { i, share: share(columns[i]!) } : best),
			{ i: -1, share: 0 },
		);
	const others = [...columns.keys()].filter((i) => i !== codeIndex && i !== status);

	if (code.strength === 2) add('codeHeader', 1, `header ${name(codeIndex)} names codes`);
	if (code.strength === 1) add('errorHeader', 1, `header ${name(codeIndex)} names errors`);
	// A `Type` header is no evidence either way: problem types are codes, parameter types are
	// not, and the cells tell which (`typeColumn`).
	if (namesOtherThanCodes(code.label) && !TYPE_HEADER.test(code.label))
		add('otherHeader', 1, `header ${name(codeIndex)} names something other than codes`);
	// Codes an error table above lists, in a guide keyed by them, were weighed there; the blocks
	// of a numbering plan are shaped like codes and are none.
	const repeated = Math.max(listedShare(seen), mappedShare(seen));
	const weighedAbove = repeated ? `, ${percent(repeated)} of them weighed in a table above` : '';
	const planned = plannedShare(seen);
	const index = blockIndex(seen);
	const indexed = index?.column === codeIndex ? index.share : 0;
	const blocks = Math.max(planned, indexed);
	const asBlocks = !blocks
		? ''
		: planned >= indexed
			? `, ${percent(planned)} of them blocks a plan gives out`
			: `, ${percent(indexed)} of them blocks of codes listed elsewhere`;
	add(
		'codeShapes',
		code.codeScore * (1 - Math.max(repeated, blocks)),
		`${percent(code.codeScore)} of ${name(codeIndex)} are shaped like codes${weighedAbove}${asBlocks}`,
	);
	add(
		'repeats',
		1 - code.unique,
		`values of ${name(codeIndex)} repeat (${percent(code.unique)} distinct)`,
	);
	add(
		'lookupCodes',
		code.lookup,
		`${percent(code.lookup)} of ${name(codeIndex)} are two- or three-letter words`,
	);
	add(
		'statusCodes',
		code.statusCodes,
		`${percent(code.statusCodes)} of ${name(codeIndex)} are HTTP statuses`,
	);
	const instances = seen.instances === undefined ? undefined : columns[seen.instances];
	if (instances)
		add(
			'codePatterns',
			instances.codeScore,
			`${name(codeIndex)} holds patterns of codes that ${name(seen.instances!)} fills in, ${percent(instances.codeScore)} shaped like codes`,
		);
	if (code.flags) add('flagCodes', 1, `the numbers of ${name(codeIndex)} are bits of a flag field`);
	add(
		'failingCodes',
		code.failingCodes * (1 - repeated),
		`${percent(code.failingCodes)} of ${name(codeIndex)} say in their own words that something failed${weighedAbove}`,
	);
	add('errorBodies', code.bodies, `${percent(code.bodies)} of ${name(codeIndex)} are error bodies`);
	if (status >= 0 && status !== codeIndex)
		add('statusColumn', 1, `column ${name(status)} holds HTTP statuses`);

	const failing = strongest((c) => c.failureShare);
	if (failing.i >= 0)
		add(
			'failureWords',
			failing.share * 2,
			`${percent(failing.share)} of ${name(failing.i)} say something failed`,
		);
	const types = strongest((c) => c.types);
	if (types.i >= 0)
		add('typeColumn', types.share, `column ${name(types.i)} holds type names or declarations`);
	const methods = strongest((c) => c.methods);
	if (methods.i >= 0)
		add('endpointColumn', methods.share, `column ${name(methods.i)} holds HTTP methods or paths`);
	const values = strongest((c) => c.values, others);
	if (values.i >= 0)
		add('valuesColumn', values.share, `column ${name(values.i)} holds settings' values`);

	// The nearest words above the table say most about it; the page's title and outer headings
	// say what the whole page is about.
	const near = [seen.section.at(-1) ?? '', ...seen.around].filter(Boolean);
	const far = [...seen.section.slice(0, -1), seen.title].filter(Boolean);
	const quote = (text: string) => JSON.stringify(text);
	const nearErrors = near.find(namesErrors);
	const nearCodes = near.find(speaksOfErrors);
	// A page of a linter's rules or a compiler's warnings is about errors as much as one titled
	// errors (`CSS Rules`, `Table of Warnings`), though its tables' own headings name groups.
	const farErrors = far.find((text) => speaksOfErrors(text) || namesErrors(text));
	if (nearErrors) add('headingErrors', 1, `${quote(nearErrors)} above it names errors`);
	else if (nearCodes)
		add('headingCodes', 1, `${quote(nearCodes)} above it names codes or statuses`);
	else if (farErrors) add('titleErrors', 1, `${quote(farErrors)} above it names errors or codes`);
	const settings = near.find((text) => SETTINGS_CONTEXT.test(text));
	if (settings) add('settingsHeading', 1, `${quote(settings)} above it names settings or fields`);
	else if (near.length > 0 && !nearErrors && !nearCodes)
		add('headingOther', 1, `${quote(near[0]!)} above it names neither errors nor codes`);
	// Captcha states, a job's lifecycle: an enumeration, though some of its states are failures.
	// A page of a resource's conditions names them in its title, its tables under the resources.
	const namesStates = (text: string) => STATE_CONTEXT.test(text) && !CODE_WORD.test(text);
	const states = nearErrors
		? undefined
		: (near.find(namesStates) ?? (farErrors ? undefined : far.find(namesStates)));
	if (states) add('stateHeading', 1, `${quote(states)} above it names states of a thing`);
	// `Message State | Value`: the rows are states, whichever column errdex takes for the codes;
	// `Final?` beside them says which end a lifecycle. Not a database's `SQL State`, the class
	// of an error.
	const stateLabel = labels.find(
		(label, i) =>
			i !== codeIndex &&
			(namesStates(label) || FINAL_HEADER.test(label.trim())) &&
			!/\bsql\b/i.test(label),
	);
	if (stateLabel)
		add(
			'stateHeader',
			1,
			FINAL_HEADER.test(stateLabel.trim())
				? `header ${quote(stateLabel)} says which states of a thing are final`
				: `header ${quote(stateLabel)} names states of a thing`,
		);
	const calm = seen.cells
		.map((column, i) => ({
			i,
			states: (i === codeIndex ? seen.codes : column).filter(isCalm),
		}))
		.reduce((most, column) => (column.states.length > most.states.length ? column : most));
	if (calm.states.length >= MIN_CALM_STATES)
		add(
			'calmStates',
			1,
			`${name(calm.i)} holds states that are no failure (${calm.states.slice(0, MIN_CALM_STATES).join(', ')})`,
		);
	const versions = seen.codes.filter((text) => VERSION.test(text)).length;
	if (versions > 0)
		add(
			'versions',
			versions / seen.codes.length,
			`${percent(versions / seen.codes.length)} of ${name(codeIndex)} are version numbers`,
		);
	// Nothing in the table's cells or its codes says anything failed.
	const calmCells = failing.share === 0 && code.failingCodes === 0;
	const enumOfErrors = isEnumOfErrors(seen);
	const statusAt = code.statusCodes === 1 ? codeIndex : status;
	const namedAsHttp = statusAt >= 0 && namedSuccesses(seen.cells, statusAt);
	if (namedAsHttp)
		add(
			'successStatuses',
			1,
			`every status of ${name(statusAt)} is a success or a redirection, named as HTTP names it`,
		);
	// A document's successes apart from its failures (`Códigos de Sucesso` over `Códigos de
	// Rejeição`): HTTP's names say the statuses succeeded, or nothing in the table says it failed.
	const successes = near.find((text) => SUCCESS_CONTEXT.test(text) && !namesErrors(text));
	if (successes && seen.othersFail && (namedAsHttp || calmCells))
		add(
			'successHeading',
			1,
			`${quote(successes)} above it names successful responses, and another table of the document lists failures`,
		);
	const examples = near.find((text) => EXAMPLE_WORD.test(text));
	if (examples) add('examples', 1, `${quote(examples)} calls it examples`);
	const lookup = near.find((text) => LOOKUP_CONTEXT.test(text));
	if (lookup)
		add(
			'lookupHeading',
			1,
			`${quote(lookup)} names currencies, countries, languages or institutions`,
		);
	const looked = labels.find((text) => LOOKUP_CONTEXT.test(text));
	if (looked)
		add(
			'lookupHeader',
			1,
			`header ${quote(looked)} names currencies, countries, languages or institutions`,
		);
	// A legend numbers a list of names, one per row, and says nothing of them (`Class | Value`
	// under a page of error codes); an error table says what each code means.
	if (code.counts && columns.every((c) => c.prose < THRESHOLDS.proseShare))
		add(
			'numberedNames',
			1,
			`${name(codeIndex)} numbers the rows of names, and no column says a sentence`,
		);
	// States an order or a job passes through are numbered in order too, and said in sentences
	// (`3 | Waiting Picker Action | waiting to assign picker.`); none of them says it failed, or
	// a heading names them states (`Friend state`: `3 | User A has banned user B.`). Not a column
	// headed as an error's code beside an enum's names (`ECode | Enum Name`: `0 |
	// FAILSAFE_RESOLVED`): a subsystem's small catalog, counting from 0, says so by its header.
	else if (code.counts && (failing.share < THRESHOLDS.errorWordShare || states) && !enumOfErrors)
		add(
			'numberedStates',
			1,
			`${name(codeIndex)} numbers the rows in order, and no column says something failed`,
		);
	if (code.counts && ROW_NUMBER_HEADER.test(code.label.trim()))
		add('rowNumbers', 1, `${name(codeIndex)} numbers the rows (1, 2, 3…), never codes`);
	const thing = codedThing(labels, codeIndex, labels[codeIndex] ?? '', columns);
	// `# Game Codes` over `Code | Game`: the heading says whose codes they are, as a header would.
	const heading = near[0] ?? '';
	const thingAbove =
		thing < 0 && !namesErrors(heading) ? codedThing(labels, codeIndex, heading, columns) : -1;
	if (thing >= 0)
		add('codedThings', 1, `header ${name(codeIndex)} gives the code of each ${name(thing)}`);
	else if (thingAbove >= 0)
		add(
			'codedThings',
			1,
			`${quote(heading)} above it gives the code of each ${name(thingAbove)}, and ${name(thingAbove)} names things, not failures`,
		);
	const opcodes = [...near, ...labels].find((text) => OPCODE_CONTEXT.test(text));
	if (opcodes && !near.some(namesErrors)) add('opcodes', 1, `${quote(opcodes)} names opcodes`);
	// Nothing in the table's cells, its codes or the headings above it says anything failed.
	const quiet = calmCells && ![...near, ...far].some(namesErrors);
	// Siblings headed as an error's code read alike: a subsystem's codes that say it recovered
	// (`FAILSAFE_RESOLVED`, `FAILSAFE_OCCURRED`) are as much the catalog as its failures.
	if (seen.neighboursFail && calmCells && !nearErrors && !enumOfErrors)
		add(
			'quietAmongFailing',
			1,
			'nothing in it says something failed, where other tables of the document like it do',
		);
	return [
		...observed,
		...observeListedThings(seen, quiet, calmCells),
		...observeListedMessages(seen),
		...observePlans(seen),
		...observeOperations(seen),
		...observeMemberListings(seen),
		...observeLayouts(seen),
		...observeParts(seen),
		...observeListedAbove(seen),
		...observeCodeBlocks(seen),
		...observeCodeMasks(seen),
	];
}

/**
 * The column whose things the code column gives codes for: the code column's header says codes
 * and holds every word of the column's header (`Hardware Device` beside `Hardware Device Code`,
 * `Country` beside `Country code`, in any order), a legend of what each code stands for. Not where
 * the thing is an error or a status (`Error | Error code`), whose codes are what the table is
 * about. `label` is the code column's header, or the heading above (`Game Codes` over `Code |
 * Game`). -1 where there is none.
 */
function codedThing(
	labels: string[],
	codeIndex: number,
	label: string,
	columns: readonly Profile[],
): number {
	const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
	if (!CODE_WORD.test(label)) return -1;
	const above = label !== labels[codeIndex];
	const code = new Set(words(label));
	return labels.findIndex((label, i) => {
		const thing = words(label);
		return (
			i !== codeIndex &&
			thing.join('').length >= MIN_THING_LETTERS &&
			thing.length < code.size &&
			thing.every((word) => code.has(word)) &&
			!speaksOfErrors(label) &&
			!namesErrors(label) &&
			!STATUS_HEADER.test(label) &&
			// A heading names more than a header does: the things' column says nothing failed.
			(!above || columns[i]!.failureShare < THRESHOLDS.errorWordShare)
		);
	});
}

/**
 * Whether every status of a column is one of HTTP's successes or redirections (`200`, `304`) and
 * another column gives each its HTTP name (`OK`, `Not Modified`): HTTP's statuses, none of which
 * failed. An API's own numbers that look like statuses (`100 | PENDING | Card requested`) have
 * other names.
 */
function namedSuccesses(cells: string[][], statusAt: number): boolean {
	const statuses = cells[statusAt]!.map((text) => /^([123]\d\d)(?!\d)/.exec(text.trim()));
	if (statuses.length === 0 || statuses.some((match) => !match)) return false;
	const written = new Set(
		cells.flatMap((column, i) => (i === statusAt ? [] : column.map((text) => text.toLowerCase()))),
	);
	return statuses.every((match) => {
		const phrase = reasonPhrase(Number(match![1]));
		return (
			phrase !== undefined &&
			(written.has(phrase.toLowerCase()) ||
				match!.input.toLowerCase().includes(phrase.toLowerCase()))
		);
	});
}

const isCalm = (text: string) => CALM_STATE.test(text.trim()) || CALM_STEP.test(text.trim());

/**
 * The fewest states that are no failure a code column holds to say it lists states: one is an
 * error table's `0 | OK` or `SUCCESS` row; a success and a wait are a lifecycle.
 */
const MIN_CALM_STATES = 2;

/** The fewest letters a column's name has for its words within another header to be a thing's. */
const MIN_THING_LETTERS = 3;
