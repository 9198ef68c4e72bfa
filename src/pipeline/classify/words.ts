/**
 * The words of headers, headings and cells the classifier reads, in the languages API
 * documentation is commonly written in. They are evidence, never a verdict: the cells and the
 * other signals weigh with them (see `evidence.ts`).
 */

/**
 * Words with letters beyond ASCII (Russian `код`, Vietnamese `lỗi`, Polish `błąd`, Turkish
 * `açıklama`): `\b` knows only ASCII letters, so these end where letters do. The patterns that
 * use it carry the `u` flag.
 */
const word = (stems: string) => `(?<![\\p{L}\\p{N}_])(?:${stems})(?![\\p{L}\\p{N}_])`;

/** A header that says its column holds codes. */
export const CODE_WORD = new RegExp(
	String.raw`\b(?:codes?|errno|sqlstate|c[oó]digos?|codice|kod|kode|sw|rc|hresult)\b|コード|[码碼]|코드|` +
		// Russian and Ukrainian; Vietnamese, Polish, Turkish, Hungarian, Czech.
		word('код|коды|кода|кодов|коди|mã|kody|kodu|kodları|kód|kódja|hibakód|foutcode') +
		// Persian and Arabic: code (`کد خطا`, `كود`), and Arabic's `رمز` where a noun follows it
		// (`رمز الخطأ`); in Persian `رمز` alone is a password.
		'|' +
		word('کد|کدهای|كود|رمز(?= ال)'),
	'iu',
);
/**
 * A header or heading that says its column holds errors, which may be codes or names: errors,
 * exceptions, problems, and the rules and diagnostics of a linter or compiler.
 */
export const ERROR_WORD = new RegExp(
	String.raw`\b(?:errors?|err|fehler|erreur|errore|exceptions?|faults?|failures?|problems?|rules?|diagnostics?|warnings?)\b|エラー|错误|錯誤|오류|` +
		word(
			'ошибка|ошибки|ошибок|помилка|помилки|помилок|lỗi|błąd|błędu|błędy|błędów|hata|hatası|hataları|kesalahan|galat|fout|fouten|hiba|hibák|chyba|chyby|erro|erros|errori|خطا|خطاها|خطأ|الخطأ|أخطاء|الأخطاء',
		),
	'iu',
);
/** Words for a name, a symbol or a constant in the other languages of API documentation. */
const OTHER_LANGUAGE_NAMES =
	'название|наименование|имя|назва|константа|nomes?|nombres?|noms?|nazwa|constantes?|símbolos?|symboles?|nama';
/** A header of names or symbols that describe a code. */
export const NAME_WORD = new RegExp(
	String.raw`\b(?:names?|symbols?|constants?|alias|label|title|nombre|nom|nome)\b|名称|名稱|名前|이름|명칭|` +
		word(OTHER_LANGUAGE_NAMES),
	'iu',
);
/**
 * A header of another name of each code, where the table has a code column too: the exception
 * or class a library throws for it, its constant or symbol, an alias.
 */
export const ALIAS_WORD = new RegExp(
	String.raw`\b(?:names?|symbols?|constants?|alias(?:es)?|identifiers?|exceptions?|exception class(?:es)?|class(?:es)?|enum(?:eration)?s?|macro|define|status word)\b|名称|名稱|名前|이름|명칭|定数|常量|` +
		word(OTHER_LANGUAGE_NAMES),
	'iu',
);
export const STATUS_HEADER = new RegExp(
	String.raw`\b(?:http|status)\b|statuscode|ステータス|状态|狀態|상태|` +
		word('статус|trạng thái|durum|állapot'),
	'iu',
);
/** A header that says it describes the code: `Error Code Description`, `Code meaning`. */
export const CODE_MEANING_WORD =
	/\b(?:codes?|errors?)\b.*\b(?:description|meaning|explanation)\b|(?:码|코드|コード).*(?:描述|说明|含义|설명|説明|意味)/i;
