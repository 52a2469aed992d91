import type { Voice } from '@gloss/document';
import type { Finding } from '../types.ts';

/**
 * Post-processing as tiny pure steps (textlint's kernel/src/messages): each takes
 * findings and returns new findings, never mutating its input.
 */

/** Drops exact repeats, and a `wording` finding lying inside a `wording` finding of a rule listed earlier. */
export function dedupe(findings: readonly Finding[], priority: ReadonlyMap<string, number>): Finding[] {
  const seen = new Set<string>();
  const unique: Finding[] = [];
  for (const f of findings) {
    const key = `${f.ruleId}:${f.range[0]}:${f.range[1]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(f);
  }
  const wording = unique.filter((f) => f.family === 'wording');
  if (wording.length < 2) return unique;
  const rank = (f: Finding) => priority.get(f.ruleId) ?? Number.MAX_SAFE_INTEGER;
  const beats = (g: Finding, f: Finding) =>
    g !== f &&
    g.range[0] <= f.range[0] &&
    f.range[1] <= g.range[1] &&
    (rank(g) < rank(f) || (rank(g) === rank(f) && g.range[1] - g.range[0] > f.range[1] - f.range[0]));
  // Sweep by start: only findings still open at a start can contain what starts there, so the
  // cost follows the overlap, not the square of the number of findings.
  const byStart = [...wording].sort((a, b) => a.range[0] - b.range[0]);
  const beaten = new Set<Finding>();
  let open: Finding[] = [];
  for (let i = 0; i < byStart.length; ) {
    const at = byStart[i]!.range[0];
    let j = i;
    while (j < byStart.length && byStart[j]!.range[0] === at) j++;
    const group = byStart.slice(i, j);
    open = open.filter((g) => g.range[1] > at);
    for (const f of group) {
      if (open.some((g) => beats(g, f)) || group.some((g) => beats(g, f))) beaten.add(f);
    }
    open.push(...group);
    i = j;
  }
  return unique.filter((f) => !beaten.has(f));
}

export interface FilterOptions {
  voices?: readonly Voice[];
  minConfidence?: number;
  /**
   * The minimum for `wording` findings when `minConfidence` is not given: the model's
   * default threshold (chosen for precision), so the default report is the one measured.
   */
  wordingMinConfidence?: number;
  /**
   * Rule ids `wordingMinConfidence` does not apply to in the editorial layer (lists of specific
   * style-guide advice): in the reprinting site's own words a label is the editor's choice, which
   * a teacher should always see; in the wire text many labels name the topic (a “regime”, a
   * “white supremacist” group), and the calibrated model decides there, as for every word list.
   */
  ungated?: ReadonlySet<string>;
  /** Ids never reported: rule id, family, category, `rule/entry` id, or the exact phrase (any case). */
  allow?: readonly string[];
  /** When given, only these are reported (same id forms as `allow`). */
  deny?: readonly string[];
}

function keys(f: Finding): string[] {
  const out = [f.ruleId, f.family, f.category, f.actual.toLowerCase().replaceAll('’', "'")];
  if (f.entry !== undefined) out.push(`${f.ruleId}/${f.entry}`, f.entry);
  return out;
}

export function filter(findings: readonly Finding[], options: FilterOptions): Finding[] {
  const voices = options.voices && options.voices.length > 0 ? new Set(options.voices) : null;
  const min = options.minConfidence ?? 0;
  const wordingMin = options.minConfidence ?? options.wordingMinConfidence ?? 0;
  const allow = options.allow && options.allow.length > 0 ? new Set(options.allow.map(lower)) : null;
  const deny = options.deny && options.deny.length > 0 ? new Set(options.deny.map(lower)) : null;
  return findings.filter((f) => {
    if (voices !== null && !voices.has(f.voice)) return false;
    const gated =
      f.family === 'wording' && !(f.layer === 'editorial' && (options.ungated?.has(f.ruleId) ?? false));
    if (f.confidence < (gated ? wordingMin : min)) return false;
    if (allow !== null && keys(f).some((k) => allow.has(k))) return false;
    if (deny !== null && !keys(f).some((k) => deny.has(k))) return false;
    return true;
  });
}

function lower(s: string): string {
  return s.toLowerCase().replaceAll('’', "'");
}

/** By start, then end, then rule id: the one order every output uses. */
export function sort(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.range[0] - b.range[0] ||
      a.range[1] - b.range[1] ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}
