/** An input that is not article text: empty, binary, not UTF-8. The message is one line. */
export class InputError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes to text, or a one-line InputError. A UTF-8 byte order mark is dropped (as
 * every UTF-8 reader does); offsets then count from the first character after it.
 */
export function decodeInput(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError('empty input: there is no text to analyse');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError('UTF-16 text; save it as UTF-8 and try again');
  }
  if (looksBinary(bytes)) throw new InputError('binary data, not text (is this a PDF, image or archive?)');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InputError(
      `not valid UTF-8 (first bad byte at offset ${firstInvalidByte(bytes)}); if it is Latin-1 or Windows-1252, convert it: iconv -f windows-1252 -t utf-8`,
    );
  }
  if (text.trim() === '') throw new InputError('empty input: only white space');
  return text;
}

/** NUL bytes, or many control characters in the first 8 KB, mean binary data. */
function looksBinary(bytes: Uint8Array): boolean {
  return binaryVerdict(Math.min(bytes.length, 8192), (i) => bytes[i]!);
}

/** The same test on text already decoded (JSONL and CSV fields in `gloss batch`). */
export function looksBinaryText(text: string): boolean {
  return binaryVerdict(Math.min(text.length, 8192), (i) => text.charCodeAt(i));
}

function binaryVerdict(length: number, unitAt: (i: number) => number): boolean {
  let control = 0;
  for (let i = 0; i < length; i++) {
    const c = unitAt(i);
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) control++;
  }
  return control > length / 20;
}

/** Smallest prefix that fails to decode, found by bisection (streaming mode tolerates a cut character). */
function firstInvalidByte(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  // Report where the bad sequence starts: a lead byte left incomplete before it.
  let k = lo - 1;
  while (k >= 0 && lo - k <= 3 && ((bytes[k] ?? 0) & 0xc0) === 0x80) k--;
  const lead = bytes[k] ?? 0;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return k >= 0 && lo - k < length ? k : lo;
}
