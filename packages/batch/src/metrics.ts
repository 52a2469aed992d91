import type { Analysis } from '@gloss/analysis';
import { forEachWord, type GlossDocument, type InsertionKind, type Layer, type Voice } from '@gloss/document';

/**
 * The per-document measures of `gloss batch`: one flat row per document, the same columns in
 * documents.csv, documents.parquet and the DuckDB `documents` table. Rates are per 100 words.
 */

export const INSERTION_KINDS: readonly InsertionKind[] = [
  'note',
  'commentary',
  'substitution',
  'addition',
  'clarification',
  'sic',
  'other',
];
export const FAMILIES = ['wording', 'sourcing', 'framing'] as const;
export const LAYERS: readonly Layer[] = ['wire', 'editorial'];
export const VOICES: readonly Voice[] = ['reporter', 'quoted', 'editorial', 'question', 'other-source'];

/** How a column is aggregated over documents (outlets.csv, merge). */
export type ColumnKind =
  | { kind: 'count' }
  | { kind: 'words' }
  /** `100 × count / words`; aggregated both as the mean of documents' rates and word-weighted. */
  | { kind: 'rate'; count: string; words: string }
  /** A score averaged over documents (readability grade). */
  | { kind: 'mean' };

export interface MetricColumn {
  name: string;
  type: ColumnKind;
}

interface Scope {
  prefix: string;
  layer?: Layer;
  voice?: Voice;
}

export const SCOPES: readonly Scope[] = [
  ...LAYERS.map((layer) => ({ prefix: `layer_${layer}`, layer })),
  ...VOICES.map((voice) => ({ prefix: `voice_${voice.replace(/-/g, '_')}`, voice })),
];

/** The fixed measure columns, in output order (category columns follow, sorted by name). */
export const METRIC_COLUMNS: readonly MetricColumn[] = (() => {
  const cols: MetricColumn[] = [];
  const count = (name: string): void => {
    cols.push({ name, type: { kind: 'count' } });
  };
  const rate = (name: string, countCol: string, words: string): void => {
    cols.push({ name, type: { kind: 'rate', count: countCol, words } });
  };
  cols.push({ name: 'words', type: { kind: 'words' } });
  count('sentences');
  cols.push({ name: 'readability_grade', type: { kind: 'mean' } });
  count('insertions');
  for (const kind of INSERTION_KINDS) count(`insertions_${kind}`);
  count('elisions');
  count('quotes');
  count('quotes_direct');
  count('quotes_partial');
  count('quotes_scare');
  count('sources_named');
  count('sources_anonymous');
  count('findings');
  rate('findings_per100', 'findings', 'words');
  for (const family of FAMILIES) {
    count(family);
    rate(`${family}_per100`, family, 'words');
  }
  for (const scope of SCOPES) {
    const p = scope.prefix;
    cols.push({ name: `${p}_words`, type: { kind: 'words' } });
    count(`${p}_findings`);
    rate(`${p}_per100`, `${p}_findings`, `${p}_words`);
    for (const family of FAMILIES) {
      count(`${p}_${family}`);
      rate(`${p}_${family}_per100`, `${p}_${family}`, `${p}_words`);
    }
  }
  // The wording model's expected number of loaded words (sum of calibrated probabilities), and per 100 words.
  cols.push({ name: 'wording_expected', type: { kind: 'mean' } });
  cols.push({ name: 'wording_expected_per100', type: { kind: 'mean' } });
  return cols;
})();