/** Headings and headers that say the numbers are HTTP's. */
export const HTTP_CONTEXT = /\bhttp\b/i;
/** A heading that is an HTTP status: `401 Unauthorized`, `HTTP 429`. */
// Not a range of codes (`101-120: 검증 에러`): the codes that follow, none of them a status.
export const STATUS_HEADING = /^(?:HTTP\s*)?([1-5]\d\d)\b(?!\s*(?:[-–—~〜～]|to\b)\s*\d)/i;
/** A heading that says which HTTP status its rows come with: `Input errors: HTTP Status 400 Bad Request`. */
export const HTTP_STATUS_IN_HEADING = /\bHTTP[\s-]*(?:status(?:\s*code)?)?\s*:?\s*([1-5]\d\d)\b/i;
/** Headers of a message: what the code means, in few words. */
export const MESSAGE_WORD = new RegExp(
	String.raw`\b(?:message|msg|meaning|meldung|bedeutung|mensaje|mensagem|messaggio|signification|significado)\b|メッセージ|意味|信息|訊息|消息|含义|含義|메시지|의미|` +
		word(
			'сообщение|значение|повідомлення|значення|thông báo|ý nghĩa|komunikat|znaczenie|mesaj|anlamı|pesan|arti|bericht|melding|betekenis|üzenet|jelentés|zpráva|význam|پیام|پیغام|رسالة|الرسالة|معنی|معنى',
		),
	'iu',
);
/**
 * Headers of the key a message is looked up by (`Message key`, `i18n key`, `Mesaj Anahtarı`,
 * `Clé du message`): a name of the message, not its words.
 */
export const KEY_WORD = new RegExp(
	String.raw`\b(?:keys?|i18n|l10n)|キー|키|键|鍵|` +
		word('clé|clave|chave|chiave|schlüssel|sleutel|klucz|anahtar[ıi]?|kulcs|klíč|ключ|khóa|kunci'),
	'iu',
);
/** Headers that call a column the message itself, the text the API returns, not its meaning. */
export const RETURNED_MESSAGE_WORD = new RegExp(
	String.raw`\b(?:message|msg|meldung|mensaje|mensagem|messaggio)\b|メッセージ|信息|訊息|消息|메시지|` +
		word('сообщение|повідомлення|thông báo|komunikat|mesaj|pesan|bericht|melding|üzenet|zpráva'),
	'iu',
);
/** Headers of a longer explanation, a message where there is no message column. */
export const DESCRIPTION_WORD = new RegExp(
	String.raw`\b(?:description|desc|information|info|details?|explanation|reason|text|cause|summary|beschreibung|descripci[oó]n|descri[cç][aã]o|descrizione)\b|説明|内容|描述|说明|說明|설명|` +
		word(
			'описание|пояснение|причина|опис|пояснення|mô tả|thông tin lỗi|thông tin|opis|açıklama|deskripsi|keterangan|penjelasan|omschrijving|beschrijving|leírás|popis|توضیح|توضیحات|شرح|وصف|الوصف',
		),
	'iu',
);
/**
 * Headers of columns that list something else than codes: parameters, fields, keys, types,
 * methods, commands, lengths; in English and in the other languages of API documentation.
 */
export const NOT_CODE_HEADER = new RegExp(
	String.raw`\b(?:op\s*code|opcode|method|verb|endpoint|path|route|url|key|field|parameter|param|property|attribute|type|kind|flag|option|command|event|intent|scope|permission|variable|element|metric|length|size|format|example|header|module)s?\b|模組|模块|モジュール|모듈|型|类型|類型|字段|欄位|参数|參數|パラメータ|フィールド|タイプ|타입|필드|매개변수|파라미터|長さ|长度|長度|길이|` +
		word(
			'tipo|tipos|campo|campos|variável|variables?|parámetros?|parâmetros?|paramètres?|champs?|feld|felder|typ|parameter|поле|поля|параметр|параметры|тип|trường|tham số|kiểu|pole|parametr|alan|parametre|tür|comprimento|longitud|longueur|länge|lunghezza|длина|uzunluk|długość|' +
				// A database table's columns, as its schema lists them beside their data types.
				'columns?|colunas?|columnas?|colonnes?|spalten?|столбец|столбцы|колонка|колонки|列名|컬럼',
		),
	'iu',
);
/**
 * Headers of a column of the fields, parameters or options a request is made of (`Field name`,
 * `필드명`, `Parámetro`): a table that documents a call, whose code column holds the values.
 */
