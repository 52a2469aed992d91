import type { Analysis, Finding } from '@gloss/analysis';
import {
  type GlossDocument,
  type InsertionKind,
  formatCount,
  lineLocator,
  type Range,
  type Voice,
} from '@gloss/document';
import { styles } from './ansi.ts';
import { escapeTerminal } from './escape.ts';

export interface PrettyOptions {
  color: boolean;
  /** Input name for the header. */
  name?: string;
}

const KIND_COLOR: Record<InsertionKind, keyof ReturnType<typeof styles>> = {
  note: 'cyan',
  commentary: 'magenta',
  substitution: 'red',
  addition: 'yellow',
  clarification: 'blue',
  sic: 'dim',
  other: 'dim',
};

const VOICE_TITLES: Record<Voice, string> = {
  editorial: 'Editorial insertions and notes (the reprinting site)',
  reporter: "The reporter's own words",
  quoted: 'Quoted speakers',
  question: "The site's questions",
  'other-source': 'Background from a second source',
};

/**
 * The human report: the article with insertions ⟦n …⟧ and findings ‹…›ⁿ marked
 * (markers as well as colour), then tables of insertions, elisions, blocks and
 * findings grouped by voice, and the layer counts.
 */
export function formatAnalysisPretty(doc: GlossDocument, analysis: Analysis, options: PrettyOptions): string {
  const s = styles(options.color);
  const text = doc.text;
  const out: string[] = [];
  const safe = (t: string) => escapeTerminal(t.replace(/\r\n/g, '\n'));
  const rule = (title: string) =>
    out.push('', s.bold(`── ${title} ${'─'.repeat(Math.max(2, 60 - title.length))}`));

  const wire = doc.sources.find((x) => x.role === 'wire');
  const seconds = doc.sources.filter((x) => x.role === 'second');
  out.push(s.bold(`Gloss — ${escapeTerminal(options.name ?? 'input')}`));
  out.push(
    `Wire story: ${safe(wire?.name ?? 'not named')}${wire?.author ? ` (by ${safe(wire.author)})` : ''}` +
      (seconds.length ? ` · second source: ${seconds.map((x) => safe(x.name ?? '?')).join(', ')}` : ''),
  );
  out.push(
    s.dim(
      'Marks: ⟦n …⟧ editorial insertion n · ‹…›ⁿ finding n (loaded wording or sourcing) · ✂… elision (words cut)',
    ),
  );

  rule('Article');
  const findingNumbers = new Map<Finding, number>();
  for (const [i, f] of analysis.findings.entries()) findingNumbers.set(f, i + 1);
  let line = '';
  for (const node of doc.tree) {
    if (node.type === 'gap') {
      const gap = text.slice(node.range[0], node.range[1]);
      if (!gap.includes('\n')) {
        line += gap; // a credit and the body it opens share a line
        continue;
      }
      out.push(line, ...(/\n\s*\n/.test(gap) ? [''] : []));
      line = '';
      continue;
    }
    const block = doc.blocks[node.block]!;
    if (block.kind !== 'body') {
      const from = block.source && block.source !== 'wire' ? ` · ${sourceName(doc, block.source)}` : '';
      line += s.dim(`[${block.kind}${from}] `);
    }
    for (const child of node.children) {
      const piece = markFindings(text, child.range, analysis.findings, findingNumbers, s, safe);
      if (child.type === 'insertion') {
        const ins = doc.insertions[child.insertion]!;
        line += s[KIND_COLOR[ins.kind]](s.bold(`⟦${ins.id} `) + piece + s.bold('⟧'));
      } else if (child.type === 'elision') {
        line += s.inverse(`✂${safe(text.slice(child.range[0], child.range[1]))}`);
      } else {
        line += piece;
      }
    }
  }
  if (line !== '') out.push(line);

  rule(`Editorial insertions (${doc.insertions.length})`);
  if (doc.insertions.length === 0) out.push('None: no square-bracketed text.');
  for (const ins of doc.insertions) {
    out.push(
      `${s.bold(String(ins.id).padStart(3))}  ${s[KIND_COLOR[ins.kind]](ins.kind.padEnd(13))} ${truncate(safe(ins.text), 70)}${ins.inQuote ? s.dim('  (inside a quotation)') : ''}`,
    );
    out.push(`     ${s.dim(ins.explanation)}`);
  }

  rule(`Elisions (${doc.elisions.length})`);
  if (doc.elisions.length === 0) out.push('None.');
  for (const el of doc.elisions) {
    out.push(
      `  ✂ ${el.placement.padEnd(16)} …${truncate(safe(text.slice(Math.max(0, el.range[0] - 30), el.range[1] + 30)).replace(/\n+/g, ' ¶ '), 70)}`,
    );
    out.push(`     ${s.dim(el.explanation)}`);
  }

  rule('Blocks');
  const counts = new Map<string, number>();
  for (const b of doc.blocks) {
    const key = `${b.kind}${b.source ? ` — ${sourceName(doc, b.source)}` : ''}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const [key, n] of counts) out.push(`  ${String(n).padStart(3)} × ${key}`);

  rule(`Loaded wording and sourcing (${analysis.findings.length})`);
  const byVoice = new Map<Voice, Finding[]>();
  for (const f of analysis.findings) byVoice.set(f.voice, [...(byVoice.get(f.voice) ?? []), f]);
  for (const voice of ['editorial', 'reporter', 'quoted', 'question', 'other-source'] as Voice[]) {
    const list = byVoice.get(voice);
    if (!list) continue;
    out.push(s.bold(`${VOICE_TITLES[voice]} (${list.length})`));
    for (const f of list) {
      const n = findingNumbers.get(f)!;
      const who =
        f.voice === 'quoted' && f.speaker
          ? s.dim(` — ${safe(f.speaker.name)}${f.speaker.named ? '' : ' (unnamed)'}`)
          : '';
      out.push(
        `  ${s.bold(`${n}.`.padStart(4))} ‹${safe(f.actual)}›${who}  ${s.dim(`${f.family}/${f.ruleId}`)}`,
      );
      out.push(`       ${safe(f.reason)}`);
      const alt = f.expected.length ? `Neutral: ${f.expected.map(safe).join(', ')}` : (f.expectedNote ?? '');
      if (alt) out.push(`       ${s.green(alt)}`);
      out.push(`       ${s.dim(`Source: ${safe(f.source)}`)}`);
    }
  }
  if (analysis.findings.length === 0) out.push('No findings.');

  rule('Layers');
  const { byLayer } = analysis.summary;
  const row = (label: string, words: number, per100: number | undefined) =>
    out.push(
      `  ${label.padEnd(24)}${formatCount(words).padStart(6)} words  ${rate(per100)} loaded terms / 100 words`,
    );
  row('wire text', doc.layers.wire.words, byLayer.wire?.wordingPer100);
  row('editorial layer', doc.layers.editorial.words, byLayer.editorial?.wordingPer100);
  row('  bracketed insertions', analysis.summary.insertions.words, analysis.summary.insertions.wordingPer100);
  if (analysis.summary.headline) out.push('', s.bold(safe(analysis.summary.headline)));
  if (doc.diagnostics.length) {
    rule(`Diagnostics (${doc.diagnostics.length})`);
    const at = lineLocator(doc.text);
    for (const d of doc.diagnostics) {
      const { line, column } = at(d.range[0]);
      out.push(`  ${d.severity}: ${safe(d.message)} (line ${line}, column ${column}, offset ${d.range[0]})`);
    }
  }
  return `${out.join('\n')}\n`;
}

function rate(value: number | undefined): string {
  return (value ?? 0).toFixed(2).padStart(6);
}

function sourceName(doc: GlossDocument, id: string): string {
  const source = doc.sources.find((x) => x.id === id);
  if (!source) return id;
  if (source.role === 'editor') return 'the reprinting site';
  return escapeTerminal(source.name ?? source.role);
}

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * The slice with every finding wrapped as ‹…›ⁿ (n: its number, as in the handout and the JSON's
 * order), underlined when colour is on. Overlapping findings nest: `‹‹a›¹ b›²`.
 */
function markFindings(
  text: string,
  [start, end]: Range,
  findings: Finding[],
  numbers: Map<Finding, number>,
  s: ReturnType<typeof styles>,
  safe: (t: string) => string,
): string {
  const inside = findings.filter((f) => f.range[0] >= start && f.range[1] <= end && f.range[1] > f.range[0]);
  if (inside.length === 0) return safe(text.slice(start, end));
  const points = [...new Set([start, end, ...inside.flatMap((f) => f.range)])].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i < points.length; i++) {
    const at = points[i]!;
    // closes first (shorter ranges inside longer ones), then opens (longer ranges outside)
    const closing = inside
      .filter((f) => f.range[1] === at)
      .sort((a, b) => a.range[0] - b.range[0])
      .reverse();
    for (const f of closing) out += s.underline('›') + s.dim(superscript(numbers.get(f)!));
    const opening = inside.filter((f) => f.range[0] === at).sort((a, b) => b.range[1] - a.range[1]);
    for (const _ of opening) out += s.underline('‹');
    const next = points[i + 1];
    if (next === undefined) break;
    const open = inside.some((f) => f.range[0] <= at && f.range[1] >= next);
    const piece = safe(text.slice(at, next));
    out += open ? s.underline(piece) : piece;
  }
  return out;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
function superscript(n: number): string {
  return String(n)
    .split('')
    .map((d) => SUPERSCRIPT[Number(d)])
    .join('');
}
