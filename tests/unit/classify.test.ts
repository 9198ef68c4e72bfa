/**
 * The classify stage on its own: a table as the parse stage hands it on (`TableText`) in, a
 * verdict with its evidence out. Each kind of table the issue of unseen documents named is
 * written here small, as a person would see it at a glance.
 */
import { describe, expect, it } from 'vitest';
import { type Classification, classifyTable } from '../../src/pipeline/classify/classify';
import { distinctInDocument } from '../../src/pipeline/classify/document-classes';
import { explain, signed, weigh } from '../../src/pipeline/classify/balance';
import { WEIGHTS } from '../../src/pipeline/classify/tuning';
import { type TableSketch, tableText } from './table-text';

const nowhere = () => {
	throw new Error('no setting was expected to be wrong');
};
const classify = (sketch: TableSketch): Classification =>
	classifyTable(tableText(sketch), undefined, nowhere, 'front matter');
const signals = (c: Classification) => c.evidence.map((e) => e.signal);
const roles = (c: Classification) => c.columns.map((column) => column.role);

describe('classify: weighed evidence, not vetoes', () => {
	const problems: TableSketch = {
		section: ['Ledger API', 'Problem types'],
		header: ['Type', 'Status', 'Title'],
		rows: [
			['accountlocked', '423', 'The account is locked.'],
			['accountclosed', '410', 'The account was closed by its owner.'],
			['insufficientfunds', '409', 'The balance is lower than the amount.'],
			['ratelimited', '429', 'Slow down: the client sent too many requests.'],
		],
	};

	it('takes a Type column of problem names beside statuses, under a heading of problems', () => {
		const c = classify(problems);
		expect(c.accepted).toBe(true);
		expect(roles(c)).toEqual(['code', 'status', 'message']);
		expect(signals(c)).toEqual(expect.arrayContaining(['statusColumn', 'headingErrors']));
		// `Type` names problem types here, parameter types elsewhere: the header alone says nothing.
		expect(signals(c)).not.toContain('otherHeader');
		expect(c.reason).toMatch(/^code column "Type" \(\+\d\.\d\): /);
	});

	it('weighs the heading: the same table under a heading of fields, without its statuses, is not one', () => {
		const c = classify({
			...problems,
			section: ['Ledger API', 'Transfer fields'],
			header: ['Type', 'Title'],
			rows: problems.rows.map(([type, , title]) => [type!, title!]),
		});
		expect(c.accepted).toBe(false);
		expect(c.reason).toMatch(/^not an error table \(−\d\.\d\): .*names settings or fields/);
	});

	it('takes constants thrown by a call, from the label of the tab around them', () => {
		const errors: TableSketch = {
			section: ['Storage client', 'upload(file, options)'],
			context: ['Errors'],
			header: ['String', 'Description'],
			rows: [
				['BUCKET_MISSING', 'Thrown if the bucket was deleted while the upload ran.'],
				['QUOTA_REACHED', 'Thrown if the upload would take the bucket over its quota.'],
				['OBJECT_LOCKED', 'Thrown if an object of the same name is under a retention lock.'],
			],
		};
		const c = classify(errors);
		expect(c.accepted).toBe(true);
		expect(c.evidence.find((e) => e.signal === 'headingErrors')?.says).toBe(
			'"Errors" above it names errors',
		);
		const untabbed = classify({ ...errors, context: [] });
		expect(untabbed.score!).toBeLessThan(c.score!);
	});

	it('takes error type names beside linked statuses, whose brackets are no type', () => {
		const c = classify({
			section: ['api crate', 'Errors returned by Client::send'],
			header: ['Status', 'Error', 'When'],
			rows: [
				['400', 'api::BadRequestErr', 'The body did not parse.'],
				['404', 'api::NotFoundErr', 'No resource has this id.'],
				['503', '[api::UnavailableErr]', 'The server is down for maintenance.'],
			],
		});
		expect(c.accepted).toBe(true);
		expect(roles(c)).toEqual(['status', 'code', 'message']);
		expect(signals(c)).not.toContain('typeColumn');
	});

	it('takes situations mapped to codes that repeat, the codes counting a little against', () => {
		const c = classify({
			section: ['Sync client: what went wrong'],
			header: ['Situation', 'Code', 'Side'],
			rows: [
				['The request timed out before the server answered.', 'TIMED_OUT', 'Client'],
				['The server closed the connection before sending the body.', 'TIMED_OUT', 'Server'],
				['The proxy dropped the request after its own timeout.', 'TIMED_OUT', 'Client'],
				['The token was revoked while the sync ran.', 'UNAUTHENTICATED', 'Client'],
				['A file was renamed on both sides at once.', 'CONFLICT', 'Client'],
				['Two files differ only in case.', 'CONFLICT', 'Client'],
			],
		});
		expect(c.accepted).toBe(true);
		expect(roles(c)).toEqual(['message', 'code', 'detail']);
		expect(c.evidence.find((e) => e.signal === 'repeats')!.weight).toBeLessThan(0);
	});

	const settings: TableSketch = {
		section: ['Edge cache', 'Configuration'],
		header: ['', '', ''],
		rows: [
			['CACHE_MODE', 'on', 'Must be active for the edge to keep responses.'],
			['CACHE_TTL', '300', 'Seconds a response is kept.'],
			['STALE_IF_ERROR', 'off', 'Serve a stale response when the origin fails.'],
			['PURGE_ON_DEPLOY', 'true', 'Empty the cache on every deploy.'],
		],
	};

	it('does not take a headerless table of settings, and says why both ways', () => {
		const c = classify(settings);
		expect(c.accepted).toBe(false);
		expect(c.reason).toMatch(
			/^not an error table \(−\d\.\d\): "Configuration" above it names settings or fields \(−\d\.\d\).*; for: 100% of "#1" are shaped like codes \(\+\d\.\d\)/,
		);
	});

	it('is the balance of its evidence: the same constants, failing, under a heading of errors, are an error table', () => {
		const c = classify({
			...settings,
			section: ['Edge cache', 'Errors'],
			rows: settings.rows.map(([code]) => [code!, '503', `The edge failed: ${code} is invalid.`]),
		});
		expect(c.accepted).toBe(true);
	});

	it('accepts no decoy on one signal alone', () => {
		// Codes' shapes alone.
		expect(
			classify({ header: ['Name'], rows: [['CACHE_MODE'], ['CACHE_TTL'], ['PURGE_ON_DEPLOY']] })
				.accepted,
		).toBe(false);
		// A heading of errors alone, over names that are not codes.
		expect(
			classify({
				section: ['Errors'],
				header: ['Field', 'Type', 'Description'],
				rows: [
					['code', 'integer', 'The error code.'],
					['message', 'string', 'What went wrong.'],
				],
			}).accepted,
		).toBe(false);
	});

	it('says when no column holds anything a code could be', () => {
		const c = classify({
			section: ['Errors'],
			header: ['What happened', 'What to do'],
			rows: [['The disk is full.', 'Free some space and try again.']],
		});
		expect(c).toMatchObject({ accepted: false, score: null, evidence: [] });
		expect(c.reason).toBe(
			'not an error table: no column holds codes or names: "What happened" holds sentences (100 %), "What to do" holds sentences (100 %); a code column needs 50 % codes or names, 50 % distinct (headers: What happened, What to do)',
		);
	});

	it('names, for a table with no column a code could be, what each column holds and what is around it', () => {
		const c = classify({
			section: ['Changelog'],
			header: ['When', 'What'],
			rows: [
				['2024-01-01', 'Released the first version of the API.'],
				['2024-02-01', 'Added webhooks to the API.'],
			],
		});
		expect(c).toMatchObject({ accepted: false, score: null, evidence: [] });
		expect(c.reason).toBe(
			'not an error table: no column holds codes or names: "When" holds 0 % codes or names, 100 % distinct, "What" holds sentences (100 %); a code column needs 50 % codes or names, 50 % distinct; nothing around it speaks of errors (headers: When, What)',
		);
	});

	it('takes endpoint lists, parameter tables and opcodes for what they are', () => {
		const endpoints = classify({
			section: ['Endpoints'],
			header: ['Method', 'Path', 'Description'],
			rows: [
				['GET', '/gateway', 'Returns an object with a valid WSS URL.'],
				['POST', '/channels/{id}/messages', 'Post a message. Returns 403 if not allowed.'],
			],
		});
		expect(endpoints.accepted).toBe(false);
		const opcodes = classify({
			section: ['Gateway Opcodes'],
			header: ['Code', 'Name', 'Description'],
			rows: [
				['0', 'Dispatch', 'An event was dispatched.'],
				['1', 'Heartbeat', 'Keeps the connection alive.'],
				['9', 'Invalid Session', 'The session has been invalidated.'],
			],
		});
		expect(opcodes.accepted).toBe(false);
		expect(opcodes.reason).toContain('"Gateway Opcodes" names opcodes (−4.0)');
	});

	it('never takes a header row inside the body for data', () => {
		const c = classify({
			section: ['Result codes'],
			header: ['Result code dec', 'Result code hex', 'Meaning'],
			rows: [
				['dec', 'hex', ''],
				['0', '0x00', 'Command accepted.'],
				['3', '0x03', 'No carrier: the line dropped.'],
				['4', '0x04', 'Error in the command line.'],
			],
			headerRows: [0],
		});
		expect(c.accepted).toBe(true);
		expect(roles(c)).toEqual(['code', 'alias', 'message']);
		expect(c.evidence.find((e) => e.signal === 'codeShapes')!.says).toBe(
			'100% of "Result code dec" are shaped like codes',
		);
	});

	it('gives the column of another name of each code the alias role', () => {
		const c = classify({
			section: ['Exit codes'],
			header: ['Exit code', 'Name (BSD sysexits.h)', 'When'],
			rows: [
				['0', 'EX_OK', 'Every file was synchronised.'],
				['64', 'EX_USAGE', 'An unknown flag or a missing argument.'],
				['66', 'EX_NOINPUT', 'The source folder does not exist.'],
			],
		});
		expect(roles(c)).toEqual(['code', 'alias', 'message']);
		expect(c.aliases).toEqual([1]);
		// A column that numbers the rows is no other name.
		const numbered = classify({
			header: ['#', 'Error', 'HTTP', 'What happened'],
			rows: [
				['1', 'sync_running', '409', 'Another sync is still running.'],
				['2', 'table_unknown', '404', 'The table is not in the sync plan.'],
				['3', 'plan_invalid', '422', 'The sync plan failed validation.'],
			],
			section: ['Control API errors'],
		});
		expect(roles(numbered)).toEqual(['detail', 'code', 'status', 'message']);
	});

	it('leaves the verdict to a setting that takes a table in or names its code column', () => {
		const decoy: TableSketch = { header: ['Name'], rows: [['CACHE_MODE'], ['CACHE_TTL']] };
		const included = classifyTable(
			tableText(decoy),
			{ table: 1, include: true },
			nowhere,
			'front matter',
		);
		expect(included).toMatchObject({ accepted: true, reason: 'included by front matter' });
		const named = classifyTable(
			tableText(decoy),
			{ table: 1, code: 'Name' },
			nowhere,
			"errdex's settings",
		);
		expect(named).toMatchObject({
			accepted: true,
			reason: `code column "Name", set by errdex's settings`,
		});
	});

	it('takes the alias columns a setting names instead of those it finds, and says when one is missing', () => {
		const table = tableText({
			section: ['Errors'],
			header: ['Code', 'Exception', 'Constant', 'Message'],
			rows: [
				['E1', 'DiskFullError', 'DISK_FULL', 'The disk is full.'],
				['E2', 'QuotaGoneError', 'QUOTA_GONE', 'No quota is left.'],
			],
		});
		const found = classifyTable(table, undefined, nowhere, 'front matter');
		expect(found.aliases).toEqual([1, 2]);
		const set = classifyTable(table, { table: 1, aliases: ['constant'] }, nowhere, 'front matter');
		expect(set.aliases).toEqual([2]);
		expect(set.columns.map((c) => c.role)).toEqual(['code', 'detail', 'alias', 'message']);
		const wrong: string[] = [];
		classifyTable(
			table,
			{ table: 1, aliases: [2, 'Symbol'] },
			(m) => wrong.push(m),
			'front matter',
		);
		expect(wrong).toEqual([
			'the aliases column of the table at line 1 is set to "Symbol", which it does not have (headers: Code, Exception, Constant, Message); give a header text or a column number, 1 for the first',
		]);
	});

	it('decides by the weights it is given, so a refit changes the verdicts and nothing else', () => {
		const table = tableText({ header: ['Name'], rows: [['CACHE_MODE'], ['CACHE_TTL']] });
		const lenient = { ...WEIGHTS, prior: 10 };
		expect(classifyTable(table, undefined, nowhere, 'front matter', lenient).accepted).toBe(true);
		expect(classifyTable(table, undefined, nowhere, 'front matter').accepted).toBe(false);
	});
});

