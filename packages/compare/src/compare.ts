import type { Analysis, Finding } from '@gloss/analysis';
import { type Block, type GlossDocument, type Range, type WireLayer, wireToInput } from '@gloss/document';
import { diffArrays } from 'diff';
import { alignUnits, type Unit } from './align.ts';
import { attachFindings, countRemovedAttributions, summarise } from './summary.ts';
import { type AtomSpan, isSpace, isWordKey, type Token, tokenise, tokensIn } from './tokens.ts';
import type { AlignmentRow, Comparison, Edit, EditSide, VersionInfo } from './types.ts';

/** One version of a story: its document model and, when available, its analysis. */
export interface Version {
  label: string;
  doc: GlossDocument;
  analysis?: Analysis | null;
}

export interface CompareOptions {
  /** Also list trivial differences: quote style, dash style, ellipsis style, whitespace and reflow. */
  all?: boolean;
}

/** A version prepared for comparison: tokens, sentence units, block lookup. */
interface Prepared {
  label: string;
  doc: GlossDocument;
  text: string;
  findings: Finding[];
  analysis: Analysis | null;
  units: { range: Range; tokens: Token[] }[];
  alignUnits: Unit[];
  words: number;
}

const FUNCTION_WORDS = new Set(
  'a an the of to in on at for and or but is are was were be been by with as that this it its from'.split(
    ' ',
  ),
);

/** Blocks whose words are the reprinter's, labelled as such (questions, notes, background): not silent edits. */
function editorialBlock(doc: GlossDocument, offset: number): Block | null {
  const block = blockAt(doc, offset);
  return block && block.layer === 'editorial' ? block : null;
}

function blockAt(doc: GlossDocument, offset: number): Block | null {
  const blocks = doc.blocks;
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (blocks[mid]!.range[1] <= offset) lo = mid + 1;
    else hi = mid;
  }
  const block = blocks[lo];
  return block && block.range[0] <= offset ? block : null;
}

function prepare(version: Version): Prepared {
  const { doc } = version;
  const text = doc.text;
  const atoms: AtomSpan[] = [
    ...doc.insertions.map((ins) => ({ range: ins.range, type: 'insertion' as const, id: ins.id })),
    ...doc.elisions.map((el, k) => ({ range: el.range, type: 'elision' as const, id: k })),
  ];
  const tokens = tokenise(text, atoms);
  // Sentence units: the document's sentences, plus any stretch of text they leave out.
  const ranges: Range[] = [];
  let pos = 0;
  const sentences = [...doc.sentences].sort((x, y) => x.range[0] - y.range[0]);
  const fill = (from: number, to: number) => {
    const gap = text.slice(from, to);
    const lead = gap.length - gap.trimStart().length;
    const trail = gap.length - gap.trimEnd().length;
    if (from + lead < to - trail) ranges.push([from + lead, to - trail]);
  };
  for (const s of sentences) {
    if (s.range[0] < pos) continue;
    fill(pos, s.range[0]);
    ranges.push(s.range);
    pos = s.range[1];
  }
  fill(pos, text.length);
  const units = ranges.map((range) => ({
    range,
    tokens: tokensIn(text, tokens, range[0], range[1]).filter((t) => !isSpace(t.raw)),
  }));
  const alignable = units.map(({ range, tokens: ts }): Unit => {
    let plain = ts.filter((t) => t.atom?.type !== 'insertion');
    let words = plain.filter((t) => isWordKey(t.key)).map((t) => t.key.toLowerCase());
    if (words.length === 0 && plain.length < ts.length) {
      // A sentence that is all bracketed insertion aligns on the insertion's own words.
      plain = ts;
      words = (text.slice(range[0], range[1]).match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase());
    }
    const content = words.filter((w) => !FUNCTION_WORDS.has(w));
    return { range, hash: plain.map((t) => t.key).join(' '), words: content.length > 0 ? content : words };
  });
  const findings = version.analysis?.findings ?? [];
  return {
    label: version.label,
    doc,
    text,
    findings,
    analysis: version.analysis ?? null,
    units,
    alignUnits: alignable,
    words: tokens.filter((t) => !t.atom && isWordKey(t.key)).length,
  };
}

/** A raw edit before findings and ids are attached. */
type Draft = Omit<Edit, 'id' | 'findings'> & { elisionOnly?: boolean };