export const FIELD_HEADER = new RegExp(
	String.raw`\b(?:field|parameter|param|property|attribute|option|argument)s?\b|字段|欄位|参数|參數|パラメータ|フィールド|필드|매개변수|파라미터|` +
		word(
			'campos?|parámetros?|parâmetros?|paramètres?|champs?|feld|felder|поле|поля|параметры?|parametre(?:ler)?|tham số',
		),
	'iu',
);
/** Headers that call the column a type or kind: of parameters mostly, of problems sometimes. */
export const TYPE_HEADER = new RegExp(
	String.raw`\b(?:types?|kinds?)\b|型|类型|類型|タイプ|타입|` + word('tipo|tipos|typ|тип|kiểu|tür'),
	'iu',
);
/**
 * A release's version number as a changelog writes it (`v1.0.0`, `v2.3`, `v1.4.0-beta.2`). Without
 * the `v` a dotted number is no code's shape anyway, or a code's (`5.1.1`, a mail server's reply).
 */
export const VERSION = /^v\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?$/i;
/** Headings and headers of tables of opcodes, which look like codes and are messages. */
export const OPCODE_CONTEXT = /\bop\s*codes?\b|\bopcodes?\b/i;
/** Words that say a table shows examples, of values or of use, not a catalog. */
export const EXAMPLE_WORD = new RegExp(
	String.raw`\b(?:examples?|samples?|e\.g\.|for instance|ejemplos?|exemplos?|esempi|beispiele?|exemples?)\b|例えば|示例|例子|예시|예제|` +
		word(
			'пример|примеры|приклад|приклади|ví dụ|przykład|przykłady|örnek|örnekler|contoh|voorbeeld|voorbeelden|példa|příklad',
		),
	'iu',
);
/**
 * Headings and headers of lookup tables: currencies, countries, languages, units, time zones, and
 * the banks, card companies, card issuers and brokers a payment page numbers (`카드사`, `증권사`),
 * in the languages of API documentation.
 */
export const LOOKUP_CONTEXT = new RegExp(
	String.raw`\b(?:currenc(?:y|ies)|countr(?:y|ies)|regions?|languages?|locales?|units?|time\s*zones?|banks?|card issuers?|issuing banks?|card (?:compan(?:y|ies)|brands?|networks?|schemes?)|acquirers?|brokerages?)\b|通貨|货币|貨幣|国家|國家|言語|语言|語言|银行|銀行|カード会社|发卡行|發卡行|卡组织|통화|국가|언어|은행|카드사|발급사|매입사|증권사|` +
		word(
			'bancos?|banques?|banken|idiomas?|lenguas?|langues?|sprachen?|lingua|línguas?|moneda|monedas|moeda|moedas|devises?|währung|valuta|país|países|pays|язык|языки|валюта|страна|ngôn ngữ|język|dil|para birimi|bahasa|mata uang',
		),
	'iu',
);
/**
 * Headings of what a program is set up with or called with, or is made of: settings, options,
 * parameters, fields, and the members of a class in an API reference (functions, methods,
 * constructors). Their tables name keys and members, and a key in capitals looks like a code.
 */
export const SETTINGS_CONTEXT =
	/\b(?:config(?:uration)?s?|settings?|options?|parameters?|params|arguments?|flags?|environment(?: variables?)?|variables?|properties|attributes?|fields?|schema|request body|headers?|functions?|methods?|constructors?|members?)\b|設定|配置|参数|參數|설정|매개변수/i;
/**
 * Headers and headings that give blocks of codes to the parts of a system: modules, services,
 * components, segments, allocation, what a block is reserved for (`模块分段建议`, `号段`).
 */
export const ALLOCATION_WORD = new RegExp(
	String.raw`\b(?:modules?|services?|components?|subsystems?|segments?|allocat(?:ion|ions|ed)|assigned|reserved)\b|模块|模塊|服务|服務|分段|号段|號段|分配|子系统|モジュール|割り当て|割当|모듈|할당|` +
		word('модул\\S*|сервис\\S*|modul\\S*|módulos?|servicios?|serviços?|zuordnung|bereiche?'),
	'iu',
);
/**
 * A header that names blocks of codes rather than codes: ranges, prefixes, series
 * (`Range`, `Prefix`, `范围`, `접두사`, `Dải`). A column so headed beside the codes is where an
 * index of the catalog keeps its blocks (`code-blocks.ts`).
 */
