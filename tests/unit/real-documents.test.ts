/**
 * The corpus of real published documents (tests/fixtures/real/), each kept byte for byte, against
 * what a person wrote down by reading it (corpus.json): every code in order and nothing more,
 * the verdict on every table, a few statuses and messages. Built one at a time and all together,
 * as a site would build them.
 */
import { readFileSync } from 'node:fs';
import { readRealText } from '../../bench/real-corpus';
import { describe, expect, it } from 'vitest';
import type { Catalog, Source } from '../../src/core/types';
import { formatReport } from '../../src/outputs/report';
import type { Document } from '../../src/pipeline';
import { buildCatalog, routes } from './helpers';

interface Expected {
	file: string;
	tables: { line: number; error: boolean; why: string }[];
	codes: string[];
	/** A few codes as a reader reads them: status, the start of the message, other names. */
	spot: { code: string; status: number | null; message: string; aliases?: string[] }[];
	notes: string;
}

const folder = new URL('../fixtures/real/', import.meta.url);
const corpus = JSON.parse(readFileSync(new URL('corpus.json', folder), 'utf8')) as Expected[];
const documentOf = (expected: Expected): Document => ({
	file: `tests/fixtures/real/${expected.file}`,
	text: readRealText(expected.file),
});

/**
 * What errdex still reads wrongly, with why: a document's codes, or some of its spot checks. Each
 * is checked to be still wrong, so that the entry is removed when it is fixed.
 */
const KNOWN_WRONG: Record<
	string,
	{
		why: string;
		codes: boolean;
		spots: string[];
		/** Lines of tables judged wrongly. */ tables?: number[];
	}
