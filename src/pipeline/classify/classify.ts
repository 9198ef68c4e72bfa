import { bodyCode, codeShape, readCodeCell } from '../../core/codes';
import { isStatusText, readStatus } from '../../core/status';
import { reasonPhrase } from '../../core/status-names';
import { normalizeSpace } from '../../core/text';
import type { Cell, Column, ColumnRole, TableOverride } from '../../core/types';
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
	 * A column whose header names codes needs this code score (see `codeScore`): enough to reject
	 * a column of sentences, loose enough for a table with a few codes written as prose.
	 */
	namedCodeShare: 0.6,
	/**
	 * A column whose header does not name codes is judged by its cells alone, so they must be
	 * nearly all codes, or every column of constants or of GET/POST would pass.
	 */
	unnamedCodeShare: 0.9,
	/**
	 * Codes are mostly distinct (a document may list one code under several statuses); a
	 * column below this share of distinct values is a category (`standard`, `rejected`). So are
	 * messages: a column of words this repetitive gives way to one that says what each code means.
	 */
	distinctShare: 0.5,
	/**
	 * A code cell may carry a short name beside the code (`404 (NOT FOUND)`, `E1: bad key`). A
	 * longer tail is a sentence that starts with an identifier, as descriptions often do; such a
	 * cell counts half towards the column's code score.
	 */
	noteWords: 6,
	/** Score per level of how plainly a header names codes (see `codeHeaderStrength`). */
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
	 * A column of prose where this share of the cells are codes (`EX_OK`, `EX_USAGE`, with remarks
	 * in the other rows) names symbols: the message is a column of prose without them, where
	 * there is one.
	 */
	symbolShare: 0.5,
	/** CJK and Hangul have no spaces between words: this many such characters make a phrase. */
	cjkPhrase: 4,
	/**
	 * Messages that say what went wrong: this share of a table's messages using failure words
	 * (`invalid`, `not found`, `失败`, `ungültig`) makes it about errors whatever its headings.
	 */
	errorWordShare: 0.2,
	/**
	 * Decoy columns: this share of HTTP methods or paths makes an endpoint list, of type names
	 * (`string`, `{Data}`) a parameter or field table.
	 */
	decoyShare: 0.5,
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
	/** A code column this full of two- or three-letter words lists currencies, countries or languages. */
	lookupShare: 0.9,
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
	/**
	 * The status of every row of a table without a status column, from the heading right above
	 * it (`## 401 Unauthorized`); null when there is none.
	 */
	sectionStatus: number | null;
}

/** A table correction errdex cannot apply; the caller decides whether that stops the build. */
export type Misconfigured = (message: string) => void;

// Header words, in the languages API documentation is commonly written in. They help; the
// cells decide.
/**
 * Words with letters beyond ASCII (Russian `код`, Vietnamese `lỗi`, Polish `błąd`, Turkish
 * `açıklama`): `\b` knows only ASCII letters, so these end where letters do. The patterns that
 * use it carry the `u` flag.
 */
