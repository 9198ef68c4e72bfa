import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';

/**
 * How a source says its error responses look, read from a table that lists the fields of the
 * error body (PluralKit's `key | type | description`: `code int`, `message string`). Only a
 * body whose code and message fields are both named counts: anything less would be a guess.
 */
export interface ResponseShape {
	codeKey: string;
	/** Whether the document types the code as a number (`int`, `integer`, `number`). */
	numericCode: boolean;
	messageKey: string;
}

const KEY_HEADER = /^(?:key|field|name|property|attribute|parameter|member)s?$/i;
const TYPE_HEADER = /^(?:type|data ?type)$/i;
const CODE_KEY = /^(?:code|error_?code|errorCode)$/i;
const MESSAGE_KEY = /^(?:message|msg|error_?message|errorMessage|detail)$/i;
const NUMERIC_TYPE = /^(?:int(?:eger)?\d*|number|long|short)$/i;

/** The response shape a rendered source document describes, or null when it describes none. */
export function responseShapeOf(html: string): ResponseShape | null {
	const tables: Element[] = [];
	visit(fromHtml(html, { fragment: true }), 'element', (node) => {
		// errdex's own error tables list codes, never the fields of a response.
		if (
			node.tagName === 'table' &&
			!String(node.properties['className'] ?? '').includes('errdex-table')
		)
			tables.push(node);
	});
	for (const table of tables) {
		const shape = shapeOf(rowsOf(table));
		if (shape) return shape;
	}
	return null;
}

/** The example body of one entry in that shape, as the API would send it. */
export function exampleResponse(
	shape: ResponseShape,
	entry: { code: string; message: string },
): string {
	const code = shape.numericCode && /^-?\d+$/.test(entry.code) ? Number(entry.code) : entry.code;
	return JSON.stringify({ [shape.codeKey]: code, [shape.messageKey]: entry.message }, null, 2);
}

function shapeOf(rows: string[][]): ResponseShape | null {
	const [header, ...body] = rows;
	if (!header || !KEY_HEADER.test(header[0] ?? '')) return null;
	const typeColumn = header.findIndex((label) => TYPE_HEADER.test(label));
	// `?errors` and `errors?` mark optional keys; the key itself is what the body carries.
	const fields = body.map((cells) => ({
		key: (cells[0] ?? '').replace(/^\?|\?$/g, ''),
		type: cells[typeColumn] ?? '',
	}));
	const code = fields.find((field) => CODE_KEY.test(field.key));
	const message = fields.find((field) => MESSAGE_KEY.test(field.key));
	if (!code || !message) return null;
	return { codeKey: code.key, numericCode: NUMERIC_TYPE.test(code.type), messageKey: message.key };
}

function rowsOf(table: Element): string[][] {
	const rows: string[][] = [];
	visit(table, 'element', (node) => {
		if (node.tagName !== 'tr') return;
		rows.push(
			node.children
				.filter(
					(cell): cell is Element =>
						cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'),
				)
				.map((cell) => toText(cell, { whitespace: 'normal' }).replace(/\s+/g, ' ').trim()),
		);
	});
	return rows;
}