> = {
	'ardusub-log-tools-error-codes.md': {
		why: "(batch unseen-47, first sight; round20a read the tables counting from 0 headed `ECode` beside an enum's names, their siblings alike, and skipped the subsystem ids) two tables take a column other than `ECode` for the code (`Meaning` at lines 97 and 142), the one at line 97 then skipped as calm among failing siblings; the flight modes a refused mode change names (`ECode | Mode Name`, line 164) are read as errors under a heading that names a failure; the geofence's breach bits (`ECode / Bit`, line 183) are skipped as a flag field that codes above list",
		codes: true,
		spots: ['8', '2'],
		tables: [97, 164, 183],
	},
	'adobe-primetime-tvsdk-desktop-hls-errors-zh-hant.md': {
		why: '(batch unseen-48, first sight; the codes right since round20b) a row whose notes are empty (`101000 | PLAYBACK_ERROR | 無 | 說明 |`): the reader takes its constant as what it says, errdex the first other filled cell (`無`, none, in the InnerNotification column), as it does where a row leaves its message empty',
		codes: false,
		spots: ['101000'],
	},
	'azure-immersive-reader-sdk-reference-it.md': {
		why: "(batch unseen-48, first sight) a translation's message with a code span in it (`` non è valido `message` . per ``): the reader keeps the backticks, errdex gives the text the page shows",
		codes: false,
		spots: ['BadArgument'],
	},
	'icemanoozj-slate-payment-appendix.md': {
		why: '(batch unseen-48, first sight; round20a skipped the refund statuses at line 113 as states, as the trade statuses beside them) a table of trade codes (`Trading Codes | Types of trade`, line 6), the purposes of a payment, is read as errors (27 extra)',
		codes: true,
		spots: [],
		tables: [6],
	},
	'raspberrypi-led-blink-warnings.md': {
		why: "(batch unseen-48, first sight) each code is a pair of numbers in two columns (`Long Flashes | Short Flashes`: `0 | 3`), which the reader writes `0/3` (his notation, not the page's): errdex takes the short flashes as the code. Left so in round20b: no column alone names a row, but the page writes the pair in no one form, so a code of the two would be errdex's notation (`0/3`, `0-3`), a permalink and a search key that no page or user writes",
		codes: true,
		spots: ['0/3', '0/8', '4/4', '4/7'],
	},
	'easyparcel-references.md': {
		why: '(batch unseen-43, first sight) two error tables without a code column, their quoted messages the codes to the reader (`"The service id field is required"`, lines 712 and 723), are skipped (11 codes); `invalid_token` gets no status where the reader takes 401 from the example body above the table',
		codes: true,
		spots: ['invalid_token', 'Shipment Already Cancelled'],
		tables: [712, 723],
	},
	'browserget-cli-reference.md': {
		why: '(batch unseen-44) read right since round19b; the spot check of `2` takes the first entry of the code, `UnknownTargetError`, where the reader spot-checked the second row of the four the exit code has (`VersionNotFoundError`)',
		codes: false,
		spots: ['2'],
	},
	'turnbridge-turnkey-error-mapping-zh-hant.md': {
		why: "(batch unseen-44, first sight; its range table at line 39 and cells of several codes, `4002 / 4003 / 4004`, read right since round19a and round19b) the messages of rows with a name and quoted log texts (`` `Cannot load PFX` / `Bad password` ``) are not the reader's",
		codes: false,
		spots: ['TB-3101', 'TB-4001', 'TB-6002'],
	},
	'cudo-compute-api-errors.mdx': {
		why: "(batch unseen-45; read right at first sight, then changed by round18a) a table of how to trigger codes the error table above lists (`Error | How to Trigger (Example)`, line 262) is skipped as keyed by codes already listed, as the reader of erumpay-sdk-error-codes-ko.md's retry guide asks; this document's reader counts it as an error table (and doubted it), so its six codes are missing a second time",
		codes: true,
		spots: [],
		tables: [262],
	},
	'2key-billing-shared-error-codes.md': {
		why: '(batch unseen-46, first sight; its first rows of one-word codes in code spans read as rows since round19a) errdex gives `conflict` the HTTP status its meaning names in brackets (`(HTTP 409, e.g. DEVICE_LIMIT_REACHED)`), the reader none, where the reader of netbase-error-codes-zh.md gives the status a message names (`code=409`)',
		codes: false,
		spots: ['conflict'],
	},
	'signal-fish-client-rust-errors.md': {
		why: '(batch unseen-46, first sight) a table indented four spaces inside an MkDocs admonition (`!!! note`, line 477): a code block to CommonMark, so errdex sees no table where MkDocs shows one; the reader calls it no error table, so no code is lost',
		codes: false,
		spots: [],
		tables: [477],
	},
	'basistheory-api-errors.md': {
		why: "(batch unseen-41, first sight) `` `402` | Invalid Payment Method | <ul><li>Expired Card</li>… ``: the reader's message is the name, errdex's the list of causes (the name its alias), as readers differ on such pairs",
		codes: false,
		spots: ['402'],
	},
	'paymenku-error-codes-id.md': {
		why: "(batch unseen-40, first sight) an API without codes of its own: tables of messages under status headings (`` `The amount field is required.` ``): the reader takes each message as its code with the heading's status, errdex skips seven of the eight tables",
		codes: true,
		spots: [
			'The channel_code is invalid.',
			'Unauthorized',
			'Idempotency-Key already used with different request body.',
			'Transaction cannot be cancelled. Current status: paid',
			'Too many requests. Please try again later.',
		],
		tables: [32, 50, 72, 82, 98, 108, 118],
	},
	'finkok-bundle-codigos-error-es.md': {
		why: "(batch unseen-40, first sight) seven tables of an e-invoicing bundle: a table whose codes are messages (`Invalid Username or Password`, line 79) is skipped; in a table of cancellation statuses errdex takes the enum's names (`RequestAccepted`) where the reader takes the numbers; the enum's names are not kept as aliases",
		codes: true,
		spots: ['307', 'CFDI40102', '798', 'Invalid Passphrase'],
		tables: [79],
	},
	'azure-service-bus-arm-exceptions-cs.md': {
		why: '(batch unseen-38, first sight) two columns both headed as the error code, the error class (`Chybný požadavek`, repeated) and the subcode (`40000`, or `žádné`, none, on 13 of 23 rows): errdex takes the subcodes, `žádné` among them, the reader the classes',
		codes: true,
		spots: ['Vnitřní chyba serveru', '429', 'Neautorizováno'],
	},
	'clerk-webhooks-debugging.mdx': {
		why: "(batch unseen-37, first sight) the reader's message keeps the Markdown of a code span (`` not accepting a `POST` request ``), errdex's is the text the page shows",
		codes: false,
		spots: ['405'],
	},
	'checkov-gitlab-ci-policy-index.md': {
		why: "(batch unseen-35, first sight) a table printed from a data frame: an index column of row numbers and the check ids' column both without a header (`|  0 | CKV_GITLABCI_1 | jobs | … |`): skipped as rows numbered in order, where the reader reads the check ids",
		codes: true,
		spots: ['CKV_GITLABCI_1', 'CKV_GITLABCI_2', 'CKV_GITLABCI_3'],
		tables: [9],
	},

	'wangzheng-slate-currencies-zh.md': {
		why: "(batch unseen-36, first sight) `Status Code | Meaning | Example`: errdex's message is the example cell (`message string`, `参考示例`), the reader's the meaning",
		codes: false,
		spots: ['500', '200'],
	},
	'paxstore-android-sdk-result-code.md': {
		why: "(batch unseen-36, first sight) `Result Code | Message | Description`: errdex's message is the short message (`Sdk param error`), the reader's the description, as readers differ on such pairs (easymessages-message-codes.md)",
		codes: false,
		spots: ['16104', '16100', '16111'],
	},
	'lim-cli-args-readme.md': {
		why: "(batch unseen-35, first sight) the reader's message keeps the Markdown of a code span (`` Invalid argument to flag `help` ``), errdex's is the text the page shows, as in near-rpc-errors.md",
		codes: false,
		spots: ['5'],
	},
	'emqx-rest-api.md': {
		why: "(batch unseen-35, first sight) the reader's message keeps the Markdown of a code span (`` refer to the `message` field ``), errdex's is the text the page shows",
		codes: false,
		spots: ['404'],
	},
	'rezamauliadi-slate-accept-payment-errors.md': {
		why: "(batch unseen-36, first sight) the reader's messages keep the Markdown of code spans (`` Param `end_date` must ``), errdex's are the text the page shows",
		codes: false,
		spots: ['1057', '1067'],
	},
	'klaytn-api-error-codes-en.md': {
		why: '(batch unseen-34, first sight; left as it is after the round) errdex takes the column of quoted error strings as the messages, as the reader does, and keeps them as written, quotes and all (`"invalid host specified"`), where this reader strips the quotes; the readers of klaytn-api-error-codes.md (the same table in Vietnamese), comp225-server-error-codes.md and azure-translator-v3-reference-ko.md keep them, so readers disagree and it stays',
		codes: false,
		spots: ['403', '413', '-32000', '-32601', '-32602'],
	},
	'influxdb-v2-write-troubleshoot-shared.md': {
		why: "(batch unseen-31, first sight) tables of rejection reasons written as phrases (`Reason | Meaning`: `type conflict in batch write`) are skipped, which the reader reads as codes, and a decoy's `rejected_points` is read",
		codes: true,
		spots: ['413', '503', 'field type mismatch with schema', 'type conflict with existing data'],
		tables: [230, 251, 273, 284],
	},
	'tflint-terraform-rules.md': {
		why: '(batch unseen-31, first sight) two rule descriptions are not read as written (`Disallow // comments in favor of #`)',
		codes: false,
		spots: ['terraform_comment_syntax', 'terraform_workspace_remote'],
	},
	'cloudflare-r2-error-codes.mdx': {
		why: '(batch unseen-31, first sight) a name two codes share (`InvalidPart`) is not kept as an alias of the second',
		codes: false,
		spots: ['10048'],
	},
	'opentelekomcloud-elb-status-codes.md': {
		why: '(batch unseen-32, first sight) the last error row, code `-`, makes no entry where the reader gives it its status `500` (the table of normal responses is skipped since round15a)',
		codes: true,
		spots: ['500'],
	},
	'argo-web-api-errors.md': {
		why: "(batch unseen-29) the statuses that repeat are the codes now, and the situations their names where a name is one word or a title (`Unauthorized`, `Bad request` as 400's reason phrase); but a situation named in words of sentence case (`Item not found`, `Content not acceptable`) is no alias yet: the entries stage takes such words for a description, as the corpus's readers take them in columns of names",
		codes: false,
		spots: ['404', '406'],
	},
	'ecpay-einvoice-b2c-error-codes-zh-tw.md': {
		why: '(batch unseen-30) tables of exception messages without a code column are no error tables now, and the `RtnCode` table is read since round18a (`RtnCode` names codes); but its catch-all row `其他（官方定義）` is read as a code too',
		codes: true,
		spots: ['500'],
	},
	'yzd-jutils-http2-grpc-error-codes-zh.md': {
		why: "(batch unseen-27) the numbers are the codes and the names their aliases, as the reader asks; but `4` is in both tables (HTTP/2's SETTINGS_TIMEOUT, gRPC's DEADLINE_EXCEEDED) and the reader's spot check is gRPC's, where a spot check holds for the first entry of a code only",
		codes: false,
		spots: ['4'],
	},
	'ascend-2023-led-status-codes.md': {
		why: '(batch unseen-28) `ALL GOOD` is one name now, and `Slow even blink (toggles every 600 ms with blue)` the pattern with what it means; but the one-row table under `## Internal LED` (`ALL GOOD | Blink w/ main`) is skipped: its code `Blink w/ main` reads as no code (a word, then words), and one row under a heading that names neither errors nor codes does not outweigh that, where the reader reads it as its neighbours',
		codes: true,
		spots: [],
		tables: [15],
	},
	'dub-go-error-code-enum.md': {
		why: "(batch unseen-25) an enum's `Name | Value` with no meaning column (`CodeBadRequest | bad_request`): codes and aliases are right; the reader takes the value itself as the message, errdex the constant beside it, as windows-bug-check-codes.md's reader does (`0x0000000A | IRQL_NOT_LESS_OR_EQUAL`) and moov-go-card-failure-code.md's reader leaves open: readers differ, so it stays",
		codes: false,
		spots: ['bad_request', 'rate_limit_exceeded', 'invite_expired', 'unprocessable_entity'],
	},
	'vonage-number-insight-status.md': {
		why: "(batch unseen-25, first sight) for 4 the reader's message is not how errdex's begins",
		codes: false,
		spots: ['4'],
	},
	'near-rpc-errors.md': {
		why: "(batch unseen-25) the statuses from the headings (`## 200 - …`) are right; the reader's message keeps the Markdown of a code span (`` The requested `account_id` … ``), errdex's is the text the page shows, as the readers of the corpus take it but apipay-errors.md's",
		codes: false,
		spots: ['UNKNOWN_ACCOUNT'],
	},
	'syndigo-rdp-message-codes-includes.md': {
		why: '(batch unseen-25, first sight) an error table whose rows are only Jekyll include lines: the reader calls it the error table (no codes), errdex skips it; neither gives a code',
		codes: false,
		spots: [],
		tables: [13],
	},
	'easymessages-message-codes.md': {
		why: '(batch unseen-25, first sight) `Code | Title | Message | …`: the reader took the short title (`Authentication Failed`) as the message, errdex the message column',
		codes: false,
		spots: ['AUTH_001', 'VAL_002', 'DB_007', 'PAY_004', 'EXPORT_002'],
	},
	'apipay-errors.md': {
		why: "(batch unseen-23, first sight) the reader's message for `Invoice cannot be cancelled` keeps the Markdown code spans (`pending`), errdex's is the text; for 422 (`422 | Validation Error | Field validation failed …`) the reader took the name as the message, errdex the description, keeping the name as the alias",
		codes: false,
		spots: ['Invoice cannot be cancelled', '422'],
	},
	'gps-emulator-error-codes.md': {
		why: '(batch unseen-23, first sight) `409 | Conflict | Duplicate resource`: the reader took the name as the message, errdex the description (the name its alias)',
		codes: false,
		spots: ['409'],
	},
	'evoluservices-transaction-proposal-erros-pt.md': {
		why: '(batch unseen-24, first sight) the HTTP status of each table is written above it (`Status: 500` in a code span), not in a column: errdex gives none',
		codes: false,
		spots: ['USER_TOKEN_NOT_FOUND', 'MERCHANT_NOT_FOUND', 'EXPIRED_TOKEN', 'INVALID_TOKEN'],
	},
	'paywelcome-stdweb-codes-ko.md': {
		why: '(batch unseen-24, first sight; round11a skips its card-company, issuer-bank and bank lists and the request-field tables, round11b reads its result codes written as ranges, `V000 ~ V099`, whole) the card-event codes (`코드 | 비고`, line 156: promotions, each row naming an event) are still read as errors: nothing in its header or heading marks it as a lookup',
		codes: true,
		spots: [],
		tables: [156],
	},
	'stellantis-mobile-sdk-errors-liquid.md': {
		why: '(batch unseen-19, first sight) an HTML error table whose rows are only Liquid placeholders (`{{error.code}}`), filled from site data at build time: the reader calls it the error table, errdex skips it; neither gives a code',
		codes: false,
		spots: [],
		tables: [50],
	},
	'identitymind-slate-generic-gateway-codes.md': {
		why: "(batch unseen-17, first sight; left as it is after the round) every line of its HTML table begins with a tab: CommonMark and GitHub show a code block, while the published page is a Slate site (Redcarpet with `disable_indented_code_blocks`, as Slate's config.rb sets at the document's commit), which shows the table the reader saw (title rows, repeated header rows); nothing in the document says which renderer publishes it, and errdex reads `.md` as CommonMark",
		codes: true,
		spots: ['1', '7', '9', 'CB3'],
	},
	'alltick-error-codes-en.md': {
		why: 'errdex takes `Error Msg` (`token invalid`) as the message where the reader took `Meaning`; in eip-1474-json-rpc.md the reader took `Message` before `Meaning`, and in docker-registry-api.md the terse lowercase `Message` (`blob unknown to registry`) before `Description`, so neither header words nor the cells tell these apart',
		codes: false,
		spots: ['401', '604'],
	},
	'markdoc-customtable-errors.md': {
		why: 'the tables are JSON (`{"headers": [...], "rows": [[...]]}`) in fenced code blocks inside a site\'s own Markdoc tag `{% customtable %}`; what a custom tag renders is defined by that site\'s code, not by the document, so errdex sees code blocks, not tables',
		codes: true,
		spots: ['429'],
	},
	'stellar-payment-result-codes.mdx': {
		why: "the table is a list inside the site's own MDX component `<AttributeTable>` (an item per row, its sub-items the cells), which that site renders as a table; what a custom component renders is defined by the site's code, not by the document, so errdex sees a list",
		codes: true,
		spots: ['OpUnderfunded', 'OpNoTrust', 'OpSuccess', 'OpNoDestination'],
	},
	'sap-ias-error-and-success-codes.md': {
		why: 'For 401 the reader took `Meaning` (`Unauthorized`) as the message and errdex the longer `Description`, as other readers of the corpus did (the table of success codes apart from the errors is skipped since round15a)',
		codes: false,
		spots: ['401'],
	},
	'bugcheck-0x1a-memory-management.md': {
		why: 'the violation codes sit in a column headed `Parameter 1` under `MEMORY_MANAGEMENT Parameters`: the column is the first parameter of the bug check, and only the prose (the first parameter "identifies the exact violation") tells a reader that its values are what a crash dump is matched against',
		codes: true,
		spots: ['0x41790', '0x1233', '0x781', '0x403', '0x8889'],
	},
	'windows-update-error-codes.md': {
		why: 'the reader took `Description` as the message where a `Message` column holds the constant (`WU_E_AU_NOSERVICE`, also the alias); the readers of phemex-trading-error-codes.md and monitoring-plugins-exit-codes.md took such a `Message` column of names as the message, so the corpus asks both ways',
		codes: false,
		spots: ['0x80240022', '0x8024402C', '0x80243FFF', '0x80244019', '0x00240005'],
	},
	'xeto-http-api.md': {
		why: "the error types are link texts without targets (`[sys.api::PermissionErr]`) listed in the description cell beside each status; the reader took them as the status's aliases and the message as empty, errdex keeps the cell as the message",
		codes: false,
		spots: ['404', '403', '429', '400'],
	},
	'typedrest-exception-mapping.md': {
		why: "the cell `**404 NotFound** or **410 Gone**` gives two codes, and its names (`NotFound`, `Gone`) are not kept apart as each code's message",
		codes: false,
		spots: ['404', '410'],
	},
	'azure-service-bus-exceptions-pl.md': {
		why: "the reader recorded as aliases the class name in a link's target (`system.unauthorizedaccessexception.aspx`) and a link text a translation damaged (`Trwa wyjątku ArgumentOutOfRangeException`); errdex reads what the cell says, not where its link goes, and reads the damaged text's class name as the code",
		codes: false,
		spots: ['Unauthorizedaccessexception', 'ArgumentOutOfRangeException'],
	},
	'azure-event-grid-errors-ru.md': {
		why: 'the aliases `HttpStatusCode.BadRequest` and `HttpStatusCode.Conflict` are written in the description as prose (`HttpStatusCode. BadRequest`); and 409 has two rows with two messages, where a spot check holds for the first entry of a code only, so the second check of 409 cannot hold whatever errdex reads',
		codes: false,
		spots: ['400', '409'],
	},
	'rtgs-flightcontrol-error-codes.md': {
		why: "the `Specific Name` of each code repeats over its sub-types (`CLOCK_UNAVAILABLE` for four codes), which is how a column of names that name another column's codes reads (`CALL_REJECTED` beside a repeated Q.850 cause), so it is no alias",
		codes: false,
		spots: ['0x100500F0', '0x400500FB', '0x54B200F5', '0x10040200', '0x20050000'],
	},
	'tonguard-errors.md': {
		why: "428's reason phrase is the API's own (`Requests Limit Reached`, not HTTP's `Precondition Required`), and a reason phrase is an alias only where it spells the status's registered one, or it could be any description",
		codes: false,
		spots: ['428'],
	},
	'naver-shopping-search-ko.md': {
		why: 'every error row is written `|SE01||400Incorrect query request …|`: the HTTP status cell is empty and the status is typed at the start of the message cell; errdex keeps the cells as written (status null, message `400Incorrect …`), since peeling a number off the front of a message would misread messages that start with one',
		codes: false,
		spots: ['SE05', 'SE01'],
	},
	'ipengine-status-codes.md': {
		why: 'the reader took the names in brackets after each code as aliases; errdex gives a status its reason phrase as an alias (`404 (Not Found)`), and a name in brackets where a description column says what the code means, but `505 (Server Error)`, which is no reason phrase of 505, in a row whose description is empty, is what the row says of its code, its message; and `4xx (client error)` is in lower case, a description, not a name',
		codes: false,
		spots: ['4xx', '505'],
	},
};