describe('the weights', () => {
	const signals = Object.keys(WEIGHTS).filter((key) => key !== 'prior') as (keyof typeof WEIGHTS)[];

	it('let no signal accept a table alone', () => {
		for (const signal of signals.filter((s) => WEIGHTS[s] > 0))
			expect(WEIGHTS.prior + WEIGHTS[signal], signal).toBeLessThan(0);
	});

	it('let no signal reject a table whose header, cells, messages and statuses say errors', () => {
		const strong =
			WEIGHTS.prior +
			WEIGHTS.codeHeader +
			WEIGHTS.codeShapes +
			WEIGHTS.failureWords +
			WEIGHTS.statusColumn;
		for (const signal of signals.filter((s) => WEIGHTS[s] < 0))
			expect(strong + WEIGHTS[signal], signal).toBeGreaterThan(0);
	});
});

describe('evidence: weighing and saying it', () => {
	it('weighs each signal by its weight, strongest first, and adds the prior', () => {
		const { score, evidence } = weigh([
			{ signal: 'codeShapes', value: 0.5, says: 'half are codes' },
			{ signal: 'typeColumn', value: 1, says: 'types' },
		]);
		expect(evidence.map((e) => e.signal)).toEqual(['typeColumn', 'codeShapes']);
		expect(evidence[0]!.weight).toBe(WEIGHTS.typeColumn);
		expect(score).toBeCloseTo(WEIGHTS.prior + WEIGHTS.typeColumn + WEIGHTS.codeShapes / 2, 2);
	});

	it('names the strongest evidence each way, at most three, with signed weights', () => {
		const line = explain(-2.14, [
			{ signal: 'typeColumn', weight: -2.6, says: 'column "type" holds type names' },
			{ signal: 'codeHeader', weight: 2.2, says: 'header "code" names codes' },
			{
				signal: 'otherHeader',
				weight: -1.4,
				says: 'header "key" names something other than codes',
			},
		]);
		expect(line).toBe(
			'(−2.1): column "type" holds type names (−2.6), header "key" names something other than codes (−1.4); for: header "code" names codes (+2.2)',
		);
		expect(signed(0.04)).toBe('+0.0');
	});
});

