/**
 * The numbers the classify stage decides by, each with why it has its value: `THRESHOLDS` for
 * how cells and headers are read into column profiles and roles, `WEIGHTS` for how much each
 * signal counts towards calling a table an error table. Shares are of a column's non-empty cells.
 */
export const THRESHOLDS = {
	/**
	 * A column headed like a status is the status column when this share of its cells hold an
	 * HTTP status: a few rows may say "varies" or name a gRPC code instead.
	 */
	statusShare: 0.8,
	/**
	 * A column whose header names codes is plainly the code column at this code score (see
	 * `codeScore`): enough to pass over a column of sentences, loose enough for a table with a few
	 * codes written as prose.
	 */
	namedCodeShare: 0.6,
	/**
	 * A column whose header does not name codes is plainly the code column only when its cells are
	 * nearly all codes, or every column of constants or of GET/POST would be.
	 */
	unnamedCodeShare: 0.9,
	/**
	 * Where no column is plainly the code column, the column most like one is weighed if this share
	 * of its cells are codes or single identifiers: less is a column of words.
	 */
	doubtfulCodeShare: 0.5,
	/**
	 * A column gives parameters' types when this share of its cells are type names (`String`,
	 * `int`): half, since an object's or an array's type may be written as its own name.
	 */
	typeShare: 0.5,
	/** How much a header naming something else (`Type`, `Key`) counts against a doubtful code column. */
	otherHeaderPenalty: 0.5,
	/**
	 * How much single identifiers without a code's shape (`accountlocked`) count towards a doubtful
	 * code column: half a code, since a column of plain words holds them too.
	 */
	identifierWeight: 0.5,
	/**
	 * Codes are mostly distinct (a document may list one code under several statuses); a
	 * column below this share of distinct values is not plainly the code column. Nor is it the
	 * message: a column of words this repetitive gives way to one that says what each code means.
	 */
	distinctShare: 0.5,
	/**
	 * A code cell may carry a short name beside the code (`404 (NOT FOUND)`, `E1: bad key`). A
	 * longer tail is a sentence that starts with an identifier, as descriptions often do; such a
	 * cell counts half towards the column's code score.
	 */
	noteWords: 6,
	/**
	 * Words after the code in a code cell that make its message (`E001 – encoding of mobile video
	 * failed`) rather than its name (`404 (NOT FOUND)`, `E1: bad key`): names run to two.
	 */
	messageWords: 3,
	/**
	 * Cells of a column that hold a code and its message, in a table whose code column's do, that
	 * make the column a further code column: a few may be a remark or a code without its words.
	 */
	pairShare: 0.8,
	/** Score per level of how plainly a header names codes (see `Profile.strength`). */
	namedBonus: 1,
	/** Weight of the share of distinct values: codes are mostly distinct, categories are not. */
	uniqueWeight: 0.5,
	/**
	 * Penalty for a column headed as a name or symbol (`Symbol`, `SW name`, `Constant name`): when
	 * a table has both, the name describes the code rather than being it.
	 */
	namePenalty: 0.75,
	/** Per column of distance from the left: ties go to the column further left. */
	positionPenalty: 0.01,
	/**
	 * A column is prose when this share of its cells read as words rather than one token: a
	 * message column, which an error table has beside its codes.
	 */
	proseShare: 0.5,
	/**
	 * A column lists thrown messages when this share of its cells are whole sentences
	 * (`MerchantID is empty.`): most, since a code's short name sometimes ends in a full stop.
	 */
	messageSentenceShare: 0.6,
	/**
	 * A column holds code patterns when in this share of the rows its code has a placeholder that
	 * the code beside it fills in (`FEATURE_<NAME>_DISABLED | FEATURE_RTC_DISABLED`): most, as a
	 * family may have a row whose example is left out.
	 */
	patternShare: 0.6,
	/**
	 * A code column rates rows by level when this share of its cells are levels (`Medium`, `High`,
	 * `P1`): most, as a severity or two in a column of names says little.
	 */
	levelShare: 0.6,
	/**
	 * A column says a machine is working, waiting or idle (`Running`, `Heating`, `Standby`) in this
	 * share of its rows: most, as an error table may list a `Ready` or a `Waiting for …` row.
	 */
	operatingShare: 0.5,
	/** The fewest rows for such a share to say anything: a short table's one calm row is half of it. */
	operatingRows: 4,
	/**
	 * A column declares the member named in this share of the rows (`fun launcherError(…)`,
	 * `const val CODE_X: Int = 400`): most, as an error table's note may show one declaration.
	 */
	declaredShare: 0.6,
	/** Headers naming a plan's parts (`Risk`, `Impact`, `Mitigation`) that make a table a plan's. */
	planHeaders: 2,
	/**
	 * A column of prose where this share of the cells are codes (`EX_OK`, `EX_USAGE`, with remarks
	 * in the other rows) names symbols: the message is a column of prose without them, where
	 * there is one.
	 */
	symbolShare: 0.5,
	/**
	 * A column of names is an enum's when this share of its cells are constants
	 * (`FAILSAFE_OCCURRED`): beside a column headed as an error's code, the catalog of a
	 * subsystem's errors, whose numbers may well count 0, 1, 2. A few rows may be named otherwise.
	 */
	enumNameShare: 0.8,
	/**
	 * A code column is of masks (`0xC1XX_XXXX`) when this share of its cells are: a `0` for
	 * "none" may head them.
	 */
	maskShare: 0.6,
	/**
	 * A text is in Latin letters when this share of its letters are (a Korean message may name
	 * `BASE64`; an English one, a Korean bank).
	 */
	latinShare: 0.8,
	/**
	 * A column is written in Latin letters when this share of its cells are; a column of Korean
	 * messages has a few that name a Latin term and little else (`BASE64 DECODE 실패`).
	 */
	latinColumnShare: 0.5,
	/** CJK and Hangul have no spaces between words: this many such characters make a phrase. */
	cjkPhrase: 4,
	/**
	 * Messages that say what went wrong: this share of a table's messages using failure words
	 * (`invalid`, `not found`, `失败`, `ungültig`) puts the table among errors when the columns are
	 * chosen, whatever its headings.
	 */
	errorWordShare: 0.2,
	/**
	 * A column of names beside HTTP statuses that spells this share of their reason phrases
	 * (`404 | NOT_FOUND`) names the statuses, and the codes are statuses after all.
	 */
	reasonShare: 0.5,
	/**
	 * A column of three-digit numbers is HTTP statuses only when this share of them are statuses
	 * HTTP defines, or the heading or headers say HTTP: an API may add a few of its own (`452`,
	 * `512`), while FTP and SMTP replies, exit codes and protocol result codes share the digits
	 * (`550`, `227`, `124`) but mostly not the registry.
	 */
	registeredShare: 0.6,
	/**
	 * A column of three-digit numbers with some no HTTP status could be (`000`, `990`) and this
	 * share HTTP defines no status for (`209`, `232`) numbers the API's own results, whatever its
	 * header: an HTTP table adds a few of its own (`520`–`527` among forty) and never a `000`.
	 */
	ownNumbersShare: 0.25,
	/**
	 * The longest a name runs, in words (`Message Too Big`, `Try Again Later`); longer texts are
	 * titles or sentences whatever their case.
	 */
	nameWords: 4,
	/**
	 * A column holds names when this share of its cells are names (see `isName`), counting only
	 * the cells case can tell: two to `nameWords` words.
	 */
	nameShare: 0.5,
	/**
	 * A column gives the codes other names when this share of its cells are one identifier each,
	 * distinct, or the codes' value in another base: a few rows may leave it empty or say `-`.
	 */
	aliasShare: 0.8,
	/**
	 * Powers of two down a code column are bits of a flag field when there are this many: `1, 2, 4`
	 * and no 3 happens in a numbering; `1, 2` is the start of any.
	 */
	flagBits: 3,
	/**
	 * Row ids (`1, 2, …, 8, 10`) rise by one at most steps, a dropped row leaving a gap; codes that
	 * are numbers jump by tens or hundreds (`1001, 1002, 2001`). Three rows at least: `1, 2` is the
	 * start of any numbering.
	 */
	rowIdSteps: 0.8,
	rowIdRows: 3,
	/**
	 * A code column gives every row its code: one that leaves more than a few rows empty, beside
	 * another that gives them all one, names some of that column's codes (a fifth of the rows
	 * without a number cannot be a slip).
	 */
	codeRows: 0.85,
	/** Rows a code column may leave empty however few its rows: a success row, or a slip. */
	unwrittenCodes: 1,
	/**
	 * A column headed as the codes, of numbers shaped like HTTP statuses, is HTTP's statuses only
	 * where at least this share are HTTP's error statuses: an error table of statuses is mostly
	 * 4xx and 5xx, and one of `200 Unknown error`, `209`, `212` numbers the API's own results.
	 */
	httpErrorShare: 0.5,
	/**
	 * Rows of numbers HTTP calls a success (`201`) whose meaning says something failed, from which
	 * on the numbers are the document's own codes, not statuses: one may be a careless description.
	 */
	contradictedStatuses: 2,
	/**
	 * A column's values are a class the rows share, over a document's tables, when at least this
	 * many cells repeat a value: one value given twice is a slip (a code copied into the next row,
	 * as a protocol's page gives `8464` to two errors), not a class.
	 */
	classRepeats: 2,
	/**
	 * A column of names gives the codes other names only when this share of them are distinct: a
	 * name names one code, and a column that repeats a few names (`CALL_REJECTED` for three SIP
	 * codes) names the codes of another column.
	 */
	aliasDistinct: 0.95,
	/**
	 * A column not headed as the codes whose cells are HTTP methods or paths in this share names the
	 * request each row is about: half, since the rest may say `ANY` or name several (`PUT/PATCH`).
	 */
	requestShare: 0.5,
	/**
	 * A column of other names may say a sentence in this share of its cells (a range's `reserved
	 * for future use` among four names), no more: a column of sentences is a message.
	 */
	aliasProse: 0.2,
	/**
	 * A column lists web sites when this share of its cells is a web address alone: half, since
	 * a list of banks leaves a few without one or puts one in the wrong column.
	 */
	siteShare: 0.5,
	/**
	 * A column names its rows in a script when this share of its cells are short names in it
	 * (`비씨`, `KB Kookmin`): a few rows may be empty or carry a remark.
	 */
	translatedShare: 0.8,
	/**
	 * Other tables of a document written alike that say something failed before a table that says
	 * nothing did stands apart from them: two, since one neighbour may be the error table and the
	 * other table its calmer half (`4xx`, `5xx`), both errors.
	 */
	failingNeighbours: 2,
	/**
	 * A table lists codes an error table above it listed when this share of its code cells are
	 * among them: nearly all, since a retry guide adds a connection error or two of its own.
	 */
	listedAboveShare: 0.8,
	/**
	 * The fewest rows of an index of code blocks, and the fewest of them holding codes listed
	 * elsewhere: one range is a row of an error table (`0 - 999 | Reserved`).
	 */
	blockRows: 2,
	/**
	 * A table maps names error tables above list to one another when this share of its code
	 * column and of another column are among them: most, since such a map adds a row or two for
	 * what has no name (`Network/timeout`).
	 */
	mappedShare: 0.7,
	/**
	 * The share of a column's cells, a success `0` aside, that must be blocks: an error table may
	 * list a range or two among its codes (`4000–4999 | Reserved`).
	 */
	blockShare: 0.8,
	/**
	 * The share of the blocks that must hold a code listed elsewhere: most, since an index keeps
	 * a block or two for the future (`50070+ | Reserved`), while a table of errors by range whose
	 * ranges the document lists codes from here and there (`200-299` holds `213`) is the only
	 * place of the others.
	 */
	blocksHolding: 0.6,
} as const;

