import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument, type Range } from '@gloss/document';
import type { Comparison, EditKind } from '../src/index.ts';

/** The BBC News corpus beside the repository (../shared), when present. */
export const bbcPath = fileURLToPath(
  new URL('../../../../shared/data/bbc-news/bbc-news.jsonl', import.meta.url),
);
export const hasBbc = existsSync(bbcPath);

export interface Article {
  id: string;
  title: string;
  text: string;
}

export function readBbc(limit = Number.POSITIVE_INFINITY): Article[] {
  const out: Article[] = [];
  for (const line of readFileSync(bbcPath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    out.push(JSON.parse(line) as Article);
    if (out.length >= limit) break;
  }
  return out;
}

/** A known edit made to build B from A. */
export interface TruthEdit {
  op: Op;
  kind: EditKind;
  bracketed: boolean;
  silent: boolean;
  elided: boolean;
  /** The side the edit is located by, and its range there. */
  side: 'a' | 'b';
  range: Range;
  /** For bracketed substitutions: A's words the insertion stands in for. */
  replaced?: string;
}

export type Op =
  | 'silent-insert'
  | 'silent-replace'
  | 'bracket-insert'
  | 'bracket-sub'
  | 'cut-elided'
  | 'cut-silent'
  | 'move'
  | 'trivial'
  | 'merge'
  | 'reflow';

const OPS: Op[] = [
  'silent-insert',
  'silent-replace',
  'bracket-insert',
  'bracket-sub',
  'cut-elided',
  'cut-silent',
  'move',
  'trivial',
  'merge',
  'reflow',
];
const LOADED = [
  'so-called',
  'controversial',
  'embattled',
  'radical',
  'notorious',
  'alleged',
  'disgraced',
  'illegal',
];
const NOTES = [
  '[NOTE: this was disputed]',
  '[the government]',
  '[allegedly]',
  '[as critics point out]',
  '[sic]',
];

/** Deterministic PRNG (mulberry32), so generated pairs are the same on every run. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Builds B from A with known edits: about `rate` of the sentences get one edit
 * each (a silent word inserted or replaced, a bracketed insertion or
 * substitution, a cut marked by an ellipsis or not, a move to a later
 * paragraph, or only quote and dash style changed — which must not be reported).
 * Whitespace is also doubled here and there (trivial). Returns B and the truth.
 */
export function generatePair(a: string, seed: number, rate = 0.2): { b: string; truth: TruthEdit[] } {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const doc = parseDocument(a);
  const blocks = doc.blocks.map((_, k) => doc.sentences.filter((s) => s.block === k));
  const truth: TruthEdit[] = [];
  let b = '';
  const moved = new Map<number, string[]>(); // block index → sentences appended at its end
  let pos = 0;
  // paragraphs joined to the next one (whitespace only: not an edit), and where each ends in B
  const reflow = new Set<number>();
  const blockEnds = new Map<number, number>();
  const bodyBlocks = blocks.map((ss, k) => (doc.blocks[k]!.kind === 'body' && ss.length > 0 ? k : -1));
  for (let k = 0; k < doc.blocks.length; k++) {
    const sentences = blocks[k]!;
    const block = doc.blocks[k]!;
    // text before the block (separators) is kept verbatim
    b += a.slice(pos, block.range[0]);
    pos = block.range[0];
    let previousCut = false;
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si]!;
      b += a.slice(pos, s.range[0]);
      pos = s.range[0];
      const text = a.slice(s.range[0], s.range[1]);
      const op: Op | null = block.kind === 'body' && rand() < rate ? pick(OPS) : null;
      const gapAfter = a.slice(s.range[1], sentences[si + 1]?.range[0] ?? s.range[1]);
      // Two cuts side by side under one ellipsis cannot be told apart: keep cuts apart.
      const canCut = sentences.length >= 2 && !previousCut;
      previousCut = op === 'cut-silent' || op === 'cut-elided' || op === 'move';
      if ((op === 'cut-silent' || op === 'move') && canCut) {
        if (op === 'move') {
          const later = bodyBlocks.filter((x) => x > k + 1);
          if (later.length === 0) {
            b += text;
            pos = s.range[1];
            continue;
          }
          const target = pick(later);
          moved.set(target, [...(moved.get(target) ?? []), text]);
        } else {
          truth.push({
            op,
            kind: 'delete',
            bracketed: false,
            silent: true,
            elided: false,
            side: 'a',
            range: s.range,
          });
        }
        // drop the sentence and its following gap (or, for the last sentence, the gap before it)
        if (si === sentences.length - 1) b = b.replace(/\s+$/, '');
        pos = s.range[1] + gapAfter.length;
        continue;
      }
      if (op === 'cut-elided' && canCut) {
        truth.push({
          op,
          kind: 'delete',
          bracketed: false,
          silent: false,
          elided: true,
          side: 'a',
          range: s.range,
        });
        b += '…';
        pos = s.range[1];
        continue;
      }
      const words = [...text.matchAll(/(?<![\p{L}\p{N}'’-])\p{Ll}\p{L}{3,}(?![\p{L}\p{N}'’-])/gu)].filter(
        (m) => m.index > 0,
      );
      if (
        (op === 'silent-insert' ||
          op === 'silent-replace' ||
          op === 'bracket-insert' ||
          op === 'bracket-sub') &&
        words.length >= 2
      ) {
        const w = pick(words.slice(0, -1));
        const at = w.index;
        if (op === 'silent-insert') {
          const add = pick(LOADED);
          b += text.slice(0, at);
          truth.push({
            op,
            kind: 'insert',
            bracketed: false,
            silent: true,
            elided: false,
            side: 'b',
            range: [b.length, b.length + add.length],
          });
          b += `${add} ${text.slice(at)}`;
        } else if (op === 'silent-replace') {
          const add = pick(LOADED.filter((x) => x !== w[0]));
          b += text.slice(0, at);
          truth.push({
            op,
            kind: 'replace',
            bracketed: false,
            silent: true,
            elided: false,
            side: 'b',
            range: [b.length, b.length + add.length],
          });
          b += add + text.slice(at + w[0].length);
        } else if (op === 'bracket-insert') {
          const note = pick(NOTES);
          const end = at + w[0].length;
          b += `${text.slice(0, end)} `;
          truth.push({
            op,
            kind: 'insert',
            bracketed: true,
            silent: false,
            elided: false,
            side: 'b',
            range: [b.length, b.length + note.length],
          });
          b += note + text.slice(end);
        } else {
          // two words (this one and the next) replaced by a bracketed paraphrase
          const next = /^\s+\S+/.exec(text.slice(at + w[0].length));
          const end = at + w[0].length + (next ? next[0].length : 0);
          const note = `[${pick(['the officials', 'the scheme', 'their plan', 'a big rise'])}]`;
          b += text.slice(0, at);
          truth.push({
            op,
            kind: 'replace',
            bracketed: true,
            silent: false,
            elided: false,
            side: 'b',
            range: [b.length, b.length + note.length],
            replaced: text.slice(at, end),
          });
          b += note + text.slice(end);
        }
        pos = s.range[1];
        continue;
      }
      const next = sentences[si + 1];
      if (
        op === 'merge' &&
        next &&
        /^\p{Lu}\p{Ll}/u.test(a.slice(next.range[0], next.range[0] + 2)) &&
        /\.$/.test(text) &&
        !previousCut
      ) {
        // "X. The Y." → "X, and the Y.": one sentence made of two, a silent change of words
        const join = `, and ${a[next.range[0]]!.toLowerCase()}`;
        b += text.slice(0, -1);
        truth.push({
          op,
          kind: 'replace',
          bracketed: false,
          silent: true,
          elided: false,
          side: 'b',
          range: [b.length, b.length + join.length],
        });
        b += join;
        pos = next.range[0] + 1;
        previousCut = true; // the next sentence is part of this edit: leave it alone
        sentences.splice(si + 1, 1, { ...next, range: [next.range[0] + 1, next.range[1]] });
        continue;
      }
      if (op === 'reflow') reflow.add(k);
      if (op === 'trivial') {
        b += text
          .replace(/"([^"]*)"/g, '“$1”')
          .replace(/'/g, '’')
          .replace(/ - /g, ' — ')
          .replace(/ /, '  ');
        pos = s.range[1];
        continue;
      }
      b += text;
      pos = s.range[1];
    }
    // end of block: the rest of the block, then moved-in sentences
    b += a.slice(pos, block.range[1]);
    pos = block.range[1];
    for (const m of moved.get(k) ?? []) {
      b += ' ';
      truth.push({
        op: 'move',
        kind: 'move',
        bracketed: false,
        silent: true,
        elided: false,
        side: 'b',
        range: [b.length, b.length + m.length],
      });
      b += m;
    }
    blockEnds.set(k, b.length);
  }
  b += a.slice(pos);
  for (const k of reflow) {
    const end = blockEnds.get(k);
    if (end !== undefined && b.slice(end, end + 2) === '\n\n' && doc.blocks[k + 1]?.kind === 'body') {
      b = `${b.slice(0, end)}  ${b.slice(end + 2)}`;
    }
  }
  return { b, truth };
}