describe('classify: legends and empty tables (unseen-11, unseen-12)', () => {
	it('weighs a code column that gives the code of what another column names against the table', () => {
		const legend = classify({
			section: ['Logger fault codes', 'Description'],
			header: ['Hardware Sub-Device', 'Sub-Hardware Device Code, Hex'],
			rows: [
				['System Wide', '0'],
				['Bus Routing', '1'],
				['Power', '2'],
				['Processor', 'B'],
			],
		});
		expect(legend.accepted).toBe(false);
		expect(signals(legend)).toContain('codedThings');
		const errors = classify({
			section: ['Errors'],
			header: ['Error', 'Error code', 'Description'],
			rows: [
				['Timeout', 'E1', 'The request timed out.'],
				['Refused', 'E2', 'The connection was refused.'],
			],
		});
		expect(signals(errors)).not.toContain('codedThings');
	});

	it('weighs codes that number rows of names, with no column of sentences, against the table', () => {
		const numbered = classify({
			section: ['Error Code Description', 'Description'],
			header: ['Class', 'Value'],
			rows: ['Unknown', 'I2C', 'Power', 'IO', 'Memory'].map((name, i) => [name, String(i)]),
		});
		expect(numbered.accepted).toBe(false);
		expect(signals(numbered)).toContain('numberedNames');
		const described = classify({
			section: ['Status codes'],
			header: ['Code', 'Name', 'Description'],
			rows: [
				['0', 'OK', 'Not an error; returned on success.'],
				['1', 'CANCELLED', 'The operation was cancelled, typically by the caller.'],
				['2', 'UNKNOWN', 'Unknown error, raised where no other status fits.'],
			],
		});
		expect(described.accepted).toBe(true);
		expect(signals(described)).not.toContain('numberedNames');
	});

	it('has no data rows where every body row is empty', () => {
		const empty = classify({
			section: ['Device error dictionary', 'Boot'],
			header: ['Code', 'Error', 'Description'],
			rows: [['', '', '']],
		});
		expect([empty.accepted, empty.reason]).toEqual([
			false,
			'no data rows (headers: Code, Error, Description)',
		]);
	});
});

