import type { Range } from '@gloss/document';
import type { AlignmentKind, AlignmentRow } from './types.ts';

/** What the aligner needs to know about one sentence unit. */
export interface Unit {
  range: Range;
  /** Normalised content without bracketed insertions ('' when the unit is all insertion). */
  hash: string;
  /** Lower-cased content words (insertions and a few function words left out). */
  words: string[];
}

/** Two sentences count as the same sentence, edited, from this token-set (Dice) similarity. */
export const MATCH_THRESHOLD = 0.45;
/** A sentence found far from its place (a move) must be at least this similar. */
export const MOVE_THRESHOLD = 0.6;
/** Gaps between anchors larger than this many cells are aligned in a band, not in full. */
const FULL_DP_CELLS = 250_000;
const BAND = 60;
/** Words in more sentences than this are not used to find move candidates. */
const COMMON_WORD_LIMIT = 40;

interface Pair {
  a: number[];
  b: number[];
  sim: number;
}

/**
 * Aligns A's sentence units with B's, in time close to linear in the number of
 * sentences: exact matches of sentences unique on both sides anchor the
 * alignment (patience diff: longest increasing subsequence); the stretches
 * between anchors are aligned by a (banded) dynamic programme over token-set
 * similarity that also allows one sentence split into two or two merged into
 * one; the sentences left over are matched to each other as moves through an
 * inverted index of their words.
 */
export function alignUnits(a: Unit[], b: Unit[]): AlignmentRow[] {
  // Word sets as sorted arrays of word ids: intersections are a merge, not hashing.
  const vocabulary = new Map<string, number>();
  const toSet = (words: string[]): WordSet => {
    const ids = new Set<number>();
    for (const w of words) {
      let id = vocabulary.get(w);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(w, id);
      }
      ids.add(id);
    }
    return Int32Array.from(ids).sort();
  };
  const setsA = a.map((u) => toSet(u.words));
  const setsB = b.map((u) => toSet(u.words));

  // 1. Anchors: sentences whose normalised text occurs exactly once on each side.
  const countA = new Map<string, number[]>();
  a.forEach((u, i) => {
    if (u.hash) countA.set(u.hash, [...(countA.get(u.hash) ?? []), i]);
  });
  const countB = new Map<string, number[]>();
  b.forEach((u, j) => {
    if (u.hash) countB.set(u.hash, [...(countB.get(u.hash) ?? []), j]);
  });
  const unique: [number, number][] = [];
  for (const [hash, is] of countA) {
    const js = countB.get(hash);
    if (is.length === 1 && js?.length === 1) unique.push([is[0]!, js[0]!]);
  }
  unique.sort((x, y) => x[0] - y[0]);
  const chain = longestIncreasing(unique);
  const inChain = new Set(chain.map(([i]) => i));
  const claimedA = new Set<number>();
  const claimedB = new Set<number>();
  const moves: Pair[] = [];
  for (const [i, j] of unique) {
    if (inChain.has(i)) continue;
    moves.push({ a: [i], b: [j], sim: 1 });
    claimedA.add(i);
    claimedB.add(j);
  }

  // 2. Align the stretches between anchors.
  const pairs: Pair[] = [];
  let ai = 0;
  let bj = 0;
  for (const [i, j] of [...chain, [a.length, b.length] as [number, number]]) {
    const gapA: number[] = [];
    const gapB: number[] = [];
    for (let k = ai; k < i; k++) if (!claimedA.has(k)) gapA.push(k);
    for (let k = bj; k < j; k++) if (!claimedB.has(k)) gapB.push(k);
    if (gapA.length > 0 && gapB.length > 0) pairs.push(...alignGap(gapA, gapB, setsA, setsB));
    if (i < a.length) pairs.push({ a: [i], b: [j], sim: 1 });
    ai = i + 1;
    bj = j + 1;
  }

  // 3. Moves among the leftovers.
  const pairedA = new Set(pairs.flatMap((p) => p.a));
  const pairedB = new Set(pairs.flatMap((p) => p.b));
  const lostA: number[] = [];
  const lostB: number[] = [];
  for (let i = 0; i < a.length; i++) if (!pairedA.has(i) && !claimedA.has(i)) lostA.push(i);
  for (let j = 0; j < b.length; j++) if (!pairedB.has(j) && !claimedB.has(j)) lostB.push(j);
  moves.push(...findMoves(lostA, lostB, setsA, setsB));

  return buildRows(a.length, b.length, pairs, moves, a, b);
}

