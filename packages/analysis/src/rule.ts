import type { GlossDocument, Layer, Range, Speaker, Voice } from '@gloss/document';
import type { Tokens } from './engine/tokens.ts';
import type { Family, Finding, Severity } from './types.ts';
export type { Family, Severity };

/** Which political direction typically uses (or is accused of using) a term; `none` for non-partisan charge. */
export type Lean = 'left' | 'right' | 'none';

/**
 * One entry of a rule's word list. Lists are data: every entry says where the
 * guidance comes from and what a neutral writer would use instead.
 */
export interface LexiconEntry {
  /** Stable kebab-case id, unique within the rule. */
  id: string;
  /** Phrases as written, lowercase; hyphens and spaces are interchangeable. */
  phrases: readonly string[];
  /** Neutral alternatives; empty only with `expectedNote`. */
  expected: readonly string[];
  expectedNote?: string;
  /** Why this wording is loaded (one sentence). */
  note?: string;
  /** Citation of the guidance. */
  source: string;
  url?: string;
  lean?: Lean;
  /** 0..1; defaults to the rule's `confidence`. */
  confidence?: number;
  /** Generate inflections of the last word (`slam` → `slams`, `slammed`, `slamming`). Default true. */
  inflect?: boolean;
}

export interface RuleExamples {
  /** Texts on which the rule reports nothing. */
  ok: readonly string[];
  /**
   * Texts on which the rule reports, each with what it reports, as `line:col: reason`
   * (remark-lint's habit): the contract test checks every line, at `--min-confidence 0`.
   */
  notOk: readonly { text: string; output: readonly string[] }[];
}

export interface RuleMeta {
  id: string;
  category: string;
  family: Family;
  severity: Severity;
  description: string;
  url: string;
  /** Default citation when an entry or report gives none. */
  source: string;
  /** Default confidence of the rule's findings. */
  confidence: number;
  examples: RuleExamples;
  /**
   * Report every hit in the editorial layer whatever the wording model's default threshold
   * (`confidence` is still the model's): for lists of specific style-guide advice a teacher
   * should always see in the reprinting site's own words. In the wire text the model decides.
   */
  alwaysReport?: boolean;
  /** Phrases compiled into the shared automaton; `ctx.matches` holds this rule's hits. */
  lexicon?: readonly LexiconEntry[];
}

/** A lexicon hit: tokens `[first, last]` of the text matched `entry`. */
export interface Match {
  range: Range;
  first: number;
  last: number;
  entry: LexiconEntry;
}

export interface Report {
  range: Range;
  /** Id of the word-list entry behind the report. */
  entry?: string;
  expected: readonly string[];
  expectedNote?: string;
  reason: string;
  note?: string;
  source?: string;
  url?: string;
  confidence?: number;
}

/** The wording model's view of the document (src/model): calibrated probabilities per token. */
export interface ModelView {
  readonly version: string;
  /** The default threshold on `confidence` for `wording` findings. */
  readonly threshold: number;
  /**
   * The lowest confidence this run reports for gated `wording` findings (`--min-confidence`,
   * else `threshold`): a rule may skip what would be filtered out anyway.
   */
  readonly minimum: number;
  /** Calibrated probability that annotators mark each token as loaded. */
  readonly probability: Float32Array;
  /** The highest probability over the tokens of `range` (0 when it holds none). */
  rangeProbability(range: Range): number;
  /** What pushed token `index` towards “loaded”, strongest first, as short phrases. */
  explain(index: number): string[];
  /** Whether a `wording` or `framing` word list matched a span covering token `index`. */
  listed(index: number): boolean;
}

export interface VoiceInfo {
  voice: Voice;
  speaker: Speaker | null;
  layer: Layer;
}

export interface RuleContext {
  readonly doc: GlossDocument;
  readonly text: string;
  readonly tokens: Tokens;
  /** This rule's lexicon hits, longest first at each position, in text order. */
  readonly matches: readonly Match[];
  /** Who speaks at a range (memoised `voiceAt`). */
  voice(range: Range): VoiceInfo;
  /** Index of the sentence holding `offset` in `doc.sentences`, or -1. */
  sentenceAt(offset: number): number;
  report(report: Report): void;
  /** The wording model's scores, computed on first call (null when the engine has no model). */
  model(): ModelView | null;
}

/** A finding before the engine stamps voice, speaker and layer. */
export type RawFinding = Omit<Finding, 'voice' | 'speaker' | 'layer'>;

export interface Rule extends RuleMeta {
  run(ctx: RuleContext): void;
}

export interface RuleDefinition extends RuleMeta {
  /** Pure and synchronous. Defaults to reporting every lexicon match with the entry's data. */
  run?: (ctx: RuleContext) => void;
}

export const DOCS_BASE = 'https://github.com/gloss-tools/gloss/blob/main/docs/rules.md';

export function docsUrl(id: string): string {
  return `${DOCS_BASE}#${id}`;
}

/**
 * A capitalised word that does not open a sentence is most likely part of a name
 * (“Project on Government Oversight”, “Great Britain”): generic word lists skip it.
 */
export function inName(text: string, range: Range): boolean {
  const c = text.charCodeAt(range[0]);
  if (!(c >= 65 && c <= 90)) return false;
  let i = range[0] - 1;
  while (i >= 0 && /[\s"“‘'([—–-]/.test(text[i]!)) {
    if (text[i] === '\n') return false;
    i--;
  }
  return i >= 0 && !/[.!?:…]/.test(text[i]!);
}

/** Reports every lexicon match with the entry's alternatives and citation. */
export function reportMatches(
  ctx: RuleContext,
  reason: (m: Match, actual: string) => string,
  options: { skipNames?: boolean } = {},
): void {
  for (const m of ctx.matches) {
    if (options.skipNames && inName(ctx.text, m.range)) continue;
    const e = m.entry;
    const actual = ctx.text.slice(m.range[0], m.range[1]);
    ctx.report({
      range: m.range,
      entry: e.id,
      expected: e.expected,
      ...(e.expectedNote === undefined ? {} : { expectedNote: e.expectedNote }),
      reason: reason(m, actual),
      ...(e.note === undefined ? {} : { note: e.note }),
      source: e.source,
      ...(e.url === undefined ? {} : { url: e.url }),
      ...(e.confidence === undefined ? {} : { confidence: e.confidence }),
    });
  }
}

/** The rule factory: metadata plus a pure function; the engine stamps the bookkeeping. */
export function defineRule(def: RuleDefinition): Rule {
  const run =
    def.run ?? ((ctx: RuleContext) => reportMatches(ctx, (_m, actual) => `“${actual}” is loaded wording`));
  return Object.freeze({ ...def, run });
}