describe('classify: kinds of unseen-13', () => {
	it('makes every column of codes written with their messages a code column, and none the message', () => {
		const c = classify({
			header: ['', ''],
			context: ['Error Codes'],
			rows: [
				['R100 Invalid request. Send the XML in a POST.', 'R500 Template was not found.'],
				['R101 Missing or invalid action name', 'R501 Template could not be rendered'],
				['R102 The api_key is not valid', ''],
			],
		});
		expect(c.accepted).toBe(true);
		expect([c.code, ...c.pairs].sort()).toEqual([0, 1]);
		expect(c.message).toBe(-1);
		expect(roles(c)).toEqual(['code', 'code']);
		expect(c.evidence.find((e) => e.signal === 'failureWords')?.says).toMatch(
			/^100% of "#\d" say something failed$/,
		);
	});

	it('keeps a column of codes beside their names out of the pairs: a name is no message', () => {
		const c = classify({
			header: ['Code', 'Other'],
			rows: [
				['E1 (BAD_KEY)', 'E9 (OLD)'],
				['E2 (NO_KEY)', 'E8 (NEW)'],
			],
		});
		expect(c.pairs).toEqual([]);
	});

	it("takes a library's constants for the statuses (`StatusNotFound`) as names of the statuses", () => {
		const c = classify({
			header: ['Status Code', 'Error', 'Message Example'],
			rows: [
				['403', 'StatusForbidden', '"invalid host specified"'],
				['404', 'StatusNotFound', '"404 page not found"'],
				['413', 'StatusRequestEntityTooLarge', '"content length too large"'],
			],
		});
		expect([c.code, c.aliases, c.message, c.statusFromCode]).toEqual([0, [1], 2, true]);
	});
});

