import type { Layer, Range, Voice } from '@gloss/document';

/**
 * `wording`: a loaded word or phrase (what the MBIC accuracy script scores);
 * `sourcing`: who is (not) named as the source; `framing`: how a claim is put
 * (attribution verbs, scare quotes, hedges, passive voice).
 */
export type Family = 'wording' | 'sourcing' | 'framing';

export type Severity = 'info' | 'warning' | 'error';

export interface Finding {
  ruleId: string;
  /** Stable id of the word-list entry that matched (`illegal-immigrant`), when the rule has a word list. */
  entry?: string;
  category: string;
  family: Family;
  severity: Severity;
  range: Range;
  /** The exact input slice. */
  actual: string;
  /** Neutral alternatives; empty only with `expectedNote` saying why. */
  expected: string[];
  expectedNote?: string;
  reason: string;
  note: string;
  /** Citation of the guidance (style guide, study, dictionary). */
  source: string;
  url: string;
  confidence: number;
  voice: Voice;
  /** Set when `voice` is `quoted`. */
  speaker?: { name: string; named: boolean } | null;
  layer: Layer;
}

export interface RateSet {
  words: number;
  findings: number;
  wording: number;
  /** Loaded-wording findings per 100 words. */
  wordingPer100: number;
  /** All findings per 100 words. */
  per100: number;
}

export interface AnalysisSummary {
  findings: number;
  byFamily: Record<string, number>;
  byCategory: Record<string, number>;
  byRule: Record<string, number>;
  byLayer: Record<Layer, RateSet>;
  byVoice: Record<Voice, RateSet>;
  /** Inside bracketed insertions only (a subset of the `editorial` voice, which also holds credit lines and notices). */
  insertions: RateSet;
  /**
   * The sum of every word's calibrated probability of being loaded: the expected number of
   * words annotators would mark (present when the engine has the wording model).
   */
  wordingExpected?: number;
  /** e.g. "The editorial insertions carry 6.2 loaded terms per 100 words; the wire text 0.9." */
  headline: string;
}

export interface Analysis {
  findings: Finding[];
  summary: AnalysisSummary;
}