/**
 * How much each signal counts for (positive) or against (negative) a table being an error table,
 * per unit of the signal (most are shares, 0 to 1). The table is an error table when `prior` and
 * the weighed signals add up to more than 0. Fitted on the corpus's hand-written verdicts (see
 * `bench/classify-weights.ts`, which refits them and gives leave-one-document-out figures), then
 * rounded; the sign of each is fixed by what the signal means, the fit only sets how much. Three are
 * set by hand, and the fit leaves them as they are: `opcodes`, `examples` and `otherHeader`, each
 * saying why.
 */
export const WEIGHTS = {
	/** Where nothing is known a table is not an error table: most tables of a document are not. */
	prior: -2.6,
	/** The code column's header names codes (`Code`, `SQLSTATE`, `コード`): the plainest word there is. */
	codeHeader: 2.1,
	/** The code column's header names errors (`Error`, `Exception`), which may be codes or names. */
	errorHeader: 1.1,
	/**
	 * The code column is headed as something else (`Key`, `Field`, `Parameter`, `Method`). Set by
	 * hand: no error table of the corpus is headed so, but fitted alone it came out at −1.3, which a
	 * table of parameters under a heading that names an error (`Error 5013 detail`) outweighed.
	 */
	otherHeader: -2,
	/** The code column's cells are shaped like codes (numbers, `E0001`, `NOT_FOUND`, `AccessDenied`). */
	codeShapes: 2.4,
	/**
	 * The code column holds patterns (`FEATURE_<NAME>_DISABLED`) that a column beside it fills in
	 * once each (`FEATURE_RTC_DISABLED`), per share of those shaped like codes: a family of codes,
	 * whose placeholder hides the shape `codeShapes` weighs. Set by hand: one such table in the
	 * corpus, too few for a fit; as strong as a code's shape, which the instances show for the
	 * pattern, and no stronger than any signal may be alone (a heading or a failure word must
	 * still say errors, as `Dynamic code families` does).
	 */
	codePatterns: 2.4,
	/** The code column's values repeat: categories repeat, codes mostly do not. Per share repeated. */
	repeats: -1,
	/** The code column holds two- and three-letter words: currencies, countries, languages. */
	lookupCodes: -0.9,
	/** The code column holds HTTP statuses: a table of the statuses an API returns. */
	statusCodes: 0.5,
	/** A column beside the codes holds HTTP statuses: what an API returns with an error. */
	statusColumn: 1,
	/** The words of a column say something failed (`invalid`, `not found`, `失败`). */
	failureWords: 1.9,
	/**
	 * The code column's codes say in their own words that something failed (`cc_rejected_high_risk`,
	 * `NOT_FOUND`): a table of what an API says when it refuses, whatever its heading.
	 */
	failingCodes: 2.3,
	/** The code column's cells are error bodies (`{"error": "invalid_grant", …}`). */
	errorBodies: 0.2,
	/** The nearest heading, the caption or the label of the tab around the table names errors. */
	headingErrors: 1.6,
	/** The nearest heading, the caption or the tab's label names codes or statuses, not errors. */
	headingCodes: 0.4,
	/** A heading further up or the document's title names errors: the whole page is about them. */
	titleErrors: 1.7,
	/**
	 * The nearest heading, caption, label or introducing sentence names something, and neither
	 * errors nor codes (`List of behaviors:`, `Quantity`): the table is about that.
	 */
	headingOther: -1,
	/** The nearest heading or a label names settings, options, parameters or fields. */
	settingsHeading: -1,
	/**
	 * The nearest heading or the sentence introducing the table calls it examples. Set by hand: too
	 * few tables of examples in the corpus for a fit to weigh.
	 */
	examples: -1,
	/** The nearest heading names a lookup: currencies, countries, languages, units, time zones. */
	lookupHeading: -1.2,
	/**
	 * A column's header names a lookup (`Idioma`, `Currency`, `Bank`): the codes stand for what the
	 * column names, not for errors. Set by hand: too few lookup tables headed so in the corpus for a
	 * fit to weigh, and the header says more of the table than a heading above it.
	 */
	lookupHeader: -2,
	/**
	 * The code column gives the code of what another column names (`Hardware Device | Hardware
	 * Device Code`, `Country | Country code`): a legend, whose codes stand for things, not errors.
	 * Set by hand, as `lookupHeader`: a lookup table of its kind, too few in the corpus for a fit.
	 */
	codedThings: -2,
	/**
	 * The code column numbers the rows (0, 1, 2… in order) and no column says a sentence: a legend
	 * numbering a list of names (`Class | Value`), not errors, which a table says the meaning of.
	 * Set by hand, as `codedThings`: too few such legends in the corpus for a fit.
	 */
	numberedNames: -2,
	/**
	 * The code column numbers the rows (0, 1, 2… in order) and no column says something failed: the
	 * states an object passes through (`Initiated`, `Out for delivery`, `Delivered`), or the steps
	 * of a process, each said in a sentence, not errors. Set by hand, as `numberedNames`: too few
	 * such tables in the corpus for a fit; as strong as a code header and a heading that names
	 * codes together, which a table of states has as often as one of errors, and weaker than a
	 * heading that names errors besides.
	 */
	numberedStates: -3,
	/**
	 * The code column is headed as the rows' numbers (`#`, `No.`, `序号`) and counts them 1, 2, 3…:
	 * where a row stands in the list, never a code, whatever the other columns say (a list of
	 * message states with its failures). Set by hand: few such tables in the corpus; stronger than
	 * a code's shape and a description that says what failed together.
	 */
	rowNumbers: -4,
	/**
	 * Every status of the table is one of HTTP's successes or redirections (1xx to 3xx), each named
	 * beside it as HTTP names it (`204 | No Content`): nothing in it failed. Set by hand: few such
	 * tables in the corpus; weak alone, since a page whose only table lists its successes (its
	 * errors in prose or accordions) was read by its readers as a table of its codes.
	 */
	successStatuses: -2,
	/**
	 * Besides `successStatuses`, the nearest heading or caption says the responses are normal or
	 * successful (`Normal response codes`), and another table of the document says what failed:
	 * the document lists its errors apart. Set by hand, as `successStatuses`; the two together
	 * outweigh a code header, statuses' shapes and a reason phrase (`No Content`) read as a failure.
	 */
	successHeading: -3.5,
	/**
	 * The nearest heading or label names the rows as states of a thing (`Captcha States`) and not
	 * errors: an enumeration, some of whose states may be failures (`EXPIRED`, `BLOCKED`). Set by
	 * hand: one such table in the corpus, too few for a fit; as strong as a heading that names
	 * errors, the other way.
	 */
	stateHeading: -1.6,
	/**
	 * A column holds two or more states that are no failure (`SUCCESS`, `AWAITING_ANSWER`,
	 * `PENDING`, `LOAD_SUCCEED`, `ComponentsAvailable`): a lifecycle. Set by hand, as `stateHeading`; weak, since a table of payment
	 * outcomes lists `approved` and `pending` beside its refusals.
	 */
	calmStates: -0.5,
	/**
	 * A header of a column beside the codes names states (`Message State | Value`): the rows are a
	 * thing's states, whichever column holds their numbers. Set by hand, as `stateHeading`; weaker,
	 * since a header says less of a table than the heading that names it.
	 */
	stateHeader: -1,
	/**
	 * Most rows of a column say a machine is working, waiting or idle (`Running`, `Cooling`,
	 * `Waiting for start button`): a status register's decoder, a fault or two among its states.
	 * Set by hand: one such table in the corpus; weaker than a code's shape and its header together,
	 * so that it rejects only beside another signal (a heading naming operating states, no failure
	 * words), as a fault table with many `Waiting for …` rows still says what failed.
	 */
	operatingStates: -2,
	/**
	 * A column declares the member each row names (`CODE_LAUNCHER_ERROR | const val
	 * CODE_LAUNCHER_ERROR: Int = 400`): a generated listing of an API's members (Dokka's
	 * `Properties`, `Functions`), which its readers read no error from, though its names look like
	 * codes and say what failed. Set by hand: two such documents in the corpus; stronger than a
	 * code's shape and failure words in it together.
	 */
	memberListing: -4,
	/**
	 * A heading or header names opcodes, numbers that look like codes and are messages. Set by hand:
	 * few opcode tables in the corpus, each with a `Code` header and numbers, which a fit weighs more;
	 * a person takes the heading at its word.
	 */
	opcodes: -4,
	/**
	 * A column holds type names (`string`, `int`, `{Data}`) or declarations (`fun valueOf(…)`): a
	 * table of parameters, fields or a class's members.
	 */
	typeColumn: -2.2,
	/**
	 * The codes are 0 and powers of two (`1, 2, 4, 8`): bits of a flag field, which a check sets, not
	 * errors numbered one by one. Set by hand: two tables of flags in the corpus besides these, too
	 * few for a fit; a table of error flags with a code header and failure words still reads.
	 */
	flagCodes: -2.5,
	/**
	 * A column beside the codes holds web sites, and no column says anything failed: a list of
	 * institutions (banks, card issuers) with their codes. Set by hand, as the signals of things
	 * listed below: two such documents in the corpus, too few for a fit; about as strong as a code
	 * header, since a web site says what each row is as plainly as a header says codes.
	 */
	siteColumn: -2,
	/**
	 * Two columns name each row in two languages, in short names (`국민은행 | Kookmin Bank`), and
	 * nothing says anything failed: a list of things, which an error table describes in a
	 * sentence instead. Set by hand, as `siteColumn`.
	 */
	namesInTwoScripts: -1,
	/**
	 * A column beside the codes holds proper names (`Dirham dos Emirados`, `Peso Argentino`), no
	 * column says a sentence, and nothing says anything failed: a list of currencies, brands or
	 * institutions. Set by hand, as `siteColumn`: one such list in the corpus; weaker than
	 * `namesInTwoScripts`' evidence with a web site, since a device's quiet list of faults names
	 * its rows as properly (`Low Water Flow`) and has only its heading to say errors.
	 */
	properNames: -1,
	/**
	 * A column beside the codes is headed as a request's fields or parameters (`필드명`, `Field`)
	 * and nothing says anything failed: a table of a call, whose code column holds the values a
	 * field takes. Set by hand, as `properNames`: one such table among the corpus's verdicts; weak,
	 * since an error table names the field a code is about too, and then says what failed.
	 */
	fieldColumn: -1,
	/**
	 * The nearest heading, the sentence above or a header names a lookup (regions, countries,
	 * languages, currencies), no column says a sentence, and nothing says anything failed: a list
	 * of the things the codes stand for (`AFR | Africa`), however the codes are written (links to
	 * an encyclopaedia's articles). Set by hand: one such list among the corpus's verdicts, too
	 * few for a fit; stronger than `lookupHeading`, which it comes with, since a quiet list of
	 * names says what a heading of `… Codes` leaves open; weaker than `siteColumn`.
	 */
	quietLookup: -1.5,
	/**
	 * The code column names both a code field and a message field (`Code`, `Message`,
	 * `RequestId`): the fields of an error body, whose descriptions say "error code" and "the
	 * request that resulted in an error" as an error table's say what failed. Set by hand: the
	 * corpus's eleven such tables are all judged no error table and most lose already on their
	 * `Type` column, so a fit learns little of it; strong enough to outweigh a heading of errors
	 * and failure words in every row, as an error table never holds `code` and `message` as two of
	 * its codes.
	 */
	bodyFields: -3,
	/**
	 * Every code is a range (`1000-1999`) and no column says a sentence or that anything failed:
	 * a legend of which part of an API uses which block of codes, above the errors themselves.
	 * Set by hand: one such legend in the corpus; as strong as `opcodes`, since a range says what
	 * the row is as plainly, while a heading of errors and a `Code` header come with it.
	 */
	rangeLegend: -4,
	/**
	 * Every code but a success `0` is a range, and a header or the heading above gives the ranges
	 * to modules, services or segments: a numbering plan, whose rows may well say what fails in
	 * each module. Its blocks count for nothing as codes' shapes (`evidence.ts`). Set by hand: one
	 * such plan in the corpus, too few for a fit; as strong as the weights allow one signal
	 * (`classify.test.ts`: none rejects a table whose header, cells, messages and statuses say
	 * errors), which a plan on a page of error codes mostly has.
	 */
	rangeAllocation: -4.5,
	/**
	 * The code column is a field of a thing's status (`transaction_status`, `orderStatus`) and
	 * nothing says anything failed: the values of the field, an enumeration of states. Set by
	 * hand, as `siteColumn`; weaker than `stateHeading`, since a header says less of a table than
	 * the heading that names it.
	 */
	statusField: -1,
	/**
	 * The nearest heading or a header names a protocol's message codes or types (`Message Code`,
	 * `MsgCode`) and nothing says anything failed: the kinds of message a peer sends. Set by hand,
	 * as `siteColumn`; weaker than `opcodes`, since `X-Message Code` heads an error table's codes
	 * in the corpus, whose messages say what failed.
	 */
	messageTypes: -1.5,
	/**
	 * The code column holds version numbers (`v1.0.0`, or `1.2` under a `Version` header): a
	 * document's or a product's history, whose rows are releases. Set by hand: one such table
	 * among the corpus's verdicts, too few for a fit; as strong as a code header and more, since
	 * a release says what each row is as plainly as a header says codes.
	 */
	versions: -2.5,
	/**
	 * Nothing in the table, its codes or the heading right above it says anything failed, where at
	 * least two other tables of the document with the same header do: progress messages or
	 * notices beside a game's or an app's error messages, in the same shape. Set by hand: one such
	 * table among the corpus's verdicts; weaker than a heading that names errors, which a table
	 * among errors has even when its words are calm.
	 */
	quietAmongFailing: -1.5,
	/**
	 * The heading over the table names the subsystems of a system (`Subsystems Reference`) and the code
	 * column is not headed as codes (`ID`): the ids of the parts the codes belong to. Set by hand
	 * (batch unseen-47): as strong as a code's shape and a heading that names errors together,
	 * which such a table has, its descriptions saying what each part watches for.
	 */
	partIds: -3,
	/**
	 * The code column is headed as a position (`Data byte`, `Offset`, `Bit`) and its numbers count
	 * the places of a message or register in order (`0, 1, 2, 3-7`): a layout, whose descriptions
	 * may well say "error" where the message it lays out is one. Set by hand: one such document in
	 * the corpus; as strong as a heading that names errors and a code's shape together, which every
	 * table of such a page has; a table of exit codes is headed as codes and never shows it.
	 */
	positions: -4,
	/**
	 * A column headed `Bit` gives each row's place in a register (`b7`, `bit 3`, `0x80`): the flags
	 * of a status register, some of them faults, most of them states. Set by hand: one such document
	 * in the corpus; stronger than a description column that says what failed, so a register's map
	 * of faults is no error table, while a table headed as errors or codes keeps its codes.
	 */
	bitColumn: -3.5,
	/**
	 * The first column is headed as parameters (`Param`, `Argument`, `Option`) and holds identifiers,
	 * and another column gives their defaults or their types: a call's parameters, whose default
	 * `0` is no code, or an error object's fields (`ERROR_TYPE.ERROR_CODE | String`), whose names
	 * say `error` as codes do. Set by hand: two such documents in the corpus; as strong as a code's
	 * shape and a description that says something failed (`minimum is 300 seconds`) together.
	 */
	parameterTable: -3,
	/**
	 * The code column is headed as the message and holds sentences, or is headed as something
	 * else (`Module`) beside a message column of sentences: the messages a library throws, listed
	 * without codes. Set by hand: two such tables in the corpus, too few for a fit; stronger than
	 * a code's shape and a heading of errors together, which the first word of a message and a
	 * page of errors give such a table; a table headed as codes never shows it.
	 */
	listedMessages: -3,
	/**
	 * The code column holds levels (`Medium`, `High`, `P1`): how severe or how likely something is,
	 * which many rows share, not an error's code. Set by hand: one such table in the corpus; as
	 * strong as a heading of errors and a column of failure words together, which a risk matrix
	 * under a page of errors has.
	 */
	levelCodes: -3,
	/**
	 * Two or more headers name a plan's parts (`Risk | Impact | Probability | Mitigation`): a risk
	 * matrix, whose cells speak of failures that may come, not of errors an API returns. Set by
	 * hand, as `levelCodes`.
	 */
	planTable: -2,
	/**
	 * Nearly every code was listed by an error table above, headed otherwise, and no other column
	 * says what failed: a retry guide or a map of internal errors to those codes. The codes' own
	 * evidence (their shape, the failure their names say) is weighed once, in the table above, so
	 * what is left is the header and the heading. Set by hand: one such document in the corpus,
	 * too few for a fit; as strong as a code header, which such a guide keeps.
	 */
	listedAbove: -2.5,
	/**
	 * A column's rows are ranges, masks or prefixes (`1001-1008`, `NVM41xx`, `INS`) of codes the
	 * document lists elsewhere, in other tables or as headings (`code-blocks.ts`): the map of the
	 * catalog, whose codes are read where they are written out. The blocks count for nothing as
	 * codes' shapes when they are the code column (`evidence.ts`). Set by hand: six such indexes
	 * in the corpus (batches unseen-43 to 46), too few for a fit; as strong as `listedAbove`, which
	 * it resembles, and weaker than a code header and failure words together, so a table of
	 * errors by range whose ranges hold nothing listed keeps its verdict.
	 */
	codeBlocks: -2.5,
	/**
	 * The code column's cells are masks (`0xC1XX_XXXX`) that hold nothing the document lists: the
	 * classes of a system's messages, not codes (`code-blocks.ts`). Set by hand (batch unseen-48),
	 * as `codeBlocks`: weaker than a code header and failure words together, so a table of errors
	 * by class headed as codes keeps its verdict.
	 */
	codeMasks: -2.5,
	/**
	 * The code column and another column hold names that error tables above list, as codes or
	 * second names (`actNotFound | XrplFailure.NotFound`): a map from one catalog to another, both
	 * read already. The codes' own evidence is weighed above, as for `listedAbove` (`evidence.ts`).
	 * Set by hand: one such map in the corpus; as strong as `listedAbove`, which needs quiet
	 * columns where this needs a second column of listed names.
	 */
	mapsListedNames: -2.5,
	/** A column holds HTTP methods or paths: a list of endpoints. */
	endpointColumn: -0.7,
	/** A column holds settings' values (`on`, `true`, `required`): a table of settings or parameters. */
	valuesColumn: -0.8,
} as const satisfies Record<string, number>;

export type Signal = Exclude<keyof typeof WEIGHTS, 'prior'>;
export type Weights = Record<keyof typeof WEIGHTS, number>;