describe('classify: kinds of unseen-14 and unseen-15', () => {
	const compatible: TableSketch = {
		section: ['Driver errors', 'Compatible errors'],
		header: ['ERRNUM', 'STATE CODE', 'Description'],
		rows: [
			['2101', '22001', 'String data too long'],
			['2102', '23000', 'Duplicate key in index'],
		],
	};
	const own: TableSketch = {
		...compatible,
		rows: [
			['7001', '23000', 'Foreign key check failed'],
			['7002', '22001', 'Value too long for the column'],
		],
	};

	it("counts how often a header's values repeat over all the tables of a document", () => {
		const distinct = distinctInDocument([tableText(compatible), tableText(own)]);
		expect([distinct('ERRNUM'), distinct('state  code'), distinct('Other')]).toEqual([1, 0.5, 1]);
	});

	it('takes the column whose values are each its own over a class the document repeats', () => {
		const distinct = distinctInDocument([tableText(compatible), tableText(own)]);
		const c = classifyTable(
			tableText(compatible),
			undefined,
			nowhere,
			'front matter',
			WEIGHTS,
			distinct,
		);
		expect([c.accepted, c.code, c.aliases]).toEqual([true, 0, []]);
		// Alone, the table gives each row its own state code, and the header that names codes wins.
		expect(classify(compatible).code).toBe(1);
	});

	it('weighs sentences in a column headed as codes, beside a column that explains them', () => {
		const c = classify({
			section: ['Códigos de error'],
			header: ['Código', 'Descripción'],
			rows: [
				['¡No se pudo descargar el paquete!', 'El instalador falló al descargar la versión'],
				['Error al escribir la configuración', 'El instalador no tiene permisos'],
			],
		});
		expect([c.accepted, c.code, c.message]).toEqual([true, 0, 1]);
		expect(signals(c)).toEqual(expect.arrayContaining(['codeHeader', 'headingErrors']));
	});
});

