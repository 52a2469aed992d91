import type { Analysis, Finding } from '@gloss/analysis';
import {
  type Block,
  blockIndexAt,
  type GlossDocument,
  type Range,
  SCHEMAS,
  type WireLayer,
  wireToInput,
} from '@gloss/document';
import { diffArrays } from 'diff';
import { alignUnits, type Unit } from './align.ts';
import { attachFindings, countRemovedAttributions, summarise } from './summary.ts';
import { type AtomSpan, isSpace, isWordKey, type Token, tokenise, tokensIn } from './tokens.ts';
import type { AlignmentRow, Comparison, Edit, EditMark, EditSide, VersionInfo } from './types.ts';

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
  /** Every token of the text, white space left out of the word diff but kept here. */
  tokens: Token[];
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
  const block = doc.blocks[blockIndexAt(doc, offset)];
  return block && block.range[0] <= offset && offset < block.range[1] ? block : null;
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
    tokens,
    units,
    alignUnits: alignable,
    words: tokens.filter((t) => !t.atom && isWordKey(t.key)).length,
  };
}

/** A raw edit before findings and ids are attached. Never changed once made: steps make new ones. */
type Draft = Readonly<Omit<Edit, 'id' | 'findings'>>;

/**
 * A draft from its mark: the JSON's booleans follow from the one classification, so no
 * reader has to decide which of them wins.
 */
function draft(mark: EditMark, fields: Pick<Edit, 'kind' | 'a' | 'b' | 'at' | 'row' | 'insertion'>): Draft {
  return {
    ...fields,
    mark,
    bracketed: mark === 'bracketed' || mark === 'substitution',
    // A move is an unmarked change of place (kept `silent` for the JSON's readers).
    silent: mark === 'silent' || mark === 'move',
    elided: mark === 'elided',
    substitution: mark === 'substitution',
    trivial: mark === 'trivial',
  };
}

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
  const found: Draft[] = [];

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
      found.push(...diffStretch({ a, b, aTokens, bTokens, aStart: aAt, bStart: bAt, row: r }));
      r = end;
      continue;
    }
    const aTokens = row.a!.sentences.flatMap((s) => a.units[s]!.tokens);
    const bTokens = row.b!.sentences.flatMap((s) => b.units[s]!.tokens);
    if (row.kind === 'move') {
      found.push(
        draft('move', {
          kind: 'move',
          a: side(a, row.a!.range),
          b: side(b, row.b!.range),
          at: { a: row.a!.range[0], b: row.b!.range[0] },
          row: r,
          insertion: null,
        }),
      );
    }
    const at = { aStart: row.a!.range[0], bStart: row.b!.range[0] };
    found.push(...diffStretch({ a, b, aTokens, bTokens, ...at, row: r }));
  }

  // Each step returns new drafts; none is changed in place.
  const drafts = pairIdentical(
    unchangedEllipses(resegmentations(claimElisions(found, b.text), alignment, a, b), a, b),
    a,
    b,
  );
  const trivial = drafts.filter((d) => d.trivial).length;
  const listed = drafts.filter((d) => all || !d.trivial);
  listed.sort((x, y) => x.at.b - y.at.b || x.at.a - y.at.a || kindOrder(x) - kindOrder(y));

  // Rows whose sentences hash equal but which hold an edit (a bracketed insertion) are `changed`.
  const rowsWithEdits = new Set(drafts.filter((d) => !d.trivial && d.kind !== 'move').map((d) => d.row));
  for (const [r, row] of alignment.entries()) {
    if (row.kind === 'equal' && rowsWithEdits.has(r)) row.kind = 'changed';
    else if (row.kind === 'changed' && !rowsWithEdits.has(r)) row.kind = 'equal';
  }

  const edits: Edit[] = listed.map((d, k) => {
    // Single-file mode: A's side also located in the reprint's own input.
    const a2 = wire && d.a ? { ...d.a, inputRange: mapBack(wire, d.a.range) } : d.a;
    const edit = { id: k + 1, ...d, a: a2 };
    return { ...edit, findings: attachFindings(edit, a.findings, b.findings) };
  });
  const attributionsRemoved = countRemovedAttributions(a.doc, b.text, edits);
  return {
    schema: SCHEMAS.compare,
    options: { all, mode },
    a: versionInfo(a),
    b: versionInfo(b),
    alignment,
    edits,
    summary: summarise(edits, trivial, attributionsRemoved, a.analysis !== null && b.analysis !== null),
  };
}

