/**
 * `npx tsx bench/classify-weights.ts [out.md]`: how well the classifier's weights
 * (`WEIGHTS` in src/pipeline/classify/tuning.ts) tell error tables from the rest, on every table
 * a person judged: the corpus of published documents (tests/fixtures/real/corpus.json) and the
 * quirk fixtures (tests/fixtures/verdicts.json). It refits the weights (logistic regression, each
 * weight kept to the sign its signal means and, if positive, below the prior; a little L2), then
 * leaves each document out in turn,
 * fits on the others and judges the one left out: the figure for documents the weights were not
 * fitted on. Writes bench/results/classify-weights.md.
 *
 * The columns a table's evidence speaks of are chosen before any weight applies, so each table's
 * signals are read once; only their balance changes with the weights.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifySource } from '../src/pipeline/classify';
import { type Signal, WEIGHTS, type Weights } from '../src/pipeline/classify/tuning';
import { draftEntries } from '../src/pipeline/entries';
import { parseSource } from '../src/pipeline/parse';
import type { ParsedSource } from '../src/pipeline/types';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ?? join(root, 'bench/results/classify-weights.md');
const SIGNALS = Object.keys(WEIGHTS).filter((key) => key !== 'prior') as Signal[];

/**
 * Weights set by hand, which the fit leaves as they are: signals too rare in the judged tables
 * for a fit to weigh (see their reasons in `WEIGHTS`).
 */
const CALIBRATED: ReadonlySet<Signal> = new Set([
	'opcodes',
	'examples',
	'otherHeader',
	'lookupHeader',
	'codedThings',
	'numberedNames',
	'numberedStates',
	'rowNumbers',
	'successStatuses',
	'successHeading',
	'flagCodes',
	'stateHeading',
	'calmStates',
	'stateHeader',
	'operatingStates',
	'memberListing',
	'siteColumn',
	'namesInTwoScripts',
	'properNames',
	'fieldColumn',
	'quietLookup',
	'bodyFields',
	'rangeLegend',
	'statusField',
	'messageTypes',
	'versions',
	'quietAmongFailing',
	'positions',
	'bitColumn',
	'parameterTable',
	'listedMessages',
	'levelCodes',
	'planTable',
	'codePatterns',
]);

/**
 * The fit: steps, step size, how hard large weights are pulled back towards 0, and by how much a
 * positive weight stays below the prior (no signal accepts a table alone).
 */
const FIT = { steps: 1500, rate: 0.5, l2: 0.002, alone: 0.2 } as const;

interface Judged {
	file: string;
	parsed: ParsedSource;
	/** Line of each judged table and whether a person called it an error table. */
	verdicts: Map<number, boolean>;
	/** Every code of the document in order, where a person wrote them down (the corpus). */
	codes: string[] | null;
}

interface Sample {
	document: number;
	line: number;
	error: boolean;
	/** Signal values, or null where the table's shape decided (no column holds codes). */
	values: number[] | null;
}

function documents(): Judged[] {
	const real = JSON.parse(readFileSync(join(root, 'tests/fixtures/real/corpus.json'), 'utf8')) as {
		file: string;
		tables: { line: number; error: boolean }[];
		codes: string[];
	}[];
	const quirks = JSON.parse(
		readFileSync(join(root, 'tests/fixtures/verdicts.json'), 'utf8'),
	) as Record<string, { line: number; error: boolean }[]>;
	const judged = (
		file: string,
		tables: { line: number; error: boolean }[],
		codes: string[] | null,
	) => ({
		file,
		parsed: parseSource({ file, text: readFileSync(join(root, file), 'utf8') }),
		verdicts: new Map(tables.map((t) => [t.line, t.error])),
		codes,
	});
	return [
		...real.map((d) => judged(`tests/fixtures/real/${d.file}`, d.tables, d.codes)),
		...Object.entries(quirks).map(([file, tables]) => judged(file, tables, null)),
	];
}

