import type { Range } from '@gloss/document';

/**
 * A token of one version's text. Bracketed insertions and elisions are atoms:
 * one token each, so a diff pairs a whole `[used by departments]` with the words
 * it stands in for rather than matching the words inside it one by one.
 */
export interface Token {
  start: number;
  end: number;
  /** Comparison key: trivial differences (quote style, dash style, ellipsis style) normalised away. */
  key: string;
  /** The exact slice of the input. */
  raw: string;
  /** Set for atoms: B's bracketed insertion (document insertion id) or an elision. */
  atom: { type: 'insertion'; id: number } | { type: 'elision' } | null;
}

export interface AtomSpan {
  range: Range;
  type: 'insertion' | 'elision';
  id: number;
}

const TOKEN_RE =
  /[\p{L}\p{N}\p{M}]+(?:['’‘\u2010\u2011.-][\p{L}\p{N}\p{M}]+)*|\.{3,}|…|-{2,}|[^\s\p{L}\p{N}\p{M}]/gu;

const DOUBLE_QUOTES = /[“”„‟«»〝〞＂]/g;
const SINGLE_QUOTES = /[‘’‚‛′`]/g;
const DASHES = /^(?:[\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]|-{1,3})$/;
const INNER_HYPHENS = /[\u2010\u2011]/g;
const PLAIN = /^[A-Za-z0-9,;:!?().]+$/;

/** The comparison key of a token's raw text: NFKC, straight quotes, one dash, one ellipsis. */
export function normaliseKey(raw: string): string {
  if (PLAIN.test(raw)) return raw;
  if (raw === '…' || /^\.{3,}$/.test(raw)) return '…';
  if (DASHES.test(raw)) return '—';
  return raw
    .normalize('NFKC')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(INNER_HYPHENS, '-');
}

export function isSpace(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return (
    (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c > 0x1fff || c === 11 || c === 12) &&
    /^\s+$/u.test(raw)
  );
}

export function isWordKey(key: string): boolean {
  return /[\p{L}\p{N}]/u.test(key);
}

/**
 * Tokenises the whole text once. Whitespace is not a token: differences in it
 * are found by comparing the text between matched tokens (trivial, listed with `all`).
 */
export function tokenise(text: string, atoms: AtomSpan[]): Token[] {
  const sorted = [...atoms].sort((x, y) => x.range[0] - y.range[0] || y.range[1] - x.range[1]);
  const tokens: Token[] = [];
  let pos = 0;
  const plain = (from: number, to: number) => {
    if (to <= from) return;
    TOKEN_RE.lastIndex = from;
    for (let m = TOKEN_RE.exec(text); m !== null && m.index < to; m = TOKEN_RE.exec(text)) {
      const start = m.index;
      const raw = start + m[0].length > to ? text.slice(start, to) : m[0];
      tokens.push({
        start,
        end: start + raw.length,
        raw,
        key: isSpace(raw) ? ' ' : normaliseKey(raw),
        atom: null,
      });
    }
  };
  for (const atom of sorted) {
    const [s, e] = atom.range;
    if (s < pos) continue; // nested (an elision inside an insertion): the outer atom wins
    plain(pos, s);
    const raw = text.slice(s, e);
    tokens.push({
      start: s,
      end: e,
      raw,
      key: atom.type === 'elision' ? '…' : `\u0001[${innerKey(raw)}]`,
      atom: atom.type === 'elision' ? { type: 'elision' } : { type: 'insertion', id: atom.id },
    });
    pos = e;
  }
  plain(pos, text.length);
  return tokens;
}

/** Key of a bracketed insertion's text: its normalised words, brackets and spacing left out. */
function innerKey(raw: string): string {
  const inner: string[] = [];
  TOKEN_RE.lastIndex = 0;
  for (const m of raw.matchAll(TOKEN_RE)) {
    if (m[0] !== '[' && m[0] !== ']') inner.push(normaliseKey(m[0]));
  }
  return inner.join(' ');
}

/** Index of the first token whose end is after `offset` (tokens sorted, non-overlapping). */
export function firstTokenEndingAfter(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Tokens within `[start, end)`; an atom that straddles the boundary is clipped to
 * it (a bracketed paragraph spanning several sentences gives one atom per sentence).
 */
export function tokensIn(text: string, tokens: Token[], start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let i = firstTokenEndingAfter(tokens, start); i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start >= end) break;
    if (t.start >= start && t.end <= end) {
      out.push(t);
      continue;
    }
    const s = Math.max(start, t.start);
    const e = Math.min(end, t.end);
    const raw = text.slice(s, e);
    if (t.atom) {
      const key = t.atom.type === 'elision' ? '…' : `\u0001[${innerKey(raw)}]`;
      out.push({ start: s, end: e, raw, key, atom: t.atom });
    } else {
      out.push({ start: s, end: e, raw, key: isSpace(raw) ? ' ' : normaliseKey(raw), atom: null });
    }
  }
  return out;
}