/** Edits that change words: not trivial, not a move, not a mark. */
function isWordEdit(d: Draft): boolean {
  return d.mark !== 'trivial' && d.mark !== 'move' && d.mark !== 'ellipsis';
}

/** The same change, as a trivial one (listed only with `all`). */
function asTrivial(d: Draft): Draft {
  return draft('trivial', { ...d, kind: d.a && d.b ? 'replace' : d.kind });
}

/** Comparison keys of the tokens in a range, as one string: equal when only style and spacing differ. */
function keysIn(p: Prepared, range: Range): string {
  return tokensIn(p.text, p.tokens, range[0], range[1])
    .filter((t) => !isSpace(t.raw))
    .map((t) => t.key)
    .join(' ');
}

/**
 * Runs of consecutive changed rows whose words are the same on both sides, keys
 * compared (quote, dash and ellipsis style normalised), with only the sentence
 * boundaries different: a paragraph break removed, a list reflowed into its lead-in,
 * straight quotes turned curly so the segmenter cut elsewhere. Their word edits are
 * a re-segmentation, trivial.
 */
function resegmentations(drafts: Draft[], alignment: AlignmentRow[], a: Prepared, b: Prepared): Draft[] {
  const isChange = (d: Draft) => d.mark !== 'trivial' && d.mark !== 'move';
  const rows = new Set(drafts.filter(isChange).map((d) => d.row));
  const trivialRows = new Set<number>();
  for (let r = 0; r < alignment.length; r++) {
    if (!rows.has(r)) continue;
    let end = r;
    while (end + 1 < alignment.length && rows.has(end + 1) && !isMoveRow(alignment[end + 1]!)) end++;
    const aRanges: Range[] = [];
    const bRanges: Range[] = [];
    for (let k = r; k <= end; k++) {
      const row = alignment[k]!;
      if (row.a && row.kind !== 'move') aRanges.push(row.a.range);
      if (row.b && row.kind !== 'moved-away') bRanges.push(row.b.range);
    }
    const keys = (p: Prepared, ranges: Range[]) => ranges.map((x) => keysIn(p, x)).join(' ');
    if (!isMoveRow(alignment[r]!) && keys(a, aRanges) === keys(b, bRanges)) {
      for (let k = r; k <= end; k++) trivialRows.add(k);
    }
    r = end;
  }
  if (trivialRows.size === 0) return drafts;
  return drafts.map((d) => (trivialRows.has(d.row) && isChange(d) ? asTrivial(d) : d));
}

function isMoveRow(row: AlignmentRow): boolean {
  return row.kind === 'move' || row.kind === 'moved-away';
}

/**
 * An unmarked cut of words that B has, word for word, elsewhere: one move, not a
 * delete and an insert. Where the two places touch (only white space and punctuation
 * between them), the sentence did not move at all: its boundary did, a trivial change.
 */
function pairIdentical(drafts: Draft[], a: Prepared, b: Prepared): Draft[] {
  const MIN_WORDS = 3;
  const wordKey = (p: Prepared, range: Range) => {
    const keys = keysIn(p, range)
      .split(' ')
      .filter((k) => k !== '"' && k !== "'");
    return keys.filter(isWordKey).length >= MIN_WORDS ? keys.join(' ') : null;
  };
  const cuts = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.mark !== 'silent' || d.kind !== 'delete' || !d.a) continue;
    const key = wordKey(a, d.a.range);
    if (key !== null) cuts.set(key, [...(cuts.get(key) ?? []), d]);
  }
  if (cuts.size === 0) return drafts;
  const replaced = new Map<Draft, Draft | null>();
  for (const d of drafts) {
    if (d.mark !== 'silent' || d.kind !== 'insert' || !d.b) continue;
    const key = wordKey(b, d.b.range);
    const cut = key === null ? undefined : cuts.get(key)?.find((c) => !replaced.has(c));
    if (!cut) continue;
    const pair = {
      a: cut.a,
      b: d.b,
      at: { a: cut.a!.range[0], b: d.b.range[0] },
      row: d.row,
      insertion: null,
    };
    const inPlace = touches(a, cut.a!.range, d.at.a) && touches(b, d.b.range, cut.at.b);
    replaced.set(cut, null);
    replaced.set(
      d,
      inPlace ? draft('trivial', { ...pair, kind: 'replace' }) : draft('move', { ...pair, kind: 'move' }),
    );
  }
  const out: Draft[] = [];
  for (const d of drafts) {
    const r = replaced.get(d);
    if (r === undefined) out.push(d);
    else if (r !== null) out.push(r);
  }
  return out;
}