type Spot = Expected['spot'][number];
const spotHolds = (catalog: Catalog, spot: Spot) => {
	const entry = catalog.entries.find((e) => e.code === spot.code);
	return (
		entry?.status === spot.status &&
		entry.message.startsWith(spot.message) &&
		(spot.aliases ?? []).every((alias) => entry.aliases.includes(alias))
	);
};

const sourceCodes = (catalog: Catalog, source: Source) =>
	catalog.entries.filter((entry) => entry.source === source.id).map((entry) => entry.code);

describe('real documents, one at a time', () => {
	for (const expected of corpus) {
		describe(expected.file, () => {
			const document = documentOf(expected);
			let catalog: Catalog | undefined;
			it('builds', () => {
				catalog = buildCatalog([document]);
			});
			const built = () => catalog ?? buildCatalog([document]);

			const known = KNOWN_WRONG[expected.file];
			if (known?.codes) {
				it(`is still read wrongly: ${known.why}`, () => {
					expect(built().entries.map((entry) => entry.code)).not.toEqual(expected.codes);
				});
			} else {
				it('gives exactly the expected codes, in order', () => {
					expect(built().entries.map((entry) => entry.code)).toEqual(expected.codes);
				});

				it('judges every table as a reader does', () => {
					const reports = new Map(built().sources[0]!.tablesRead.map((t) => [t.line, t]));
					for (const table of expected.tables) {
						if (known?.tables?.includes(table.line)) continue;
						expect(reports.get(table.line)?.accepted, `table at line ${table.line}`).toBe(
							table.error,
						);
					}
				});
			}

			for (const line of known?.tables ?? []) {
				it(`table at line ${line} is still judged wrongly: ${known!.why}`, () => {
					const report = built().sources[0]!.tablesRead.find((t) => t.line === line);
					const table = expected.tables.find((t) => t.line === line)!;
					expect(report?.accepted).not.toBe(table.error);
				});
			}

			for (const spot of expected.spot) {
				if (known?.spots.includes(spot.code)) {
					it(`spot check ${spot.code} is still wrong: ${known.why}`, () => {
						expect(spotHolds(built(), spot)).toBe(false);
					});
					continue;
				}
				it(`spot check ${spot.code}`, () => {
					const entry = built().entries.find((e) => e.code === spot.code);
					expect(entry, `code ${spot.code}`).toBeDefined();
					expect(entry!.status).toBe(spot.status);
					expect(entry!.message.startsWith(spot.message), entry!.message).toBe(true);
					expect(entry!.aliases).toEqual(expect.arrayContaining(spot.aliases ?? []));
				});
			}

			it('gives every skipped table its reason in the report', () => {
				const source = built().sources[0]!;
				const report = formatReport(built(), routes);
				for (const table of source.tablesRead.filter((t) => !t.accepted)) {
					expect(table.reason).not.toBe('');
					expect(report).toContain(`  skipped line ${table.line}: ${table.reason}`);
				}
			});

			it('accounts for every data row of every error table', () => {
				const source = built().sources[0]!;
				const entries = built().entries;
				let errorTable = 0;
				for (const table of source.tablesRead.filter((t) => t.accepted)) {
					const rows = table.rowsRead!;
					expect(
						rows.entries +
							rows.joined +
							rows.headings +
							rows.empty +
							rows.catchAll +
							rows.successes +
							rows.unreadable,
					).toBe(table.rows);
					const made = entries.filter((e) => e.table === errorTable);
					expect(new Set(made.map((e) => e.row)).size).toBe(rows.entries);
					errorTable++;
				}
				const unreadable = source.tablesRead.reduce((n, t) => n + (t.rowsRead?.unreadable ?? 0), 0);
				expect(source.warnings.filter((w) => w.message.startsWith('row '))).toHaveLength(
					unreadable,
				);
			});
		});
	}
});

describe('real documents, all together', () => {
	const catalog = buildCatalog(corpus.map(documentOf));

	it('builds every document, each its own source', () => {
		expect(catalog.sources.map((source) => source.file).sort()).toEqual(
			corpus.map((expected) => `tests/fixtures/real/${expected.file}`).sort(),
		);
	});

	it('gives each document its codes, as when built alone', () => {
		for (const expected of corpus) {
			if (KNOWN_WRONG[expected.file]?.codes) continue;
			const source = catalog.sources.find((s) => s.file.endsWith(`/${expected.file}`))!;
			expect(sourceCodes(catalog, source), expected.file).toEqual(expected.codes);
		}
	});
});