export interface Score {
  truth: number;
  found: number;
  matched: number;
  correct: number;
  falsePositives: number;
  byOp: Record<string, { truth: number; matched: number; correct: number }>;
}

const overlaps = (x: Range, y: Range) => x[0] < y[1] && y[0] < x[1];

/** Matches found edits to the known ones: same kind, overlapping range on the truth's side. */
export function score(result: Comparison, truth: TruthEdit[], into?: Score): Score {
  const s: Score = into ?? { truth: 0, found: 0, matched: 0, correct: 0, falsePositives: 0, byOp: {} };
  const found = result.edits.filter((e) => !e.trivial);
  const used = new Set<number>();
  for (const t of truth) {
    const row = s.byOp[t.op] ?? { truth: 0, matched: 0, correct: 0 };
    s.byOp[t.op] = row;
    s.truth++;
    row.truth++;
    const k = found.findIndex(
      (e, i) => !used.has(i) && e.kind === t.kind && e[t.side] && overlaps(e[t.side]!.range, t.range),
    );
    if (k < 0) continue;
    used.add(k);
    s.matched++;
    row.matched++;
    const e = found[k]!;
    const ok =
      e.bracketed === t.bracketed &&
      e.silent === t.silent &&
      e.elided === t.elided &&
      (t.replaced === undefined || e.a?.text === t.replaced);
    if (ok) {
      s.correct++;
      row.correct++;
    }
  }
  s.found += found.length;
  s.falsePositives += found.length - used.size;
  return s;
}