/**
 * Only white space and punctuation between a range and a point of a version's text,
 * bracketed insertions aside when `skipInsertions` (a note put in between is an edit
 * of its own, and does not separate the two).
 */
function touches(p: Prepared, range: Range, point: number, skipInsertions = false): boolean {
  const [lo, hi] = point < range[0] ? [point, range[0]] : [range[1], Math.max(range[1], point)];
  if (hi - lo > 2000) return false;
  let between = p.text.slice(lo, hi);
  if (skipInsertions) {
    for (const ins of p.doc.insertions) {
      if (ins.range[1] <= lo || ins.range[0] >= hi) continue;
      const s = Math.max(lo, ins.range[0]) - lo;
      const e = Math.min(hi, ins.range[1]) - lo;
      between = between.slice(0, s) + ' '.repeat(e - s) + between.slice(e);
    }
  }
  return !/[\p{L}\p{N}]/u.test(between);
}

/**
 * An ellipsis that both versions have is never an edit. When B puts a note just
 * before it (`…the CIA. [Editor's note: …] …`), the word diff can see A's ellipsis
 * cut and B's added: the two are the same mark, so both go (a style difference,
 * `...` against `…`, stays as a trivial one).
 */
function unchangedEllipses(drafts: Draft[], a: Prepared, b: Prepared): Draft[] {
  const isEllipsis = (p: Prepared, range: Range) => keysIn(p, range) === '…';
  const cuts = drafts.filter(
    (d) => d.kind === 'delete' && d.a && d.b === null && isWordEdit(d) && isEllipsis(a, d.a.range),
  );
  if (cuts.length === 0) return drafts;
  const gone = new Set<Draft>();
  const style: Draft[] = [];
  for (const cut of cuts) {
    const mark = drafts.find(
      (m) =>
        !gone.has(m) &&
        m.kind === 'insert' &&
        m.b !== null &&
        (m.mark === 'ellipsis' || (m.mark === 'silent' && isEllipsis(b, m.b.range))) &&
        touches(b, m.b.range, cut.at.b, true) &&
        touches(a, cut.a!.range, m.at.a),
    );
    if (!mark) continue;
    gone.add(cut).add(mark);
    if (cut.a!.text !== mark.b!.text) {
      const at = { a: cut.a!.range[0], b: mark.b!.range[0] };
      style.push(
        draft('trivial', { kind: 'replace', a: cut.a, b: mark.b, at, row: mark.row, insertion: null }),
      );
    }
  }
  return [...drafts.filter((d) => !gone.has(d)), ...style];
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

/** One aligned stretch to diff: both versions, their tokens (white space removed), where each starts, its row. */
interface Stretch {
  a: Prepared;
  b: Prepared;
  aTokens: Token[];
  bTokens: Token[];
  aStart: number;
  bStart: number;
  row: number;
}

/**
 * Word diff of one aligned stretch: its drafts, trivial differences (quote, dash,
 * ellipsis style; white space between matched tokens) included.
 */
function diffStretch(stretch: Stretch): Draft[] {
  const { a, b, aTokens, bTokens, row } = stretch;
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
  const out: Draft[] = [];
  let removed: Token[] = [];
  let added: Token[] = [];
  let aAt = stretch.aStart;
  let bAt = stretch.bStart;
  let prev: Op | null = null;
  const flush = () => {
    if (removed.length > 0 || added.length > 0)
      out.push(...hunkToDrafts({ a, b, removed, added, aAt, bAt, row }));
    removed = [];
    added = [];
  };
  for (const op of ops) {
    if (op.t === 'R') removed.push(op.a);
    else if (op.t === 'A') added.push(op.b);
    else {
      flush();
      const { a: ta, b: tb } = op;
      if (ta.raw !== tb.raw) out.push(trivialDraft(a, b, [ta.start, ta.end], [tb.start, tb.end], row));
      if (prev?.t === 'E') {
        const ga = a.text.slice(prev.a.end, ta.start);
        const gb = b.text.slice(prev.b.end, tb.start);
        if (ga !== gb) out.push(trivialDraft(a, b, [prev.a.end, ta.start], [prev.b.end, tb.start], row));
      }
      aAt = ta.end;
      bAt = tb.end;
    }
    prev = op;
  }
  flush();
  return out;
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
  return draft('trivial', {
    kind: 'replace',
    a: side(a, ra),
    b: side(b, rb),
    at: { a: ra[0], b: rb[0] },
    row,
    insertion: null,
  });
}

/** One hunk of the word diff: A's removed tokens, B's added ones, where it sits, its row. */
interface Hunk {
  a: Prepared;
  b: Prepared;
  removed: Token[];
  added: Token[];
  aAt: number;
  bAt: number;
  row: number;
}

/** The drafts of one hunk, each classified once (its mark). */
function hunkToDrafts(hunk: Hunk): Draft[] {
  const { a, b, removed, added, aAt, bAt, row } = hunk;
  const out: Draft[] = [];
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
    const labelled =
      (bS === null || editorialBlock(b.doc, bS.range[0]) !== null) && (aS === null || inEditorialA);
    const atom = ts?.find((t) => t.atom)?.atom;
    const insertionId = cls === 'insertion' && atom?.type === 'insertion' ? atom.id : null;
    const mark: EditMark =
      cls === 'insertion'
        ? aS !== null
          ? 'substitution'
          : 'bracketed'
        : cls === 'elision'
          ? // An ellipsis B added where A has nothing cut is a mark, not a change to the words.
            aS !== null
            ? 'elided'
            : 'ellipsis'
          : labelled
            ? 'labelled'
            : 'silent';
    return draft(mark, {
      kind,
      a: aS,
      b: bS,
      at: { a: aS ? aS.range[0] : aPos, b: bS ? bS.range[0] : bAt },
      row,
      insertion: insertionId,
    });
  };
  if (added.length === 0) return [make('delete', aSide, null, null)];
  const parts = runs(added);
  if (!aSide) return parts.map((p) => make('insert', null, p.tokens, p.cls));
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
  return out;
}

