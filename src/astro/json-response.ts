/**
 * A JSON file of the site answered from its text in pieces (`outputs/json-pieces.ts`), each
 * encoded when Astro asks for it, so that the whole text is never one string.
 */
export function jsonResponse(pieces: Iterator<string>): Response {
	const encoder = new TextEncoder();
	return new Response(
		new ReadableStream<Uint8Array>({
			pull(controller) {
				const next = pieces.next();
				if (next.done) controller.close();
				else controller.enqueue(encoder.encode(next.value));
			},
		}),
		{ headers: { 'Content-Type': 'application/json; charset=utf-8' } },
	);
}
