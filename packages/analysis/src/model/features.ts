import { type GlossDocument, lexiconTags } from '@gloss/document';
import type { RawMatch } from '../engine/automaton.ts';
import type { Tokens } from '../engine/tokens.ts';
import type { Rule } from '../rule.ts';
import { fmix32, hashString } from './hash.ts';
import { wordClasses } from './clusters.ts';

export { fmix32, hashString };

/**
 * The features of the loaded-wording model, one set per token. Every feature is a
 * template (what kind of evidence) and a value (which word, which rule, …) hashed
 * into `2^bits` buckets, so the weights file holds numbers only: no word of the
 * training data is stored in the repository. The same function serves training
 * (`scripts/train.ts`) and inference (the engine), so they cannot drift apart.
 */

/** Feature templates. Their numbers are part of the weights file's format: append, never renumber. */
export const T = {
  bias: 1,
  word: 2,
  prev: 3,
  next: 4,
  prev2: 5,
  next2: 6,
  stem: 7,
  suffix3: 8,
  suffix2: 9,
  shape: 10,
  lexicon: 11,
  lexiconQuoted: 12,
  lexiconNear: 13,
  quoted: 14,
  inserted: 15,
  name: 16,
  sentenceLexicon: 17,
  wordQuoted: 18,
  prevNext: 19,
  closedClass: 20,
  length: 21,
  lexiconEntry: 22,
  prevLexicon: 23,
  titleCase: 24,
  partOfSpeech: 25,
  hyphen: 26,
  wordClass: 27,
} as const;

/** Human-readable template names, for the explanation of a model-only flag. */
export const TEMPLATE_NAMES: Record<number, string> = {
  [T.word]: 'the word itself',
  [T.prev]: 'the word before',
  [T.next]: 'the word after',
  [T.prev2]: 'two words before',
  [T.next2]: 'two words after',
  [T.stem]: 'the word’s stem',
  [T.suffix3]: 'its ending',
  [T.suffix2]: 'its ending',
  [T.shape]: 'its capitalisation',
  [T.lexicon]: 'a word-list entry',
  [T.lexiconQuoted]: 'a word-list entry in a quotation',
  [T.lexiconNear]: 'a word-list entry next to it',
  [T.quoted]: 'inside or outside a quotation',
  [T.inserted]: 'inside an editorial insertion',
  [T.name]: 'part of a name',
  [T.sentenceLexicon]: 'other loaded words in the sentence',
  [T.wordQuoted]: 'the word in this voice',
  [T.prevNext]: 'the words around it',
  [T.closedClass]: 'a function word',
  [T.length]: 'its length',
  [T.lexiconEntry]: 'a word-list entry',
  [T.prevLexicon]: 'the word before is on a word list',
  [T.titleCase]: 'a capitalised word',
  [T.partOfSpeech]: 'its part of speech',
  [T.hyphen]: 'part of a hyphenated compound',
  [T.wordClass]: 'words used like it',
};

/** Combines a template with a value hash. */
export function mix(template: number, value: number): number {
  return fmix32(value ^ Math.imul(template, 0x9e3779b1));
}

/** The value every open-class neighbour shares (see `tokenFeatures`). */
export const OPEN = 0x2f6b1d3;
/** The value of a neighbour outside the sentence. */
export const NONE = 0x5bd1e995;