export function categoryColumns(category: string): MetricColumn[] {
  const name = `category_${category.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;
  return [
    { name, type: { kind: 'count' } },
    { name: `${name}_per100`, type: { kind: 'rate', count: name, words: 'words' } },
  ];
}

export type MetricValues = Record<string, number | null>;

export function per100(count: number, words: number): number | null {
  if (words <= 0) return null;
  return round(((100 * count) / words) as number, 4);
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

const letters = new Uint8Array(64);

function isVowel(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
}

function notLVowel(c: number): boolean {
  return c !== 108 && !isVowel(c);
}

/**
 * Syllables of an English word by the usual vowel-group heuristic (as in textstat and other
 * readability tools): ASCII letters only; a final `-es`/`-ed`/`-e` after a consonant other than
 * `l` is silent; a leading `y` is a consonant; each run of one or two vowels is a syllable.
 * A loop over char codes, not regular expressions: it runs on every word of every document.
 */
export function syllables(text: string, start = 0, end = text.length): number {
  let len = 0;
  for (let i = start; i < end && len < letters.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if (c >= 97 && c <= 122) letters[len++] = c;
  }
  if (len <= 3) return 1;
  let stop = len;
  const last = letters[len - 1]!;
  const prev = letters[len - 2]!;
  if (last === 115 && prev === 101 && notLVowel(letters[len - 3]!)) stop = len - 3;
  else if (last === 100 && prev === 101 && notLVowel(letters[len - 3]!)) stop = len - 3;
  else if (last === 101 && notLVowel(prev)) stop = len - 2;
  let i = letters[0] === 121 ? 1 : 0;
  let count = 0;
  while (i < stop) {
    if (isVowel(letters[i]!)) {
      let run = 0;
      while (i < stop && isVowel(letters[i]!)) {
        run++;
        i++;
      }
      count += Math.ceil(run / 2);
    } else i++;
  }
  return Math.max(1, count);
}

/** Words (exactly `wordRanges` of @gloss/document) and their syllables, in one pass without allocating. */
export function wordsAndSyllables(text: string): { words: number; syllables: number } {
  let words = 0;
  let syl = 0;
  forEachWord(text, 0, text.length, (start, end) => {
    words++;
    syl += syllables(text, start, end);
  });
  return { words, syllables: syl };
}

/** Flesch–Kincaid grade level: 0.39 × words/sentences + 11.8 × syllables/word − 15.59 (Kincaid et al. 1975). */
export function fleschKincaidGrade(text: string, sentences: number): number | null {
  return gradeOf(wordsAndSyllables(text), sentences);
}

function gradeOf(counts: { words: number; syllables: number }, sentences: number): number | null {
  if (counts.words === 0) return null;
  const s = Math.max(1, sentences);
  return round(0.39 * (counts.words / s) + 11.8 * (counts.syllables / counts.words) - 15.59, 2);
}

const FAMILY_INDEX = new Map<string, number>(FAMILIES.map((f, i) => [f, i]));
const LAYER_SCOPE = new Map<string, number>(
  SCOPES.flatMap((s, i) => (s.layer ? [[s.layer, i] as const] : [])),
);
const VOICE_SCOPE = new Map<string, number>(
  SCOPES.flatMap((s, i) => (s.voice ? [[s.voice, i] as const] : [])),
);

/**
 * The measures in the order documents.jsonl writes them: METRIC_COLUMNS' order, except that
 * `wording_expected` and its rate follow `findings_per100` (where they were first added), so
 * lines stay byte-identical to earlier runs.
 */
export const LINE_METRICS: readonly string[] = (() => {
  const names = METRIC_COLUMNS.map((c) => c.name).filter((n) => !n.startsWith('wording_expected'));
  names.splice(names.indexOf('findings_per100') + 1, 0, 'wording_expected', 'wording_expected_per100');
  return names;
})();
const SLOT = new Map(LINE_METRICS.map((name, i) => [name, i]));
const slot = (name: string): number => SLOT.get(name)!;
/** `{"words":`, `,"sentences":`, …: each member's start, so a line's measures are joined, not stringified. */
const MEMBER = LINE_METRICS.map((name, i) => `${i === 0 ? '{' : ','}${JSON.stringify(name)}:`);
const S = {
  words: slot('words'),
  sentences: slot('sentences'),
  grade: slot('readability_grade'),
  insertions: slot('insertions'),
  insertionsOther: slot('insertions_other'),
  elisions: slot('elisions'),
  quotes: slot('quotes'),
  direct: slot('quotes_direct'),
  partial: slot('quotes_partial'),
  scare: slot('quotes_scare'),
  named: slot('sources_named'),
  anonymous: slot('sources_anonymous'),
  findings: slot('findings'),
  findingsPer100: slot('findings_per100'),
  expected: slot('wording_expected'),
  expectedPer100: slot('wording_expected_per100'),
  family: FAMILIES.map((f) => slot(f)),
  familyPer100: FAMILIES.map((f) => slot(`${f}_per100`)),
};
/** Slots per scope: words, findings, per100, then per family the count and its rate. */
const SCOPE_SLOTS = SCOPES.map((s) => ({
  words: slot(`${s.prefix}_words`),
  findings: slot(`${s.prefix}_findings`),
  per100: slot(`${s.prefix}_per100`),
  family: FAMILIES.map((f) => slot(`${s.prefix}_${f}`)),
  familyPer100: FAMILIES.map((f) => slot(`${s.prefix}_${f}_per100`)),
}));
const INSERTION_SLOT = new Map<string, number>(INSERTION_KINDS.map((k) => [k, slot(`insertions_${k}`)]));

/**
 * One document's measures: a value per LINE_METRICS name, in that order (NaN where the
 * measure is null: a rate over no words), and its finding counts by category, sorted by name.
 * An array of numbers rather than an object of 107 members: this runs for every document.
 */
export interface Measures {
  values: Float64Array;
  categories: Record<string, number>;
}

const rate = (count: number, words: number): number => per100(count, words) ?? Number.NaN;

/** The measures of one analysed document (see {@link Measures}). */
export function measure(doc: GlossDocument, analysis: Analysis): Measures {
  const v = new Float64Array(LINE_METRICS.length);
  const counts = wordsAndSyllables(doc.text);
  const words = counts.words;
  v[S.words] = words;
  v[S.sentences] = doc.sentences.length;
  v[S.grade] = gradeOf(counts, doc.sentences.length) ?? Number.NaN;
  v[S.insertions] = doc.insertions.length;
  for (const ins of doc.insertions) v[INSERTION_SLOT.get(ins.kind) ?? S.insertionsOther]!++;
  v[S.elisions] = doc.elisions.length;
  v[S.quotes] = doc.quotes.length;
  const named = new Set<string>();
  const anonymous = new Set<string>();
  for (const q of doc.quotes) {
    v[q.kind === 'direct' ? S.direct : q.kind === 'partial' ? S.partial : S.scare]!++;
    if (q.speaker) (q.speaker.named ? named : anonymous).add(q.speaker.name.toLowerCase());
  }
  v[S.named] = named.size;
  v[S.anonymous] = anonymous.size;

  // One pass over the findings: totals per family, per scope and per scope × family, per category.
  const findings = analysis.findings;
  const families = FAMILIES.length;
  const byFamily = new Array<number>(families).fill(0);
  const byScope = new Array<number>(SCOPES.length).fill(0);
  const byScopeFamily = new Array<number>(SCOPES.length * families).fill(0);
  const categories: Record<string, number> = {};
  for (const f of findings) {
    const fam = FAMILY_INDEX.get(f.family) ?? -1;
    if (fam >= 0) byFamily[fam]!++;
    for (const scope of [LAYER_SCOPE.get(f.layer), VOICE_SCOPE.get(f.voice)]) {
      if (scope === undefined) continue;
      byScope[scope]!++;
      if (fam >= 0) byScopeFamily[scope * families + fam]!++;
    }
    categories[f.category] = (categories[f.category] ?? 0) + 1;
  }
  v[S.findings] = findings.length;
  v[S.findingsPer100] = rate(findings.length, words);
  const expected = analysis.summary.wordingExpected;
  v[S.expected] = expected === undefined ? Number.NaN : round(expected, 3);
  v[S.expectedPer100] = expected === undefined ? Number.NaN : rate(expected, words);
  for (let i = 0; i < families; i++) {
    v[S.family[i]!] = byFamily[i]!;
    v[S.familyPer100[i]!] = rate(byFamily[i]!, words);
  }
  for (let s = 0; s < SCOPES.length; s++) {
    const scope = SCOPES[s]!;
    const at = SCOPE_SLOTS[s]!;
    const scopeWords = scope.layer
      ? (analysis.summary.byLayer[scope.layer]?.words ??
        (scope.layer === 'wire' ? doc.layers.wire.words : doc.layers.editorial.words))
      : (analysis.summary.byVoice[scope.voice!]?.words ?? 0);
    v[at.words] = scopeWords;
    v[at.findings] = byScope[s]!;
    v[at.per100] = rate(byScope[s]!, scopeWords);
    for (let i = 0; i < families; i++) {
      const n = byScopeFamily[s * families + i]!;
      v[at.family[i]!] = n;
      v[at.familyPer100[i]!] = rate(n, scopeWords);
    }
  }
  const sorted: Record<string, number> = {};
  for (const key of Object.keys(categories).sort()) sorted[key] = categories[key]!;
  return { values: v, categories: sorted };
}

/** The measures as the JSON object documents.jsonl holds: `JSON.stringify` of {@link computeMetrics}'s, without building it. */
export function metricsJson(values: Float64Array): string {
  let out = '';
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    // What JSON.stringify writes for a number (NaN: null).
    out += MEMBER[i]! + (Number.isFinite(x) ? `${x}` : 'null');
  }
  return `${out}}`;
}

/** Measures of one analysed document, keyed by the names in METRIC_COLUMNS, plus finding counts by category. */
export function computeMetrics(
  doc: GlossDocument,
  analysis: Analysis,
): { metrics: MetricValues; categories: Record<string, number> } {
  const { values, categories } = measure(doc, analysis);
  const metrics: MetricValues = {};
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    metrics[LINE_METRICS[i]!] = Number.isNaN(x) ? null : x;
  }
  return { metrics, categories };
}
