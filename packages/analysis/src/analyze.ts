import type { GlossDocument } from '@gloss/document';
import { type AnalyzeOptions, analyzeWith, createEngine, type Engine } from './engine/analyze.ts';
import { wordingModel } from './model/index.ts';
import type { Family, Severity } from './rule.ts';
import { rules } from './rules/index.ts';
import type { Analysis } from './types.ts';

let engine: Engine | null = null;

/** The default engine over every registered rule, compiled on first use (the automaton is immutable). */
export function defaultEngine(): Engine {
  engine ??= createEngine(rules, wordingModel());
  return engine;
}

/**
 * Runs the loaded-wording passes over a parsed document.
 * See docs/analysis.md for the option semantics.
 */
export function analyzeDocument(doc: GlossDocument, options: AnalyzeOptions = {}): Analysis {
  return analyzeWith(defaultEngine(), doc, options);
}

export interface RuleInfo {
  id: string;
  category: string;
  family: Family;
  severity: Severity;
  description: string;
  url: string;
  source: string;
  confidence: number;
  entries: number;
  examples: { ok: readonly string[]; notOk: readonly string[] };
}

/** Rule metadata for docs, `--rules` listings and run manifests. */
export function ruleList(): RuleInfo[] {
  return rules.map((r) => ({
    id: r.id,
    category: r.category,
    family: r.family,
    severity: r.severity,
    description: r.description,
    url: r.url,
    source: r.source,
    confidence: r.confidence,
    entries: r.lexicon?.length ?? 0,
    examples: { ok: r.examples.ok, notOk: r.examples.notOk.map((e) => e.text) },
  }));
}