/** Words whose job is grammatical: the model should learn them as one class, not one by one. */
const CLOSED = new Set(
  `a an the this that these those and or but nor so yet of in on at by for with from to into onto over under
  about after before between through during without within against among upon as than then is are was were be
  been being am has have had do does did will would shall should can could may might must it its he she they
  them their his her him we us our you your i me my who whom whose which what when where why how not no there
  here also just only very more most some any all each every both either neither other such own same s`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/**
 * A word's part of speech as compromise's lexicon lists it: a tag list such as `Adjective` or
 * `PastTense,PhrasalVerb`, or '' for a word it does not hold. The bracket check's copy of the
 * lexicon (@gloss/document), read as data: no tagger runs and compromise is not loaded.
 */
export function partOfSpeech(norm: string): string {
  return lexiconTags(norm)?.join(',') ?? '';
}

/** A crude stem (plural, past, gerund, adverb endings) so inflections share evidence. */
export function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ied')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('ly')) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** Per-word hashes that do not depend on context, computed once per distinct word. */
export interface WordInfo {
  word: number;
  stem: number;
  suffix3: number;
  suffix2: number;
  closed: boolean;
  length: number;
  /**
   * Hashes of the features that depend on the word alone (with their templates), computed once.
   * Plain arrays and plain number fields below, not typed arrays: a cache holds tens of thousands
   * of entries, and each typed array costs an ArrayBuffer object and a buffer outside the heap
   * (about 700 bytes a word in all, which made a batch worker's memory grow with the corpus).
   */
  statics: readonly number[];
  staticTemplates: readonly number[];
  /** The model's sum over `statics`, cached by the model that owns the cache (NaN until then). */
  staticSum: number;
  /**
   * The model's weights of this word's context features, cached with `staticSum`: as the word
   * before, after, two before and two after another token (`prevWeight` … `next2Weight`), of the
   * word outside or inside a quotation, capitalised inside a sentence, and after a listed word.
   * Scoring then adds numbers instead of hashing each feature of each token.
   */
  prevWeight: number;
  nextWeight: number;
  prev2Weight: number;
  next2Weight: number;
  unquotedWeight: number;
  quotedWeight: number;
  titleWeight: number;
  prevLexiconWeight: number;
  /** What the word contributes as a neighbour to the word-pair feature (`prevNext`). */
  contextValue: number;
}

/** Words in each of WordCache's two generations (the BBC corpus has about 32,000 distinct words). */
export const WORD_CACHE_GENERATION = 32_768;

/**
 * What the model computed for each word, kept for the words seen lately. An entry holds about
 * 300 bytes with the model's caches, and a batch worker's heap must not grow with a corpus's
 * vocabulary, so the cache has two generations of at most WORD_CACHE_GENERATION words: when the
 * recent one is full it becomes the older one and the older one is dropped; a word found in the
 * older one moves back to the recent one. Frequent words so stay cached, and a rare word costs
 * only its recomputation (an entry is a pure function of the word and the weights).
 */
export class WordCache {
  private recent = new Map<string, WordInfo>();
  private older = new Map<string, WordInfo>();
  get(norm: string): WordInfo {
    let w = this.recent.get(norm);
    if (w !== undefined) return w;
    w = this.older.get(norm) ?? this.build(norm);
    if (this.recent.size >= WORD_CACHE_GENERATION) {
      this.older = this.recent;
      this.recent = new Map();
    }
    this.recent.set(norm, w);
    return w;
  }

  private build(norm: string): WordInfo {
    const word = hashString(norm);
    const closed = CLOSED.has(norm);
    const stemmed = stem(norm);
    const classes = wordClasses(norm);
    const pairs: [number, number][] = [
      [T.bias, 0],
      [T.word, word],
      [T.stem, hashString(stemmed)],
      [T.suffix3, hashString(norm.length > 4 ? norm.slice(-3) : '')],
      [T.suffix2, hashString(norm.length > 3 ? norm.slice(-2) : '')],
      [T.length, Math.min(norm.length, 12)],
      ...(closed ? [[T.closedClass, word] as [number, number]] : []),
      [T.partOfSpeech, hashString(partOfSpeech(norm))],
      // One feature per set of classes; a word the table lacks has none (rare words are the model's own evidence).
      ...classes.map((c, set): [number, number] => [T.wordClass, (set << 16) | c]),
    ];
    return {
      word,
      stem: pairs[2]![1],
      suffix3: pairs[3]![1],
      suffix2: pairs[4]![1],
      closed,
      length: pairs[5]![1],
      statics: pairs.map(([t, v]) => mix(t, v)),
      staticTemplates: pairs.map(([t]) => t),
      contextValue: closed ? word : OPEN,
      // Every field set here, the model's caches too: one object shape for the hot loop.
      staticSum: Number.NaN,
      prevWeight: 0,
      nextWeight: 0,
      prev2Weight: 0,
      next2Weight: 0,
      unquotedWeight: 0,
      quotedWeight: 0,
      titleWeight: 0,
      prevLexiconWeight: 0,
    };
  }
}

/** What the features need to know about the document, token by token. */
export interface TokenContext {
  tokens: Tokens;
  text: string;
  /** 1 inside a quotation's inner range. */
  quoted: Uint8Array;
  /** 1 inside a bracketed editorial insertion. */
  inserted: Uint8Array;
  /** Index of the token's sentence (tokens outside every sentence get their own -1 run). */
  sentence: Int32Array;
  /** Bit set per token: bit r when rule r's lexicon matched a span covering the token. */
  lexicon: Uint32Array;
  /** Hash of the first matching entry id per token (0 when none). */
  entry: Uint32Array;
  /** Hash of each rule's id, by rule index: features name rules by id, so the registry's order can change. */
  ruleHashes: Uint32Array;
}

const entryHashes = new WeakMap<object, { rule: string; hash: number }>();

/** Hash of `rule/entry` (never 0), once per entry object: not a string built per match. */
function entryHash(rule: string, entry: { id: string }): number {
  const cached = entryHashes.get(entry);
  if (cached !== undefined && cached.rule === rule) return cached.hash;
  const hash = hashString(`${rule}/${entry.id}`) || 1;
  entryHashes.set(entry, { rule, hash });
  return hash;
}

/** Marks, per token, which rules' word lists cover it. Only `wording`/`framing` rules count. */
export function lexiconBits(
  rules: readonly Rule[],
  byRule: readonly (readonly RawMatch[])[],
  count: number,
): { bits: Uint32Array; entry: Uint32Array } {
  const bits = new Uint32Array(count);
  const entry = new Uint32Array(count);
  byRule.forEach((matches, r) => {
    if (r >= 31 || rules[r]?.family === 'sourcing') return;
    for (const m of matches) {
      const h = entryHash(rules[r]!.id, m.entry);
      for (let i = m.first; i <= m.last; i++) {
        bits[i]! |= 1 << r;
        if (entry[i] === 0) entry[i] = h;
      }
    }
  });
  return { bits, entry };
}

/** Quotation, insertion and sentence membership of every token, by one sweep over sorted ranges. */
export function tokenContext(
  doc: GlossDocument,
  tokens: Tokens,
  lexicon: { bits: Uint32Array; entry: Uint32Array },
  rules: readonly Rule[],
): TokenContext {
  const n = tokens.count;
  const quoted = new Uint8Array(n);
  const inserted = new Uint8Array(n);
  const sentence = new Int32Array(n).fill(-1);
  const mark = (
    ranges: readonly (readonly [number, number])[],
    out: Uint8Array | Int32Array,
    value: (k: number) => number,
  ) => {
    const sorted = ranges.map((r, k) => [r[0], r[1], k] as const).sort((a, b) => a[0] - b[0]);
    let t = 0;
    for (const [s, e, k] of sorted) {
      while (t > 0 && tokens.starts[t - 1]! >= s) t--;
      while (t < n && tokens.ends[t]! <= s) t++;
      for (let i = t; i < n && tokens.starts[i]! < e; i++) out[i] = value(k);
    }
  };
  mark(
    doc.quotes.filter((q) => q.kind !== 'scare').map((q) => q.inner),
    quoted,
    () => 1,
  );
  mark(
    doc.insertions.map((q) => q.inner),
    inserted,
    () => 1,
  );
  mark(
    doc.sentences.map((s) => s.range),
    sentence,
    (k) => k,
  );
  return {
    tokens,
    text: doc.text,
    quoted,
    inserted,
    sentence,
    lexicon: lexicon.bits,
    entry: lexicon.entry,
    ruleHashes: ruleHashesOf(rules),
  };
}

const ruleHashCache = new WeakMap<readonly Rule[], Uint32Array>();

/** The rule ids' hashes, one array per registry: the model keeps its per-rule weights by it. */
function ruleHashesOf(rules: readonly Rule[]): Uint32Array {
  let h = ruleHashCache.get(rules);
  if (h === undefined) {
    h = Uint32Array.from(rules, (r) => hashString(r.id));
    ruleHashCache.set(rules, h);
  }
  return h;
}

/** Whether token `i` is joined to the one after it by a hyphen (`-`, `‐`, `‑`) with no space (the tokenizer's `joined`). */
export function joinedToNext(ctx: TokenContext, i: number): boolean {
  return ctx.tokens.joined[i + 1] === 1;
}

/** 1 when joined by a hyphen to the token before, 2 to the token after, 3 both, 0 neither (same sentence only). */
export function hyphenJoins(ctx: TokenContext, i: number, hasPrev: boolean, hasNext: boolean): number {
  return (hasPrev && joinedToNext(ctx, i - 1) ? 1 : 0) + (hasNext && joinedToNext(ctx, i) ? 2 : 0);
}

/** Most features one token can have (fixed templates plus one or two per word-list rule). */
export const MAX_FEATURES = 128;

/**
 * Writes the feature hashes of token `i` into `out` (and their templates into `templates`),
 * returning how many: a plain loop with no callback, since this runs for every token.
 */
export function tokenFeatures(
  ctx: TokenContext,
  words: readonly WordInfo[],
  sentenceBits: Uint32Array,
  i: number,
  out: Uint32Array,
  templates: Uint8Array,
  /** Leave out the word-only features (`WordInfo.statics`): the caller has their sum already. */
  skipStatic = false,
): number {
  const { tokens, text } = ctx;
  const w = words[i]!;
  const q = ctx.quoted[i]!;
  const s = ctx.sentence[i]!;
  const n = tokens.count;
  const hasPrev = i > 0 && ctx.sentence[i - 1] === s;
  const hasNext = i + 1 < n && ctx.sentence[i + 1] === s;
  // Neighbours by name only when they are function words (“so-called”, “claim to be”): an open-class
  // neighbour names the topic (a person, a policy), and its weight would flag a side's subjects.
  const p1 = hasPrev ? context(words[i - 1]!) : NONE;
  const n1 = hasNext ? context(words[i + 1]!) : NONE;
  const p2 = i > 1 && ctx.sentence[i - 2] === s ? context(words[i - 2]!) : NONE;
  const n2 = i + 2 < n && ctx.sentence[i + 2] === s ? context(words[i + 2]!) : NONE;
  let k = 0;
  // Written out, not through a helper closure: this runs for every token of every document.
  if (!skipStatic) {
    for (let f = 0; f < w.statics.length; f++) {
      templates[k] = w.staticTemplates[f]!;
      out[k++] = w.statics[f]!;
    }
  }
  templates[k] = T.prev;
  out[k++] = mix(T.prev, p1);
  templates[k] = T.next;
  out[k++] = mix(T.next, n1);
  templates[k] = T.prev2;
  out[k++] = mix(T.prev2, p2);
  templates[k] = T.next2;
  out[k++] = mix(T.next2, n2);
  templates[k] = T.prevNext;
  out[k++] = mix(T.prevNext, mix(p1, n1));
  templates[k] = T.wordQuoted;
  out[k++] = mix(T.wordQuoted, mix(w.word, q));
  templates[k] = T.quoted;
  out[k++] = mix(T.quoted, q);
  templates[k] = T.inserted;
  out[k++] = mix(T.inserted, ctx.inserted[i]!);
  const c = text.charCodeAt(tokens.starts[i]!);
  const upper = c >= 65 && c <= 90;
  const first = !hasPrev;
  const shape = (upper ? 1 : 0) + (first ? 2 : 0) + (c >= 48 && c <= 57 ? 4 : 0);
  templates[k] = T.shape;
  out[k++] = mix(T.shape, shape);
  // A capitalised word inside a sentence is most likely part of a name.
  if (upper && !first) {
    templates[k] = T.name;
    out[k++] = mix(T.name, 1);
    templates[k] = T.titleCase;
    out[k++] = mix(T.titleCase, w.word);
  }
  // Annotators mark a hyphenated compound (`anti-…`, `far-…`) whole; the tokeniser splits it.
  templates[k] = T.hyphen;
  out[k++] = mix(T.hyphen, hyphenJoins(ctx, i, hasPrev, hasNext));
  const bits = ctx.lexicon[i]!;
  for (let r = 0; bits >>> r !== 0; r++) {
    if ((bits >>> r) & 1) {
      templates[k] = T.lexicon;
      out[k++] = mix(T.lexicon, ctx.ruleHashes[r]!);
      templates[k] = T.lexiconQuoted;
      out[k++] = mix(T.lexiconQuoted, ctx.ruleHashes[r]! + q);
    }
  }
  if (ctx.entry[i]! !== 0) {
    templates[k] = T.lexiconEntry;
    out[k++] = mix(T.lexiconEntry, ctx.entry[i]!);
  }
  const prevBits = hasPrev ? ctx.lexicon[i - 1]! : 0;
  const near = prevBits | (hasNext ? ctx.lexicon[i + 1]! : 0);
  for (let r = 0; near >>> r !== 0; r++) {
    if ((near >>> r) & 1) {
      templates[k] = T.lexiconNear;
      out[k++] = mix(T.lexiconNear, ctx.ruleHashes[r]!);
    }
  }
  if (prevBits !== 0) {
    templates[k] = T.prevLexicon;
    out[k++] = mix(T.prevLexicon, w.word);
  }
  // How many other word-list hits the sentence holds (0, 1, 2, 3+).
  const others = s >= 0 ? Math.min(3, sentenceBits[s]! - (bits === 0 ? 0 : 1)) : 0;
  templates[k] = T.sentenceLexicon;
  out[k++] = mix(T.sentenceLexicon, others);
  return k;
}

/** A neighbour as context: itself when a function word, else one shared value. */
function context(w: WordInfo): number {
  return w.contextValue;
}

/** Per-sentence counts of tokens covered by some word list. */
export function sentenceLexiconCounts(ctx: TokenContext, sentences: number): Uint32Array {
  const out = new Uint32Array(Math.max(1, sentences));
  for (let i = 0; i < ctx.tokens.count; i++) {
    const s = ctx.sentence[i]!;
    if (s >= 0 && ctx.lexicon[i]! !== 0) out[s]!++;
  }
  return out;
}
