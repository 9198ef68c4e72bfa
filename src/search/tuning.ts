/**
 * The numbers that tune the search, in one table: how evidence adds up within the tiers, how far
 * aliases and other readings rank behind codes, and how much of a query is read. Named here, each
 * with why, so the search's modules share one set and a change to one is seen in one place.
 */

/**
 * How the evidence of a pasted text adds up for an entry, in the `message` tier and as
 * agreement in the `words` tier.
 */
export const WEIGHT = {
	/** A code the query names, times how surely it names it (`STRENGTH` in paste.ts). */
	mention: 1,
	/** A message template found in the query, times the share of the query it spans: a whole message counts as much as a code given under a `code` key. */
	template: 1,
	/** The IDF-weighted share of the query's words the entry holds: picks among several codes named, or among the variants of one code. */
	words: 0.5,
	/** The entry returns the HTTP status the query states. */
	status: 0.25,
	/** Between codes named equally surely, the first one named is what the text is about (an exception's headline, not its cause). */
	position: 0.1,
	/**
	 * Added to how surely a code is named when the query also names its document by a rare word of
	 * its title (`Error: 18456, … State: 38` in the document `MSSQLSERVER_18456`): a bare number
	 * (`word`, 0.2) then names the code (`named`, 0.5).
	 */
	title: 0.3,
	/**
	 * Added to how surely a code is named when the query names the API its document is about
	 * (`ipengine: GET https://api.ipengine.dev/… 502` in `ipengine-status-codes`): a reader picks
	 * that document's 502 over forty others at once. More than the status and the words of a
	 * generic message together give another document's entry (`WEIGHT.status` and `WEIGHT.words`),
	 * as the name is what tells such entries apart; it adds to codes named only, so a query that
	 * names no API ranks as before. A JSON body of the keys one document's example shows
	 * (`source-examples.ts`) names that API as surely; a body that names no code of it (`{"status":
	 * "error", "error": "Missing API key."}`) still names the API, so its entries the body's words
	 * find gain it too, ahead of other APIs' messages that say those words more closely.
	 */
	product: 0.8,
	/**
	 * The share of the query's words its document's title says too (`titles.ts`), in the
	 * pasted-text and words tiers: below every other evidence, so that it only decides between documents
	 * that all have the code named, as the words of the line would for a reader
	 * (`Connection failed, return code 4` is the code 4 of `MQTT CONNACK return codes`).
	 */
	titleWords: 0.1,
	/**
	 * The share of the query's words the headings above the entry's table say (`sections` of the
	 * index), from `MIN_SECTION_SHARE` up, in both tiers with `titleWords`: it decides between
	 * entries that answer the rest of the query alike, where the title is generic and the heading
	 * names the subject (`Connect Return code` above the table a `Connection failed, return code
	 * 4` comes from; `Pneumatic piston` above `Did not reach work position` for a typed `piston
	 * did not reach work position`). More than
	 * `titleWords`, as a heading is one table's subject, a title a whole document's: at 0.25 the
	 * corpus gains queries and loses none; at 0.4 it loses two whose messages say more.
	 */
	sectionWords: 0.25,
	/**
	 * Added to how surely a code is named where the paste writes it exactly as one document does
	 * and not as others write the same name (`code=not_found` beside `NOT_FOUND` and `NotFound`):
	 * an API's case and separators are its own, so the spelling says which API the paste came
	 * from. Enough to outweigh the words of another document's generic message (`WEIGHT.words`)
	 * and a status its name implies (`WEIGHT.status`), not a product named (`WEIGHT.product`).
	 */
	written: 0.3,
} as const;
/**
 * The share of a query's IDF-weighted words (`titles.ts`) a heading must say for
 * `WEIGHT.sectionWords` to count: a heading that says only the words most headings share
 * (`Response codes` for a line with `code` and `response`) says nothing of the subject, and
 * would order equal answers by chance; a third of the query is a word of its subject at least.
 */
export const MIN_SECTION_SHARE = 0.3;
/** Each later code named counts this much less for `WEIGHT.position`. */
export const POSITION_DECAY = 0.8;
/**
 * A text written like a code (a number, or letters written as a name, not a word of prose) that
 * is no code of the catalog may be a code's other name, in
 * another column: the decimal form of a hex code (`-1978335212`), the symbol of a numeric one
 * (`TCGB_ERROR_INVALID_PARAMETER`), the error classes of a SQLSTATE (`TABLE_OR_VIEW_NOT_FOUND`).
 * It names the entries whose message or details hold it, if they are this few (a word held
 * by more is just a word), a little less surely than a code.
 */
export const ALIAS = { maxEntries: 3, strength: 0.9 } as const;

/**
 * The HTTP status a body's code names where it is a name the catalog gives one status
 * (`"code": "UNAUTHORIZED"`, which the documents that list it return as 401): the body states
 * that status as surely as `"status": 401` would. At least `documents` must give it, and this
 * `share` of the documents that give the name any status (one may slip: `402 (Unauthorized)`).
 */
export const STATUS_NAME = { documents: 2, share: 0.75 } as const;
/**
 * A pasted message is the name of the status it is stated beside (`Not Found` beside 404) where
 * at least this many documents give that status that message: then it says nothing the status
 * does not, and the API the paste names answers it by its status (`pasted-tier.ts`). Fewer is a
 * message of one API's own.
 */
