/**
 * The one tokenizer of the analysis hot path: a char-code scanner, no regular
 * expression per token. Words are runs of letters and digits with inner
 * apostrophes (`don’t`, `Bezos’s`); hyphens split words (`pro-life` is `pro`,
 * `life`) but are remembered in `joined`, so `pro-life` and `pro life` match the
 * same phrase and rules can still ask whether two tokens were hyphenated.
 */
export interface Tokens {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Lowercased, curly apostrophes made straight. */
  readonly norms: readonly string[];
  /** 1 when the token follows the previous one across a single hyphen. */
  readonly joined: Uint8Array;
}

/** 1 for ASCII letters and digits: one table look-up for the common case. */
const ASCII = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII[c] = 1;
for (let c = 65; c <= 90; c++) ASCII[c] = 1;
for (let c = 97; c <= 122; c++) ASCII[c] = 1;

function isWordCode(c: number): boolean {
  if (c < 128) return ASCII[c] === 1;
  // Letters, marks and digits outside ASCII; excludes punctuation, spaces and symbols in the common blocks.
  if (c === 0x2019 || c === 0x2018 || c === 0x201c || c === 0x201d) return false;
  if (c >= 0x2000 && c <= 0x206f) return false; // general punctuation, dashes, ellipsis
  if (c === 0xa0 || c === 0xab || c === 0xbb || c === 0xb7 || c === 0xa9 || c === 0xae || c === 0xb0)
    return false;
  if (c >= 0xd800 && c <= 0xdfff) return true; // astral letters (surrogates) count as word characters
  return c >= 0xc0 || c === 0xaa || c === 0xb5 || c === 0xba;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

export function tokenize(text: string): Tokens {
  const n = text.length;
  let cap = Math.max(16, (n >> 2) + 8);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let joined = new Uint8Array(cap);
  const norms: string[] = [];
  // Lowercase once: when that keeps every offset (almost always), tokens are slices of it.
  let lowered = text.toLowerCase();
  if (lowered.length !== n) lowered = '';
  else if (lowered.indexOf('’') !== -1) lowered = lowered.replaceAll('’', "'");
  let count = 0;
  let i = 0;
  let prevEnd = -2;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    const s = i;
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isWordCode(d)) i++;
      else if (isApostrophe(d) && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) i += 2;
      else break;
    }
    if (count === cap) {
      cap *= 2;
      const s2 = new Int32Array(cap);
      s2.set(starts);
      starts = s2;
      const e2 = new Int32Array(cap);
      e2.set(ends);
      ends = e2;
      const j2 = new Uint8Array(cap);
      j2.set(joined);
      joined = j2;
    }
    starts[count] = s;
    ends[count] = i;
    joined[count] = prevEnd === s - 1 && isHyphen(text.charCodeAt(s - 1)) ? 1 : 0;
    norms.push(lowered === '' ? normalize(text.slice(s, i)) : lowered.slice(s, i));
    prevEnd = i;
    count++;
  }
  return { count, starts, ends, norms, joined };
}

/** Lowercase and straight apostrophes: the key used by every word list. */
export function normalize(word: string): string {
  const lower = word.toLowerCase();
  return lower.indexOf('’') === -1 ? lower : lower.replaceAll('’', "'");
}

/** Index of the first token whose end is after `offset` (binary search). */
export function tokenAt(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.ends[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
