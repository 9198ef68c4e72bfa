/**
 * A document built version after version, each build recorded in the history as the site
 * records it: for the tests of what the history gives the pages.
 */
import type { History } from '../../src/core/history';
import { buildCatalog, type Document } from '../../src/pipeline';
import { recordBuild, rememberedSlugs } from '../../src/pipeline/history';
import { routes } from './helpers';

export const table = (rows: string[][]): Document => ({
	file: 'content/acme.md',
	text: `# Acme errors\n\n| Code | HTTP status | Message |\n| --- | --- | --- |\n${rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}\n`,
});

/** Each version of `content/acme.md` built in turn, the build of the n-th on 2026-0n-01. */
export function builds(...versions: string[][][]): {
	history: History;
	last: ReturnType<typeof buildCatalog>;
} {
	let history: History | null = null;
	let last = buildCatalog([table(versions[0]!)], routes);
	versions.forEach((rows, i) => {
		last = buildCatalog(
			[table(rows)],
			routes,
			history ? { remembered: rememberedSlugs(history) } : {},
		);
		history = recordBuild(history, last, `2026-0${i + 1}-01T12:00:00Z`);
	});
	return { history: history!, last };
}

/** The first version: four codes. */
export const V1 = [
	['E1', '400', 'Bad request.'],
	['E2', '401', 'The token has <b>expired</b> & more.'],
	['E3', '403', 'Not allowed here.'],
	['E4', '404', 'Not found.'],
];
/** E2 removed, E3 renamed to E33, E4 reworded. */
export const V2 = [
	['E1', '400', 'Bad request.'],
	['E33', '403', 'Not allowed in here.'],
	['E4', '404', 'Nothing is there.'],
];
/** E33 renamed to E333, E5 added. */
export const V3 = [
	['E1', '400', 'Bad request.'],
	['E333', '403', 'Not allowed in here!'],
	['E4', '404', 'Nothing is there.'],
	['E5', '409', 'Conflict.'],
];

/** A second document, `content/other.md` (code X1), published beside the first and then removed on `date`. */
export function documentRemoved(date: string): History {
	const other: Document = {
		file: 'content/other.md',
		text: '# Other\n\n| Code | Message |\n| --- | --- |\n| X1 | Broken. |\n',
	};
	const first = recordBuild(null, buildCatalog([table(V1), other], routes), 'D0');
	return recordBuild(first, buildCatalog([table(V1)], routes), date);
}
