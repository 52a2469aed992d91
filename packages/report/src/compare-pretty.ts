import type { Comparison, Edit } from '@gloss/compare';
import { type Styles, styles } from './ansi.ts';
import { editLabel, editSentence, findingLine, rowPlace } from './compare-describe.ts';
import { escapeTerminal } from './escape.ts';

export interface ComparePrettyOptions {
  color: boolean;
  /** Also print unchanged sentences (default: only a count of them between changes). */
  context?: boolean;
}

const safe = (t: string) => escapeTerminal(t.replace(/\r\n|\n/g, ' '));

/** Marks as well as colour: a reader without colour still tells the kinds apart. */
function markB(s: Styles, e: Edit, text: string): string {
  switch (e.mark) {
    case 'trivial':
      return s.dim(`{~${text}~}`);
    case 'substitution':
    case 'bracketed':
      return s.cyan(`{+${text}+}`);
    case 'elided':
      return s.red(`{✂${text}✂}`);
    case 'silent':
    case 'move':
      return s.bold(s.yellow(`{+${text}+}`));
    default:
      return s.green(`{+${text}+}`);
  }
}

function markA(s: Styles, e: Edit, text: string): string {
  return e.mark === 'trivial' ? s.dim(`[~${text}~]`) : s.red(`[-${text}-]`);
}

/**
 * `--format pretty`: a unified word diff, one paragraph per changed sentence
 * (B's words, with A's cut or replaced words inline), each change numbered and
 * explained below it, with the findings it adds or removes.
 */
export function formatComparePretty(c: Comparison, options: ComparePrettyOptions): string {
  const s = styles(options.color);
  const out: string[] = [];
  out.push(s.bold(`Gloss compare — A: ${safe(c.a.label)} → B: ${safe(c.b.label)}`));
  out.push(safe(c.summary.line));
  out.push(
    s.dim(
      'Marks: [-A’s words-] {+B’s words+} · yellow {+…+} silent · cyan {+[…]+} bracketed · {✂…✂} cut marked by an ellipsis · ↷ moved · ⁿ change number',
    ),
  );
  if (c.summary.trivial > 0 && !c.options.all) {
    out.push(
      s.dim(
        `${c.summary.trivial} trivial differences (quotes, dashes, spacing) not shown; --all shows them.`,
      ),
    );
  }
  const byRow = new Map<number, Edit[]>();
  for (const e of c.edits) byRow.set(e.row, [...(byRow.get(e.row) ?? []), e]);
  let skipped = 0;
  const flushSkipped = () => {
    if (skipped > 0) out.push(s.dim(`  ⋯ ${skipped} unchanged sentence${skipped === 1 ? '' : 's'} ⋯`));
    skipped = 0;
  };
  for (const [r, row] of c.alignment.entries()) {
    const edits = byRow.get(r) ?? [];
    if (row.kind === 'moved-away') {
      flushSkipped();
      out.push('');
      const to = c.alignment[row.linkedRow ?? r]?.b?.sentences.map((x) => x + 1).join('+') ?? '?';
      out.push(
        s.dim(`↷ ${rowPlace(c, r)} moved to B sentence ${to}: ${safe(c.a.text.slice(...row.a!.range))}`),
      );
      continue;
    }
    if (edits.length === 0) {
      // Later rows of a run of inserted or deleted sentences: shown with the run's first row.
      if (row.kind === 'insert' || row.kind === 'delete') continue;
      if (options.context && row.b) out.push(`  ${safe(c.b.text.slice(...row.b.range))}`);
      else skipped++;
      continue;
    }
    flushSkipped();
    out.push('');
    out.push(s.bold(`@@ ${rowPlace(c, r)} (${row.kind}) @@`));
    out.push(`  ${renderRow(c, r, edits, s)}`);
    for (const e of edits) {
      out.push(`  ${s.bold(`${e.id}.`)} ${editLabel(e)} — ${safe(editSentence(e))}`);
      for (const f of e.findings.added) out.push(`     ${s.yellow(safe(findingLine(f, '+')))}`);
      for (const f of e.findings.removed) out.push(`     ${s.green(safe(findingLine(f, '-')))}`);
    }
  }
  flushSkipped();
  out.push('');
  return `${out.join('\n')}\n`;
}

/** B's text of the row with every edit marked in place; rows without B show A's text struck. */
function renderRow(c: Comparison, r: number, edits: Edit[], s: Styles): string {
  const row = c.alignment[r]!;
  if (!row.b) {
    return edits
      .map((e) => `${markA(s, e, safe(e.a?.text ?? ''))}${e.mark === 'elided' ? '✂' : ''}${sup(e.id)}`)
      .join(' ');
  }
  const start = row.b.range[0];
  // A run of inserted sentences is one edit whose B side runs past this row's first sentence.
  const end = Math.max(row.b.range[1], ...edits.map((e) => (e.b && e.kind !== 'move' ? e.b.range[1] : 0)));
  let pos = start;
  let line = row.kind === 'move' ? s.dim('↷ ') : '';
  const ordered = edits
    .filter((e) => e.kind !== 'move')
    .sort((x, y) => x.at.b - y.at.b || (x.b ? 1 : 0) - (y.b ? 1 : 0));
  for (const e of ordered) {
    const at = Math.max(pos, Math.min(end, e.b ? e.b.range[0] : e.at.b));
    line += safe(c.b.text.slice(pos, at));
    pos = at;
    if (e.a && e.mark !== 'elided') line += `${markA(s, e, safe(e.a.text))}${e.b ? '' : sup(e.id)}`;
    if (e.b) {
      const bEnd = Math.max(pos, Math.min(end, e.b.range[1]));
      const shown =
        e.mark === 'elided'
          ? `${safe(e.a?.text ?? '')} ${safe(c.b.text.slice(pos, bEnd))}`
          : safe(c.b.text.slice(pos, bEnd));
      line += `${markB(s, e, shown)}${sup(e.id)}`;
      pos = bEnd;
    }
  }
  line += safe(c.b.text.slice(pos, end));
  const move = edits.find((e) => e.kind === 'move');
  if (move) {
    const from = c.alignment[row.linkedRow ?? r]?.a?.sentences.map((x) => x + 1).join('+') ?? '?';
    line += ` ${s.dim(`(moved${sup(move.id)} from A sentence ${from})`)}`;
  }
  return line;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
function sup(n: number): string {
  return String(n)
    .split('')
    .map((d) => SUPERSCRIPT[Number(d)])
    .join('');
}
