import type { Comparison, Edit, FindingRef } from '@gloss/compare';

/** How an edit was made, in words: `replace, bracketed substitution`, `delete, cut marked by an ellipsis`… */
export function editLabel(e: Edit): string {
  const how: string[] = [];
  if (e.trivial) how.push('trivial (quotes, dashes or spacing)');
  else if (e.substitution) how.push('bracketed substitution');
  else if (e.bracketed) how.push('bracketed');
  else if (e.elided) how.push('cut marked by an ellipsis');
  else if (e.silent) how.push('silent');
  else if (e.kind === 'insert' && e.b && /^(?:…|\.{3,})\.?$/.test(e.b.text.trim()))
    how.push('ellipsis mark only');
  else if (e.b?.block && e.b.block !== 'body' && e.b.block !== 'title') how.push(`labelled ${e.b.block}`);
  return how.length > 0 ? `${e.kind}, ${how.join(', ')}` : e.kind;
}

/** One sentence for the edit, e.g. "B put “[used by departments]” in brackets in place of “being used by police”." */
export function editSentence(e: Edit): string {
  const a = e.a ? `“${e.a.text}”` : '';
  const b = e.b ? `“${e.b.text}”` : '';
  switch (e.kind) {
    case 'move':
      return 'B moved this sentence from another place in the story.';
    case 'delete':
      return e.elided
        ? `B cut ${a} and marked the cut with an ellipsis.`
        : `B cut ${a} without marking the cut.`;
    case 'insert':
      if (e.bracketed) return `B added ${b} in brackets: the editor owned up to these words.`;
      if (e.silent) return `B added ${b} without brackets: a silent change to the reporter's words.`;
      return `B added ${b}.`;
    default:
      if (e.trivial) return `Only the style differs: ${a} → ${b}.`;
      if (e.bracketed) return `B put ${b} in brackets in place of ${a}.`;
      return `B changed ${a} to ${b} without brackets: a silent change to the reporter's words.`;
  }
}

export function findingLine(f: FindingRef, sign: '+' | '-'): string {
  const instead = f.expected.length > 0 ? `; neutral: ${f.expected.map((x) => `“${x}”`).join(', ')}` : '';
  return `${sign} ${f.family} ${f.ruleId} “${f.actual}”: ${f.reason}${instead}`;
}

/** Position of a row for people: "sentence 4 of A / sentence 5 of B". */
export function rowPlace(c: Comparison, row: number): string {
  const r = c.alignment[row];
  if (!r) return '';
  const parts: string[] = [];
  if (r.a) parts.push(`A sentence ${r.a.sentences.map((s) => s + 1).join('+')}`);
  if (r.b) parts.push(`B sentence ${r.b.sentences.map((s) => s + 1).join('+')}`);
  return parts.join(', ');
}
