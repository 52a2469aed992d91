/**
 * A generated corpus of wire-story versions, from BBC News articles (../shared/data/bbc-news; never
 * stored): for each story, the agency's original and several "outlet" versions with known edits —
 * cuts of different lengths at the end, silent word changes, bracketed notes, a background
 * paragraph, a reordered paragraph, a changed headline, quote-style changes (which must not count),
 * and the outlet's footer — mixed with unrelated articles that carry the same footers and a shared
 * standard paragraph. Seeded, so every run builds the same corpus with the same gold.
 */
import { parseDocument } from '@gloss/document';
import { type Article, generatePair, type Op, prng } from './generate.ts';

export interface GoldCounts {
  cutsElided: number;
  cutsSilent: number;
  silentChanges: number;
  bracketed: number;
  addedSentences: number;
  movedSentences: number;
  headlineChanged: boolean;
}

export interface CorpusDoc {
  id: string;
  outlet: string;
  date: string;
  text: string;
  /** Story number, or null for an unrelated article. */
  story: number | null;
  /** The agency's original of its story. */
  wire: boolean;
  /** Known edits against the story's original (zero for the original and unrelated articles). */
  gold: GoldCounts;
}

const AGENCY_OUTLETS = ['Associated Press', 'Reuters', 'Agence France-Presse'];
const OUTLETS = [
  'Riverside Post',
  'Daily Ledger',
  'Hilltop Courier',
  'Metro Sentinel',
  'Coastal Herald',
  'Valley Tribune',
  'Northern Echo Online',
  'The Civic Review',
];
/** Each outlet's footer: one sentence, in every article it prints (boilerplate). */
const footer = (outlet: string): string =>
  `Sign up for the ${outlet.replace(/^The /, '')} newsletter to get the day's top stories delivered to your inbox every morning.`;
/** Background paragraphs outlets add: two sentences each, written for this generator. */
const BACKGROUND = [
  'The announcement follows months of public debate. Supporters and critics are expected to respond in the coming days.',
  'Similar proposals have been discussed in previous years. None of them was carried through in full.',
  'The figures were published alongside a wider review. Analysts said the full picture would take time to emerge.',
  'The decision comes at a sensitive time for the sector. Several similar cases are still being considered.',
];
/** A standard paragraph several outlets put under unrelated stories (three sentences of boilerplate). */
const STANDARD =
  'This story is part of our daily coverage of the news. Our reporters follow events as they happen. Readers can send tips and corrections to the newsroom at any time.';

const zero = (): GoldCounts => ({
  cutsElided: 0,
  cutsSilent: 0,
  silentChanges: 0,
  bracketed: 0,
  addedSentences: 0,
  movedSentences: 0,
  headlineChanged: false,
});

const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
const sentenceCount = (text: string): number => parseDocument(text).sentences.length;

const COUNTED: Partial<Record<Op, keyof GoldCounts>> = {
  'cut-elided': 'cutsElided',
  'cut-silent': 'cutsSilent',
  'silent-insert': 'silentChanges',
  'silent-replace': 'silentChanges',
  merge: 'silentChanges',
  'bracket-insert': 'bracketed',
  'bracket-sub': 'bracketed',
  move: 'movedSentences',
};

