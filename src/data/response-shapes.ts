import { responseShapeOf, type ResponseShape } from '../lib/response-shape';
import type { Source } from '../lib/types';

const shapes = new Map<string, ResponseShape | null>();

/** The error body a source documents; read once per source, not once per code page. */
export function responseShapeFor(source: Source): ResponseShape | null {
	if (!shapes.has(source.id)) shapes.set(source.id, responseShapeOf(source.html));
	return shapes.get(source.id)!;
}