const word = (stems: string) => `(?<![\\p{L}\\p{N}_])(?:${stems})(?![\\p{L}\\p{N}_])`;
/** A header that says its column holds codes. */
const CODE_WORD = new RegExp(
	String.raw`\b(?:codes?|errno|sqlstate|c[oó]digos?|codice|kod|kode|sw|rc|hresult)\b|コード|[码碼]|코드|` +
		// Russian and Ukrainian; Vietnamese, Polish, Turkish, Hungarian, Czech.
		word('код|коды|кода|кодов|коди|mã|kody|kodu|kodları|kód|kódja|hibakód|foutcode'),
	'iu',
);
/** A header that says its column holds errors, which may be codes or names. */
const ERROR_WORD = new RegExp(
	String.raw`\b(?:errors?|err|fehler|erreur|errore|exception)\b|エラー|错误|錯誤|오류|` +
		word(
			'ошибка|ошибки|ошибок|помилка|помилки|помилок|lỗi|błąd|błędu|błędy|błędów|hata|hatası|hataları|kesalahan|galat|fout|fouten|hiba|hibák|chyba|chyby|erro|erros|errori',
		),
	'iu',
);
/** A header of names or symbols that describe a code. */
const NAME_WORD = new RegExp(
	String.raw`\b(?:names?|symbols?|constants?|alias|label|title|nombre|nom|nome)\b|名称|名稱|名前|이름|명칭|` +
		word('название|наименование|имя|назва|константа'),
	'iu',
);
const STATUS_HEADER = new RegExp(
	String.raw`\b(?:http|status)\b|statuscode|ステータス|状态|狀態|상태|` +
		word('статус|trạng thái|durum|állapot'),
	'iu',
);
/** A header that says it describes the code: `Error Code Description`, `Code meaning`. */
const CODE_MEANING_WORD =
	/\b(?:codes?|errors?)\b.*\b(?:description|meaning|explanation)\b|(?:码|코드|コード).*(?:描述|说明|含义|설명|説明|意味)/i;
/** Headings and headers that say the numbers are HTTP's. */
const HTTP_CONTEXT = /\bhttp\b/i;
/** A heading that is an HTTP status: `401 Unauthorized`, `HTTP 429`. */
const STATUS_HEADING = /^(?:HTTP\s*)?([1-5]\d\d)\b/i;
/** Headers of a message: what the code means, in few words. */
const MESSAGE_WORD = new RegExp(
	String.raw`\b(?:message|msg|meaning|meldung|bedeutung|mensaje|mensagem|messaggio|signification|significado)\b|メッセージ|意味|信息|含义|含義|메시지|의미|` +
		word(
			'сообщение|значение|повідомлення|значення|thông báo|ý nghĩa|komunikat|znaczenie|mesaj|anlamı|pesan|arti|bericht|melding|betekenis|üzenet|jelentés|zpráva|význam',
		),
	'iu',
);
/** Headers that call a column the message itself, the text the API returns, not its meaning. */
const RETURNED_MESSAGE_WORD = new RegExp(
	String.raw`\b(?:message|msg|meldung|mensaje|mensagem|messaggio)\b|メッセージ|信息|메시지|` +
		word('сообщение|повідомлення|thông báo|komunikat|mesaj|pesan|bericht|melding|üzenet|zpráva'),
	'iu',
);
/** Headers of a longer explanation, a message where there is no message column. */
const DESCRIPTION_WORD = new RegExp(
	String.raw`\b(?:description|information|info|details?|explanation|reason|text|cause|summary|beschreibung|descripci[oó]n|descri[cç][aã]o|descrizione)\b|説明|内容|描述|说明|說明|설명|` +
		word(
			'описание|пояснение|причина|опис|пояснення|mô tả|thông tin lỗi|thông tin|opis|açıklama|deskripsi|keterangan|penjelasan|omschrijving|beschrijving|leírás|popis',
		),
	'iu',
);
/** Headers of columns that list something else than codes. */
const NOT_CODE_HEADER =
	/\b(?:op\s*code|opcode|method|verb|endpoint|path|route|url|key|field|parameter|param|property|attribute|type|flag|option|command|event|intent|scope|permission)s?\b/i;
/** Headings and headers of tables of opcodes, which look like codes and are messages. */
const OPCODE_CONTEXT = /\bop\s*codes?\b|\bopcodes?\b/i;
/** Headings and headers of lookup tables. */
const LOOKUP_CONTEXT =
	/\b(?:currenc(?:y|ies)|countr(?:y|ies)|regions?|languages?|locales?|units?|time\s*zones?)\b|通貨|货币|貨幣|国家|國家|言語|语言|語言|통화|국가|언어/i;
/** Headers of a column of defaults or limits, the whole header (`Default Severity` is not one). */
const LIMIT_HEADER =
	/^(?:defaults?|default values?|limits?|max(?:imum)?|min(?:imum)?|quota|allowed values?|既定値|默认值|預設值|기본값|上限|最大値)$/i;
