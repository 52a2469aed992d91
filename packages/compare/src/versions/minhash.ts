/**
 * MinHash signatures over word shingles, and locality-sensitive hashing (LSH) bands over them:
 * documents that share many shingles land in a common bucket in at least one band, so candidate
 * pairs are found without comparing every document with every other (Broder 1997; Leskovec,
 * Rajaraman & Ullman, "Mining of Massive Datasets", ch. 3). The npm `minhash` package (0.0.9,
 * unmaintained, random seeds per run) did not fit: signatures here are deterministic.
 */
import { fmix32, hashString } from '@gloss/analysis';

/** Words per shingle: 4 keeps shared stock phrases ("said on Monday that") rare across stories. */
export const SHINGLE_WORDS = 4;
/** Hash functions in a signature. */
export const SIGNATURE_SIZE = 96;
/** Rows per LSH band: 48 bands of 2 make a pair with Jaccard 0.3 a candidate with probability 0.99. */
export const BAND_ROWS = 2;

/** Lower-cased words (letters and digits), quotes and dashes ignored, so quote style never matters. */
export function shingleWords(text: string): string[] {
  return (text
    .normalize('NFKC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? []) as string[];
}

/** The distinct shingle hashes of a text. */
export function shingles(text: string, size = SHINGLE_WORDS): Uint32Array {
  const words = shingleWords(text).map(hashString);
  const out = new Set<number>();
  if (words.length > 0 && words.length < size) out.add(fmix32(words.reduce((h, w) => fmix32(h ^ w), 0)));
  for (let i = 0; i + size <= words.length; i++) {
    let h = 0x9e3779b9;
    for (let k = 0; k < size; k++) h = fmix32(Math.imul(h, 31) ^ words[i + k]!);
    out.add(h);
  }
  return Uint32Array.from(out);
}

/** Fixed seeds: the same text always gets the same signature. */
const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => fmix32(0x5bd1e995 + i * 0x9e3779b9));

/** MinHash signature: per hash function, the least hash over the shingles (0xffffffff when there are none). */
export function signature(hashes: Uint32Array): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const h of hashes) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = fmix32(h ^ SEEDS[i]!);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of two documents' shingle sets: the share of equal slots. */
export function estimateJaccard(x: Uint32Array, y: Uint32Array): number {
  if (x[0] === 0xffffffff || y[0] === 0xffffffff) return 0;
  let same = 0;
  for (let i = 0; i < x.length; i++) if (x[i] === y[i]) same++;
  return same / x.length;
}

/** The LSH band keys of a signature, one per band (band number included, so bands never collide). */
export function bandKeys(sig: Uint32Array, rows = BAND_ROWS): string[] {
  if (sig[0] === 0xffffffff) return [];
  const keys: string[] = [];
  for (let b = 0; b * rows < sig.length; b++) {
    let key = `${b}`;
    for (let r = 0; r < rows && b * rows + r < sig.length; r++) key += `:${sig[b * rows + r]!.toString(36)}`;
    keys.push(key);
  }
  return keys;
}