describe('classify: kinds of unseen-17 and unseen-18', () => {
	const situations: TableSketch = {
		section: ['Parcel locker API: responses'],
		header: ['Request', 'Outcome', 'HTTP Status Code'],
		rows: [
			['GET', 'Success', '200'],
			['PUT/PATCH', 'Success', '200'],
			['POST', 'Created', '201'],
			['ANY', 'Malformed request body', '400'],
			['ANY', 'The token is missing or has expired', '401'],
			['GET', 'Parcel not found', '404'],
			['POST/PUT', 'The parcel is already in a locker', '409'],
			['ANY', 'Unexpected server error', '5xx'],
		],
	};

	it('takes situations mapped to statuses, the statuses last and repeated, by their statuses', () => {
		const c = classify(situations);
		expect(c.accepted).toBe(true);
		expect(roles(c)).toEqual(['detail', 'message', 'code']);
		expect(c.statusFromCode).toBe(true);
		// The methods still count against it: weighed, not ignored.
		expect(signals(c)).toEqual(expect.arrayContaining(['codeHeader', 'endpointColumn']));
	});

	it('still skips a list of endpoints with the status each returns, which says nothing failed', () => {
		const c = classify({
			section: ['Endpoints'],
			header: ['Method', 'Path', 'Returns'],
			rows: [
				['GET', '/parcels', '200'],
				['POST', '/parcels', '201'],
				['DELETE', '/parcels/{id}', '204'],
				['PUT', '/lockers/{id}', '200'],
			],
		});
		expect(c.accepted).toBe(false);
		expect(c.reason).toMatch(/holds HTTP methods or paths/);
	});

	const states: TableSketch = {
		section: ['Export jobs', 'Export job states'],
		header: ['Value', 'Description'],
		rows: [
			['QUEUED', 'Indicates the job waits for a worker.'],
			['RUNNING', 'Indicates a worker is writing the export.'],
			['SUCCEEDED', 'Indicates the export is ready to download.'],
			['EXPIRED', 'Indicates the export was deleted and can no longer be downloaded.'],
			['CANCELLED', 'Indicates the job was cancelled by its owner.'],
		],
	};

	it('skips the states of a thing, named so above them, some of which are failures', () => {
		const c = classify(states);
		expect(c.accepted).toBe(false);
		expect(signals(c)).toEqual(expect.arrayContaining(['stateHeading', 'calmStates']));
		expect(c.reason).toMatch(/"Export job states" above it names states of a thing \(−1\.6\)/);
	});

	it('weighs states against errors: a heading of error states, or codes that fail, still read', () => {
		expect(classify({ ...states, section: ['Export jobs', 'Error states'] }).accepted).toBe(true);
		const errors = classify({
			...states,
			section: ['Export jobs', 'Job states'],
			rows: [
				['JOB_NOT_FOUND', 'No export job has this id.'],
				['EXPORT_EXPIRED', 'The export has expired and can no longer be downloaded.'],
				['JOB_NOT_SUCCEEDED', 'The job has not succeeded yet.'],
				['QUOTA_EXCEEDED', 'Too many export jobs are running for this account.'],
			],
		});
		expect(errors.accepted).toBe(true);
		expect(signals(errors)).toContain('stateHeading');
		expect(signals(errors)).not.toContain('calmStates');
	});
});

