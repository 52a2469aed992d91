import {
  joinedToNext,
  MAX_FEATURES,
  mix,
  NONE,
  OPEN,
  sentenceLexiconCounts,
  T,
  TEMPLATE_NAMES,
  type TokenContext,
  tokenFeatures,
  WordCache,
  type WordInfo,
} from './features.ts';

/**
 * The loaded-wording model: a logistic regression over hashed token features
 * (features.ts), trained by `pnpm train` (scripts/train.ts), with an isotonic
 * calibration fitted on held-out folds, so that `probability` is the chance that
 * annotators mark the word. The weights file is data: see `WordingModelFile`.
 */

export interface WordingModelFile {
  format: 'gloss.wording-model/1';
  /** Bumped when the training data, features or settings change. */
  version: string;
  /** sha256 of this file's content with `hash` left out: what a run manifest records. */
  hash: string;
  /** Hash-space size: features are taken modulo 2^bits. */
  bits: number;
  /** What it was trained on: file hashes, folds, settings. Documentation only. */
  training: Record<string, unknown>;
  /** Isotonic calibration: raw margin breakpoints `x` (ascending) and their probabilities `y`. */
  calibration: { x: number[]; y: number[] };
  /** Default decision threshold on the calibrated probability, chosen for precision on held-out folds. */
  threshold: number;
  /** Sparse weights: bucket indices, ascending, and weights times `scale`, rounded. */
  weights: { index: number[]; value: number[]; scale: number };
}

export interface TokenScores {
  /** Calibrated probability per token. */
  probability: Float32Array;
}

export interface Contribution {
  template: number;
  weight: number;
}

export class WordingModel {
  readonly version: string;
  readonly hash: string;
  readonly threshold: number;
  private readonly mask: number;
  private readonly w: Float32Array;
  private readonly cx: Float64Array;
  private readonly cy: Float64Array;
  private readonly words = new WordCache();
  private readonly wordCache = new WeakMap<TokenContext, WordInfo[]>();
  /** Scratch buffers for one token's features (scoring is synchronous, so one pair serves all). */
  private readonly feats = new Uint32Array(MAX_FEATURES);
  private readonly templates = new Uint8Array(MAX_FEATURES);
  /** Weights of the features whose values are few (quoted or not, capitalisation, …), once per model. */
  private readonly constants: {
    none: Float32Array;
    quoted: Float32Array;
    inserted: Float32Array;
    shape: Float32Array;
    name: number;
    hyphen: Float32Array;
    sentence: Float32Array;
    /** The word-pair feature when both neighbours are open-class words or absent (most tokens). */
    pairs: Map<number, number>;
  };

  constructor(file: WordingModelFile) {
    if (file.format !== 'gloss.wording-model/1')
      throw new Error(`unknown model format: ${String(file.format)}`);
    this.version = file.version;
    this.hash = file.hash;
    this.threshold = file.threshold;
    this.mask = (1 << file.bits) - 1;
    this.w = new Float32Array(1 << file.bits);
    const { index, value, scale } = file.weights;
    for (let k = 0; k < index.length; k++) this.w[index[k]!] = value[k]! / scale;
    this.cx = Float64Array.from(file.calibration.x);
    this.cy = Float64Array.from(file.calibration.y);
    this.constants = {
      none: Float32Array.from([T.prev, T.next, T.prev2, T.next2], (t) => this.weight(t, NONE)),
      quoted: Float32Array.from([0, 1], (q) => this.weight(T.quoted, q)),
      inserted: Float32Array.from([0, 1], (q) => this.weight(T.inserted, q)),
      shape: Float32Array.from({ length: 8 }, (_, k) => this.weight(T.shape, k)),
      name: this.weight(T.name, 1),
      hyphen: Float32Array.from({ length: 4 }, (_, k) => this.weight(T.hyphen, k)),
      sentence: Float32Array.from({ length: 4 }, (_, k) => this.weight(T.sentenceLexicon, k)),
      pairs: new Map(),
    };
  }

  /** Per-sentence word-list counts: compute once per document, pass to `margins` and `explain`. */
  sentenceCounts(ctx: TokenContext, sentences: number): Uint32Array {
    return sentenceLexiconCounts(ctx, sentences);
  }