/**
 * Compares version A (the earlier or original) with version B (the edited one):
 * sentences aligned first, then words diffed inside aligned sentences; every edit
 * classified (insert, delete, replace, move; bracketed, silent, elided, trivial)
 * and given the findings it adds or removes.
 */
export function compareVersions(a: Version, b: Version, options: CompareOptions = {}): Comparison {
  return compareCore(prepare(a), prepare(b), options, 'two-files', null);
}

/**
 * `gloss compare FILE`: the reprint's wire layer (its words without the
 * bracketed insertions and editorial blocks) as A, the full reprint as B.
 * `parse` and `analyze` are passed in so this package stays pure.
 */
export function compareWireLayer(
  reprint: Version,
  parse: (text: string) => GlossDocument,
  analyze: ((doc: GlossDocument) => Analysis) | null,
  options: CompareOptions = {},
): Comparison {
  const wire = reprint.doc.layers.wire;
  const wireDoc = parse(wire.text);
  const a = prepare({ label: 'wire layer', doc: wireDoc, analysis: analyze ? analyze(wireDoc) : null });
  return compareCore(a, prepare(reprint), options, 'wire-layer', wire);
}

function compareCore(
  a: Prepared,
  b: Prepared,
  options: CompareOptions,
  mode: Comparison['options']['mode'],
  wire: WireLayer | null,
): Comparison {
  const all = options.all ?? false;
  const alignment = alignUnits(a.alignUnits, b.alignUnits);
  const drafts: Draft[] = [];
  let trivial = 0;

  // Runs of inserted (or deleted) sentences are diffed as one stretch.
  for (let r = 0; r < alignment.length; r++) {
    const row = alignment[r]!;
    if (row.kind === 'moved-away') continue;
    if (row.kind === 'insert' || row.kind === 'delete') {
      // One stretch per block kind, so an inserted question is not lumped in with the reprint notice.
      const blockKind = (k: number) => {
        const rk = alignment[k]!;
        return rk.b ? blockAt(b.doc, rk.b.range[0])?.kind : blockAt(a.doc, rk.a!.range[0])?.kind;
      };
      let end = r;
      while (alignment[end + 1]?.kind === row.kind && blockKind(end + 1) === blockKind(r)) end++;
      const aTokens: Token[] = [];
      const bTokens: Token[] = [];
      for (let k = r; k <= end; k++) {
        const rk = alignment[k]!;
        for (const s of rk.a?.sentences ?? []) aTokens.push(...a.units[s]!.tokens);
        for (const s of rk.b?.sentences ?? []) bTokens.push(...b.units[s]!.tokens);
      }
      const aAt = row.kind === 'insert' ? insertionPoint(alignment, r, 'a', a.text.length) : row.a!.range[0];
      const bAt = row.kind === 'delete' ? insertionPoint(alignment, r, 'b', b.text.length) : row.b!.range[0];
      trivial += diffStretch(a, b, aTokens, bTokens, aAt, bAt, r, all, drafts);
      r = end;
      continue;
    }
    const aTokens = row.a!.sentences.flatMap((s) => a.units[s]!.tokens);
    const bTokens = row.b!.sentences.flatMap((s) => b.units[s]!.tokens);
    if (row.kind === 'move') {
      drafts.push({
        kind: 'move',
        bracketed: false,
        silent: true,
        elided: false,
        substitution: false,
        trivial: false,
        a: side(a, row.a!.range),
        b: side(b, row.b!.range),
        at: { a: row.a!.range[0], b: row.b!.range[0] },
        row: r,
        insertion: null,
      });
    }
    trivial += diffStretch(a, b, aTokens, bTokens, row.a!.range[0], row.b!.range[0], r, all, drafts);
  }

  claimElisions(drafts, b.text);
  for (const d of drafts) {
    if (d.elisionOnly) {
      delete d.elisionOnly;
    }
  }
  const visible = drafts.filter((d) => all || !d.trivial);
  visible.sort((x, y) => x.at.b - y.at.b || x.at.a - y.at.a || kindOrder(x) - kindOrder(y));

  // Rows whose sentences hash equal but which hold an edit (a bracketed insertion) are `changed`.
  const rowsWithEdits = new Set(drafts.filter((d) => !d.trivial && d.kind !== 'move').map((d) => d.row));
  for (const [r, row] of alignment.entries()) {
    if (row.kind === 'equal' && rowsWithEdits.has(r)) row.kind = 'changed';
    else if (row.kind === 'changed' && !rowsWithEdits.has(r)) row.kind = 'equal';
  }

  if (wire) {
    for (const d of visible) if (d.a) d.a.inputRange = mapBack(wire, d.a.range);
  }
  const edits: Edit[] = visible.map((d, k) => ({
    id: k + 1,
    ...d,
    findings: attachFindings(d, a.findings, b.findings),
  }));
  const attributionsRemoved = countRemovedAttributions(a.doc, b.text, edits);
  return {
    schema: 'gloss.compare/1',
    options: { all, mode },
    a: versionInfo(a),
    b: versionInfo(b),
    alignment,
    edits,
    summary: summarise(edits, trivial, attributionsRemoved, a.analysis !== null && b.analysis !== null),
  };
}