/** Longest chain of pairs increasing in both coordinates (input sorted by the first). O(n log n). */
export function longestIncreasing(pairs: [number, number][]): [number, number][] {
  const tails: number[] = [];
  const prev: number[] = new Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    const j = pairs[k]![1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (pairs[tails[mid]!]![1] < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1]!;
    tails[lo] = k;
  }
  const out: [number, number][] = [];
  for (let k = tails.length > 0 ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) out.push(pairs[k]!);
  return out.reverse();
}

/** A set of words as sorted, distinct word ids. */
export type WordSet = Int32Array;

/** Dice similarity of two word sets: 2|x∩y| / (|x|+|y|). */
export function dice(x: WordSet, y: WordSet): number {
  // Two sentences without words (`…`, `—`) are alike; the word diff shows any difference.
  if (x.length === 0 && y.length === 0) return 1;
  if (x.length === 0 || y.length === 0) return 0;
  let common = 0;
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const d = x[i]! - y[j]!;
    if (d === 0) {
      common++;
      i++;
      j++;
    } else if (d < 0) i++;
    else j++;
  }
  return (2 * common) / (x.length + y.length);
}

function union(x: WordSet, y: WordSet): WordSet {
  const out = new Int32Array(x.length + y.length);
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    const xv = i < x.length ? x[i]! : Number.POSITIVE_INFINITY;
    const yv = j < y.length ? y[j]! : Number.POSITIVE_INFINITY;
    if (xv === yv) {
      out[n++] = xv;
      i++;
      j++;
    } else if (xv < yv) {
      out[n++] = xv;
      i++;
    } else {
      out[n++] = yv;
      j++;
    }
  }
  return out.slice(0, n);
}

const Step = { None: 0, SkipA: 1, SkipB: 2, Match: 3, Merge: 4, Split: 5, Merge3: 6, Split3: 7 } as const;
type Step = (typeof Step)[keyof typeof Step];

/** Words two sets have in common, as a weight: Dice similarity times the mean set size. */
function common(sim: number, x: WordSet, y: WordSet): number {
  // Half a word for matching two word-less sentences, so the alignment pairs them rather than skipping both.
  return x.length + y.length === 0 ? sim / 2 : (sim * (x.length + y.length)) / 2;
}

/**
 * Dynamic programme over one stretch: maximise the number of words shared by
 * matched sentences (1:1, 2:1 and 3:1 merges, 1:2 and 1:3 splits, each with a Dice
 * similarity of at least MATCH_THRESHOLD; each sentence glued on costs half a
 * word, so a sentence with no words of its own is not glued onto a neighbour). Large
 * stretches are computed in a band around the diagonal, so the cost stays
 * proportional to the stretch length.
 */