const ERROR_CONTEXT =
	/error|fault|exception|failure|status|code|problem|fehler|erreur|errore|エラー|错误|錯誤|오류|코드|コード|代码|码|ステータス|状态|상태|ошиб|помил|код|статус|lỗi|mã|błęd|błąd|kod|hata|kesalahan|fout|hiba|chyb/i;
/** Words a message uses to say something went wrong, in the same languages. */
const FAILURE_WORD = new RegExp(
	String.raw`\b(?:invalid|not|no|cannot|can't|could not|failed|fails?|failure|error|denied|forbidden|unauthori[sz]ed|missing|unknown|expired|exceed(?:s|ed)?|too many|unsupported|unavailable|conflict|illegal|wrong|timed? ?out|rejected|ungültig|nicht|fehler|inv[aá]lid[oa]|error|erro|no se|não|échec|invalide|non)\b|失败|错误|無效|无效|不正|失敗|エラー|できません|ありません|실패|오류|잘못|없습니다|않습니다|` +
		// Russian and Ukrainian: `не`, `нет` and the stems of incorrect, invalid, error, refused,
		// expired, forbidden, exceeded, not found.
		word(
			'не|нет|ні|некорректн\\S*|некоректн\\S*|неверн\\S*|невірн\\S*|недопустим\\S*|ошибк\\S*|ошибок|помилк\\S*|отказ\\S*|відмов\\S*|истек\\S*|запрещ\\S*|заборон\\S*|превышен\\S*|перевищен\\S*|недостаточно|недостатньо',
		) +
		// Vietnamese (not, wrong, error, failed), Polish, Turkish, Indonesian, Dutch, Hungarian and
		// Czech: not, invalid, error, failed, missing, not found.
		'|' +
		word(
			'không|sai|lỗi|thất bại|nie|nieprawidłow\\S*|błąd\\S*|brak|geçersiz|hatalı|bulunamadı|değil|başarısız|tidak|gagal|salah|niet|ongeldig\\S*|mislukt|nem|érvénytelen|sikertelen|není|neplatn\\S*',
		),
	'iu',
);
/**
 * Headers of what stands beside an error rather than saying what it is: what to do about it
 * (`Solution`, `处理措施`) or a remark (`Notes`, `备注`). Neither is ever the message.
 */
