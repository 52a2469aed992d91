/** Small text helpers shared by the lesson passes: tokens, stems, stop words. */
import type { Range } from '@gloss/document';

export interface Token {
  text: string;
  lower: string;
  range: Range;
}

/** Words (letters, digits, inner apostrophes and hyphens) with their ranges. */
export function tokens(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}]+(?:[''’\-.][\p{L}\p{N}]+)*/gu;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    const s = m.index;
    const e = Math.min(end, s + m[0].length);
    const word = text.slice(s, e);
    out.push({ text: word, lower: word.toLowerCase(), range: [s, e] });
  }
  return out;
}

/**
 * English stop words for retrieval: function words plus question scaffolding
 * ("explain", "answer", "think"). Based on the SMART stop list (Salton, 1971),
 * trimmed to what occurs in reading questions.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he
her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not
now of off on once only or other our ours out over own same she should so some such than that the their theirs
them themselves then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself yourselves s t don mr mrs ms dr
answer explain think list news item article paragraph question questions following describe give
many much one two use used using like well may might must shall'd 'll 're 've`.split(/\s+/),
);

const VOWEL = /[aeiou]/;

/**
 * The first of these endings that fits, removed: -ies → -y, -sses → -ss, -s (not -ss), -eed →
 * -ee, -ed and -ing after a vowel, -ly. Suffix tests, not regular expressions such as
 * `/([aeiou].*?)ed$/`, which are quadratic on one long token (a 200 KB "word" took seconds).
 */
function stripEnding(w: string): string {
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  if (w.endsWith('eed')) return w.slice(0, -1);
  if (w.endsWith('ed') && VOWEL.test(w.slice(0, -2))) return w.slice(0, -2);
  if (w.endsWith('ing') && VOWEL.test(w.slice(0, -3))) return w.slice(0, -3);
  if (w.endsWith('ly')) return w.slice(0, -2);
  return w;
}

/** A light English stemmer (plural, -ed, -ing, -ly, -ment endings); enough to match `oppose`/`opposes`/`opposed`. */
export function stem(word: string): string {
  let w = word
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[’']/g, '');
  if (w.length <= 3) return w;
  const next = stripEnding(w);
  if (next.length >= 3) w = next;
  // undo doubled consonants and trailing e so `oppos`/`oppose`, `stopp`/`stop` meet
  w = w.replace(/([bdgmnprt])\1$/, '$1').replace(/e$/, '');
  return w;
}

/**
 * Near-synonyms folded together for retrieval, so a question's "employees" finds the
 * article's "workers". Source: WordNet 3.1 synsets and direct hypernyms
 * (employee/worker, activist/advocate, sell/market/pitch, purpose/way/aim).
 */
const SYNONYM_GROUPS: readonly string[][] = [
  ['employee', 'worker', 'staff'],
  ['activist', 'advocate', 'campaigner'],
  ['sell', 'sold', 'sale', 'market', 'pitch'],
  ['purpose', 'way', 'aim'],
  ['oppose', 'opposition', 'refuse', 'object', 'resist'],
  ['agency', 'department'],
];
const SYNONYM = new Map<string, string>();
for (const group of SYNONYM_GROUPS) for (const w of group) SYNONYM.set(stem(w), stem(group[0]!));

/** Content stems of a span, stop words dropped, near-synonyms folded. */
export function contentStems(text: string, start = 0, end = text.length): string[] {
  return tokens(text, start, end)
    .filter((t) => !STOP_WORDS.has(t.lower) && !/^\d{1,2}$/.test(t.lower))
    .map((t) => {
      const s = stem(t.lower);
      return SYNONYM.get(s) ?? s;
    });
}

/** Collapses whitespace and unifies quote marks and dashes, for comparing quoted text. */
export function normalizeForMatch(text: string): string {
  return text
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function slice(text: string, range: Range): string {
  return text.slice(range[0], range[1]);
}

export function overlaps(a: Range, b: Range): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

export function within(inner: Range, outer: Range): boolean {
  return inner[0] >= outer[0] && inner[1] <= outer[1];
}