/** Every judged table's signals: read with every weight 1 and no prior, each weight is its value. */
function samples(docs: Judged[]): Sample[] {
	const unit = Object.fromEntries(
		Object.keys(WEIGHTS).map((key) => [key, key === 'prior' ? 0 : 1]),
	) as Weights;
	return docs.flatMap((doc, document) => {
		const { reports } = classifySource(doc.parsed, unit);
		return reports.flatMap((report) => {
			const error = doc.verdicts.get(report.line);
			// A table a setting decides is no evidence of how the weights do.
			if (error === undefined || /^(?:included|excluded) by|, set by /.test(report.reason))
				return [];
			const values =
				report.score === undefined
					? null
					: SIGNALS.map((signal) => report.evidence!.find((e) => e.signal === signal)?.weight ?? 0);
			return [{ document, line: report.line, error, values }];
		});
	});
}

const score = (weights: Weights, values: number[]) =>
	SIGNALS.reduce((sum, signal, k) => sum + weights[signal] * values[k]!, weights.prior);

const judge = (weights: Weights, sample: Sample) =>
	sample.values !== null && score(weights, sample.values) > 0;

/** The judged tables as the fit reads them: signal values, verdicts, and each one's share. */
interface Design {
	x: Float64Array;
	y: Float64Array;
	/** Each document counts once, however many tables it has. */
	share: Float64Array;
	n: number;
}

function design(data: Sample[]): Design {
	const usable = data.filter((s): s is Sample & { values: number[] } => s.values !== null);
	const k = SIGNALS.length;
	const x = new Float64Array(usable.length * k);
	const y = new Float64Array(usable.length);
	// One API reference of 200 header tables would otherwise teach the weights its own kind of
	// decoy and little else.
	const tablesOf = new Map<number, number>();
	for (const sample of usable)
		tablesOf.set(sample.document, (tablesOf.get(sample.document) ?? 0) + 1);
	const share = new Float64Array(usable.length);
	usable.forEach((sample, i) => {
		x.set(sample.values, i * k);
		y[i] = sample.error ? 1 : 0;
		share[i] = 1 / tablesOf.get(sample.document)! / tablesOf.size;
	});
	return { x, y, share, n: usable.length };
}

/**
 * The weights for one prior: L2-regularised logistic regression by projected gradient descent,
 * each weight kept to its signal's sign and, if positive, below the prior by a margin, so that no
 * signal accepts a table alone. Returns the weights and their loss.
 */
function fitAt(
	d: Design,
	prior: number,
	start: Weights,
	steps: number,
): { weights: Weights; loss: number } {
	const k = SIGNALS.length;
	const sign = SIGNALS.map((signal) => Math.sign(WEIGHTS[signal]));
	const w = new Float64Array(SIGNALS.map((signal) => start[signal]));
	const ceiling = Math.max(0, -prior - FIT.alone);
	const grad = new Float64Array(k);
	let loss = 0;
	for (let step = 0; step <= steps; step++) {
		grad.fill(0);
		loss = 0;
		for (let i = 0; i < d.n; i++) {
			let z = prior;
			for (let j = 0; j < k; j++) z += w[j]! * d.x[i * k + j]!;
			const p = 1 / (1 + Math.exp(-z));
			loss -= d.share[i]! * Math.log(d.y[i] ? Math.max(p, 1e-12) : Math.max(1 - p, 1e-12));
			const residual = (p - d.y[i]!) * d.share[i]!;
			for (let j = 0; j < k; j++) grad[j]! += residual * d.x[i * k + j]!;
		}
		for (let j = 0; j < k; j++) loss += (FIT.l2 / 2) * w[j]! * w[j]!;
		if (step === steps) break;
		for (let j = 0; j < k; j++) {
			if (CALIBRATED.has(SIGNALS[j]!)) continue;
			const next = w[j]! - FIT.rate * (grad[j]! + FIT.l2 * w[j]!);
			w[j] = sign[j]! > 0 ? Math.min(Math.max(0, next), ceiling) : Math.min(0, next);
		}
	}
	const weights = Object.fromEntries([
		['prior', prior],
		...SIGNALS.map((signal, j) => [signal, w[j]!]),
	]) as Weights;
	return { weights, loss };
}

/**
 * The fit: for a given prior the rest is a convex problem, and so is the best loss as the prior
 * moves, so the prior is found by ternary search between `low` and `high`. Hand-set weights keep
 * their value; `start` (the fit on every document, for a fit that leaves one out) is where each
 * search begins.
 */
