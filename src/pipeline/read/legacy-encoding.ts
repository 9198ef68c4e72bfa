import chardet from 'chardet';
import iconv from 'iconv-lite';

/**
 * Fewer bytes outside ASCII than this, on lines that are not UTF-8, give a detector nothing to
 * go on: a few stray bytes in a UTF-8 document are likelier than a document in another encoding
 * with two accented letters, and they stay shown as �.
 */
const LEAST_FOREIGN_BYTES = 16;

/**
 * The least confidence (0–100) of the detector's first guess. Documents in GB18030, Big5,
 * Shift_JIS or EUC-KR score 90 and more on a page of text; a guess below half is no reading.
 */
const LEAST_CONFIDENCE = 50;

/**
 * Names the detector gives that browsers read as another, wider encoding (the WHATWG Encoding
 * Standard reads ISO-8859-1 as windows-1252, whose letters it holds and more).
 */
const AS_BROWSERS_READ: Record<string, string> = {
	'ISO-8859-1': 'windows-1252',
	'ISO-8859-9': 'windows-1254',
	GB2312: 'GB18030',
	GBK: 'GB18030',
};

const isAscii = (byte: number) => byte < 0x80;

/** How many bytes outside ASCII stand on lines that are UTF-8, and on lines that are not. */
function foreignBytes(bytes: Uint8Array): { utf8: number; foreign: number } {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	let utf8 = 0;
	let foreign = 0;
	for (let start = 0; start <= bytes.length;) {
		let end = bytes.indexOf(0x0a, start);
		if (end < 0) end = bytes.length;
		const line = bytes.subarray(start, end);
		const outside = line.reduce((count, byte) => count + (isAscii(byte) ? 0 : 1), 0);
		try {
			decoder.decode(line);
			utf8 += outside;
		} catch {
			foreign += outside;
		}
		start = end + 1;
	}
	return { utf8, foreign };
}

/**
 * The encoding a document that is not UTF-8 is written in, where its bytes say so clearly: a
 * Chinese page saved in GBK by an editor of the 2000s, a Japanese one in Shift_JIS. Null when
 * most of its bytes outside ASCII are UTF-8 (a UTF-8 document with a damaged line), when there
 * are too few to tell, or when the detector is unsure or names an encoding errdex cannot read.
 */
export function legacyEncoding(bytes: Uint8Array): string | null {
	const { utf8, foreign } = foreignBytes(bytes);
	if (foreign < LEAST_FOREIGN_BYTES || utf8 >= foreign) return null;
	const [guess] = chardet.analyse(bytes);
	if (!guess || guess.confidence < LEAST_CONFIDENCE || /^UTF/i.test(guess.name)) return null;
	const encoding = AS_BROWSERS_READ[guess.name] ?? guess.name;
	return iconv.encodingExists(encoding) ? encoding : null;
}