function kindOrder(d: Draft): number {
  return d.kind === 'move' ? 0 : d.kind === 'delete' ? 1 : d.kind === 'replace' ? 2 : 3;
}

function versionInfo(p: Prepared): VersionInfo {
  return {
    label: p.label,
    text: p.text,
    words: p.words,
    sentences: p.units.map((u) => u.range),
    analysis: p.analysis?.summary ?? null,
    findings: p.findings,
  };
}

/** Where a one-sided row sits in the other text: the end of the nearest earlier row that has that side. */
function insertionPoint(rows: AlignmentRow[], r: number, which: 'a' | 'b', length: number): number {
  for (let k = r - 1; k >= 0; k--) {
    const s = rows[k]![which];
    if (s && rows[k]!.kind !== (which === 'a' ? 'move' : 'moved-away')) return s.range[1];
  }
  for (let k = r + 1; k < rows.length; k++) {
    const s = rows[k]![which];
    if (s) return s.range[0];
  }
  return which === 'a' ? 0 : length;
}

function side(p: Prepared, range: Range): EditSide {
  const block = blockAt(p.doc, range[0]);
  return { range, text: p.text.slice(range[0], range[1]), block: block?.kind ?? null };
}

function tokensSide(p: Prepared, ts: Token[]): EditSide {
  return side(p, [ts[0]!.start, ts[ts.length - 1]!.end]);
}

type RunClass = 'insertion' | 'elision' | 'plain';

function runs(ts: Token[]): { cls: RunClass; tokens: Token[] }[] {
  const out: { cls: RunClass; tokens: Token[] }[] = [];
  for (const t of ts) {
    const cls: RunClass = t.atom?.type ?? 'plain';
    const last = out[out.length - 1];
    if (last && last.cls === cls) last.tokens.push(t);
    else out.push({ cls, tokens: [t] });
  }
  // Punctuation the wire layer dropped with an insertion (`technology, [x], including`) is part of it.
  for (let k = out.length - 1; k >= 0; k--) {
    const run = out[k]!;
    if (run.cls !== 'plain' || run.tokens.some((t) => isWordKey(t.key))) continue;
    const next = out[k + 1];
    const prev = out[k - 1];
    if (prev?.cls === 'insertion') prev.tokens.push(...run.tokens);
    else if (next?.cls === 'insertion') next.tokens.unshift(...run.tokens);
    else continue;
    out.splice(k, 1);
  }
  return out;
}

/**
 * Word diff of one aligned stretch (whitespace tokens already removed); pushes
 * drafts and returns the number of trivial differences found.
 */
function diffStretch(
  a: Prepared,
  b: Prepared,
  aTokens: Token[],
  bTokens: Token[],
  aStart: number,
  bStart: number,
  row: number,
  all: boolean,
  out: Draft[],
): number {
  const ops = bridge(
    slide(
      toOps(
        diffArrays(
          aTokens.map((t) => t.key),
          bTokens.map((t) => t.key),
        ),
        aTokens,
        bTokens,
      ),
    ),
  );
  let trivial = 0;
  let removed: Token[] = [];
  let added: Token[] = [];
  let aAt = aStart;
  let bAt = bStart;
  let prev: Op | null = null;
  const flush = () => {
    if (removed.length > 0 || added.length > 0) hunkToDrafts(a, b, removed, added, aAt, bAt, row, out);
    removed = [];
    added = [];
  };
  for (const op of ops) {
    if (op.t === 'R') removed.push(op.a);
    else if (op.t === 'A') added.push(op.b);
    else {
      flush();
      const { a: ta, b: tb } = op;
      if (ta.raw !== tb.raw) {
        trivial++;
        if (all) out.push(trivialDraft(a, b, [ta.start, ta.end], [tb.start, tb.end], row));
      }
      if (prev?.t === 'E') {
        const ga = a.text.slice(prev.a.end, ta.start);
        const gb = b.text.slice(prev.b.end, tb.start);
        if (ga !== gb) {
          trivial++;
          if (all) out.push(trivialDraft(a, b, [prev.a.end, ta.start], [prev.b.end, tb.start], row));
        }
      }
      aAt = ta.end;
      bAt = tb.end;
    }
    prev = op;
  }
  flush();
  return trivial;
}

