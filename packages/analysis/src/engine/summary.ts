import { countWords, type GlossDocument, type Layer, type Voice } from '@gloss/document';
import type { AnalysisSummary, Finding, RateSet } from '../types.ts';

function rate(n: number, words: number): number {
  return words === 0 ? 0 : Math.round((n * 10000) / words) / 100;
}

function rateSet(findings: readonly Finding[], words: number): RateSet {
  const wording = findings.filter((f) => f.family === 'wording').length;
  return {
    words,
    findings: findings.length,
    wording,
    wordingPer100: rate(wording, words),
    per100: rate(findings.length, words),
  };
}

function count(findings: readonly Finding[], key: (f: Finding) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) out[key(f)] = (out[key(f)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function fmt(n: number): string {
  return n.toFixed(1);
}

/** The teacher's one line: loaded terms per 100 words in the editor's insertions against the wire text. */
export function headline(byLayer: Record<Layer, RateSet>, insertions: RateSet): string {
  const ed = insertions;
  const wire = byLayer.wire;
  const terms = (n: number) => (n === 1 ? 'loaded term' : 'loaded terms');
  if (ed.words === 0) {
    return `The wire text carries ${fmt(wire.wordingPer100)} ${terms(wire.wording)} per 100 words (${wire.wording} in ${wire.words} words); there are no editorial insertions.`;
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
  return `The editorial insertions carry ${fmt(ed.wordingPer100)} loaded terms per 100 words (${ed.wording} in ${ed.words} words), the wire text ${fmt(wire.wordingPer100)} (${wire.wording} in ${wire.words})${ratio}.`;
}

export function summarize(
  doc: GlossDocument,
  findings: readonly Finding[],
  voiceWords: Record<Voice, number>,
): AnalysisSummary {
  const layers: Layer[] = ['wire', 'editorial'];
  const layerWords: Record<Layer, number> = {
    wire: doc.layers.wire.words,
    editorial: doc.layers.editorial.words,
  };
  const byLayer = Object.fromEntries(
    layers.map((l) => [
      l,
      rateSet(
        findings.filter((f) => f.layer === l),
        layerWords[l],
      ),
    ]),
  ) as Record<Layer, RateSet>;
  const voices: Voice[] = ['reporter', 'quoted', 'editorial', 'question', 'other-source'];
  const byVoice = Object.fromEntries(
    voices.map((v) => [
      v,
      rateSet(
        findings.filter((f) => f.voice === v),
        voiceWords[v],
      ),
    ]),
  ) as Record<Voice, RateSet>;
  let insertionWords = 0;
  for (const ins of doc.insertions) insertionWords += countWords(doc.text, ins.inner[0], ins.inner[1]);
  const inserted = findings.filter((f) =>
    doc.insertions.some((ins) => ins.range[0] <= f.range[0] && f.range[1] <= ins.range[1]),
  );
  const insertions = rateSet(inserted, insertionWords);
  return {
    findings: findings.length,
    byFamily: count(findings, (f) => f.family),
    byCategory: count(findings, (f) => f.category),
    byRule: count(findings, (f) => f.ruleId),
    byLayer,
    byVoice,
    insertions,
    headline: headline(byLayer, insertions),
  };
}