export const BLOCK_HEADER = new RegExp(
	String.raw`\b(?:ranges?|prefix(?:es)?|series)\b|范围|範圍|区间|區間|前缀|前綴|範囲|接頭辞|プレフィックス|범위|접두사|` +
		word(
			'bereiche?|präfix|rangos?|prefijos?|faixas?|prefixos?|plages?|préfixes?|диапазоны?|префиксы?|khoảng|dải|tiền tố',
		),
	'iu',
);
/**
 * Headings and labels that name a table's rows as the states of a thing (`Captcha States`, `Job
 * state`, `Zustände`): an enumeration a thing passes through, of which failing is one at most. Not
 * `status`, which names HTTP's statuses and the status codes of errors as often as a thing's.
 */
export const STATE_CONTEXT = new RegExp(
	// Kubernetes' `Conditions` are states a resource is in, healthy and failing alike; a
	// message's, an order's, a transaction's or a refund's statuses are its states (交易状态, `статус
	// транзакции`; not a payment's, which readers take for the reasons a payment was refused); a
	// machine's operating status is the state it runs in.
	String.raw`\b(?:states?|lifecycle|conditions|(?:message|order|invoice|delivery|shipment|transaction|trade|refund|job|task|operating|operation(?:al)?)\s+status(?:es)?)\b|\bzust(?:and|ände)\b|(?<![\p{L}_])états?(?![\p{L}_])|` +
		// Where one word says state and status, the status of a named thing (交易状态, 주문 상태,
		// `Estado del pedido`): not a status code (状态码, `código de estado`), nor a reply's status.
		String.raw`(?<=\p{L}{2})(?<!返回|响应|回应|结果|結果|请求|請求|응답|요청|결과)\s*(?:状态|狀態|状態|상태)(?!\s*(?:码|碼|코드|コード|code))|` +
		// Turkish `durum` is a status code's word too (`Durum Kodu`); its plural names states only
		// (`Fatura Durumları`).
		word('estado d[eo]l?|статус(?:ы)? (?:заказа|платежа|транзакции|операции)|durumlar[ıi]?'),
	'iu',
);
/**
 * A header of whether a state is the last a thing reaches (`Final?`, `Terminal`, `Is final`): a
 * lifecycle's, beside its states.
 */
export const FINAL_HEADER = /^(?:is\s+)?(?:final|terminal)(?:\s+state)?\s*\??$/i;
/**
 * A field that holds the status of a thing (`transaction_status`, `orderStatus`, `payment.status`):
 * the values of a field, as an enumeration lists them. Not a response's, an error's or HTTP's
 * status, nor a status code (`status_code`, `httpStatus`).
 */
export const STATUS_FIELD =
	/^(?!(?:http|response|result|return|error|err|request)[._]?status)[a-z]+(?:[._]status|Status)$/;
/**
 * Headings and headers of a protocol's message codes or message types (`Message Code`, `MsgCode`,
 * `message type`): the kinds of message a peer sends, numbered as codes are.
 */
export const MESSAGE_TYPE_CONTEXT = /\b(?:message|msg)\s*(?:codes?|types?)\b|\bMsg(?:Code|Type)\b/i;
/**
 * A state that is no failure: a success, a start or a wait (`SUCCESS`, `AWAITING_ANSWER`,
 * `IN_PROGRESS`), as a whole code or the words it starts with; or, as a whole code only, a step a
 * message passes through on its way (`NEW`, `QUEUED`, `DELIVERED`, and SMPP's `ENROUTE`,
 * `ACCEPTD`, `DELIVRD`), which as the first word of a code may start a failure (`NEW_PASSWORD_REQUIRED`).
 */
export const CALM_STATE =
	/^(?:(?:success(?:ful)?|succeeded|completed?|done|active|pending|awaiting|waiting|in[\s_-]?progress|processing|created|initial|ready|running|started)(?:$|[\s_-])|(?:new|queued|enqueued?|enqueud|enroute|accepted|acceptd|sent|submitted|delivered|delivrd)$)/i;
