import type { Finding } from '@gloss/analysis';
import { formatCount, type GlossDocument, type Range } from '@gloss/document';
import type { CompareSummary, Edit, EditKind, EditMark, FindingRef, FindingsDelta } from './types.ts';

type EditLike = Pick<Edit, 'kind' | 'a' | 'b' | 'trivial'>;

function overlaps(x: Range, y: Range): boolean {
  return x[0] < y[1] && y[0] < x[1];
}

function ref(f: Finding, index: number): FindingRef {
  return {
    index,
    ruleId: f.ruleId,
    family: f.family,
    category: f.category,
    range: f.range,
    actual: f.actual,
    expected: f.expected,
    reason: f.reason,
  };
}

function within(findings: Finding[], range: Range | undefined): [Finding, number][] {
  if (!range) return [];
  const out: [Finding, number][] = [];
  findings.forEach((f, k) => {
    if (
      overlaps(f.range, range) ||
      (range[0] === range[1] && f.range[0] <= range[0] && range[0] < f.range[1])
    ) {
      out.push([f, k]);
    }
  });
  return out;
}

const sameFinding = (x: Finding, y: Finding) =>
  x.ruleId === y.ruleId && x.actual.toLowerCase() === y.actual.toLowerCase();

/**
 * The findings an edit brings in (present in its B side, absent from its A side)
 * and takes out (the reverse). A move carries its words along: nothing added or removed.
 */
export function attachFindings(edit: EditLike, aFindings: Finding[], bFindings: Finding[]): Edit['findings'] {
  if (edit.kind === 'move' || edit.trivial) return { added: [], removed: [] };
  const inA = within(aFindings, edit.a?.range);
  const inB = within(bFindings, edit.b?.range);
  return {
    added: inB.filter(([f]) => !inA.some(([g]) => sameFinding(f, g))).map(([f, k]) => ref(f, k)),
    removed: inA.filter(([f]) => !inB.some(([g]) => sameFinding(f, g))).map(([f, k]) => ref(f, k)),
  };
}

