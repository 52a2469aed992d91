import { countWords, formatCount, type GlossDocument, type Layer, type Voice } from '@gloss/document';
import type { AnalysisSummary, Finding, RateSet } from '../types.ts';

function rate(n: number, words: number): number {
  return words === 0 ? 0 : Math.round((n * 10000) / words) / 100;
}

function fmt(n: number): string {
  return n.toFixed(1);
}

/** A count with thousands separators (`2,225`), as every Gloss message writes counts. */
const count = formatCount;

/** The teacher's one line: loaded terms per 100 words in the editor's insertions against the wire text. */
export function headline(byLayer: Record<Layer, RateSet>, insertions: RateSet): string {
  const ed = insertions;
  const wire = byLayer.wire;
  const terms = (n: number) => (n === 1 ? 'loaded term' : 'loaded terms');
  if (ed.words === 0) {
    return `The wire text carries ${fmt(wire.wordingPer100)} ${terms(wire.wording)} per 100 words (${count(wire.wording)} in ${count(wire.words)} words); there are no editorial insertions.`;
  }
  let ratio = '';
  if (wire.wordingPer100 > 0 && ed.wordingPer100 > 0) {
    const r = ed.wordingPer100 / wire.wordingPer100;
    ratio =
      r >= 1.5
        ? ` — ${fmt(r)} times the wire rate`
        : r <= 1 / 1.5
          ? ` — ${fmt(1 / r)} times less than the wire rate`
          : ' — about the same';
  } else if (wire.wordingPer100 === 0 && ed.wordingPer100 > 0) ratio = ' — the wire text has none';
  return `The editorial insertions carry ${fmt(ed.wordingPer100)} loaded terms per 100 words (${count(ed.wording)} in ${count(ed.words)} words), the wire text ${fmt(wire.wordingPer100)} (${count(wire.wording)} in ${count(wire.words)})${ratio}.`;
}

interface Tally {
  findings: number;
  wording: number;
}

function rates(t: Tally, words: number): RateSet {
  return {
    words,
    findings: t.findings,
    wording: t.wording,
    wordingPer100: rate(t.wording, words),
    per100: rate(t.findings, words),
  };
}

function sorted(out: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Counts and rates in one pass over the findings (they are sorted by range, as are the insertions). */
export function summarize(
  doc: GlossDocument,
  findings: readonly Finding[],
  voiceWords: Record<Voice, number>,
): AnalysisSummary {
  const byFamily: Record<string, number> = {};
  const byCategory: Record<string, number> = {};
  const byRule: Record<string, number> = {};
  const layer: Record<Layer, Tally> = {
    wire: { findings: 0, wording: 0 },
    editorial: { findings: 0, wording: 0 },
  };
  const voice: Record<Voice, Tally> = {
    reporter: { findings: 0, wording: 0 },
    quoted: { findings: 0, wording: 0 },
    editorial: { findings: 0, wording: 0 },
    question: { findings: 0, wording: 0 },
    'other-source': { findings: 0, wording: 0 },
  };
  const inserted: Tally = { findings: 0, wording: 0 };
  const ins = doc.insertions;
  let k = 0;
  for (const f of findings) {
    byFamily[f.family] = (byFamily[f.family] ?? 0) + 1;
    byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
    byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
    const w = f.family === 'wording' ? 1 : 0;
    layer[f.layer].findings++;
    layer[f.layer].wording += w;
    voice[f.voice].findings++;
    voice[f.voice].wording += w;
    while (k < ins.length && ins[k]!.range[1] <= f.range[0]) k++;
    const i = ins[k];
    if (i !== undefined && i.range[0] <= f.range[0] && f.range[1] <= i.range[1]) {
      inserted.findings++;
      inserted.wording += w;
    }
  }
  let insertionWords = 0;
  for (const i of ins) insertionWords += countWords(doc.text, i.inner[0], i.inner[1]);
  const byLayer: Record<Layer, RateSet> = {
    wire: rates(layer.wire, doc.layers.wire.words),
    editorial: rates(layer.editorial, doc.layers.editorial.words),
  };
  const byVoice = Object.fromEntries(
    (Object.keys(voice) as Voice[]).map((v) => [v, rates(voice[v], voiceWords[v])]),
  ) as Record<Voice, RateSet>;
  const insertions = rates(inserted, insertionWords);
  return {
    findings: findings.length,
    byFamily: sorted(byFamily),
    byCategory: sorted(byCategory),
    byRule: sorted(byRule),
    byLayer,
    byVoice,
    insertions,
    headline: headline(byLayer, insertions),
  };
}