/**
 * A row of a machine's normal operation, as a status register's decoder words it: working
 * (`Running`, `Heating domestic hot water`, `Charging`), starting or stopping, waiting or idle
 * (`Waiting for start button`, `Standby`, `No heating demand`). The first words only: `Running
 * out of memory` is no such row, and a fault says what failed.
 */
export const OPERATING_STATE =
	/^(?!\S+\s+(?:out|low|failed|error|fault|timed?|timeout)\b)(?:running|operating|working|heating|cooling|charging|ventilating|defrost(?:ing)?|warming up|starting|stopping|waiting|idle|stand-?by|ready|online|normal(?: operation)?|in operation|no (?:\w+ )?demand)\b/i;
/**
 * The keywords that declare a member in the languages API listings are generated for: Kotlin's
 * `fun`, `val`, `const val`, Swift's and Go's `func`, Python's `def`, Rust's `fn`, TypeScript's
 * `function` and `const`. Not Swift's `case`, whose listing of an error enum lists errors.
 */
export const DECLARATION_KEYWORD =
	/(?:(?:const|override|open|abstract|static|public|private|protected|internal|final|suspend|inline|lateinit|export|async)\s+)*(?:fun|val|var|let|const|def|func|fn|function)/;
/**
 * A state that is no failure as the last word of a code, where the code names a step of a thing
 * (`LOAD_SUCCEED`, `PACKAGE_PROCESSING`) or a condition's reason in humps (`ComponentsAvailable`,
 * `RoutesActive`). Case tells the words apart: `ServiceUnavailable` has no hump before its
 * `available`; a negation before it makes a failure (`NotReady`, `NOT_ACTIVE`).
 */
export const CALM_STEP = new RegExp(
	String.raw`^(?!(?:\w*_)?NOT?_)[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:SUCCEED(?:ED)?|SUCCESS|COMPLETED?|PROCESSING|PENDING|WAITING|IN_PROGRESS|ACTIVE|READY|DELIVERED|ACCEPTED|QUEUED)$|` +
		String.raw`^(?!(?:\w*[a-z])?No[tn]?[A-Z])[A-Z][A-Za-z0-9]*[a-z0-9](?:Available|Active|Ready|Succeeded|Progressing|Updated|Completed|Running)$`,
);
/**
 * Headings, captions and labels that put a table among errors or codes. The stems start a word,
 * and may run on into a compound (`Fehlercodes`, `ErrorCodes` once its humps are spaced): so that
 * `encoded`, `default` and `Opcodes` say nothing of errors.
 */
const ERROR_CONTEXT = new RegExp(
	String.raw`(?<!\p{L})(?:error|erro|fault|exception|failure|code|c[oó]dig|problem|(?:http\s*)?status\s*codes?|fehler|erreur|ошиб|помил|код|статус|lỗi|mã|błęd|błąd|kod|hata|kesalahan|fout|hiba|chyb)|エラー|错误|錯誤|오류|코드|コード|代码|码|ステータス|状态|상태|خطا|خطأ|أخطاء|(?<!\p{L})(?:کد|كود)|שגיא`,
	'iu',
);
/** Words a message uses to say something went wrong, in the same languages. */
export const FAILURE_WORD = new RegExp(
	String.raw`\b(?:invalid|not|no|cannot|can't|could not|failed|fails?|failure|error|denied|forbidden|unauthori[sz]ed|missing|unknown|expired|exceed(?:s|ed)?|too many|unsupported|unavailable|conflict|illegal|wrong|timed? ?out|rejected|disallow(?:s|ed)?|prohibit(?:s|ed)?|thrown|raised|ungültig|nicht|fehler|inv[aá]lid[oa]|error|erro|no se|não|échec|invalide|non)\b|失败|错误|無效|无效|不正|失敗|エラー|できません|ありません|실패|오류|잘못|없습니다|않습니다|` +
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
		) +
		// Arabic, Persian and Hebrew: error, invalid, not (`لا`, `نمی` of `نمی باشد`), failed.
		'|' +
		word('خطأ|خطا|غير|فشل|لا|لم|ليس|تعذر|نامعتبر|ناموفق|نیست|نمی|نادرست|שגיאה|לא|נכשל'),
	'iu',
);
/**
 * Headers of what stands beside an error rather than saying what it is: what to do about it
 * (`Solution`, `处理措施`) or a remark (`Notes`, `备注`). Neither is ever the message.
 */