export const STATUS_MESSAGE_DOCUMENTS = 3;

/**
 * How far, in the tiers of codes typed and mistyped, an alias ranks behind a code (whose scores
 * run from 0 to 2 by how exactly it is written): a name typed is first the code of that name,
 * then the codes known by it.
 */
export const ALIAS_BEHIND_CODE = 3;
/**
 * A code's last part typed (`invalid email` for `E002_INVALID_EMAIL`, `rate limit exceeded` for
 * `data/rate-limit-exceeded`) ranks as an alias does: it is the code's name without its
 * namespace or number, another name of it, behind a code that is named so whole.
 */
export const TAIL_BEHIND_CODE = ALIAS_BEHIND_CODE;
/**
 * A number typed that lies inside a code written as a range (`127` in `4-255`) ranks behind the
 * codes and aliases that are the number, and ahead of everything else: the range is that
 * number's entry in its document, but a code that is the number names it more surely.
 */
export const RANGE_BEHIND_CODE = ALIAS_BEHIND_CODE + 1;
/**
 * How surely a number in a paste names a code that is another reading of it (the range holding
 * it, `127` in `4-255`; the number padded with zeros, `16` for `016`), against naming a code that
 * is the number: less, so that an exact code wins a tie, but enough that the paste's other
 * evidence can tip it: the words of its message (`016`'s `Geçersiz app id ve app secret` beside
 * `"status_code":16`), its document's title (`Error: 18456` beside `State: 110`).
 */
export const OTHER_READING = 0.8;

/**
 * A range's first number must have this many digits for the second to be read as its last digits
 * only (`-4090001 ~ 4`, `5000201-6`): catalogs of long codes shorten so; a short pair that falls
 * (`10-5`, `3-1`) is a name, as a section's is.
 */
export const ABBREVIATED_RANGE_DIGITS = 5;

/** How many entries Fuse scores; enough to fill a results page after Fuse drops some. */
export const FUSE_CANDIDATES = 60;
/**
 * Fuse's work is candidates × query words (one bitap per word and field), so a long paste gets
 * fewer candidates, never fewer than the results asked for.
 */
export const FUSE_BUDGET = 480;
/** Words read with typos and as prefixes; the rest of a long paste is looked up as typed. */
export const EXPANDED_WORDS = 12;
export const MAX_WORDS = 64;
/** Fuzzy hits holding less than this share of the best hit's words are noise (a shared `not`). */
export const MIN_SHARE = 0.35;
/** A candidate Fuse did not match at all must hold this much of the best hit's words to be listed. */
export const MIN_SHARE_UNMATCHED = 0.6;
/** In the words tier, how much the candidate share counts against Fuse's own score. */
export const SHARE_VS_FUSE = 0.6;
/**
 * Added in the words tier when the message starts with what is typed, slips aside on either side
 * (`evidence.ts`): the reader is typing the message from its start, and the last word is still
 * unfinished, so its words alone tie.
 */
export const TYPED_FROM_START = 0.3;
/**
 * Added, in the words tier and the pasted-text tier, when a detail column says, whole, what is
 * typed or a pasted body's message, slips aside (`Invalid or expired credentials` under Possible
 * cause, `Too Many Requests` under Status, `Error` under Name beside `"message": "Error"`): as
 * much as a message that starts with it, where longer messages hold the same words scattered.
 */
export const DETAIL_IS_QUERY = TYPED_FROM_START;
/**
 * A detail cell that says the query counts for `DETAIL_IS_QUERY` only where at most this many of
 * its document's candidates hold it: more is a category repeated down a column (`Validation
 * Error` beside every code of an e-invoicing API), not what tells one entry from the others; a
 * status's reason phrase shared by a few variants of one code still counts.
 */
export const CATEGORY_ENTRIES = 3;
/**
 * A catalog's text with a number says a pasted message with another number in its place (`block
 * #1 not found` for `block #48213377 not found`) where it has at least this many other words:
 * enough that the words say which message it is; fewer (`Error 1`) are told apart by the number.
 */
export const EXAMPLE_NUMBER_WORDS = 3;
/**
 * A pasted message must span this much of what was pasted, unless its code was pasted too (named
 * at least `STRENGTH.named`: a word of prose that is also a code, `unauthorized` for
 * `UNAUTHORIZED`, is the message's own word, not a second piece of evidence). Less leaves words
 * of the query unexplained that another entry may hold: `Internal server error check logs` is not
 * the generic `Internal Server Error` of many documents but the one whose message also says
 * `check logs` (and misspells `Intrnal`, so no template of it matches).
 */
export const MIN_COVERAGE = 0.7;
/**
 * The share of a query an entry's message spans when it says the whole query with slips
 * (`Redis Service unavilable` for `redis service unavailable`, `Temporary Unavailable` for
 * `Temporarily Unavailable`): past `MIN_COVERAGE`, so that it ranks among the messages the query
 * holds, ahead of a message that leaves a rare word of the query unexplained (`Service
 * Unavailable`), but behind a whole message written as typed.
 */
export const SLIPPED_MESSAGE = 0.9;
/**
 * What is read of a paste: an error body, or the head of a stack trace, where the error is
 * named. Beyond this a paste is a log file, and reading all of it would hold up the next
 * keystroke (a 30,000-character trace takes 50 ms).
 */
export const MAX_QUERY_CHARS = 8000;
