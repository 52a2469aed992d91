import type { Analysis, Finding } from '@gloss/analysis';
import { type GlossDocument, type InsertionKind, type Layer, type Voice, wordRanges } from '@gloss/document';

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

function familyCount(list: readonly Finding[], family: string): number {
  let n = 0;
  for (const f of list) if (f.family === family) n++;
  return n;
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

/** Flesch–Kincaid grade level: 0.39 × words/sentences + 11.8 × syllables/word − 15.59 (Kincaid et al. 1975). */
export function fleschKincaidGrade(
  text: string,
  sentences: number,
  ranges = wordRanges(text),
): number | null {
  if (ranges.length === 0) return null;
  let syl = 0;
  for (const [start, end] of ranges) syl += syllables(text, start, end);
  const s = Math.max(1, sentences);
  return round(0.39 * (ranges.length / s) + 11.8 * (syl / ranges.length) - 15.59, 2);
}

/** Measures of one analysed document, keyed by the names in METRIC_COLUMNS, plus finding counts by category. */
export function computeMetrics(
  doc: GlossDocument,
  analysis: Analysis,
): { metrics: MetricValues; categories: Record<string, number> } {
  const m: MetricValues = {};
  const ranges = wordRanges(doc.text);
  const words = ranges.length;
  m.words = words;
  m.sentences = doc.sentences.length;
  m.readability_grade = fleschKincaidGrade(doc.text, doc.sentences.length, ranges);
  m.insertions = doc.insertions.length;
  for (const kind of INSERTION_KINDS) m[`insertions_${kind}`] = 0;
  for (const ins of doc.insertions) m[`insertions_${ins.kind}`] = (m[`insertions_${ins.kind}`] ?? 0) + 1;
  m.elisions = doc.elisions.length;
  m.quotes = doc.quotes.length;
  m.quotes_direct = 0;
  m.quotes_partial = 0;
  m.quotes_scare = 0;
  const named = new Set<string>();
  const anonymous = new Set<string>();
  for (const q of doc.quotes) {
    m[`quotes_${q.kind}`] = (m[`quotes_${q.kind}`] ?? 0) + 1;
    if (q.speaker) (q.speaker.named ? named : anonymous).add(q.speaker.name.toLowerCase());
  }
  m.sources_named = named.size;
  m.sources_anonymous = anonymous.size;
  const findings = analysis.findings;
  m.findings = findings.length;
  m.findings_per100 = per100(findings.length, words);
  for (const family of FAMILIES) {
    const n = familyCount(findings, family);
    m[family] = n;
    m[`${family}_per100`] = per100(n, words);
  }
  for (const scope of SCOPES) {
    const p = scope.prefix;
    const inScope = findings.filter((f) => (scope.layer ? f.layer === scope.layer : f.voice === scope.voice));
    const scopeWords = scope.layer
      ? (analysis.summary.byLayer[scope.layer]?.words ??
        (scope.layer === 'wire' ? doc.layers.wire.words : doc.layers.editorial.words))
      : (analysis.summary.byVoice[scope.voice!]?.words ?? 0);
    m[`${p}_words`] = scopeWords;
    m[`${p}_findings`] = inScope.length;
    m[`${p}_per100`] = per100(inScope.length, scopeWords);
    for (const family of FAMILIES) {
      const n = familyCount(inScope, family);
      m[`${p}_${family}`] = n;
      m[`${p}_${family}_per100`] = per100(n, scopeWords);
    }
  }
  const categories: Record<string, number> = {};
  for (const f of findings) categories[f.category] = (categories[f.category] ?? 0) + 1;
  const sorted: Record<string, number> = {};
  for (const key of Object.keys(categories).sort()) sorted[key] = categories[key]!;
  return { metrics: m, categories: sorted };
}
