import type { Comparison } from '@gloss/compare';
import { editLabel, editSentence, findingLine, rowPlace } from './compare-describe.ts';
import { escapeTerminal } from './escape.ts';

const safe = (t: string) => escapeTerminal(t.replace(/\r\n|\n+/g, ' '));

/**
 * `--format text`: a plain listing that needs no colour and no marks — for screen
 * readers, printing and colourless terminals. Each change: what kind, then
 * `Before:` (A's words) and `After:` (B's words), the sentence it sits in, and the
 * loaded wording it adds or removes.
 */
export function formatCompareText(c: Comparison): string {
  const out: string[] = [];
  out.push(`Comparison of A (${safe(c.a.label)}) and B (${safe(c.b.label)}).`);
  out.push(`Summary: ${safe(c.summary.line)}`);
  if (c.summary.trivial > 0 && !c.options.all) {
    out.push(
      `Not listed: ${c.summary.trivial} trivial differences in quotes, dashes or spacing (use --all).`,
    );
  }
  const n = c.edits.length;
  for (const e of c.edits) {
    out.push('');
    out.push(`Change ${e.id} of ${n}: ${editLabel(e)}. ${rowPlace(c, e.row)}.`);
    out.push(safe(editSentence(e)));
    if (e.kind === 'move') {
      const from = c.alignment[e.row]?.linkedRow;
      out.push(`Before: ${from !== undefined ? rowPlace(c, from) : 'elsewhere in A'}.`);
      out.push(`After: ${rowPlace(c, e.row)}.`);
      out.push(`Sentence: ${safe(e.b?.text ?? '')}`);
    } else {
      out.push(`Before: ${e.a ? safe(e.a.text) : '(nothing)'}`);
      out.push(
        `After: ${e.b ? (e.mark === 'elided' ? `(cut; B shows ${safe(e.b.text)})` : safe(e.b.text)) : '(nothing, cut without a mark)'}`,
      );
      const row = c.alignment[e.row];
      if (row?.b && e.b && row.kind !== 'insert')
        out.push(`In B's sentence: ${safe(c.b.text.slice(...row.b.range))}`);
    }
    for (const f of e.findings.added) out.push(`Adds ${safe(findingLine(f, '+').slice(2))}`);
    for (const f of e.findings.removed) out.push(`Removes ${safe(findingLine(f, '-').slice(2))}`);
  }
  if (n === 0) out.push('', 'No changes to list.');
  return `${out.join('\n')}\n`;
}
