import type { Range } from './types.ts';

/**
 * A word: letters, digits or marks (`[\p{L}\p{N}\p{M}]`), with inner apostrophes,
 * hyphens and points (`giant’s`, `face-scanning`, `3.5`). The one definition every
 * count in Gloss uses, as a char-code scanner: counting the words of a corpus
 * allocates nothing.
 */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = 1;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const nonAscii = new Map<number, boolean>();

/** Length (1 or 2 UTF-16 units) of the word character at `i`, or 0. */
function wordCharAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c]!;
  // A surrogate pair counts only when both halves are inside the range.
  const cp = c >= 0xd800 && c <= 0xdbff && i + 1 >= end ? c : text.codePointAt(i)!;
  let yes = nonAscii.get(cp);
  if (yes === undefined) {
    yes = WORD_CHAR.test(String.fromCodePoint(cp));
    if (nonAscii.size < 8192) nonAscii.set(cp, yes);
  }
  return yes ? (cp > 0xffff ? 2 : 1) : 0;
}

/** ' ’ . - ‐ join two runs of word characters into one word. */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45 || c === 0x2010;
}

/** Calls `visit(start, end)` for each word in `text[start, end)`, in order. */
export function forEachWord(
  text: string,
  start: number,
  end: number,
  visit: (s: number, e: number) => void,
): void {
  let i = start;
  while (i < end) {
    const w = wordCharAt(text, i, end);
    if (w === 0) {
      i++;
      continue;
    }
    const s = i;
    i += w;
    for (;;) {
      const k = i < end ? wordCharAt(text, i, end) : 0;
      if (k > 0) {
        i += k;
      } else if (i + 1 < end && isJoiner(text.charCodeAt(i)) && wordCharAt(text, i + 1, end) > 0) {
        i++;
      } else {
        break;
      }
    }
    visit(s, i);
  }
}

/** Word token ranges in `text[start, end)`. */
export function wordRanges(text: string, start = 0, end = text.length): Range[] {
  const out: Range[] = [];
  forEachWord(text, start, end, (s, e) => out.push([s, e]));
  return out;
}

export function countWords(text: string, start = 0, end = text.length): number {
  let n = 0;
  forEachWord(text, start, end, () => n++);
  return n;
}

/** 1-based line and column (UTF-16 units) of an offset: the one place lines are derived. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  return lineLocator(text)(offset);
}

/**
 * {@link lineColumn} for many offsets into one text: the line starts are found once,
 * then each offset is a binary search (a report with thousands of diagnostics stays linear).
 */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    // The last line start at or before the offset (a newline itself belongs to its line).
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/**
 * A count as people read it (`2,225`): what `n.toLocaleString('en-US')` gives, without setting
 * up ICU's number formatting, which costs a fresh process or worker 40-70 ms on its first call.
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? `-${out}` : out;
}