/** One outlet's version of a story, with its gold counts against the original. */
function outletVersion(
  title: string,
  body: string,
  outlet: string,
  seed: number,
): { text: string; gold: GoldCounts } {
  const rand = prng(seed);
  const gold = zero();
  let paras = paragraphs(body);
  // a cut of the last paragraphs (different lengths): one silent cut of whole sentences
  if (paras.length >= 5 && rand() < 0.5) {
    const keep = Math.max(3, Math.round(paras.length * (0.45 + rand() * 0.4)));
    if (keep < paras.length) {
      paras = paras.slice(0, keep);
      gold.cutsSilent++;
    }
  }
  // a paragraph moved one place down: the shorter of the two counts as moved
  let swapped: [number, number] | null = null;
  let moved = 0;
  if (paras.length >= 4 && rand() < 0.3) {
    const k = 1 + Math.floor(rand() * (paras.length - 2));
    const [x, y] = [paras[k]!, paras[k + 1]!];
    const [nx, ny] = [sentenceCount(x), sentenceCount(y)];
    if (nx !== ny) {
      const start = paras.slice(0, k).join('\n\n').length + 2;
      paras = [...paras.slice(0, k), y, x, ...paras.slice(k + 2)];
      swapped = [start, start + x.length + y.length + 2];
      moved = Math.min(nx, ny);
    }
  }
  let base = paras.join('\n\n');
  let { b, truth } = generatePair(base, seed, 0.12);
  // An ellipsis in a moved paragraph no longer stands where its cut was in the original's order:
  // that pairing cannot be told, so such a version keeps its paragraphs in place.
  if (
    swapped &&
    truth.some((t) => t.op === 'cut-elided' && t.range[1] > swapped[0] && t.range[0] < swapped[1])
  ) {
    base = paragraphs(body).slice(0, paras.length).join('\n\n');
    ({ b, truth } = generatePair(base, seed, 0.12));
    moved = 0;
  }
  gold.movedSentences += moved;
  for (const t of truth) {
    const key = COUNTED[t.op];
    if (key && key !== 'headlineChanged') gold[key]++;
  }
  // a tail cut next to a cut of the last kept sentence is one cut passage
  const lastEnd = base.trimEnd().length;
  if (gold.cutsSilent > 0 && truth.some((t) => t.op === 'cut-silent' && t.range[1] >= lastEnd - 1)) {
    gold.cutsSilent--;
  }
  let out = paragraphs(b);
  if (out.length >= 3 && rand() < 0.4) {
    const bg = BACKGROUND[Math.floor(rand() * BACKGROUND.length)]!;
    // not beside an ellipsis: "…" after an added paragraph cannot be told from one before it
    const at = [2, 3, 1].find((k) => k < out.length && !/^…/.test(out[k]!) && !/…$/.test(out[k - 1]!));
    if (at !== undefined) {
      out = [...out.slice(0, at), bg, ...out.slice(at)];
      gold.addedSentences += 2;
    }
  }
  let headline = title;
  if (rand() < 0.3) {
    headline = rand() < 0.5 ? `${title}, officials say` : `What we know: ${title}`;
    gold.headlineChanged = true;
  }
  // the outlet's footer: one added sentence in its own paragraph
  gold.addedSentences += 1;
  return { text: `${headline}\n\n${out.join('\n\n')}\n\n${footer(outlet)}\n`, gold };
}

/**
 * The articles less those that repeat an earlier one: the BBC set holds the same story twice in
 * places (a first report and an update). Judged by exact 8-word runs — not by the method under
 * test — an article sharing more than 5 % of its runs with an earlier one is left out.
 */
function distinctArticles(articles: readonly Article[]): Article[] {
  const seen = new Set<string>();
  const out: Article[] = [];
  for (const art of articles) {
    const words = (art.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) as string[];
    const runs: string[] = [];
    for (let i = 0; i + 8 <= words.length; i++) runs.push(words.slice(i, i + 8).join(' '));
    const shared = runs.filter((r) => seen.has(r)).length;
    for (const r of runs) seen.add(r);
    if (runs.length > 0 && shared / runs.length <= 0.05) out.push(art);
  }
  return out;
}

/** A date in 2026, as ISO text, from a story number and a day offset. */
const dateOf = (story: number, day: number): string =>
  new Date(Date.UTC(2026, 0, 1 + (story % 300) + day)).toISOString().slice(0, 10);

/**
 * Builds the corpus from `articles`: the first `stories` (with at least four paragraphs) become
 * stories with 3 to 6 outlet versions each; the next `unrelated` become single articles carrying
 * outlet footers and, for half of them, the standard paragraph. Documents are shuffled (seeded).
 */
