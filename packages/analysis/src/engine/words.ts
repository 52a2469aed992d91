/**
 * `countWords` of @gloss/document (the one definition of a word: letters, digits
 * and marks, joined by inner apostrophes, periods and hyphens) as a char-code
 * scanner: the same counts, without a regular-expression match per word. Used for
 * the per-voice word counts, which cover the whole text of every document.
 */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = 1;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

/** Length in code units of the word character at `i` (1 or 2), or 0. */
function wordCharAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c]!;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return WORD_CHAR.test(text[i]!) ? 1 : 0;
}

function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45 || c === 0x2010;
}

export function countWordsFast(text: string, start = 0, end = text.length): number {
  let n = 0;
  let i = start;
  while (i < end) {
    const w = wordCharAt(text, i, end);
    if (w === 0) {
      i++;
      continue;
    }
    n++;
    i += w;
    for (;;) {
      let k = 0;
      while (i < end && (k = wordCharAt(text, i, end)) > 0) i += k;
      if (i + 1 < end && isJoiner(text.charCodeAt(i)) && wordCharAt(text, i + 1, end) > 0) {
        i++;
        continue;
      }
      break;
    }
  }
  return n;
}