type Op = { t: 'E'; a: Token; b: Token } | { t: 'R'; a: Token } | { t: 'A'; b: Token };

function toOps(
  changes: { value: string[]; added: boolean; removed: boolean }[],
  aTokens: Token[],
  bTokens: Token[],
): Op[] {
  const ops: Op[] = [];
  let ia = 0;
  let ib = 0;
  for (const change of changes) {
    for (let k = 0; k < change.value.length; k++) {
      if (change.removed) ops.push({ t: 'R', a: aTokens[ia++]! });
      else if (change.added) ops.push({ t: 'A', b: bTokens[ib++]! });
      else ops.push({ t: 'E', a: aTokens[ia++]!, b: bTokens[ib++]! });
    }
  }
  return ops;
}

/**
 * Slides a change past the punctuation it starts with when the same punctuation
 * follows it: `immigrants[. The company … system]. ` becomes
 * `immigrants. [The company … system.]`, so a cut reads as whole sentences.
 */
function slide(ops: Op[]): Op[] {
  let s = 0;
  while (s < ops.length) {
    if (ops[s]!.t === 'E') {
      s++;
      continue;
    }
    let e = s;
    while (e < ops.length && ops[e]!.t !== 'E') e++;
    const next = ops[e] as Extract<Op, { t: 'E' }> | undefined;
    if (!next) break;
    const rs = ops.slice(s, e).filter((o): o is Extract<Op, { t: 'R' }> => o.t === 'R');
    const as = ops.slice(s, e).filter((o): o is Extract<Op, { t: 'A' }> => o.t === 'A');
    const r0 = rs[0];
    const a0 = as[0];
    if (r0 && !isWordKey(r0.a.key) && r0.a.key === next.a.key && (as.length === 0 || rs.length > 1)) {
      ops.splice(s, e - s + 1, ...as, { t: 'E', a: r0.a, b: next.b }, ...rs.slice(1), { t: 'R', a: next.a });
      s += as.length + 1;
    } else if (!r0 && a0 && !isWordKey(a0.b.key) && a0.b.key === next.b.key) {
      ops.splice(s, e - s + 1, { t: 'E', a: next.a, b: a0.b }, ...as.slice(1), { t: 'A', b: next.b });
      s += 1;
    } else {
      s = e + 1;
    }
  }
  return ops;
}

/**
 * One punctuation mark left equal between two changes does not split them:
 * `[. Again] , [and again ,]` reads as one change, `. Again,` → `, and again,`.
 */
function bridge(ops: Op[]): Op[] {
  const out: Op[] = [];
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k]!;
    const before = ops[k - 1];
    const after = ops[k + 1];
    if (op.t === 'E' && !isWordKey(op.a.key) && before && before.t !== 'E' && after && after.t !== 'E') {
      out.push({ t: 'R', a: op.a }, { t: 'A', b: op.b });
    } else {
      out.push(op);
    }
  }
  return out;
}

function trivialDraft(a: Prepared, b: Prepared, ra: Range, rb: Range, row: number): Draft {
  return {
    kind: 'replace',
    bracketed: false,
    silent: false,
    elided: false,
    substitution: false,
    trivial: true,
    a: side(a, ra),
    b: side(b, rb),
    at: { a: ra[0], b: rb[0] },
    row,
    insertion: null,
  };
}