describe('classify: kinds of unseen-19 and unseen-20', () => {
	const carriers: TableSketch = {
		section: ['配送コード', '配送会社コード'],
		header: ['コード', '日本語', '英語', '公式サイト'],
		rows: [
			['01', 'ヤマト運輸', 'Yamato Transport', 'https://www.kuronekoyamato.co.jp/'],
			['02', '佐川急便', 'Sagawa Express', 'https://www.sagawa-exp.co.jp/'],
			['03', '日本郵便', 'Japan Post', 'https://www.post.japanpost.jp/'],
			['05', '西濃運輸', 'Seino Transportation', 'https://www.seino.co.jp/'],
		],
	};

	it('skips a list of things with codes: names in two languages, web sites, nothing failing', () => {
		const c = classify(carriers);
		expect(c.accepted).toBe(false);
		expect(signals(c)).toEqual(expect.arrayContaining(['siteColumn', 'namesInTwoScripts']));
		expect(c.reason).toMatch(/column "公式サイト" holds web sites/);
	});

	it('reads an error table with the same columns, whose messages say what failed', () => {
		const c = classify({
			...carriers,
			section: ['配送コード', '応答コード'],
			header: ['コード', 'メッセージ', 'Message', 'Help'],
			rows: [
				[
					'4001',
					'配送会社コードが不正です',
					'Invalid carrier code',
					'https://help.example.com/4001',
				],
				[
					'4002',
					'追跡番号がありません',
					'Tracking number missing',
					'https://help.example.com/4002',
				],
				['4003', '住所が見つかりません', 'Address not found', 'https://help.example.com/4003'],
			],
		});
		expect(c.accepted).toBe(true);
		expect(signals(c)).not.toContain('siteColumn');
		expect(signals(c)).not.toContain('namesInTwoScripts');
	});

	const orderStates: TableSketch = {
		section: ['订单接口', '订单状态'],
		header: ['order_status', '名称', '描述'],
		rows: [
			['1', '待支付', '订单已创建，等待买家支付'],
			['2', '已支付', '买家已完成支付'],
			['3', '已取消', '订单已被取消'],
			['4', '支付失败', '支付失败，可重新发起'],
		],
	};

	it('skips the states of a thing named in a language where one word says state and status', () => {
		const c = classify(orderStates);
		expect(c.accepted).toBe(false);
		expect(signals(c)).toEqual(expect.arrayContaining(['stateHeading', 'statusField']));
		expect(c.reason).toMatch(/"订单状态" above it names states of a thing/);
	});

	it('still reads status codes under 状态码, 상태코드 and a reply status', () => {
		const codes = (section: string, header: string) =>
			classify({
				section: ['订单接口', section],
				header: [header, '描述'],
				rows: [
					['0', '成功'],
					['1001', '参数错误'],
					['1002', '签名无效'],
					['1003', '订单不存在'],
				],
			});
		for (const [section, header] of [
			['返回状态码', '状态码'],
			['응답 상태코드', '코드'],
			['返回状态', 'code'],
		] as const) {
			const c = codes(section, header);
			expect(c.accepted).toBe(true);
			expect(signals(c)).not.toContain('stateHeading');
		}
	});

	const messages: TableSketch = {
		section: ['Gateway protocol', 'Message codes'],
		header: ['MsgCode', 'Description'],
		rows: [
			['0x0001', 'Heartbeat'],
			['0x0002', 'Login request'],
			['0x0003', 'Login reply'],
			['0x0010', 'Quote subscription'],
		],
	};

	it("skips a protocol's message codes, which say nothing failed", () => {
		const c = classify(messages);
		expect(c.accepted).toBe(false);
		expect(signals(c)).toContain('messageTypes');
	});

	it('reads message codes whose messages say what failed (an error message code)', () => {
		const c = classify({
			...messages,
			header: ['X-Message Code', 'Description'],
			rows: [
				['0x0001', 'Login failed: the password is wrong'],
				['0x0002', 'Session not found'],
				['0x0003', 'Invalid frame length'],
			],
		});
		expect(c.accepted).toBe(true);
		expect(signals(c)).not.toContain('messageTypes');
	});

	it('reads Persian and Arabic headers of error codes and messages', () => {
		const persian = classify({
			section: ['راهنمای کتابخانه', 'ارسال پیامک (متد Send)'],
			header: ['نوع نتیجه', 'کد خطا', 'توضیح خطا'],
			rows: [
				['Success', '0', 'عملیات با موفقیت انجام شد'],
				['AuthError', '101', 'نام کاربری یا رمز عبور صحیح نمی باشد'],
				['CreditError', '102', 'اعتبار حساب کافی نمی باشد'],
			],
		});
		expect(persian.accepted).toBe(true);
		expect(roles(persian).slice(1)).toEqual(['code', 'message']);
		expect(signals(persian)).toContain('codeHeader');
		const arabic = classify({
			header: ['رمز الخطأ', 'الرسالة'],
			rows: [
				['E01', 'اسم المستخدم غير صحيح'],
				['E02', 'لا يوجد رصيد كاف'],
				['E03', 'تعذر الاتصال بالخادم'],
			],
		});
		expect(arabic.accepted).toBe(true);
		expect(roles(arabic)).toEqual(['code', 'message']);
	});
});

