import type { Comparison, Edit, EditMark, FindingRef } from '@gloss/compare';

/** Each mark in words, as the listings name it. */
const MARK_WORDS: Record<EditMark, string> = {
  trivial: 'trivial (quotes, dashes, spacing or sentence boundaries)',
  move: '',
  substitution: 'bracketed substitution',
  bracketed: 'bracketed',
  elided: 'cut marked by an ellipsis',
  silent: 'silent',
  labelled: 'labelled',
  ellipsis: 'ellipsis mark only',
};

/** How an edit was made, in words: `replace, bracketed substitution`, `delete, cut marked by an ellipsis`… */
export function editLabel(e: Edit): string {
  if (e.mark === 'move') return e.kind;
  if (e.mark === 'labelled') {
    const block = e.b?.block ?? e.a?.block;
    return block ? `${e.kind}, labelled ${block}` : `${e.kind}, labelled editorial block`;
  }
  return `${e.kind}, ${MARK_WORDS[e.mark]}`;
}

/** One sentence for the edit, e.g. "B put “[used by departments]” in brackets in place of “being used by police”." */
export function editSentence(e: Edit): string {
  const a = e.a ? `“${e.a.text}”` : '';
  const b = e.b ? `“${e.b.text}”` : '';
  switch (e.kind) {
    case 'move':
      return 'B moved this sentence from another place in the story.';
    case 'delete':
      if (e.mark === 'elided') return `B cut ${a} and marked the cut with an ellipsis.`;
      if (e.mark === 'trivial') return `Only the style or a sentence boundary differs around ${a}.`;
      if (e.mark === 'labelled') return `B left out ${a}, part of a labelled editorial block.`;
      return `B cut ${a} without marking the cut.`;
    case 'insert':
      if (e.mark === 'bracketed') return `B added ${b} in brackets: the editor owned up to these words.`;
      if (e.mark === 'silent')
        return `B added ${b} without brackets: a silent change to the reporter's words.`;
      if (e.mark === 'ellipsis') return `B added the ellipsis ${b} where nothing was cut.`;
      return `B added ${b}.`;
    default:
      if (e.mark === 'trivial') return `Only the style differs: ${a} → ${b}.`;
      if (e.mark === 'substitution' || e.mark === 'bracketed')
        return `B put ${b} in brackets in place of ${a}.`;
      if (e.mark === 'labelled') return `B changed ${a} to ${b} in a labelled editorial block.`;
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
