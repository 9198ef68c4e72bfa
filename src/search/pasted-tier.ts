/**
 * The pasted-text tier: the codes a pasted text (a JSON body, a log line, an exception) names
 * surely, and the entries whose message it holds, spanning most of it or with its code named
 * too, ranked by all the evidence together.
 */
import type { Candidates } from './candidates';
import {
	contextWords,
	detailSays,
	saysMessage,
	statusAgreement,
	wordShare,
	type EvidenceSources,
} from './evidence';
import { wordsWithin, type Range } from './highlight';
import { namedAlias, type Reading } from './named-codes';
import { STRENGTH } from './paste';
import type { Ranked } from './ranked';
import type { TemplateMatch, TemplateMatcher } from './templates';
import { isHttpStatus } from '../core/status';
import { fold, normalizeSpace } from '../core/text';
import type { Corpus } from './corpus';
import { tokenize } from './text';
import {
	DETAIL_IS_QUERY,
	MIN_COVERAGE,
	SLIPPED_MESSAGE,
	STATUS_MESSAGE_DOCUMENTS,
	WEIGHT,
} from './tuning';

export function pastedTier(
	sources: EvidenceSources & { templates: TemplateMatcher },
	reading: Reading,
	candidates: Candidates,
	put: (hit: Ranked) => void,
): void {
	const { corpus, templates } = sources;
	const { messages, named } = reading;
	const folded = messages.map(fold);
	const terms = new Set(messages.flatMap(tokenize));
	// A body's name field (`"error": "Unauthorized"`) is read as a code, and is also the first part
	// of a message a table writes in parts (`Unauthorized -- Credenciales incorrectas.`) whose
	// second part is the body's message: the parts are looked for in both.
	const keyed = reading.mentions
		.filter(({ text, strength }) => strength >= STRENGTH.keyed && /\p{L}/u.test(text))
		.map(({ text }) => fold(text));
	const partTexts = [...folded, ...keyed];
	const partTerms = new Set([...terms, ...keyed.flatMap(tokenize)]);
	const context = contextWords(sources, [...terms]);
	const detailSaysQuery = detailSays(sources, reading, candidates);
	const detailGain = (entry: number) => (detailSaysQuery(entry) ? DETAIL_IS_QUERY : 0);
	const says = saysMessage(sources, reading, candidates);
	// Catalogs repeat messages; each distinct one is matched once per query.
	const matched = new Map<string, TemplateMatch | null>();
	const templateOf = (entry: number): TemplateMatch | null => {
		const message = corpus.message(entry);
		if (!matched.has(message)) {
			let best: TemplateMatch | null = null;
			for (const match of [
				...folded.map((text) => templates.match(entry, text, terms)),
				templates.matchInParts(entry, partTexts, partTerms),
			])
				if (match && match.coverage > (best?.coverage ?? 0)) best = match;
			matched.set(message, best);
		}
		return matched.get(message)!;
	};
	const stated = statedStatuses(reading);
	const saysStatus = saysReasonOfStatus({ ...reading, corpus });
	for (const entry of new Set([
		...candidates.entries,
		...named.keys(),
		...templates.holding(terms),
	])) {
		const template = templateOf(entry);
		// A status the paste names beside an entry's whole message names that entry as surely as
		// its code would (`HTTPError: 422 … -- This JWT token is invalid` for a code 12 of 422).
		const strength = Math.max(
			named.get(entry) ?? 0,
			template ? (stated.get(corpus.status[entry]!) ?? 0) : 0,
		);
		// A message that says the whole query with slips is read as its whole text; a detail cell that
		// does leaves the message, in another language or about something else, unmarked.
		const message = corpus.message(entry);
		const messageSays = !template && says(message);
		const slipped = messageSays || (!template && detailSaysQuery(entry));
		const literals = template?.literals ?? (messageSays ? [wholeOf(message)] : []);
		const coverage = Math.max(
			template && (template.coverage >= MIN_COVERAGE || strength >= STRENGTH.named)
				? template.coverage
				: 0,
			slipped ? SLIPPED_MESSAGE : 0,
			saysStatus(entry) ? 1 : 0,
		);
		if (coverage === 0 && strength < STRENGTH.named) continue;
		put({
			entry,
			kind: 'message',
			score:
				WEIGHT.mention * strength +
				WEIGHT.template * coverage +
				WEIGHT.words * wordShare(sources, candidates, entry) +
				detailGain(entry) +
				context(entry) +
				statusAgreement(sources, reading, entry),
			codeRanges: [],
			messageRanges: () => (coverage > 0 ? wordsWithin(message, literals) : []),
			alias: () => namedAlias(reading, entry),
		});
	}
}

const wholeOf = (text: string): Range => [0, text.length];

/**
 * Whether a paste's message says an entry's status by name: a body that names an API (by its
 * name, or by the shape its document shows) gives `"title": "Not Found"` beside `"status": 404`,
 * and that API's 404 says so by its status, whatever words its document gives it (`API Not
 * found`). A status's name is what the catalog makes it: a message that several documents give
 * that status (`STATUS_MESSAGE_DOCUMENTS`), in whatever language they write. Those documents
 * would otherwise come first by the message the status already says.
 */
function saysReasonOfStatus({
	messages,
	status,
	about,
	corpus,
}: Reading & { corpus: Corpus }): (entry: number) => boolean {
	if (status === null || about.size === 0) return () => false;
	const said = new Set(messages.map(messageKey));
	const giving = new Set<number>();
	for (const entry of corpus.withStatus(status)) {
		if (!said.has(messageKey(corpus.message(entry)))) continue;
		giving.add(corpus.sourceOf(entry));
		if (giving.size >= STATUS_MESSAGE_DOCUMENTS) break;
	}
	if (giving.size < STATUS_MESSAGE_DOCUMENTS) return () => false;
	return (entry) => corpus.status[entry] === status && about.has(corpus.sourceOf(entry));
}

/** A message as two documents write it alike: case, spacing and a closing stop aside. */
const messageKey = (message: string) => normalizeSpace(fold(message)).replace(/[.!]$/, '');

/** The HTTP statuses a paste states or names as numbers, with how surely. */
function statedStatuses({ mentions, status }: Reading): Map<number, number> {
	const stated = new Map<number, number>();
	for (const { text, strength } of mentions)
		if (/^\d{3}$/.test(text) && isHttpStatus(Number(text)))
			stated.set(Number(text), Math.max(strength, stated.get(Number(text)) ?? 0));
	if (status !== null) stated.set(status, Math.max(STRENGTH.number, stated.get(status) ?? 0));
	return stated;
}
