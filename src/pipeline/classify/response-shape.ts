import type { ResponseShape } from '../../core/types';
import type { TableText } from '../types';
import { bareKey, CODE_KEY, MESSAGE_KEY } from './body-fields';

const KEY_HEADER = /^(?:key|field|name|property|attribute|parameter|member)s?$/i;
const TYPE_HEADER = /^(?:type|data ?type)$/i;
const NUMERIC_TYPE = /^(?:int(?:eger)?\d*|number|long|short)$/i;

/**
 * The error body a document describes, read from the first table (other than its error tables)
 * that lists the fields of a body naming both a code and a message field; null when none does.
 */
export function responseShapeOf(tables: readonly TableText[]): ResponseShape | null {
	for (const table of tables) {
		const shape = shapeOf(table);
		if (shape) return shape;
	}
	return null;
}

function shapeOf(table: TableText): ResponseShape | null {
	const header = table.header.map((cell) => cell.text);
	if (!KEY_HEADER.test(header[0] ?? '')) return null;
	const typeColumn = header.findIndex((label) => TYPE_HEADER.test(label));
	const fields = table.rows.map((cells) => ({
		key: bareKey(cells[0]?.text ?? ''),
		type: cells[typeColumn]?.text ?? '',
	}));
	const code = fields.find((field) => CODE_KEY.test(field.key));
	const message = fields.find((field) => MESSAGE_KEY.test(field.key));
	if (!code || !message) return null;
	return { codeKey: code.key, numericCode: NUMERIC_TYPE.test(code.type), messageKey: message.key };
}

/** The example body of one entry in that shape, as the API would send it. */
export function exampleResponse(
	shape: ResponseShape,
	entry: { code: string; message: string },
): string {
	const code = shape.numericCode && /^-?\d+$/.test(entry.code) ? Number(entry.code) : entry.code;
	return JSON.stringify({ [shape.codeKey]: code, [shape.messageKey]: entry.message }, null, 2);
}
