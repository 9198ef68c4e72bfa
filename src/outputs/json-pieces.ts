/**
 * The JSON text of an object whose last field is a long list, in pieces: byte for byte what
 * `JSON.stringify(object, null, indent)` writes, made a batch of items at a time. At 100,000
 * codes, `/errors.json` as one string (50 MB) and the tree it was made from were the peak of a
 * build's memory (measured with the build's resident memory sampled every second).
 */
export function* jsonPieces(
	fields: [key: string, value: unknown][],
	list: [key: string, items: Iterable<unknown>],
	indent = '',
	batch = 500,
): Generator<string> {
	const nested = (value: unknown, depth: number) =>
		indent
			? JSON.stringify(value, null, indent).replaceAll('\n', `\n${indent.repeat(depth)}`)
			: JSON.stringify(value);
	const gap = indent ? '\n' : '';
	const colon = indent ? ': ' : ':';
	let head = '{';
	for (const [key, value] of fields)
		head += `${gap}${indent}${JSON.stringify(key)}${colon}${nested(value, 1)},`;
	head += `${gap}${indent}${JSON.stringify(list[0])}${colon}[`;
	let pending: string[] = [];
	let first = true;
	const flush = () => {
		const text = `${first ? head : ','}${pending.join(',')}`;
		first = false;
		pending = [];
		return text;
	};
	for (const item of list[1]) {
		pending.push(`${gap}${indent.repeat(2)}${nested(item, 2)}`);
		if (pending.length === batch) yield flush();
	}
	if (pending.length > 0) yield flush();
	yield first ? `${head}]${gap}}` : `${gap}${indent}]${gap}}`;
}