  /**
   * The raw margin of every token (the training script fits the calibration on these). The sum
   * `tokenFeatures` would give, feature by feature in the same order (so the same number), but
   * read from weights cached per word and per small context value instead of hashing each
   * feature of each token: this runs for every token of every document.
   */
  margins(ctx: TokenContext, sentenceBits: Uint32Array): Float32Array {
    const n = ctx.tokens.count;
    const out = new Float32Array(n);
    const words = this.wordsOf(ctx);
    const c = this.constants;
    const lex = this.ruleWeights(ctx.ruleHashes);
    const { quoted, inserted, sentence, lexicon, entry } = ctx;
    const { starts } = ctx.tokens;
    const text = ctx.text;
    // Whether the token before was hyphen-joined to this one (same sentence): carried over from
    // the previous token's own check, so each join is looked at once (`hyphenJoins`, the same value).
    let joinedBefore = false;
    for (let i = 0; i < n; i++) {
      // Every entry of `words` is prepared (`wordsOf`).
      const info = words[i]!;
      const q = quoted[i]!;
      const s = sentence[i]!;
      const hasPrev = i > 0 && sentence[i - 1] === s;
      const hasNext = i + 1 < n && sentence[i + 1] === s;
      const prev = hasPrev ? words[i - 1]! : null;
      const next = hasNext ? words[i + 1]! : null;
      const prev2 = i > 1 && sentence[i - 2] === s ? words[i - 2]! : null;
      const next2 = i + 2 < n && sentence[i + 2] === s ? words[i + 2]! : null;
      let sum = info.staticSum;
      sum += prev === null ? c.none[0]! : prev.prevWeight;
      sum += next === null ? c.none[1]! : next.nextWeight;
      sum += prev2 === null ? c.none[2]! : prev2.prev2Weight;
      sum += next2 === null ? c.none[3]! : next2.next2Weight;
      sum += this.pairWeight(
        prev === null ? NONE : prev.contextValue,
        next === null ? NONE : next.contextValue,
      );
      sum += q === 0 ? info.unquotedWeight : info.quotedWeight;
      sum += c.quoted[q]!;
      sum += c.inserted[inserted[i]!]!;
      const code = text.charCodeAt(starts[i]!);
      const upper = code >= 65 && code <= 90;
      sum += c.shape[(upper ? 1 : 0) + (hasPrev ? 0 : 2) + (code >= 48 && code <= 57 ? 4 : 0)]!;
      if (upper && hasPrev) {
        sum += c.name;
        sum += info.titleWeight;
      }
      const joinedAfter = hasNext && joinedToNext(ctx, i);
      sum += c.hyphen[(joinedBefore ? 1 : 0) + (joinedAfter ? 2 : 0)]!;
      joinedBefore = joinedAfter;
      const bits = lexicon[i]!;
      for (let r = 0; bits >>> r !== 0; r++) {
        if ((bits >>> r) & 1) {
          sum += lex.listed[r]!;
          sum += lex.listedQuoted[2 * r + q]!;
        }
      }
      if (entry[i]! !== 0) sum += this.w[mix(T.lexiconEntry, entry[i]!) & this.mask]!;
      const prevBits = hasPrev ? lexicon[i - 1]! : 0;
      const near = prevBits | (hasNext ? lexicon[i + 1]! : 0);
      for (let r = 0; near >>> r !== 0; r++) if ((near >>> r) & 1) sum += lex.near[r]!;
      if (prevBits !== 0) sum += info.prevLexiconWeight;
      sum += c.sentence[s >= 0 ? Math.min(3, sentenceBits[s]! - (bits === 0 ? 0 : 1)) : 0]!;
      out[i] = sum;
    }
    return out;
  }

  private weight(template: number, value: number): number {
    return this.w[mix(template, value) & this.mask]!;
  }

  /** The weight of the neighbours-pair feature, cached for the pairs of open-class and absent neighbours. */
  private pairWeight(p1: number, n1: number): number {
    const common = (p1 === OPEN || p1 === NONE) && (n1 === OPEN || n1 === NONE);
    if (!common) return this.weight(T.prevNext, mix(p1, n1));
    const key = (p1 === OPEN ? 1 : 0) + (n1 === OPEN ? 2 : 0);
    let v = this.constants.pairs.get(key);
    if (v === undefined) {
      v = this.weight(T.prevNext, mix(p1, n1));
      this.constants.pairs.set(key, v);
    }
    return v;
  }

  private readonly byRules = new WeakMap<
    Uint32Array,
    { listed: Float32Array; listedQuoted: Float32Array; near: Float32Array }
  >();