export const ASIDE_WORD = new RegExp(
	String.raw`\b(?:solutions?|fix(?:es)?|resolution|remed(?:y|ies)|actions?|handling|workarounds?|suggestions?|recommendations?|notes?|remarks?|comments?|hints?|tips?|lösung|abhilfe|maßnahmen?|anmerkung(?:en)?|hinweise?|soluci[oó]n|solu[cç][aã]o|soluzione|r[ée]solution|observaci[oó]n(?:es)?|observa[cç](?:ão|ões)|notas?|remarques?)\b|处理|解决|對應|対処|対応|备注|備註|備考|해결|조치|대응|비고|` +
		word(
			'решение|действие|примечание|рішення|дія|примітка|giải pháp|cách khắc phục|rozwiązanie|çözüm|solusi|oplossing|megoldás|řešení',
		),
	'iu',
);

/** Whether words around a table put it among errors or codes (an opcode is no code). */
export function speaksOfErrors(text: string): boolean {
	return ERROR_CONTEXT.test(spaceHumps(text).replace(/\bop\s*codes?\b/gi, ''));
}

/** `GenericErrorCodes` as `Generic Error Codes`: the words of an identifier. */
export function spaceHumps(text: string): string {
	return text.replace(/(?<=[a-z])(?=[A-Z])/g, ' ');
}

/** Whether a header names a description, in words or in one camelCase word (`StatusDesc`). */
export function namesDescription(text: string): boolean {
	return DESCRIPTION_WORD.test(spaceHumps(text));
}

/**
 * Whether a header names codes, in words or as one identifier of a field that holds an outcome's
 * code (`faultCode`, `error_code`, `RtnCode`), as APIs that document their fields by name head
 * their tables. Not any identifier with `Code` in it: `MsgCode` numbers messages, `countryCode`
 * countries, and `Barcode` is one word.
 */
export function namesCodes(text: string): boolean {
	return CODE_WORD.test(text) || OUTCOME_CODE_FIELD.test(text.trim());
}

/**
 * The field of an outcome's code as one identifier: fault, error (`ECode`, `err_code`), reason,
 * return, result, exit.
 */
const OUTCOME_CODE_FIELD =
	/^(?:e|fault|error|err|reason|return|ret|rtn|result|resp(?:onse)?|exit|reject(?:ion)?|decline|fail(?:ure)?|abort|alarm)[_-]?codes?$/i;

/**
 * Whether a header names an error's code (`ECode`, `Error Code`, `Fehlercode`), not codes of
 * anything: its rows are the errors of a catalog, whatever they say.
 */
export function namesErrorCodes(text: string): boolean {
	const trimmed = text.trim();
	return OUTCOME_CODE_FIELD.test(trimmed) || (CODE_WORD.test(trimmed) && namesErrors(trimmed));
}

/** Whether a heading or header names errors, in words or in one camelCase word (`GenericErrorCodes`). */
export function namesErrors(text: string): boolean {
	return ERROR_WORD.test(spaceHumps(text));
}
/**
 * Headers of a column of positions within a message or a register (`Data byte`, `Offset`, `Bit`,
 * `Octet`, `Byte no.`): the layout of what is sent, whose numbers are places, not codes.
 */
export const POSITION_HEADER = new RegExp(
	String.raw`^(?:(?:data\s*)?bytes?|offsets?|bits?|octets?|positions?)(?:\s*(?:no\.?|nr\.?|number|index|#))?$|^(?:バイト|字节|位元組|偏移|바이트|오프셋)$|` +
		String.raw`^(?:posición|posição|octeto|oktett|байт|смещение)$`,
	'iu',
);
/**
 * Headers of a column that numbers a table's rows (`#`, `No.`, `S/N`, `序号`, `Lp.`): its 1, 2, 3…
 * say where a row stands in the list, never what a system returns.
 */
export const ROW_NUMBER_HEADER = new RegExp(
	String.raw`^(?:#|№|n[°º]|no\.?|nr\.?|num\.?|s\.?\s*no\.?|s/n|sl\.?\s*no\.?|sr\.?\s*no\.?|lp\.?|п/п|№\s*п/п|序号|序號|順番|연번|순번)$`,
	'iu',
);
/**
 * Headings and captions that put a table among successful responses (`Normal response codes`,
 * `Success responses`, `正常响应`, `Erfolgreiche Antworten`): the statuses a request returns when
 * it works.
 */