function alignGap(gapA: number[], gapB: number[], setsA: WordSet[], setsB: WordSet[]): Pair[] {
  const n = gapA.length;
  const m = gapB.length;
  const full = (n + 1) * (m + 1) <= FULL_DP_CELLS;
  const width = full ? m + 1 : 2 * BAND + 1;
  const lo = (i: number) => (full ? 0 : Math.max(0, Math.round((i * m) / n) - BAND));
  const hi = (i: number) => (full ? m : Math.min(m, Math.round((i * m) / n) + BAND));
  const score = new Float64Array((n + 1) * width).fill(Number.NEGATIVE_INFINITY);
  const step = new Uint8Array((n + 1) * width);
  const at = (i: number, j: number) => {
    const base = lo(i);
    if (j < base || j > hi(i)) return -1;
    return i * width + (j - base);
  };
  const get = (i: number, j: number) => {
    if (i < 0 || j < 0) return Number.NEGATIVE_INFINITY;
    const k = at(i, j);
    return k < 0 ? Number.NEGATIVE_INFINITY : score[k]!;
  };
  const sa = (i: number) => setsA[gapA[i]!]!;
  const sb = (j: number) => setsB[gapB[j]!]!;
  // Unions of neighbours, built once per sentence rather than once per cell.
  const pairA = gapA.map((_, i) => (i > 0 ? union(sa(i - 1), sa(i)) : sa(i)));
  const pairB = gapB.map((_, j) => (j > 0 ? union(sb(j - 1), sb(j)) : sb(j)));
  // Three into one: a paragraph of a lead-in and a list reflowed into one sentence (`… has: - X. - Y.`).
  const tripleA = gapA.map((_, i) => (i > 1 ? union(pairA[i - 1]!, sa(i)) : pairA[i]!));
  const tripleB = gapB.map((_, j) => (j > 1 ? union(pairB[j - 1]!, sb(j)) : pairB[j]!));
  for (let i = 0; i <= n; i++) {
    for (let j = lo(i); j <= hi(i); j++) {
      const k = at(i, j);
      if (i === 0 && j === 0) {
        score[k] = 0;
        continue;
      }
      let best = Number.NEGATIVE_INFINITY;
      let how: Step = Step.None;
      const consider = (value: number, s: Step) => {
        if (value > best) {
          best = value;
          how = s;
        }
      };
      if (i > 0) consider(get(i - 1, j), Step.SkipA);
      if (j > 0) consider(get(i, j - 1), Step.SkipB);
      if (i > 0 && j > 0) {
        const prev = get(i - 1, j - 1);
        if (prev > Number.NEGATIVE_INFINITY) {
          const s = dice(sa(i - 1), sb(j - 1));
          if (s >= MATCH_THRESHOLD) consider(prev + common(s, sa(i - 1), sb(j - 1)), Step.Match);
        }
        if (i > 1) {
          const p2 = get(i - 2, j - 1);
          if (p2 > Number.NEGATIVE_INFINITY) {
            const u = pairA[i - 1]!;
            const s = dice(u, sb(j - 1));
            if (s >= MATCH_THRESHOLD) consider(p2 + common(s, u, sb(j - 1)) - 0.5, Step.Merge);
          }
        }
        if (j > 1) {
          const p2 = get(i - 1, j - 2);
          if (p2 > Number.NEGATIVE_INFINITY) {
            const u = pairB[j - 1]!;
            const s = dice(sa(i - 1), u);
            if (s >= MATCH_THRESHOLD) consider(p2 + common(s, sa(i - 1), u) - 0.5, Step.Split);
          }
        }
        if (i > 2) {
          const p3 = get(i - 3, j - 1);
          if (p3 > Number.NEGATIVE_INFINITY) {
            const u = tripleA[i - 1]!;
            const s = dice(u, sb(j - 1));
            if (s >= MATCH_THRESHOLD) consider(p3 + common(s, u, sb(j - 1)) - 1, Step.Merge3);
          }
        }
        if (j > 2) {
          const p3 = get(i - 1, j - 3);
          if (p3 > Number.NEGATIVE_INFINITY) {
            const u = tripleB[j - 1]!;
            const s = dice(sa(i - 1), u);
            if (s >= MATCH_THRESHOLD) consider(p3 + common(s, sa(i - 1), u) - 1, Step.Split3);
          }
        }
      }
      score[k] = best;
      step[k] = how;
    }
  }
  const out: Pair[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const k = at(i, j);
    const how = k < 0 ? (i > 0 ? Step.SkipA : Step.SkipB) : (step[k]! as Step);
    if (how === Step.Match) {
      out.push({ a: [gapA[i - 1]!], b: [gapB[j - 1]!], sim: dice(sa(i - 1), sb(j - 1)) });
      i--;
      j--;
    } else if (how === Step.Merge) {
      out.push({
        a: [gapA[i - 2]!, gapA[i - 1]!],
        b: [gapB[j - 1]!],
        sim: dice(pairA[i - 1]!, sb(j - 1)),
      });
      i -= 2;
      j--;
    } else if (how === Step.Split) {
      out.push({
        a: [gapA[i - 1]!],
        b: [gapB[j - 2]!, gapB[j - 1]!],
        sim: dice(sa(i - 1), pairB[j - 1]!),
      });
      i--;
      j -= 2;
    } else if (how === Step.Merge3) {
      out.push({
        a: [gapA[i - 3]!, gapA[i - 2]!, gapA[i - 1]!],
        b: [gapB[j - 1]!],
        sim: dice(tripleA[i - 1]!, sb(j - 1)),
      });
      i -= 3;
      j--;
    } else if (how === Step.Split3) {
      out.push({
        a: [gapA[i - 1]!],
        b: [gapB[j - 3]!, gapB[j - 2]!, gapB[j - 1]!],
        sim: dice(sa(i - 1), tripleB[j - 1]!),
      });
      i--;
      j -= 3;
    } else if (how === Step.SkipB || i === 0) {
      j--;
    } else {
      i--;
    }
  }
  return out.reverse();
}