describe('classify: kinds of unseen-23 and unseen-24', () => {
	const wallets: TableSketch = {
		section: ['Checkout API', 'Wallet providers'],
		header: ['Provider', 'Code'],
		rows: [
			['Apple Pay', 'APPLEPAY'],
			['Google Pay', 'GOOGLEPAY'],
			['Samsung Pay', 'SAMSUNGPAY'],
			['Alipay', 'ALIPAY'],
			['WeChat Pay', 'WECHATPAY'],
		],
	};

	it('skips a list of things by their proper names, where nothing says something failed', () => {
		const c = classify(wallets);
		expect(c.accepted).toBe(false);
		expect(signals(c)).toContain('properNames');
		expect(c.reason).toMatch(
			/column "Provider" holds proper names, and nothing says something failed \(−1\.0\)/,
		);
	});

	it('weighs proper names against the rest: a quiet table of a device’s codes still reads', () => {
		const c = classify({
			section: ['Terminal', 'Display codes'],
			header: ['Code', 'Meaning'],
			rows: [
				['E1', 'Low Paper'],
				['E2', 'Cover Open'],
				['E3', 'Paper Near End'],
				['E4', 'Battery Low'],
			],
		});
		expect(c.accepted).toBe(true);
		expect(signals(c)).toContain('properNames');
	});

	it('gives no proper names to sentences, to names that fail, or to HTTP statuses', () => {
		const described = classify({
			...wallets,
			rows: wallets.rows.map(([name, code]) => [`${name} is offered at checkout.`, code!]),
		});
		expect(signals(described)).not.toContain('properNames');
		const statuses = classify({
			section: ['API', 'Statuses'],
			header: ['Code', 'Name'],
			rows: [
				['200', 'OK'],
				['201', 'Created'],
				['301', 'Moved Permanently'],
				['304', 'Not Modified'],
			],
		});
		expect(signals(statuses)).not.toContain('properNames');
	});

	const cardCompanies: TableSketch = {
		section: ['결제 연동', '카드사 코드'],
		header: ['코드', '카드사 이름', '코드', '카드사 이름'],
		rows: [
			['01', '한빛카드', '02', '누리카드'],
			['03', '바다카드', '04', '솔카드'],
			['05', '별카드', '06', '들카드'],
		],
	};

	it('skips card companies by their codes: the heading and the header name the institutions', () => {
		const c = classify(cardCompanies);
		expect(c.accepted).toBe(false);
		expect(signals(c)).toEqual(expect.arrayContaining(['lookupHeading', 'lookupHeader']));
		expect(c.reason).toMatch(
			/header "카드사 이름" names currencies, countries, languages or institutions/,
		);
	});

	it('reads a card company’s refusals, whose messages say what failed', () => {
		const c = classify({
			...cardCompanies,
			section: ['결제 연동', '카드사 응답 코드'],
			header: ['코드', '메시지'],
			rows: [
				['C001', '카드사 인증 실패'],
				['C002', '한도 초과로 승인 거절'],
				['C003', '유효하지 않은 카드 번호'],
			],
		});
		expect(c.accepted).toBe(true);
	});

	const windowFields: TableSketch = {
		section: ['Payment window codes', 'Calling the window directly'],
		header: ['Field name', 'Code', 'Note'],
		rows: [
			['gopaymethod', 'onlycard', 'card window only'],
			['acceptmethod', 'below1000', 'small amounts'],
			['quotabase', '2:3:6', 'instalments'],
			['closeurl', 'https://shop.example/close', 'page to return to'],
		],
	};

	it('skips a call’s fields beside the values they take, where nothing says something failed', () => {
		const c = classify(windowFields);
		expect(c.accepted).toBe(false);
		expect(c.reason).toMatch(
			/header "Field name" names a request's fields, and nothing says something failed \(−1\.0\)/,
		);
	});

	it('reads validation errors that name the field each code is about', () => {
		const c = classify({
			...windowFields,
			header: ['Code', 'Field', 'Message'],
			rows: [
				['V1001', 'gopaymethod', 'The payment method is missing or unknown.'],
				['V1002', 'quotabase', 'The instalment plan is invalid.'],
				['V1003', 'price', 'The amount must be greater than zero.'],
			],
		});
		expect(c.accepted).toBe(true);
		expect(signals(c)).not.toContain('fieldColumn');
	});

	const legend: TableSketch = {
		section: ['Orders API', 'Error codes'],
		header: ['Service', 'Codes'],
		rows: [
			['billing', '1000-1999'],
			['orders', '2000-2999'],
			['shipping', '3000-3999'],
		],
	};

	it('skips a legend of which part of the API has which range of codes', () => {
		const c = classify(legend);
		expect(c.accepted).toBe(false);
		expect(signals(c)).toContain('rangeLegend');
		expect(c.reason).toMatch(
			/every one of "Codes" is a range of codes, and no column says what went wrong \(−4\.0\)/,
		);
	});

	it("skips a firmware's negative ranges set aside for its modules", () => {
		const c = classify({
			section: ['Driver error codes', 'Reserved ranges'],
			header: ['Range', 'Module'],
			rows: [
				['-100 to -199', 'Sensor'],
				['-200 to -299', 'Radio'],
				['-0x300 – -0x3FF', 'Bootloader'],
			],
		});
		expect(c.accepted).toBe(false);
		expect(signals(c)).toContain('rangeLegend');
	});

	it('reads ranges whose rows say what went wrong, and a table mixing ranges with codes', () => {
		const failing = classify({
			section: ['API', 'Blocks of codes'],
			header: ['Range', 'Meaning'],
			rows: [
				['4000-4099', 'The request was malformed or missing a field.'],
				['4100-4199', 'The caller is not allowed to do this.'],
				['5000-5099', 'The server failed; try again later.'],
			],
		});
		expect(failing.accepted).toBe(true);
		expect(signals(failing)).not.toContain('rangeLegend');
		const mixed = classify({ ...legend, rows: [...legend.rows, ['payments', '4001']] });
		expect(signals(mixed)).not.toContain('rangeLegend');
	});
});
