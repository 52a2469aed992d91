import { editLabel, editSentence } from '@gloss/report';
import type { View } from './model.ts';
import type { State } from './state.ts';
import { sanitize } from './text.ts';

/**
 * The detail panel's text for the change or finding under the cursor: what
 * changed, whether it was bracketed, and for findings the reason and neutral
 * alternatives. Plain strings; the component only lays them out.
 */
export function detailLines(view: View, state: State): string[] {
  const s = state.selection;
  if (!s) {
    const c = view.comparison.summary;
    return [
      view.summary,
      `${c.edits} changes: ${c.byKind.insert} inserted, ${c.byKind.delete} cut, ${c.byKind.replace} replaced, ${c.byKind.move} moved · ${c.bracketed} bracketed, ${c.silent} silent, ${c.elided} marked by an ellipsis`,
      'Press n for the first change, f for the first finding, ? for all keys.',
    ];
  }
  if (s.type === 'edit') {
    const e = view.edits.find((x) => x.id === s.id);
    if (!e) return [];
    const out = [`Change ${e.id} of ${view.edits.length} · ${editLabel(e)}`, sanitize(editSentence(e))];
    if (e.kind === 'move') {
      const row = view.comparison.alignment[e.row];
      const from =
        row?.linkedRow !== undefined ? view.comparison.alignment[row.linkedRow]?.a?.sentences : undefined;
      if (from) out.push(`It was sentence ${from.map((x) => x + 1).join('+')} of A.`);
    }
    for (const f of e.findings.added) {
      out.push(
        sanitize(
          `+ adds ${f.family}: “${f.actual}” — ${f.reason}${f.expected.length ? ` Neutral: ${f.expected.map((x) => `“${x}”`).join(', ')}.` : ''}`,
        ),
      );
    }
    for (const f of e.findings.removed) {
      out.push(sanitize(`- removes ${f.family}: “${f.actual}” — ${f.reason}`));
    }
    if (e.findings.added.length + e.findings.removed.length === 0 && !e.trivial && e.kind !== 'move') {
      out.push('No loaded wording added or removed by this change.');
    }
    return out;
  }
  const vf = view.findings[s.index];
  if (!vf) return [];
  const f = vf.finding;
  const version = vf.side === 'a' ? 'A' : 'B';
  const where =
    vf.edit !== null ? `${vf.side === 'a' ? 'removed' : 'added'} by change ${vf.edit}` : 'in both versions';
  return [
    sanitize(
      `Finding in ${version} · ${f.family} · ${f.ruleId} · “${f.actual}” · ${where} · voice: ${f.voice}`,
    ),
    sanitize(f.reason),
    f.expected.length > 0
      ? sanitize(`Neutral alternatives: ${f.expected.map((x) => `“${x}”`).join(', ')}`)
      : sanitize(f.expectedNote ?? ''),
    sanitize(f.note),
  ].filter((l) => l !== '');
}