  /** Per-rule weights of the word-list features, by the registry's rule hashes. */
  private ruleWeights(hashes: Uint32Array) {
    let t = this.byRules.get(hashes);
    if (t === undefined) {
      t = {
        listed: Float32Array.from(hashes, (h) => this.weight(T.lexicon, h)),
        listedQuoted: Float32Array.from({ length: 2 * hashes.length }, (_, k) =>
          this.weight(T.lexiconQuoted, hashes[k >> 1]! + (k & 1)),
        ),
        near: Float32Array.from(hashes, (h) => this.weight(T.lexiconNear, h)),
      };
      this.byRules.set(hashes, t);
    }
    return t;
  }

  /** Fills the word's cached weights on first use (the cache belongs to this model). */
  private prepared(info: WordInfo): WordInfo {
    if (!Number.isNaN(info.staticSum)) return info;
    const w = this.w;
    let st = 0;
    for (let f = 0; f < info.statics.length; f++) st += w[info.statics[f]! & this.mask]!;
    const v = info.contextValue;
    info.prevWeight = this.weight(T.prev, v);
    info.nextWeight = this.weight(T.next, v);
    info.prev2Weight = this.weight(T.prev2, v);
    info.next2Weight = this.weight(T.next2, v);
    info.unquotedWeight = this.weight(T.wordQuoted, mix(info.word, 0));
    info.quotedWeight = this.weight(T.wordQuoted, mix(info.word, 1));
    info.titleWeight = this.weight(T.titleCase, info.word);
    info.prevLexiconWeight = this.weight(T.prevLexicon, info.word);
    info.staticSum = st;
    return info;
  }

  /** The same margins through `tokenFeatures`, feature by feature: what training sees (tests compare). */
  slowMargins(ctx: TokenContext, sentenceBits: Uint32Array): Float32Array {
    const n = ctx.tokens.count;
    const out = new Float32Array(n);
    const words = this.wordsOf(ctx);
    for (let i = 0; i < n; i++) {
      const k = tokenFeatures(ctx, words, sentenceBits, i, this.feats, this.templates);
      let sum = 0;
      for (let f = 0; f < k; f++) sum += this.w[this.feats[f]! & this.mask]!;
      out[i] = sum;
    }
    return out;
  }

  /**
   * Each token's word entry, looked up once per document: `explain` runs once per finding, and
   * an array of the document's length made per call made long documents quadratic.
   */
  private wordsOf(ctx: TokenContext): WordInfo[] {
    let words = this.wordCache.get(ctx);
    if (words === undefined) {
      const n = ctx.tokens.count;
      words = new Array<WordInfo>(n);
      for (let i = 0; i < n; i++) words[i] = this.prepared(this.words.get(ctx.tokens.norms[i]!));
      this.wordCache.set(ctx, words);
    }
    return words;
  }

  /** Calibrated probabilities of every token. */
  score(ctx: TokenContext, sentenceBits: Uint32Array): TokenScores {
    // Calibrated in place: one array per document, not two.
    const p = this.margins(ctx, sentenceBits);
    for (let i = 0; i < p.length; i++) p[i] = this.calibrate(p[i]!);
    return { probability: p };
  }

  /** Piecewise-linear through the isotonic fit's points; flat beyond its ends. */
  calibrate(margin: number): number {
    const x = this.cx;
    const y = this.cy;
    const n = x.length;
    if (n === 0) return 1 / (1 + Math.exp(-margin));
    if (margin <= x[0]!) return y[0]!;
    if (margin >= x[n - 1]!) return y[n - 1]!;
    let lo = 0;
    let hi = n - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (x[mid]! <= margin) lo = mid;
      else hi = mid;
    }
    const t = (margin - x[lo]!) / (x[hi]! - x[lo]! || 1);
    return y[lo]! + t * (y[hi]! - y[lo]!);
  }

  /** The features that pushed token `i` towards "loaded", strongest first, summed per template. */
  explain(ctx: TokenContext, sentenceBits: Uint32Array, i: number): Contribution[] {
    const words = this.wordsOf(ctx);
    const by = new Map<number, number>();
    const k = tokenFeatures(ctx, words, sentenceBits, i, this.feats, this.templates);
    for (let f = 0; f < k; f++) {
      const t = this.templates[f]!;
      if (t !== T.bias) by.set(t, (by.get(t) ?? 0) + this.w[this.feats[f]! & this.mask]!);
    }
    return [...by.entries()]
      .map(([template, weight]) => ({ template, weight }))
      .filter((c) => c.weight > 0 && TEMPLATE_NAMES[c.template] !== undefined)
      .sort((a, b) => b.weight - a.weight || a.template - b.template);
  }
}
