import iconv from 'iconv-lite';
import { legacyEncoding } from './legacy-encoding';

/** A document's bytes as text, with what errdex had to make of them; or why they are no text. */
export type Decoded =
	{ text: string; problems: { line: number; message: string }[] } | { notText: string };

/** How much of a file is looked at to tell text from binary: Git looks at 8,000 bytes too. */
const SNIFF_BYTES = 8000;

/** Byte-order marks, longest first (UTF-32 LE starts as UTF-16 LE does). */
const BYTE_ORDER_MARKS: [bytes: number[], encoding: string][] = [
	[[0xff, 0xfe, 0x00, 0x00], 'utf-32le'],
	[[0x00, 0x00, 0xfe, 0xff], 'utf-32be'],
	[[0xef, 0xbb, 0xbf], 'utf-8'],
	[[0xff, 0xfe], 'utf-16le'],
	[[0xfe, 0xff], 'utf-16be'],
];

/** Files named `.md` that are not text: images, documents and archives, by their first bytes. */
const SIGNATURES: [bytes: number[], kind: string][] = [
	[[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
	[[0xff, 0xd8, 0xff], 'a JPEG image'],
	[[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
	[[0x52, 0x49, 0x46, 0x46], 'a RIFF file (WebP image, WAV sound)'],
	[[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF document'],
	[[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or an Office document)'],
	[[0x1f, 0x8b], 'a gzip archive'],
	[[0x7f, 0x45, 0x4c, 0x46], 'a program (ELF)'],
];

const startsWith = (bytes: Uint8Array, prefix: number[]) =>
	prefix.every((byte, i) => bytes[i] === byte);

/**
 * Reads a document's bytes. UTF-8 is what Markdown is written in; a byte-order mark says when
 * a document is UTF-16 or UTF-32 (as Windows editors save it), and it is read so. A file that
 * is not text at all (NUL bytes, or the signature of an image or archive) is no document. A
 * document whose bytes are plainly in another encoding (GBK, Shift_JIS, windows-1252) is read in
 * it, and said; bytes that are not UTF-8 otherwise are shown as � and said, with their lines.
 */
export function decodeDocument(bytes: Uint8Array): Decoded {
	const marked = BYTE_ORDER_MARKS.find(([mark]) => startsWith(bytes, mark));
	if (marked && marked[1] !== 'utf-8')
		return { text: iconv.decode(Buffer.from(bytes), marked[1]), problems: [] };
	const signature = SIGNATURES.find(([prefix]) => startsWith(bytes, prefix));
	if (signature) return { notText: `it is ${signature[1]}, not text` };
	if (bytes.subarray(0, SNIFF_BYTES).includes(0))
		return {
			notText:
				'it holds NUL bytes, so it is not text (a document saved as UTF-16 or UTF-32 needs a byte-order mark)',
		};
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), problems: [] };
	} catch {
		const lines = invalidLines(bytes);
		const encoding = legacyEncoding(bytes);
		if (encoding)
			return {
				text: iconv.decode(Buffer.from(bytes), encoding),
				problems: [
					{
						line: lines[0] ?? 1,
						message: `the document is not UTF-8: its bytes are ${encoding}, and it is read so; save it as UTF-8`,
					},
				],
			};
		return {
			text: new TextDecoder('utf-8').decode(bytes),
			problems: [
				{
					line: lines[0] ?? 1,
					message: `bytes that are not UTF-8 are shown as �${lines.length > 1 ? ` (here and on ${lines.length - 1} more lines: ${lines.slice(1, 6).join(', ')}${lines.length > 6 ? ', …' : ''})` : ''}; save the document as UTF-8`,
				},
			],
		};
	}
}

/** The lines holding bytes that are not UTF-8: a line break is never part of a UTF-8 character. */
function invalidLines(bytes: Uint8Array): number[] {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	const lines: number[] = [];
	let line = 1;
	for (let start = 0; start <= bytes.length; line++) {
		let end = bytes.indexOf(0x0a, start);
		if (end < 0) end = bytes.length;
		try {
			decoder.decode(bytes.subarray(start, end));
		} catch {
			lines.push(line);
		}
		start = end + 1;
	}
	return lines;
}