export function generateVersionsCorpus(
  articles: readonly Article[],
  options: { stories: number; unrelated: number; seed: number; prefix?: string },
): CorpusDoc[] {
  const rand = prng(options.seed);
  const prefix = options.prefix ?? '';
  const docs: CorpusDoc[] = [];
  const sources = distinctArticles(articles);
  const usable = sources.filter((a) => paragraphs(a.text).length >= 4);
  const others = sources.filter((a) => paragraphs(a.text).length < 4 || !usable.includes(a));
  let story = 0;
  let next = 0;
  for (; story < options.stories && next < usable.length; story++, next++) {
    const art = usable[next]!;
    const agency = AGENCY_OUTLETS[story % AGENCY_OUTLETS.length]!;
    const body = paragraphs(art.text).join('\n\n');
    docs.push({
      id: `${prefix}s${story}-wire`,
      outlet: agency,
      date: dateOf(story, 0),
      text: `${art.title}\n\n${body}\n`,
      story,
      wire: true,
      gold: zero(),
    });
    const n = 3 + Math.floor(rand() * 4);
    const outlets = [...OUTLETS].sort(() => rand() - 0.5).slice(0, n);
    outlets.forEach((outlet, k) => {
      const v = outletVersion(art.title, body, outlet, options.seed * 7919 + story * 31 + k);
      docs.push({
        id: `${prefix}s${story}-v${k + 1}`,
        outlet,
        date: dateOf(story, 1 + Math.floor(rand() * 3)),
        text: v.text,
        story,
        wire: false,
        gold: v.gold,
      });
    });
  }
  const rest = [...usable.slice(next), ...others];
  for (let u = 0; u < options.unrelated && u < rest.length; u++) {
    const art = rest[u]!;
    const outlet = OUTLETS[Math.floor(rand() * OUTLETS.length)]!;
    const std = rand() < 0.5 ? `\n\n${STANDARD}` : '';
    docs.push({
      id: `${prefix}u${u}`,
      outlet,
      date: dateOf(u, 0),
      text: `${art.title}\n\n${paragraphs(art.text).join('\n\n')}${std}\n\n${footer(outlet)}\n`,
      story: null,
      wire: false,
      gold: zero(),
    });
  }
  // shuffled, so versions of a story are not next to each other in the input
  for (let i = docs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [docs[i], docs[j]] = [docs[j]!, docs[i]!];
  }
  return docs;
}

/** Purity and recall (inverse purity) of predicted clusters against the stories, over every document. */
export function clusterScores(
  docs: readonly CorpusDoc[],
  clusters: readonly number[][],
): { purity: number; recall: number; boilerplateJoins: number } {
  const predicted = new Int32Array(docs.length).fill(-1);
  clusters.forEach((c, k) => {
    for (const i of c) predicted[i] = k;
  });
  // every document not in a cluster is a cluster of its own
  const label = (i: number): string => (predicted[i]! >= 0 ? `c${predicted[i]}` : `d${i}`);
  const gold = (i: number): string => (docs[i]!.story !== null ? `s${docs[i]!.story}` : `u${i}`);
  const overlap = (by: (i: number) => string, of: (i: number) => string): number => {
    const groups = new Map<string, Map<string, number>>();
    docs.forEach((_, i) => {
      const g = groups.get(by(i)) ?? new Map<string, number>();
      g.set(of(i), (g.get(of(i)) ?? 0) + 1);
      groups.set(by(i), g);
    });
    let sum = 0;
    for (const g of groups.values()) sum += Math.max(...g.values());
    return sum / docs.length;
  };
  // a boilerplate join: a cluster holding an unrelated article or two stories
  let boilerplateJoins = 0;
  for (const c of clusters) {
    const stories = new Set(c.map((i) => docs[i]!.story));
    if (stories.size > 1 || stories.has(null)) boilerplateJoins++;
  }
  return { purity: overlap(label, gold), recall: overlap(gold, label), boilerplateJoins };
}