/**
 * A cut in A whose place in B is marked by an ellipsis that B added: the delete
 * takes the ellipsis as its B side and is `elided`, not silent; the ellipsis is no
 * longer an edit of its own. Returns new drafts.
 */
function claimElisions(drafts: Draft[], bText: string): Draft[] {
  const marks = drafts.filter((d) => d.mark === 'ellipsis');
  if (marks.length === 0) return drafts;
  const claimed = new Set<Draft>();
  const cutBy = new Map<Draft, Draft>();
  for (const d of drafts) {
    if (d.kind !== 'delete' || d.b !== null || d.trivial) continue;
    for (const m of marks) {
      if (claimed.has(m)) continue;
      const [es, ee] = m.b!.range;
      const lo = Math.min(d.at.b, es);
      const hi = Math.max(d.at.b, ee);
      if (hi - lo > 200) continue;
      const between = bText.slice(lo, es) + bText.slice(ee, hi);
      if (/^[\s.,;:!?"'“”‘’()\-–—]*$/.test(between)) {
        claimed.add(m);
        cutBy.set(d, m);
        break;
      }
    }
  }
  return drafts
    .filter((d) => !claimed.has(d))
    .map((d) => {
      const m = cutBy.get(d);
      return m ? draft('elided', { ...d, b: m.b }) : d;
    });
}

/** Maps a range of the wire layer's text back to the reprint's input offsets. */
export function mapBack(wire: WireLayer, range: Range): Range {
  const start = wireToInput(wire, range[0]);
  return range[1] > range[0] ? [start, wireToInput(wire, range[1] - 1) + 1] : [start, start];
}