/** Quotes in A whose attribution (cue verb or speaker) lies in words that B cut or replaced. */
export function countRemovedAttributions(aDoc: GlossDocument, bText: string, edits: EditLike[]): number {
  let count = 0;
  for (const q of aDoc.quotes) {
    const marks: Range[] = [];
    if (q.cue) marks.push(q.cue.range);
    if (q.speaker?.range) marks.push(q.speaker.range);
    if (marks.length === 0) continue;
    const hit = edits.some(
      (e) =>
        !e.trivial &&
        (e.kind === 'delete' || e.kind === 'replace') &&
        e.a !== null &&
        marks.some((m) => overlaps(m, e.a!.range)) &&
        !(q.cue && e.b && new RegExp(`\\b${escapeRe(q.cue.verb)}\\b`, 'i').test(e.b.text)),
    );
    if (hit) count++;
  }
  void bText;
  return count;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

export function summarise(
  edits: Edit[],
  trivialCount: number,
  attributionsRemoved: number,
  analysed: boolean,
): CompareSummary {
  const real = edits.filter((e) => !e.trivial);
  const byKind: Record<EditKind, number> = { insert: 0, delete: 0, replace: 0, move: 0 };
  for (const e of real) byKind[e.kind]++;
  let findings: FindingsDelta | null = null;
  if (analysed) {
    const byFamilyAdded: Record<string, number> = {};
    const byFamilyRemoved: Record<string, number> = {};
    let wordingAddedBracketed = 0;
    let wordingAddedSilent = 0;
    let added = 0;
    let removed = 0;
    for (const e of real) {
      for (const f of e.findings.added) {
        added++;
        byFamilyAdded[f.family] = (byFamilyAdded[f.family] ?? 0) + 1;
        if (f.family === 'wording' && e.bracketed) wordingAddedBracketed++;
        if (f.family === 'wording' && e.silent) wordingAddedSilent++;
      }
      for (const f of e.findings.removed) {
        removed++;
        byFamilyRemoved[f.family] = (byFamilyRemoved[f.family] ?? 0) + 1;
      }
    }
    findings = {
      wordingAdded: byFamilyAdded.wording ?? 0,
      wordingRemoved: byFamilyRemoved.wording ?? 0,
      wordingAddedBracketed,
      wordingAddedSilent,
      added,
      removed,
      byFamilyAdded,
      byFamilyRemoved,
    };
  }
  const byMark: Record<EditMark, number> = {
    trivial: 0,
    move: 0,
    substitution: 0,
    bracketed: 0,
    elided: 0,
    silent: 0,
    labelled: 0,
    ellipsis: 0,
  };
  const labelledBlocks: string[] = [];
  for (const e of edits) {
    byMark[e.mark]++;
    const block = e.b?.block ?? e.a?.block;
    if (e.mark === 'labelled' && block && !labelledBlocks.includes(block)) labelledBlocks.push(block);
  }
  const summary: Omit<CompareSummary, 'line'> = {
    edits: real.length,
    byKind,
    byMark,
    labelledBlocks,
    bracketed: real.filter((e) => e.bracketed).length,
    silent: real.filter((e) => e.silent && e.kind !== 'move').length,
    elided: real.filter((e) => e.elided).length,
    substitutions: real.filter((e) => e.substitution).length,
    trivial: trivialCount,
    attributionsRemoved,
    findings,
  };
  return { ...summary, line: summaryLine(summary) };
}

/** e.g. "B adds 4 loaded terms (3 in bracketed insertions, 1 in silent edits) and removes 1; cuts 1 attribution." */
export function summaryLine(s: Omit<CompareSummary, 'line'>): string {
  if (s.edits === 0) {
    return s.trivial > 0
      ? `No changes to the words (${plural(s.trivial, 'trivial difference')} in quotes, dashes or spacing; --all lists them).`
      : 'No changes.';
  }
  const parts: string[] = [];
  const f = s.findings;
  if (f) {
    let words = `B adds ${plural(f.wordingAdded, 'loaded term')}`;
    if (f.wordingAdded > 0) {
      const where: string[] = [];
      if (f.wordingAddedBracketed > 0) where.push(`${f.wordingAddedBracketed} in bracketed insertions`);
      if (f.wordingAddedSilent > 0) where.push(`${f.wordingAddedSilent} in silent edits`);
      const rest = f.wordingAdded - f.wordingAddedBracketed - f.wordingAddedSilent;
      if (rest > 0) where.push(`${rest} in labelled editorial blocks`);
      if (f.wordingAddedBracketed + f.wordingAddedSilent === f.wordingAdded && where.length === 2) {
        words += ', all inside insertions or silent edits';
      } else {
        words += ` (${where.join(', ')})`;
      }
    }
    words += f.wordingRemoved > 0 ? ` and removes ${f.wordingRemoved}` : '';
    parts.push(words);
  }
  if (s.attributionsRemoved > 0) parts.push(`cuts ${plural(s.attributionsRemoved, 'attribution')}`);
  // Every change is counted under its one mark, so the parts add up to the total.
  const m = s.byMark;
  const counts: string[] = [];
  const bracketed = m.bracketed + m.substitution;
  if (bracketed > 0) counts.push(`${bracketed} bracketed`);
  if (m.silent > 0) counts.push(`${m.silent} silent`);
  if (m.elided > 0) counts.push(`${plural(m.elided, 'cut')} marked by an ellipsis`);
  if (m.move > 0) counts.push(plural(m.move, 'move'));
  if (m.labelled > 0) counts.push(`${m.labelled} in labelled editorial blocks`);
  if (m.ellipsis > 0) counts.push(`${plural(m.ellipsis, 'added ellipsis', 'added ellipses')}`);
  const head = parts.length > 0 ? `${parts.join('; ')}. ` : '';
  return `${head}${plural(s.edits, 'change')}${counts.length > 0 ? `: ${counts.join(', ')}` : ''}.`;
}