function hunkToDrafts(
  a: Prepared,
  b: Prepared,
  removed: Token[],
  added: Token[],
  aAt: number,
  bAt: number,
  row: number,
  out: Draft[],
) {
  const aSide = removed.length > 0 ? tokensSide(a, removed) : null;
  const aPos = aSide ? aSide.range[0] : aAt;
  const inEditorialA = aSide !== null && editorialBlock(a.doc, aSide.range[0]) !== null;
  const make = (
    kind: Draft['kind'],
    aS: EditSide | null,
    ts: Token[] | null,
    cls: RunClass | null,
  ): Draft => {
    const bS = ts ? tokensSide(b, ts) : null;
    const bracketed = cls === 'insertion';
    const elided = cls === 'elision' && aS !== null;
    // An ellipsis B added where A has nothing cut is a mark, not a change to the words.
    const markOnly = cls === 'elision' && aS === null;
    const labelled =
      (bS === null || editorialBlock(b.doc, bS.range[0]) !== null) && (aS === null || inEditorialA);
    const atom = ts?.find((t) => t.atom)?.atom;
    const insertionId = bracketed && atom?.type === 'insertion' ? atom.id : null;
    return {
      kind,
      bracketed,
      silent: !bracketed && !elided && !labelled && !markOnly,
      elided,
      substitution: bracketed && aS !== null,
      trivial: false,
      a: aS,
      b: bS,
      at: { a: aS ? aS.range[0] : aPos, b: bS ? bS.range[0] : bAt },
      row,
      insertion: insertionId,
      ...(cls === 'elision' && aS === null ? { elisionOnly: true } : {}),
    };
  };
  if (added.length === 0) {
    out.push(make('delete', aSide, null, null));
    return;
  }
  const parts = runs(added);
  if (!aSide) {
    for (const p of parts) out.push(make('insert', null, p.tokens, p.cls));
    return;
  }
  // A's words are paired with B's plain words if there are any (a silent replacement),
  // else with the bracketed insertion standing in for them, else with the ellipsis that marks the cut.
  const pairWith =
    parts.find((p) => p.cls === 'plain') ?? parts.find((p) => p.cls === 'insertion') ?? parts[0]!;
  for (const p of parts) {
    if (p === pairWith && p.cls === 'elision' && !removed.some((t) => isWordKey(t.key))) {
      // `system.` against `system….`: the ellipsis took the full stop's place; the cut it marks is elsewhere.
      out.push(make('insert', null, p.tokens, p.cls));
    } else if (p === pairWith && p.cls === 'elision') {
      // `immigrants….` against `immigrants. The company …`: the ellipsis carries the full stop.
      let k = 0;
      while (k < removed.length - 1 && !isWordKey(removed[k]!.key)) k++;
      out.push(make('delete', tokensSide(a, removed.slice(k)), p.tokens, p.cls));
    } else if (p === pairWith) {
      out.push(make(p.cls === 'elision' ? 'delete' : 'replace', aSide, p.tokens, p.cls));
    } else {
      out.push(make('insert', null, p.tokens, p.cls));
    }
  }
}

/**
 * A cut in A whose place in B is marked by an ellipsis that B added: the delete
 * takes the ellipsis as its B side and is `elided`, not silent.
 */
function claimElisions(drafts: Draft[], bText: string) {
  const marks = drafts.filter((d) => d.elisionOnly);
  if (marks.length === 0) return;
  const claimed = new Set<Draft>();
  for (const d of drafts) {
    if (d.kind !== 'delete' || d.b !== null || d.trivial) continue;
    let best: Draft | null = null;
    for (const m of marks) {
      if (claimed.has(m)) continue;
      const [es, ee] = m.b!.range;
      const lo = Math.min(d.at.b, es);
      const hi = Math.max(d.at.b, ee);
      if (hi - lo > 200) continue;
      const between = bText.slice(lo, es) + bText.slice(ee, hi);
      if (/^[\s.,;:!?"'“”‘’()\-–—]*$/.test(between)) {
        best = m;
        break;
      }
    }
    if (best) {
      claimed.add(best);
      d.b = best.b;
      d.elided = true;
      d.silent = false;
    }
  }
  for (let k = drafts.length - 1; k >= 0; k--) if (claimed.has(drafts[k]!)) drafts.splice(k, 1);
}

/** Maps a range of the wire layer's text back to the reprint's input offsets. */
export function mapBack(wire: WireLayer, range: Range): Range {
  const start = wireToInput(wire, range[0]);
  return range[1] > range[0] ? [start, wireToInput(wire, range[1] - 1) + 1] : [start, start];
}