const ASIDE_WORD = new RegExp(
	String.raw`\b(?:solutions?|fix(?:es)?|resolution|remed(?:y|ies)|actions?|handling|workarounds?|suggestions?|recommendations?|notes?|remarks?|comments?|hints?|tips?|lösung|abhilfe|maßnahmen?|anmerkung(?:en)?|hinweise?|soluci[oó]n|solu[cç][aã]o|soluzione|r[ée]solution|observaci[oó]n(?:es)?|observa[cç](?:ão|ões)|notas?|remarques?)\b|处理|解决|對應|対処|対応|备注|備註|備考|해결|조치|대응|비고|` +
		word(
			'решение|действие|примечание|рішення|дія|примітка|giải pháp|cách khắc phục|rozwiązanie|çözüm|solusi|oplossing|megoldás|řešení',
		),
	'iu',
);
/** A word in capitals (`SELECT`, `JSON`): a code only where it stands alone. */
const ACRONYM = /^[A-Z]{2,}$/;
const HTTP_METHOD = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/;
const PATH = /^\/\S*$|\/\{|\/:[a-z]/;
/**
 * A type: a name, or a type written in braces or brackets (`{Data}`, `[]string`). Braces around
 * quoted keys and colons hold a JSON value (an error body), not a type.
 */
const TYPE_NAME =
	/^(?:string|str|text|int(?:eger)?(?:8|16|32|64)?|u?int\d*|long|short|number|float|double|decimal|bool(?:ean)?|object|array|list|map|dict|enum|date|datetime|timestamp|uuid|null|any|void|bytes?|binary|json|\{[^"':]*\}|\[.*\])[?[\]]*$/i;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Decides whether a table is an error table and which column plays which role. */
export function classifyTable(
	table: TableText,
	override: TableOverride | undefined,
	misconfigured: Misconfigured,
	/** Where the override comes from, for the report: `front matter` or `errdex's settings`. */
	origin: string,
): Classification {
	const labels = table.header.map((cell) => cell.text);
	const dataRows = table.rows.filter((_, i) => !table.rowHeadings[i]);
	let width = labels.length;
	for (const row of table.rows) width = Math.max(width, row.length);
	const cellsOf = (i: number) => dataRows.map((row) => row[i]).filter((c): c is Cell => !!c?.text);
	const described = `headers: ${labels.map((l) => l || '(empty)').join(', ') || 'none'}`;
	const verdict = (
		accepted: boolean,
		reason: string,
		roles: Partial<Record<ColumnRole, number>> = {},
		statusFromCode = false,
		sectionStatus: number | null = null,
	) => result(labels, width, accepted, reason, roles, statusFromCode, sectionStatus);

	if (override?.include === false) return verdict(false, `excluded by ${origin}`);

	const resolve = (ref: string | number | undefined, role: string) => {
		if (ref === undefined) return undefined;
		const index =
			typeof ref === 'number'
				? ref - 1
				: labels.findIndex((label) => label.toLowerCase() === ref.trim().toLowerCase());
		if (index >= 0 && index < width) return index;
		misconfigured(
			`the ${role} column of the table at line ${table.line} is set to ${JSON.stringify(ref)}, which it does not have (${described}); give a header text or a column number, 1 for the first`,
		);
		return undefined;
	};
	const forcedCode = resolve(override?.code, 'code');
	const forcedStatus = resolve(override?.status, 'status');
	const forcedMessage = resolve(override?.message, 'message');
	const forced = override?.include === true;

	if (dataRows.length === 0 && !forced) return verdict(false, `no data rows (${described})`);

	const columns = [...Array(width).keys()].map((i) => profile(labels[i] ?? '', cellsOf(i)));
	const context = [...table.section, ...labels].join(' ');
	const nearestHeading = table.section.at(-1) ?? '';

	if (!forced) {
		const decoy = decoyReason(columns, labels, nearestHeading);
		if (decoy) return verdict(false, `not an error table: ${decoy} (${described})`);
	}

	const statusIndex =
		forcedStatus ??
		indexWhere(
			width,
			(i) =>
				i !== forcedCode &&
				STATUS_HEADER.test(labels[i] ?? '') &&
				!numbersNeighbour(labels, i) &&
				columns[i]!.count > 0 &&
				columns[i]!.statusShare >= THRESHOLDS.statusShare,
		);

	const messageWords = columns.map((c) => c.failureShare);
	const aboutErrors =
		ERROR_CONTEXT.test(context) || messageWords.some((share) => share >= THRESHOLDS.errorWordShare);
	let codeIndex = forcedCode ?? bestCodeColumn(columns, statusIndex, aboutErrors);
	let status = statusIndex;
	let statusFromCode = false;
	if (
		codeIndex < 0 &&
		statusIndex >= 0 &&
		columns[statusIndex]!.unique >= THRESHOLDS.statusShare &&
		!columns.some((c, i) => i !== statusIndex && c.strength === 2)
	) {
		// A table of HTTP statuses, one per row: the statuses are the codes. Not where another
		// column is headed as the codes but holds none (`error code pattern | HTTP status`).
		codeIndex = statusIndex;
	}
	if (codeIndex < 0) {
		if (forced) {
			misconfigured(
				`the table at line ${table.line} is included, but no column holds codes; set its \`code\` column to a header text or number (${described})`,
			);
			return verdict(false, `included by ${origin}, but no column holds codes (${described})`);
		}
		const lookalike = labels.find((label) => NOT_CODE_HEADER.test(label));
		return verdict(
			false,
			lookalike
				? `not an error table: it lists ${JSON.stringify(lookalike)} values, not error codes (${described})`
				: `no column of error codes (${described})`,
		);
	}
	if (status === codeIndex) {
		statusFromCode = true;
		status = -1;
	} else if (
		status < 0 &&
		forcedStatus === undefined &&
		!numbersNeighbour(labels, codeIndex) &&
		readsAsStatuses(columns, codeIndex, dataRows, HTTP_CONTEXT.test(context))
	) {
		statusFromCode = true;
	}

	if (!forced && forcedCode === undefined) {
		const code = columns[codeIndex]!;
		const others = columns.filter((_, i) => i !== codeIndex && i !== status);
		// An enumeration (`0 | Dispatch`) has codes and names; an error table says what each
		// code means, beside it or in the error body that carries it. A header that names error
		// codes is taken at its word, and so is a table of codes alone under a heading that names
		// errors (`GenericErrorCodes` / `Possible Values`): a list of a system's error codes, with
		// nothing more to say of each.
		if (
			code.strength < 2 &&
			!others.some((c) => c.prose >= THRESHOLDS.proseShare) &&
			code.bodies < THRESHOLDS.proseShare &&
			!(width === 1 && [...table.section, ...labels].some(namesErrors))
		) {
			return verdict(
				false,
				`not an error table: an enumeration without a message column (${described})`,
			);
		}
		if (
			code.lookup >= THRESHOLDS.lookupShare &&
			!messageWords.some((share) => share >= THRESHOLDS.errorWordShare)
		) {
			return verdict(
				false,
				`not an error table: a lookup table of two- and three-letter codes such as currencies, countries or languages (${described})`,
			);
		}
	}

	const messageIndex = forcedMessage ?? bestMessageColumn(columns, codeIndex, [codeIndex, status]);
	const heading = STATUS_HEADING.exec(nearestHeading);
	const sectionStatus = status < 0 && !statusFromCode && heading ? Number(heading[1]) : null;
	return verdict(
		true,
		forced
			? `included by ${origin}`
			: `code column ${JSON.stringify(labels[codeIndex] || `#${codeIndex + 1}`)}`,
		{ code: codeIndex, status, message: messageIndex },
		statusFromCode,
		sectionStatus,
	);
}

/**
 * Whether a column is headed as the code of what the column beside it names (`Status code` beside
 * `Status`, `Reason code` beside `Reason`): its numbers number those values, as a card issuer
 * numbers its states (`PENDING` 100, `REJECTED` 504). They are the document's own codes, whatever
 * their digits, and the named column is their category; an HTTP status column is headed as a
 * status alone.
 */
function numbersNeighbour(labels: string[], i: number): boolean {
	const label = normalizeSpace(labels[i] ?? '').toLowerCase();
	return labels.some((other, j) => {
		const named = normalizeSpace(other).toLowerCase();
		if (j === i || named === '' || !label.startsWith(`${named} `)) return false;
		const rest = label.slice(named.length).trim();
		return !/\s/.test(rest) && CODE_WORD.test(rest);
	});
}

/** Whether a heading or header names errors, in words or in one camelCase word (`GenericErrorCodes`). */
function namesErrors(text: string): boolean {
	return ERROR_WORD.test(text.replace(/(?<=[a-z])(?=[A-Z])/g, ' '));
}

/** What the classifier knows of one column, from its header and its cells. */
interface Profile {
	label: string;
	count: number;
	/** See `codeScore`. */
	codeScore: number;
	/** Share of distinct values. */
	unique: number;
	/** 2 when the header names codes, 1 errors, 0 neither (or names and symbols). */
	strength: number;
	nameLike: boolean;
	/** Share of cells that read as a phrase rather than one token. */
	prose: number;
	/** Share of cells that hold an error body as JSON, whose code and message it carries. */
	bodies: number;
	/** Share of cells that use failure words. */
	failureShare: number;
	/** Share of cells that hold an HTTP status (`404`, `HTTP 404`, `404 Not Found`). */
	statusShare: number;
	/** Share of cells whose code is an HTTP status: `404`, `404 (NOT FOUND)`. */
	statusCodes: number;
	/** Share of cells whose code is a status HTTP defines a reason phrase for. */
	registeredCodes: number;
	methods: number;
	types: number;
	/** Share of cells that are two or three letters and nothing else. */
	lookup: number;
	/** Whether the cells are names rather than sentences (see `isName`). */
	names: boolean;
}

function profile(label: string, cells: Cell[]): Profile {
	const texts = cells.map((cell) => cell.text);
	const share = (test: (text: string) => boolean) =>
		texts.length ? texts.filter(test).length / texts.length : 0;
	const nameLike = NAME_WORD.test(label);
	const firstCodes = cells.map((cell) => readCodeCell(cell.lines).codes[0] ?? '');
	const codeShare = (test: (code: string) => boolean) =>
		cells.length ? firstCodes.filter(test).length / cells.length : 0;
	return {
		label,
		count: texts.length,
		codeScore: codeScore(cells),
		unique: texts.length ? new Set(texts).size / texts.length : 0,
		strength: nameLike ? 0 : CODE_WORD.test(label) ? 2 : ERROR_WORD.test(label) ? 1 : 0,
		nameLike,
		prose: share(isProse),
		bodies: share((text) => bodyCode(text) !== null),
		failureShare: share((text) => isProse(text) && FAILURE_WORD.test(text)),
		statusShare: share((text) => readStatus(text) !== null),
		statusCodes: codeShare(isStatusText),
		registeredCodes: codeShare(
			(code) => isStatusText(code) && reasonPhrase(Number(code)) !== undefined,
		),
		methods: share((text) => HTTP_METHOD.test(text) || PATH.test(text)),
		types: share((text) => TYPE_NAME.test(text)),
		lookup: share((text) => /^(?:[A-Z]{2,3}|[a-z]{2,3})$/.test(text)),
		names: nameColumn(texts),
	};
}

/**
 * A name rather than a sentence: a few words, every one capitalised (`Normal Closure`, `No Status
 * Rcvd`), as registries and enumerations name things. Sentence case (`Parse error`) and terse
 * lowercase messages (`blob unknown to registry`, which is what an API says) are not names, and
 * scripts without case say nothing.
 */
function isName(words: string[]): boolean {
	const cased = words.map((word) => word.replace(/[^\p{L}]/gu, '')).filter(Boolean);
	if (cased.length < 2 || cased.some((word) => word.toLowerCase() === word.toUpperCase()))
		return false;
	return cased.every((word) => word[0] !== word[0]!.toLowerCase());
}

function nameColumn(texts: string[]): boolean {
	const short = texts
		.map((text) => text.split(/\s+/))
		.filter((words) => words.length >= 2 && words.length <= THRESHOLDS.nameWords);
	if (short.length === 0 || short.length < texts.length / 2) return false;
	return short.filter(isName).length / short.length >= THRESHOLDS.nameShare;
}

/**
 * How much a column reads as codes: per cell 1 when the cell is a code (alone, or with a short
 * name beside it, or one code per line), ½ when a code starts a longer text, 0 otherwise.
 */
function codeScore(cells: Cell[]): number {
	if (cells.length === 0) return 0;
	let score = 0;
	for (const cell of cells) {
		const { codes, note } = readCodeCell(cell.lines);
		if (codes.length === 0 || !codes.every((code) => codeShape(code) !== null)) continue;
		score += note.split(/\s+/).length <= THRESHOLDS.noteWords ? 1 : 0.5;
	}
	return score / cells.length;
}

/**
 * Words rather than a code with a name beside it. A sentence may open with an acronym (`SELECT
 * INTO returned no rows`, `API key is invalid`), which is shaped like a code but is a word.
 */
function isProse(text: string): boolean {
	if ((text.match(CJK)?.length ?? 0) >= THRESHOLDS.cjkPhrase) return true;
	if (text.split(/\s+/).length < 2) return false;
	const first = readCodeCell([text]).codes[0] ?? '';
	return codeShape(first) === null || ACRONYM.test(first);
}

/** Why a table that has a column of code-like values still lists something else, or null. */
function decoyReason(columns: Profile[], labels: string[], heading: string): string | null {
	if (columns.some((c) => c.count > 0 && c.methods >= THRESHOLDS.decoyShare)) {
		return 'an endpoint list (HTTP methods and paths)';
	}
	const aboutErrors = ERROR_WORD.test(heading);
	if (
		!aboutErrors &&
		(OPCODE_CONTEXT.test(heading) || labels.some((l) => OPCODE_CONTEXT.test(l)))
	) {
		return 'a table of opcodes';
	}
	if (columns.some((c) => c.count > 0 && c.types >= THRESHOLDS.decoyShare)) {
		return 'a parameter or field table (it has a column of types)';
	}
	if (!aboutErrors && [heading, ...labels].some((text) => LOOKUP_CONTEXT.test(text))) {
		return 'a lookup table (currencies, regions, languages or units)';
	}
	if (labels.some((label) => LIMIT_HEADER.test(label)) && !columns.some((c) => c.strength === 2)) {
		return 'a table of defaults or limits';
	}
	return null;
}

/**
 * The column of codes. Header words in any language weigh in; the cells decide: short,
 * identifier-like, mostly distinct values. Where two columns hold codes, a header that names
 * codes beats one that names errors or nothing, a name or symbol column gives way to the code
 * it names, and an HTTP status column gives way to a more specific code beside it.
 */
function bestCodeColumn(columns: Profile[], statusIndex: number, aboutErrors: boolean): number {
	const candidates = columns.flatMap((column, i) => {
		if (i === statusIndex || column.count === 0 || NOT_CODE_HEADER.test(column.label)) return [];
		const needed = column.strength > 0 ? THRESHOLDS.namedCodeShare : THRESHOLDS.unnamedCodeShare;
		if (column.codeScore < needed || column.unique < THRESHOLDS.distinctShare) return [];
		if (column.strength === 0 && !aboutErrors) return [];
		const score =
			column.codeScore +
			column.strength * THRESHOLDS.namedBonus +
			column.unique * THRESHOLDS.uniqueWeight -
			(column.nameLike ? THRESHOLDS.namePenalty : 0) -
			i * THRESHOLDS.positionPenalty;
		return [{ i, score }];
	});
	candidates.sort((a, b) => b.score - a.score);
	const best = candidates[0];
	if (!best) return -1;
	if (columns[best.i]!.statusCodes >= THRESHOLDS.statusShare) {
		const specific = candidates.find(
			(c) => columns[c.i]!.strength > 0 && columns[c.i]!.statusCodes < THRESHOLDS.statusShare,
		);
		if (specific) return specific.i;
	}
	return best.i;
}

/**
 * Whether a code column of HTTP statuses gives the status too. Not where most of the numbers
 * are not statuses HTTP defines (FTP replies, exit codes) and nothing above the table says they
 * are HTTP's (a CDN's `520`–`527` are), and not where another column names
 * each code with an identifier (`401 | ERROR_PARAM_MISSING`): those numbers are the document's
 * own error ids that happen to look like statuses; unless those names are the statuses' reason
 * phrases (`404 | NOT_FOUND`).
 */
function readsAsStatuses(
	columns: Profile[],
	codeIndex: number,
	rows: Cell[][],
	/** The heading or headers name HTTP, which vouches for statuses it does not define (`520`). */
	namesHttp: boolean,
): boolean {
	const code = columns[codeIndex]!;
	if (code.count === 0) return false;
	if (code.statusCodes < THRESHOLDS.statusShare) return false;
	if (code.registeredCodes < THRESHOLDS.registeredShare && !namesHttp) return false;
	const letters = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');
	return columns.every((c, i) => {
		if (i === codeIndex || c.count === 0 || c.codeScore < THRESHOLDS.statusShare) return true;
		if (c.statusShare > 0) return true;
		const named = rows.filter((row) => {
			const reason = reasonPhrase(Number(readCodeCell(row[codeIndex]?.lines ?? []).codes[0]));
			return reason !== undefined && letters(row[i]?.text ?? '').includes(letters(reason));
		});
		return named.length / c.count >= THRESHOLDS.reasonShare;
	});
}

/**
 * The message: a column headed as what the code means (`Error Code Description`, which Huawei-
 * style references put before the `Error Message` the API returns); else a column headed as the
 * message; else the first column of prose after the code (a short name such as `Invalid payload`
 * reads before a long description), passing over columns half full of symbols and categories that
 * repeat a few values; else a column headed as a description; else the fullest column. Where that
 * column holds names (`Abnormal Closure`, `Message Too Big`) and another column explains them in
 * sentences, the explanation is the message and the names are a detail; unless the document calls
 * the names its message (a `Mensagem` of reason phrases is what the API returns). A remedy or a
 * remark explains nothing.
 */
function bestMessageColumn(columns: Profile[], codeIndex: number, taken: number[]): number {
	const chosen = firstMessageColumn(columns, codeIndex, taken);
	if (chosen < 0 || !columns[chosen]!.names || RETURNED_MESSAGE_WORD.test(columns[chosen]!.label))
		return chosen;
	const explained = [...columns.keys()].find(
		(i) =>
			i !== chosen &&
			!taken.includes(i) &&
			!columns[i]!.names &&
			columns[i]!.prose >= THRESHOLDS.proseShare &&
			!ASIDE_WORD.test(columns[i]!.label),
	);
	return explained ?? chosen;
}

function firstMessageColumn(columns: Profile[], codeIndex: number, taken: number[]): number {
	const free = [...columns.keys()].filter((i) => !taken.includes(i));
	const meaning = free.find((i) => CODE_MEANING_WORD.test(columns[i]!.label));
	if (meaning !== undefined) return meaning;
	const named = free.find((i) => MESSAGE_WORD.test(columns[i]!.label));
	if (named !== undefined) return named;
	const ordered = [...free.filter((i) => i > codeIndex), ...free.filter((i) => i < codeIndex)];
	// A remedy or a remark (`Çözüm`, `Solution`, `Notes`) is prose that says what to do, not what
	// went wrong.
	const prose = ordered.filter(
		(i) => columns[i]!.prose >= THRESHOLDS.proseShare && !ASIDE_WORD.test(columns[i]!.label),
	);
	// A column that repeats a few values down the table (`Yazma`, `Yazma, uç nokta`: which API a
	// status comes from) is a category; what each code means differs from row to row.
	const varied = prose.filter((i) => columns[i]!.unique >= THRESHOLDS.distinctShare);
	const meanings = varied.length > 0 ? varied : prose;
	// A column half of symbols (`EX_USAGE`, remarks in its other rows) names the codes; prose
	// without symbols says what they mean.
	const plain = meanings.find((i) => columns[i]!.codeScore < THRESHOLDS.symbolShare) ?? meanings[0];
	if (plain !== undefined) return plain;
	const described = free.find((i) => DESCRIPTION_WORD.test(columns[i]!.label));
	if (described !== undefined) return described;
	return free.reduce(
		(best, i) => (best < 0 || columns[i]!.count > columns[best]!.count ? i : best),
		-1,
	);
}

function result(
	labels: string[],
	width: number,
	accepted: boolean,
	reason: string,
	roles: Partial<Record<ColumnRole, number>>,
	statusFromCode: boolean,
	sectionStatus: number | null,
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
		sectionStatus,
	};
}

function indexWhere(width: number, test: (i: number) => boolean): number {
	for (let i = 0; i < width; i++) if (test(i)) return i;
	return -1;
}
