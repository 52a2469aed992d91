import {
  countWords,
  type GlossDocument,
  type Layer,
  type Range,
  sentenceIndexAt,
  type Voice,
  voiceAt,
} from '@gloss/document';
import type { WordingModel } from '../model/model.ts';
import { modelView } from '../model/view.ts';
import type { Match, ModelView, Rule, RuleContext, VoiceInfo } from '../rule.ts';
import type { Analysis, Finding } from '../types.ts';
import { type Automaton, compile, matchAll } from './automaton.ts';
import { dedupe, type FilterOptions, filter, sort } from './steps.ts';
import { summarize } from './summary.ts';
import { tokenize } from './tokens.ts';

export interface AnalyzeOptions extends FilterOptions {
  /** Only these rules run: rule ids, families or categories. */
  rules?: readonly string[];
  /** These rules do not run: rule ids, families or categories. */
  disable?: readonly string[];
}

export interface Engine {
  rules: readonly Rule[];
  automaton: Automaton;
  priority: ReadonlyMap<string, number>;
  /** The loaded-wording model stage; null runs the word lists alone (confidences from the lists). */
  model: WordingModel | null;
  /** Rules reported whatever the model's default threshold (`alwaysReport` in their metadata). */
  ungated: ReadonlySet<string>;
}

/** Compiles the rules' word lists into one automaton. Immutable once built. */
export function createEngine(rules: readonly Rule[], model: WordingModel | null = null): Engine {
  return {
    rules,
    automaton: compile(rules),
    priority: new Map(rules.map((r, i) => [r.id, i])),
    model,
    ungated: new Set(rules.filter((r) => r.alwaysReport === true).map((r) => r.id)),
  };
}

/** The same words, ignoring case, quotation marks, spacing and punctuation around them. */
function sameWording(x: string, y: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return norm(x) === norm(y);
}

function selects(rule: Rule, names: readonly string[]): boolean {
  return names.some((n) => n === rule.id || n === rule.family || n === rule.category);
}

function voiceMemo(doc: GlossDocument): (range: Range) => VoiceInfo {
  const memo = new Map<string, VoiceInfo>();
  return (range) => {
    const key = `${range[0]}:${range[1]}`;
    let v = memo.get(key);
    if (v === undefined) {
      const r = voiceAt(doc, range);
      v = { voice: r.voice, speaker: r.speaker, layer: r.layer };
      memo.set(key, v);
    }
    return v;
  };
}