export const SUCCESS_CONTEXT = new RegExp(
	String.raw`\b(?:normal|success(?:ful)?|successes)\b|\berfolgreich|\bsucc[eè]s\b|\bréussi|\béxito|\bexitos[ao]s?\b|\bуспешн|正常|成功|정상|성공|` +
		// Portuguese, Italian, Turkish, Polish, Dutch, Indonesian, Vietnamese, Czech, Hungarian,
		// Ukrainian; Arabic, Persian, Hebrew.
		word(
			'sucessos?|bem[- ]sucedid[ao]s?|successo|riuscit[aeio]|başar[ıi]l[ıi]|başar[ıi]|sukces|udane|succesvol|geslaagd|berhasil|sukses|thành công|úspěšné|úspěch|sikeres|успішн\\p{L}*|نجاح|ناجح\\p{L}*|موفق|הצלחה',
		),
	'iu',
);
/** Headers of a column of bit positions beside a register's flags (`Bit`, `Bits`, `Bit no.`). */
export const BIT_HEADER = /^(?:bits?|bit\s*(?:no\.?|number|position|#)|ビット|位|비트)$/iu;
/**
 * Headers of the first column of a table of a call's parameters or a command's options (`Param`,
 * `Parameter name`, `Argument`, `Option`, `参数`).
 */
export const PARAMETER_HEADER = new RegExp(
	String.raw`^(?:params?|parameters?|arguments?|args?|options?)(?:\s*names?)?$|^(?:参数|參數|パラメータ|引数|매개변수|파라미터|인자)(?:名|명)?$|` +
		String.raw`^(?:parámetros?|parâmetros?|paramètres?|argumentos?|arguments?|parametr[ye]?|параметры?|аргументы?|parametre(?:ler)?|tham số|پارامتر(?:ها)?|معامل(?:ات)?)$`,
	'iu',
);
/** Headers of a column of the value a parameter takes when none is given (`Default`, `默认值`). */
export const DEFAULT_HEADER =
	/^(?:defaults?(?:\s*values?)?|默认值?|預設值?|デフォルト(?:値)?|初期値|기본값|valor por (?:defecto|omisión|padrão)|padrão|par défaut|valeur par défaut|standard(?:wert)?|по умолчанию)$/iu;

/**
 * A level on a scale and nothing else (`Medium`, `High`, `Critical`, `P1`, `S2`): how likely, how
 * severe or how urgent something is, which many rows share; never an error's own code.
 */
export const LEVEL = new RegExp(
	'^(?:' +
		String.raw`very\s+(?:low|high)|low|medium|moderate|high|critical|severe|minor|major|negligible|[PS][0-4]|` +
		'baja?|media|medio|alta?|niedrig|mittel|hoch|faible|moyen(?:ne)?|élevée?|' +
		'低|中|高|严重|嚴重|低い|高い|낮음|중간|높음|منخفض|متوسط|مرتفع|عالي|низкий|средний|высокий' +
		')$',
	'iu',
);
/**
 * Headers of a plan's table: the risks of a project rated by impact and likelihood, with what is
 * done about each and who owns it. Its words say failure (`data loss`), its levels look like
 * short names, and it lists no error.
 */
export const PLAN_HEADER = new RegExp(
	String.raw`\b(?:risks?|impact|probability|likelihood|mitigation|contingency|owner|assignee)\b|风险|風險|影响|影響|概率|可能性|缓解|リスク|影響度|위험|영향|` +
		word(
			'riesgo|impacto|probabilidad|mitigación|risque|probabilité|risiko|wahrscheinlichkeit|المخاطر|المخاطرة|التأثير|الاحتمالية|риск|вероятность',
		),
	'iu',
);

/**
 * A heading over the parts a system's codes belong to (`Subsystems Reference`,
 * `LogErrorSubsystem`): their ids say where an error came from, not what it is. Not `Module`,
 * which names a program's modules as often (`Module docstrings`).
 */
export const PARTS_CONTEXT = /\bsub-?systems?\b/i;