/** Greedy best-first matching of left-over sentences, candidates found through shared uncommon words. */
function findMoves(lostA: number[], lostB: number[], setsA: WordSet[], setsB: WordSet[]): Pair[] {
  if (lostA.length === 0 || lostB.length === 0) return [];
  const index = new Map<number, number[]>();
  for (const j of lostB) {
    for (const w of setsB[j]!) {
      const list = index.get(w);
      if (list) list.push(j);
      else index.set(w, [j]);
    }
  }
  const candidates: Pair[] = [];
  for (const i of lostA) {
    const seen = new Set<number>();
    for (const w of setsA[i]!) {
      const list = index.get(w);
      if (!list || list.length > COMMON_WORD_LIMIT) continue;
      for (const j of list) seen.add(j);
    }
    for (const j of seen) {
      const sim = dice(setsA[i]!, setsB[j]!);
      if (sim >= MOVE_THRESHOLD) candidates.push({ a: [i], b: [j], sim });
    }
  }
  candidates.sort((x, y) => y.sim - x.sim || x.a[0]! - y.a[0]! || x.b[0]! - y.b[0]!);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const out: Pair[] = [];
  for (const c of candidates) {
    if (usedA.has(c.a[0]!) || usedB.has(c.b[0]!)) continue;
    usedA.add(c.a[0]!);
    usedB.add(c.b[0]!);
    out.push(c);
  }
  return out;
}

function span(units: Unit[], idx: number[]): Range {
  return [units[idx[0]!]!.range[0], units[idx[idx.length - 1]!]!.range[1]];
}

/**
 * Rows in reading order: the in-order pairs, with unpaired sentences of A then
 * of B between them. A moved sentence appears twice: `moved-away` at A's place,
 * `move` (with both sides) at B's place, each linked to the other.
 */
function buildRows(
  na: number,
  nb: number,
  pairs: Pair[],
  moves: Pair[],
  a: Unit[],
  b: Unit[],
): AlignmentRow[] {
  const moveOfA = new Map<number, Pair>();
  const moveOfB = new Map<number, Pair>();
  for (const mv of moves) {
    moveOfA.set(mv.a[0]!, mv);
    moveOfB.set(mv.b[0]!, mv);
  }
  const rows: AlignmentRow[] = [];
  const rowOfMoveA = new Map<Pair, number>();
  const rowOfMoveB = new Map<Pair, number>();
  let i = 0;
  let j = 0;
  const flush = (toA: number, toB: number) => {
    for (; i < toA; i++) {
      const mv = moveOfA.get(i);
      if (mv) rowOfMoveA.set(mv, rows.length);
      rows.push({
        kind: mv ? 'moved-away' : 'delete',
        a: { sentences: [i], range: a[i]!.range },
        b: null,
        similarity: 0,
      });
    }
    for (; j < toB; j++) {
      const mv = moveOfB.get(j);
      if (mv) {
        rowOfMoveB.set(mv, rows.length);
        rows.push({
          kind: 'move',
          a: { sentences: mv.a, range: span(a, mv.a) },
          b: { sentences: [j], range: b[j]!.range },
          similarity: round(mv.sim),
        });
      } else {
        rows.push({ kind: 'insert', a: null, b: { sentences: [j], range: b[j]!.range }, similarity: 0 });
      }
    }
  };
  for (const p of pairs) {
    flush(p.a[0]!, p.b[0]!);
    let kind: AlignmentKind = p.a.length > 1 ? 'merge' : p.b.length > 1 ? 'split' : 'changed';
    if (kind === 'changed' && a[p.a[0]!]!.hash === b[p.b[0]!]!.hash && p.sim === 1) kind = 'equal';
    rows.push({
      kind,
      a: { sentences: p.a, range: span(a, p.a) },
      b: { sentences: p.b, range: span(b, p.b) },
      similarity: round(p.sim),
    });
    i = p.a[p.a.length - 1]! + 1;
    j = p.b[p.b.length - 1]! + 1;
  }
  flush(na, nb);
  for (const mv of moves) {
    const ra = rowOfMoveA.get(mv);
    const rb = rowOfMoveB.get(mv);
    if (ra !== undefined && rb !== undefined) {
      rows[ra]!.linkedRow = rb;
      rows[rb]!.linkedRow = ra;
    }
  }
  return rows;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