/** Runs the rules over a document: one tokenisation, one automaton pass, then each rule's pure function. */
export function analyzeWith(engine: Engine, doc: GlossDocument, options: AnalyzeOptions = {}): Analysis {
  const text = doc.text;
  const tokens = tokenize(text);
  const byRule = matchAll(engine.automaton, tokens);
  const voice = voiceMemo(doc);
  const sentenceAt = (offset: number) => sentenceIndexAt(doc, offset);
  const found: Finding[] = [];
  // The model stage runs once per document, and only when some rule asks for it.
  let view: ModelView | null | undefined;
  const wordingMinConfidence = options.minConfidence ?? engine.model?.threshold;
  const model = () => {
    if (view === undefined)
      view =
        engine.model === null
          ? null
          : modelView(engine.model, engine.rules, doc, tokens, byRule, wordingMinConfidence ?? 0);
    return view;
  };
  engine.rules.forEach((rule, index) => {
    if (options.rules && options.rules.length > 0 && !selects(rule, options.rules)) return;
    if (options.disable && options.disable.length > 0 && selects(rule, options.disable)) return;
    const matches: Match[] = byRule[index]!.map((m) => ({
      range: [tokens.starts[m.first]!, tokens.ends[m.last]!] as const,
      first: m.first,
      last: m.last,
      entry: m.entry,
    }));
    const ctx: RuleContext = {
      doc,
      text,
      tokens,
      matches,
      voice,
      sentenceAt,
      model,
      report(r) {
        if (!(r.range[0] >= 0 && r.range[1] <= text.length && r.range[0] < r.range[1])) {
          throw new RangeError(`${rule.id}: report outside the text: [${r.range[0]}, ${r.range[1]})`);
        }
        const v = voice(r.range);
        const actual = text.slice(r.range[0], r.range[1]);
        // An alternative that is the flagged wording itself (a scare quote's word, an
        // entry whose phrase is also its neutral form) is no alternative: never offered.
        const expected = r.expected.filter((x) => sameWording(x, actual) === false);
        // A loaded-wording finding's confidence is the model's calibrated probability of its words.
        const m = rule.family === 'wording' ? model() : null;
        const confidence =
          m === null ? (r.confidence ?? rule.confidence) : round3(m.rangeProbability(r.range));
        const finding: Finding = {
          ruleId: rule.id,
          ...(r.entry === undefined ? {} : { entry: r.entry }),
          category: rule.category,
          family: rule.family,
          severity: rule.severity,
          range: [r.range[0], r.range[1]],
          actual,
          expected,
          ...(expected.length === 0
            ? { expectedNote: r.expectedNote ?? 'Rephrase with the specific, checkable fact.' }
            : r.expectedNote === undefined
              ? {}
              : { expectedNote: r.expectedNote }),
          reason: r.reason,
          note: r.note ?? '',
          source: r.source ?? rule.source,
          url: r.url ?? rule.url,
          confidence,
          voice: v.voice,
          ...(v.voice === 'quoted'
            ? { speaker: v.speaker ? { name: v.speaker.name, named: v.speaker.named } : null }
            : {}),
          layer: v.layer,
        };
        found.push(finding);
      },
    };
    rule.run(ctx);
  });
  const findings = sort(
    filter(dedupe(found, engine.priority), {
      ...options,
      ...(wordingMinConfidence === undefined ? {} : { wordingMinConfidence }),
      ungated: engine.ungated,
    }),
  );
  const summary = summarize(doc, findings, voiceWords(doc, voice));
  const m = model();
  if (m !== null) {
    // Calibrated probabilities add up to the expected number of words annotators would mark.
    let expected = 0;
    for (let i = 0; i < m.probability.length; i++) expected += m.probability[i]!;
    summary.wordingExpected = Math.round(expected * 1000) / 1000;
  }
  return { findings, summary };
}

/** Every word token's range and calibrated probability of being loaded (empty without a model). */
export function tokenProbabilities(
  engine: Engine,
  doc: GlossDocument,
): { ranges: Range[]; probability: Float32Array } {
  const tokens = tokenize(doc.text);
  if (engine.model === null) return { ranges: [], probability: new Float32Array(0) };
  const view = modelView(engine.model, engine.rules, doc, tokens, matchAll(engine.automaton, tokens), 0);
  const ranges: Range[] = [];
  for (let i = 0; i < tokens.count; i++) ranges.push([tokens.starts[i]!, tokens.ends[i]!]);
  return { ranges, probability: view.probability };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

const VOICES: readonly Voice[] = ['reporter', 'quoted', 'editorial', 'question', 'other-source'];

/**
 * Words spoken in each voice. Voice can only change at a block, quotation or
 * insertion boundary, so `voiceAt` is asked once per segment between boundaries.
 */
export function voiceWords(doc: GlossDocument, voice: (range: Range) => VoiceInfo): Record<Voice, number> {
  const out = Object.fromEntries(VOICES.map((v) => [v, 0])) as Record<Voice, number>;
  const cuts = new Set<number>([0, doc.text.length]);
  for (const b of doc.blocks) cuts.add(b.range[0]).add(b.range[1]);
  for (const q of doc.quotes) cuts.add(q.range[0]).add(q.range[1]).add(q.inner[0]).add(q.inner[1]);
  for (const i of doc.insertions) cuts.add(i.range[0]).add(i.range[1]);
  const sorted = [...cuts].sort((a, b) => a - b);
  for (let k = 0; k + 1 < sorted.length; k++) {
    const a = sorted[k]!;
    const b = sorted[k + 1]!;
    const n = countWords(doc.text, a, b);
    if (n === 0) continue;
    out[voice([a, b]).voice] += n;
  }
  return out;
}

export type { Layer };
