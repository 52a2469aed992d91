import {
  MAX_FEATURES,
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
  }

  /** Per-sentence word-list counts: compute once per document, pass to `margins` and `explain`. */
  sentenceCounts(ctx: TokenContext, sentences: number): Uint32Array {
    return sentenceLexiconCounts(ctx, sentences);
  }

  /** The raw margin of every token (the training script fits the calibration on these). */
  margins(ctx: TokenContext, sentenceBits: Uint32Array): Float32Array {
    const n = ctx.tokens.count;
    const out = new Float32Array(n);
    const words = this.wordsOf(ctx);
    const w = this.w;
    const mask = this.mask;
    const feats = this.feats;
    const templates = this.templates;
    for (let i = 0; i < n; i++) {
      const info = words[i] as WordInfo;
      if (info.staticSum === undefined) {
        let st = 0;
        for (let f = 0; f < info.statics.length; f++) st += w[info.statics[f]! & mask]!;
        info.staticSum = st;
      }
      const k = tokenFeatures(ctx, words, sentenceBits, i, feats, templates, true);
      let sum = info.staticSum;
      for (let f = 0; f < k; f++) sum += w[feats[f]! & mask]!;
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
      for (let i = 0; i < n; i++) words[i] = this.words.get(ctx.tokens.norms[i]!) as WordInfo;
      this.wordCache.set(ctx, words);
    }
    return words;
  }

  /** Calibrated probabilities of every token. */
  score(ctx: TokenContext, sentenceBits: Uint32Array): TokenScores {
    const m = this.margins(ctx, sentenceBits);
    const p = new Float32Array(m.length);
    for (let i = 0; i < m.length; i++) p[i] = this.calibrate(m[i]!);
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
