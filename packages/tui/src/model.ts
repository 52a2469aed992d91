import type { Finding } from '@gloss/analysis';
import type { AlignmentKind, Comparison, Edit } from '@gloss/compare';
import type { Range } from '@gloss/document';
import { sanitize } from './text.ts';

/** How a piece of text is shown. Every mark has a symbol as well as a colour. */
export type Mark = 'plain' | 'delete' | 'insert' | 'silent' | 'bracketed' | 'elided' | 'trivial';

export interface Span {
  text: string;
  mark: Mark;
  /** Id of the edit this piece belongs to. */
  edit: number | null;
  /** Indices into `View.findings`. */
  findings: number[];
  /** An opening or closing mark such as `{+` or `-]` (shown in the edit's style). */
  marker?: boolean;
}

export interface ViewRow {
  kind: AlignmentKind;
  /** Gutter symbol: `~` changed, `+` inserted, `-` deleted, `↷` moved, `⇆` split or merged, blank when equal. */
  symbol: string;
  a: Span[] | null;
  b: Span[] | null;
  /** Row this one is linked to (a move and the place it came from). */
  linkedRow: number | null;
}

export interface ViewFinding {
  side: 'a' | 'b';
  finding: Finding;
  row: number;
  /** Id of the edit that adds (B) or removes (A) this finding, if any. */
  edit: number | null;
}

/** Everything the TUI shows, computed once from a comparison: the UI only displays it. */
export interface View {
  titleA: string;
  titleB: string;
  summary: string;
  rows: ViewRow[];
  edits: Edit[];
  findings: ViewFinding[];
  comparison: Comparison;
}

const SYMBOL: Record<AlignmentKind, string> = {
  equal: ' ',
  changed: '~',
  split: '⇆',
  merge: '⇆',
  insert: '+',
  delete: '-',
  move: '↷',
  'moved-away': '↷',
};

export const MARKERS: Record<Exclude<Mark, 'plain'>, [string, string]> = {
  delete: ['[-', '-]'],
  insert: ['{+', '+}'],
  silent: ['{+', '+}'],
  bracketed: ['{+', '+}'],
  elided: ['{✂', '✂}'],
  trivial: ['{~', '~}'],
};

const overlaps = (x: Range, y: Range) => x[0] < y[1] && y[0] < x[1];

/** The view's mark of one side of an edit, from the edit's one classification (compare's `mark`). */
function markOf(e: Edit, side: 'a' | 'b'): Mark {
  if (e.mark === 'trivial') return 'trivial';
  if (side === 'a') return 'delete';
  if (e.mark === 'elided') return 'elided';
  if (e.mark === 'bracketed' || e.mark === 'substitution') return 'bracketed';
  if (e.mark === 'silent' || e.mark === 'move') return 'silent';
  return 'insert';
}

function marker(e: Edit, side: 'a' | 'b', which: 0 | 1): Span {
  const mark = markOf(e, side) as Exclude<Mark, 'plain'>;
  return { text: MARKERS[mark][which], mark, edit: e.id, findings: [], marker: true };
}

export function buildView(c: Comparison, titles?: { a?: string; b?: string }): View {
  const edits = c.edits;
  const findings: ViewFinding[] = [];
  const addedBy = new Map<number, number>();
  const removedBy = new Map<number, number>();
  for (const e of edits) {
    for (const f of e.findings.added) addedBy.set(f.index, e.id);
    for (const f of e.findings.removed) removedBy.set(f.index, e.id);
  }
  const rowsBySide = (side: 'a' | 'b') =>
    c.alignment
      .map((r, k) => ({ k, range: r[side]?.range ?? null, kind: r.kind }))
      .filter(
        (r): r is { k: number; range: Range; kind: AlignmentKind } =>
          r.range !== null && !(side === 'a' && r.kind === 'move'),
      )
      .sort((x, y) => x.range[0] - y.range[0]);
  const rowAt = (side: 'a' | 'b') => {
    const list = rowsBySide(side);
    return (offset: number) => {
      let lo = 0;
      let hi = list.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (list[mid]!.range[0] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return list[lo]?.k ?? 0;
    };
  };
  const rowOfA = rowAt('a');
  const rowOfB = rowAt('b');
  c.b.findings.forEach((f, k) => {
    findings.push({ side: 'b', finding: f, row: rowOfB(f.range[0]), edit: addedBy.get(k) ?? null });
  });
  c.a.findings.forEach((f, k) => {
    findings.push({ side: 'a', finding: f, row: rowOfA(f.range[0]), edit: removedBy.get(k) ?? null });
  });
  findings.sort((x, y) => x.row - y.row || x.finding.range[0] - y.finding.range[0]);
  const findingsOf = { a: [] as number[], b: [] as number[] };
  for (const [k, f] of findings.entries()) findingsOf[f.side].push(k);

  const spans = (side: 'a' | 'b', range: Range): Span[] => {
    const text = side === 'a' ? c.a.text : c.b.text;
    const sideEdits = edits.filter((e) => e.kind !== 'move' && e[side] && overlaps(e[side]!.range, range));
    const sideFindings = findingsOf[side].filter((k) => overlaps(findings[k]!.finding.range, range));
    const points = new Set<number>([range[0], range[1]]);
    const clip = (x: number) => Math.max(range[0], Math.min(range[1], x));
    for (const e of sideEdits) {
      points.add(clip(e[side]!.range[0]));
      points.add(clip(e[side]!.range[1]));
    }
    for (const k of sideFindings) {
      points.add(clip(findings[k]!.finding.range[0]));
      points.add(clip(findings[k]!.finding.range[1]));
    }
    const cuts = [...points].sort((x, y) => x - y);
    const out: Span[] = [];
    let open: Edit | null = null;
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [s, t] = [cuts[i]!, cuts[i + 1]!];
      const e = sideEdits.find((x) => x[side]!.range[0] <= s && t <= x[side]!.range[1]) ?? null;
      if (open && open !== e) {
        out.push(marker(open, side, 1));
        open = null;
      }
      if (e && open !== e) {
        out.push(marker(e, side, 0));
        open = e;
      }
      const fs = sideFindings.filter((k) => {
        const r = findings[k]!.finding.range;
        return r[0] <= s && t <= r[1];
      });
      out.push({
        text: sanitize(text.slice(s, t)),
        mark: e ? markOf(e, side) : 'plain',
        edit: e?.id ?? null,
        findings: fs,
      });
    }
    if (open) out.push(marker(open, side, 1));
    return out;
  };

  const rows: ViewRow[] = c.alignment.map((r) => ({
    kind: r.kind,
    symbol: SYMBOL[r.kind],
    a: r.a ? spans('a', r.a.range) : null,
    b: r.b ? spans('b', r.b.range) : null,
    linkedRow: r.linkedRow ?? null,
  }));
  return {
    titleA: sanitize(titles?.a ?? `A: ${c.a.label}`),
    titleB: sanitize(titles?.b ?? `B: ${c.b.label}`),
    summary: sanitize(c.summary.line),
    rows,
    edits,
    findings,
    comparison: c,
  };
}