function fit(
	data: Sample[],
	start: Weights = { ...WEIGHTS },
	{ low = -6, high = -0.5, rounds = 18, steps = FIT.steps as number } = {},
): Weights {
	const d = design(data);
	const from = Object.fromEntries(
		Object.entries(start).map(([key, value]) => [
			key,
			key !== 'prior' && CALIBRATED.has(key as Signal) ? WEIGHTS[key as Signal] : value,
		]),
	) as Weights;
	let best = fitAt(d, start.prior, from, steps);
	for (let round = 0; round < rounds; round++) {
		const a = low + (high - low) / 3;
		const b = high - (high - low) / 3;
		const fa = fitAt(d, a, best.weights, steps);
		const fb = fitAt(d, b, best.weights, steps);
		if (fa.loss < fb.loss) high = b;
		else low = a;
		for (const candidate of [fa, fb]) if (candidate.loss < best.loss) best = candidate;
	}
	return best.weights;
}

const docs = documents();
const data = samples(docs);

function codesExact(doc: Judged, weights: Weights): boolean {
	const drafted = draftEntries(classifySource(doc.parsed, weights));
	return JSON.stringify(drafted.drafts.map((d) => d.code)) === JSON.stringify(doc.codes);
}

function figures(weightsOf: (document: number) => Weights) {
	const wrong = data.filter((s) => judge(weightsOf(s.document), s) !== s.error);
	const corpus = docs.flatMap((doc, i) => (doc.codes ? [i] : []));
	const exact = corpus.filter((i) => codesExact(docs[i]!, weightsOf(i)));
	const docsRight = docs.filter((_, i) => !wrong.some((s) => s.document === i)).length;
	const inexact = corpus.filter((i) => !exact.includes(i)).map((i) => docs[i]!.file);
	return { wrong, exact: exact.length, corpus: corpus.length, docsRight, inexact };
}

const fitted = fit(data);
const committed = figures(() => WEIGHTS);
const refit = figures(() => fitted);
const held = docs.map((_, i) =>
	fit(
		data.filter((s) => s.document !== i),
		fitted,
		{
			low: fitted.prior - 1,
			high: fitted.prior + 1,
			rounds: 8,
			steps: FIT.steps / 5,
		},
	),
);
const leftOut = figures((i) => held[i]!);

const pct = (n: number, of: number) => `${n} / ${of} (${((n / of) * 100).toFixed(1)} %)`;
const line = (name: string, f: ReturnType<typeof figures>) =>
	`| ${name} | ${pct(data.length - f.wrong.length, data.length)} | ${pct(f.docsRight, docs.length)} | ${pct(f.exact, f.corpus)} |`;
const wrongList = (f: ReturnType<typeof figures>) =>
	f.wrong.map(
		(s) =>
			`- ${docs[s.document]!.file} line ${s.line}: ${s.error ? 'an error table' : 'not one'} to a person`,
	);
const lines = [
	'# Classifier weights',
	'',
	`Generated by \`npx tsx bench/classify-weights.ts\`. ${data.length} tables judged by a person in ${docs.length} documents (tests/fixtures/real/corpus.json, tests/fixtures/verdicts.json); ${data.filter((s) => s.values === null).length} of them have no column that holds codes, which no weight changes.`,
	'',
	'| weights | tables right | documents with every table right | corpus documents whose codes are exact |',
	'| --- | ---: | ---: | ---: |',
	line('committed (`WEIGHTS`)', committed),
	line('refitted on every document', refit),
	line('each document left out of the fit it is judged by', leftOut),
	'',
	'Refitted weights beside the committed ones:',
	'',
	'| signal | committed | refitted |',
	'| --- | ---: | ---: |',
	...(['prior', ...SIGNALS] as const).map(
		(key) =>
			`| ${key} | ${WEIGHTS[key]} | ${key !== 'prior' && CALIBRATED.has(key) ? 'set by hand' : fitted[key].toFixed(2)} |`,
	),
	'',
	`Tables the committed weights judge wrongly (${committed.wrong.length}):`,
	'',
	...(committed.wrong.length ? wrongList(committed) : ['None.']),
	'',
	`Tables judged wrongly when their document is left out of the fit (${leftOut.wrong.length}):`,
	'',
	...(leftOut.wrong.length ? wrongList(leftOut) : ['None.']),
	'',
	`Corpus documents whose codes are not exact with the committed weights (${committed.inexact.length}):`,
	'',
	...committed.inexact.map((file) => `- ${file}`),
	'',
];
console.log(lines.join('\n'));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, lines.join('\n'));
